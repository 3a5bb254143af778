import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { documents } from '../../src/content/documents/documents-ru';
import { productionCalendar } from '../../src/content/documents/production-calendar';
import {
  dayNumber,
  daysBetween,
  formatDate,
  isWorkingDay,
  workingDaysBefore,
} from '../../src/engine/dates';
import { escapeText, foldLine, writeReminder } from '../../src/engine/ics';
import { letterProblems, letterText, letterValues } from '../../src/engine/letter';
import { accountProblem, bikProblem, innProblem, kppProblem } from '../../src/engine/requisites';

const day = (iso: string) => {
  const number = dayNumber(iso);
  if (number === null) throw new Error(`not a date: ${iso}`);
  return number;
};

describe('ИНН', () => {
  it.each([
    ['7707083893', 'organisation, 10 digits'],
    ['7736050003', 'organisation, 10 digits'],
    ['500100732259', 'entrepreneur, 12 digits'],
    ['123456789047', 'entrepreneur, 12 digits'],
    ['', 'not filled in yet'],
    [' 7707083893 ', 'spaces around'],
  ])('accepts %s (%s)', (inn) => {
    expect(innProblem(inn)).toBeNull();
  });

  it.each([
    ['7707083894', 'checksum'],
    ['7736050004', 'checksum'],
    ['500100732258', 'checksum'],
    ['500100732269', 'checksum'],
    ['772776424155', 'checksum'],
    ['770708389', 'length'],
    ['77070838931', 'length'],
    ['7707083893123', 'length'],
    ['77070-83893', 'not-digits'],
    ['ИНН7707083893', 'not-digits'],
  ])('refuses %s: %s', (inn, problem) => {
    expect(innProblem(inn)).toBe(problem);
  });
});

describe('БИК and settlement account', () => {
  // Published bank details: a company's account at Sberbank, Moscow.
  const BIK = '044525225';
  const ACCOUNT = '40702810438000034726';

  it("accepts a real account with its bank's БИК, and anything not filled in yet", () => {
    expect(bikProblem(BIK)).toBeNull();
    expect(accountProblem(ACCOUNT, BIK)).toBeNull();
    expect(accountProblem(` ${ACCOUNT} `, BIK)).toBeNull();
    expect(bikProblem('')).toBeNull();
    expect(accountProblem('', BIK)).toBeNull();
  });

  it.each([
    ['40702810438000034727', 'the last digit changed'],
    ['40702810438000034762', 'two digits swapped'],
    ['40702810538000034726', 'the control key changed'],
  ])('refuses %s: %s', (account) => {
    expect(accountProblem(account, BIK)).toBe('checksum');
  });

  it('says what is wrong with the form of either number', () => {
    expect(bikProblem('04452522')).toBe('length');
    expect(bikProblem('04452522X')).toBe('not-digits');
    expect(accountProblem('4070281043800003472', BIK)).toBe('length');
    expect(accountProblem('40702 810438000034726', BIK)).toBe('not-digits');
  });

  it('checks the key only against a valid bank БИК', () => {
    const wrongKey = '40702810438000034727';
    expect(accountProblem(wrongKey)).toBeNull();
    expect(accountProblem(wrongKey, '0445252')).toBeNull();
    // The Bank of Russia's and the Treasury's codes follow other rules: not refused.
    expect(accountProblem(wrongKey, '024501901')).toBeNull();
  });
});

describe('КПП', () => {
  it.each([['773601001'], ['7736AB001'], ['']])('accepts %j', (kpp) => {
    expect(kppProblem(kpp, '7736050003')).toBeNull();
  });

  it.each([
    ['77360100', 'length'],
    ['7736010011', 'length'],
    ['7736ab001', 'format'],
    ['A73601001', 'format'],
  ])('refuses %s: %s', (kpp, problem) => {
    expect(kppProblem(kpp, '7736050003')).toBe(problem);
  });

  it('says an entrepreneur has none', () => {
    expect(kppProblem('773601001', '500100732259')).toBe('entrepreneur');
  });
});

describe('dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2027-04-31')).toBeNull();
    expect(dayNumber('0027-01-01')).toBeNull();
    expect(dayNumber('31.01.2027')).toBeNull();
    expect(dayNumber('')).toBeNull();
  });

  it('counts days across months and years, in either direction', () => {
    expect(daysBetween('2026-11-27', '2026-12-31')).toBe(34);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
    expect(daysBetween('2027-02-30', '2027-03-01')).toBeNull();
  });

  it('writes dates the Russian way', () => {
    expect(formatDate('2027-01-31')).toBe('31.01.2027');
  });
});

describe('production calendar', () => {
  const workingDays = (year: number) => {
    let count = 0;
    for (let d = day(`${String(year)}-01-01`); d <= day(`${String(year)}-12-31`); d += 1) {
      if (isWorkingDay(d, productionCalendar)) count += 1;
    }
    return count;
  };

  it('has the current and the next year, each with its source named', () => {
    const year = new Date().getFullYear();
    for (const shipped of [2026, 2027]) {
      expect(productionCalendar[shipped]?.source).toMatch(/Трудовой кодекс РФ, ст\. 112/);
    }
    expect(productionCalendar[2026]?.source).toMatch(/от 24\.09\.2025 № 1466/);
    // The data must be renewed when a year starts that it does not cover.
    expect(Object.hasOwn(productionCalendar, year)).toBe(true);
  });

  it('lists days off on weekdays only, and working days on weekends only', () => {
    for (const year of Object.values(productionCalendar)) {
      for (const iso of year.daysOff) expect([1, 2, 3, 4, 5]).toContain(new Date(iso).getUTCDay());
      for (const iso of year.workingWeekends) expect([0, 6]).toContain(new Date(iso).getUTCDay());
    }
  });

  it('gives 2026 its official 247 working days', () => {
    expect(workingDays(2026)).toBe(247);
  });

  it('has every Labour Code holiday of 2027 off, moved to a Monday when on a weekend', () => {
    for (const iso of [
      '2027-01-01',
      '2027-01-04',
      '2027-01-08',
      '2027-02-23',
      '2027-03-08',
      '2027-05-03', // 1 May is a Saturday
      '2027-05-10', // 9 May is a Sunday
      '2027-06-14', // 12 June is a Saturday
      '2027-11-04',
    ]) {
      expect(isWorkingDay(day(iso), productionCalendar)).toBe(false);
    }
    expect(productionCalendar[2027]?.final).toBe(false);
  });

  it('counts working days back over weekends and the New Year holidays', () => {
    // Monday 11.01.2027: 1–10 January are all off, and 31.12.2026 too.
    expect(workingDaysBefore('2027-01-11', 5, productionCalendar)).toEqual({
      date: '2026-12-24',
      covered: true,
    });
    // Monday 2.11.2026 → 5 working days back is Monday 26.10 (nothing off in between).
    expect(workingDaysBefore('2026-11-02', 5, productionCalendar)?.date).toBe('2026-10-26');
    // Before 12.06.2026 (a Friday off): Thursday 11.06 is the first working day back.
    expect(workingDaysBefore('2026-06-15', 1, productionCalendar)?.date).toBe('2026-06-11');
  });

  it('says when a year is beyond the data, counting weekends only there', () => {
    expect(workingDaysBefore('2029-01-15', 5, productionCalendar)).toEqual({
      date: '2029-01-08',
      covered: false,
    });
  });
});

describe('iCalendar writer', () => {
  const event = {
    uid: 'its-termination-2027-01-31@otkluchenie-soprovozhdeniya-1c',
    stamp: new Date('2026-11-27T22:00:05Z'),
    date: '2027-01-25',
    time: '10:00',
    durationMinutes: 30,
    summary: 'Отключение сопровождения 1С: осталось 5 рабочих дней',
    description: 'Договор № 12/ИТС; от 01.02.2024, партнёр «Альфа\\Бета»\nПроверьте акт.',
    alarmsMinutesBefore: [4320, 15],
  };

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Cyrillic letter', () => {
    const line = `SUMMARY:${'Отключение '.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const [index, part] of folded.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('writes CRLF lines, a UID, a UTC DTSTAMP and a VALARM', () => {
    const ics = writeReminder(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('\r\nUID:its-termination-2027-01-31@otkluchenie-soprovozhdeniya-1c\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261127T220005Z\r\n');
    expect(ics).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n');
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('parses back with ical.js to the same event', () => {
    // ical.js types its parse result as `any`: it is jCal, which Component takes as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    const calendar = new ICAL.Component(ICAL.parse(writeReminder(event)));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.startDate.toString()).toBe('2027-01-25T10:00:00');
    expect(parsed.endDate.toString()).toBe('2027-01-25T10:30:00');
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual([
      'DISPLAY',
      'DISPLAY',
    ]);
    expect(alarms.map((alarm) => String(alarm.getFirstPropertyValue('trigger')))).toEqual([
      '-P3D',
      '-PT15M',
    ]);
  });
});

describe('the letter', () => {
  const today = '2026-11-27';

  it('names each problem of the draft, and nothing while fields are empty', () => {
    expect(letterProblems({}, today)).toEqual({});
    expect(
      letterProblems(
        {
          inn: '7707083894',
          kpp: '7736',
          contractDate: '2027-05-01',
          disconnectionDate: '2027-02-30',
          reason: 'other',
        },
        today,
      ),
    ).toEqual({
      inn: 'inn-checksum',
      kpp: 'kpp-length',
      contractDate: 'contract-future',
      disconnectionDate: 'date-invalid',
      reasonDetails: 'details-needed',
    });
  });

  it('keeps dates in order, and advises disconnecting at the end of the period', () => {
    const base = { contractDate: '2024-02-01', periodEnd: '2027-01-31' };
    expect(letterProblems({ ...base, disconnectionDate: '2024-02-01' }, today)).toEqual({
      disconnectionDate: 'before-contract',
    });
    expect(letterProblems({ ...base, disconnectionDate: '2027-01-15' }, today)).toEqual({
      disconnectionDate: 'not-period-end',
    });
    expect(letterProblems({ ...base, disconnectionDate: '2027-01-31' }, today)).toEqual({});
    expect(letterProblems({ disconnectionDate: '2026-11-01' }, today)).toEqual({
      disconnectionDate: 'past',
    });
  });

  it('fills the letter from the draft, with blanks where nothing is typed', () => {
    const values = letterValues(
      {
        organisation: 'ООО «Ромашка»',
        inn: '7707083893',
        contractDate: '2024-02-01',
        disconnectionDate: '2027-01-31',
        reason: 'cost',
      },
      documents,
      today,
    );
    const text = letterText(documents.letter(values));
    expect(text).toContain('Кому: [наименование партнёра 1С]');
    expect(text).toContain('ИНН 7707083893\n');
    expect(text).toContain(
      'ООО «Ромашка» уведомляет об одностороннем отказе от исполнения договора № [номер] от 01.02.2024 на информационно-технологическое сопровождение',
    );
    expect(text).toContain('на основании п. 1 ст. 782 ГК РФ.');
    expect(text).toContain('Договор прекращается с 31.01.2027.');
    expect(text).not.toContain('просит расторгнуть');
    expect(text).toContain('Причина расторжения: Сокращение расходов.');
    expect(text).toContain('27.11.2026');
  });

  it('says another reason in the person own words', () => {
    const values = letterValues(
      { reason: 'other', reasonDetails: 'Переходим на облачный сервис' },
      documents,
      today,
    );
    expect(letterText(documents.letter(values))).toContain(
      'Причина расторжения: Переходим на облачный сервис.',
    );
  });
});
