import { describe, expect, it } from 'vitest';
import { itsTermination } from '../../src/content/article/its-termination';
import { itsTermination as itsTerminationEn } from '../../src/content/article/its-termination-en';
import { documents as documentsEn } from '../../src/content/documents/documents-en';
import { documents } from '../../src/content/documents/documents-ru';
import { productionCalendar } from '../../src/content/documents/production-calendar';
import { ui } from '../../src/content/interface/ui-ru';
import { letterText, letterValues } from '../../src/engine/letter';
import { procedureSources } from '../../src/engine/situation';
import {
  datedItems,
  deadlines,
  deadlineState,
  nextDeadline,
  noticePlan,
  uncertainYears,
} from '../../src/engine/timeline';

const end = { disconnectionDate: '2027-01-31' };
const plan = (draft: Record<string, string>) => noticePlan(draft, productionCalendar);

describe('the latest day to send the notice', () => {
  it('needs the end and the notice period', () => {
    expect(plan({})).toBeNull();
    expect(plan(end)).toBeNull();
    expect(plan({ ...end, noticeDays: 'unknown' })).toBeNull();
    expect(plan({ ...end, noticeDays: '400' })).toBeNull();
    expect(plan({ noticeDays: '30' })).toBeNull();
  });

  it('with no notice period: the last working day before the end (31.01.2027 is a Sunday)', () => {
    expect(plan({ ...end, noticeDays: '0' })?.receiveBy).toBe('2027-01-29');
    expect(plan({ ...end, noticeDays: '0', delivery: 'hand' })?.sendBy).toBe('2027-01-29');
    expect(plan({ ...end, noticeDays: '0', delivery: 'edo' })?.sendBy).toBe('2027-01-28');
    expect(plan({ ...end, noticeDays: '0', delivery: 'post' })?.sendBy).toBe('2027-01-15');
  });

  it('10 days: registered post lands in the new-year holidays and moves to 30.12.2026', () => {
    expect(plan({ ...end, noticeDays: '10', delivery: 'hand' })?.sendBy).toBe('2027-01-21');
    expect(plan({ ...end, noticeDays: '10', delivery: 'edo' })?.sendBy).toBe('2027-01-20');
    // 21.01 less 14 days is 07.01, a holiday; so are 01–08.01, 31.12 and the weekend.
    expect(plan({ ...end, noticeDays: '10', delivery: 'post' })?.sendBy).toBe('2026-12-30');
  });

  it('30 days: received by 30.12.2026, since 01.01.2027 and 31.12.2026 are days off', () => {
    const post = plan({ ...end, noticeDays: '30', delivery: 'post' });
    expect(post).toEqual({
      end: '2027-01-31',
      period: { days: 30, unit: 'calendar' },
      receiveBy: '2026-12-30',
      delivery: 'post',
      sendBy: '2026-12-16',
      // Not collected: it counts as delivered only after 30 days at the post office.
      sendByUncollected: '2026-11-16',
    });
    expect(plan({ ...end, noticeDays: '30', delivery: 'hand' })?.sendBy).toBe('2026-12-30');
    expect(plan({ ...end, noticeDays: '30', delivery: 'edo' })?.sendBy).toBe('2026-12-29');
    expect(plan({ ...end, noticeDays: '30' })).toMatchObject({
      receiveBy: '2026-12-30',
      delivery: null,
    });
    expect(plan({ ...end, noticeDays: '30' })?.sendBy).toBeUndefined();
  });

  it('counts working days when the contract does', () => {
    expect(plan({ ...end, noticeDays: '10', noticeUnit: 'working' })?.receiveBy).toBe('2027-01-18');
  });

  it('counts from the disconnection date, else from the end of the billing period', () => {
    expect(plan({ periodEnd: '2027-02-28', noticeDays: '0' })?.receiveBy).toBe('2027-02-26');
    expect(
      plan({ periodEnd: '2027-02-28', disconnectionDate: '2027-01-31', noticeDays: '0' })?.end,
    ).toBe('2027-01-31');
  });
});

describe('the timeline', () => {
  const wording = documents.timeline;
  const profFresh = datedItems(itsTermination, { edition: 'prof', 'services:fresh': 'yes' });
  const draft = { ...end, noticeDays: '30', delivery: 'post' };
  const list = deadlines(draft, profFresh, productionCalendar, wording);

  it('dates the notice, each step due before the end, and the end, in date order', () => {
    expect(profFresh.map((item) => item.id)).toEqual([
      'situation-notice-received',
      'situation-last-release',
      'situation-fresh-export',
      'partner-application',
    ]);
    expect(list.map(({ id, date, items }) => ({ id, date, items }))).toEqual([
      {
        id: 'notice',
        date: '2026-12-16',
        items: ['situation-notice-received', 'partner-application'],
      },
      { id: 'situation-last-release', date: '2027-01-29', items: ['situation-last-release'] },
      { id: 'situation-fresh-export', date: '2027-01-29', items: ['situation-fresh-export'] },
      { id: 'end', date: '2027-01-31', items: [] },
    ]);
    expect(list[0]?.label).toBe('Отправить уведомление партнёру');
  });

  it('has no dates without an end, and only the end without a notice period', () => {
    expect(deadlines({}, profFresh, productionCalendar, wording)).toEqual([]);
    expect(
      deadlines(end, profFresh, productionCalendar, wording).map((deadline) => deadline.id),
    ).toEqual(['situation-last-release', 'situation-fresh-export', 'end']);
  });

  it('dates only the steps on the page: the basic edition adds no release step', () => {
    const basic = datedItems(itsTermination, { edition: 'basic' });
    expect(basic.map((item) => item.id)).toEqual([
      'situation-notice-received',
      'partner-application',
    ]);
  });

  const none = () => false;
  const state = (index: number, today: string, ticked: (id: string) => boolean = none) => {
    const deadline = list[index];
    if (!deadline) throw new Error(`no deadline ${String(index)}`);
    return deadlineState(deadline, ticked, today, productionCalendar);
  };

  it('says a deadline is passed, close (under 3 working days) or ahead', () => {
    expect(state(0, '2026-12-17')).toEqual({ state: 'passed', workingDaysLeft: 0 });
    expect(state(0, '2026-12-16')).toEqual({ state: 'soon', workingDaysLeft: 0 });
    expect(state(0, '2026-12-14')).toEqual({ state: 'soon', workingDaysLeft: 2 });
    // Friday 11.12: Monday to Wednesday are 3 working days, the weekend not counted.
    expect(state(0, '2026-12-11')).toEqual({ state: 'ahead', workingDaysLeft: 3 });
  });

  it('is done once a step that sends the notice is ticked; the end once its day has passed', () => {
    const sent = (id: string) => id === 'partner-application';
    expect(state(0, '2026-12-20', sent).state).toBe('done');
    expect(state(3, '2027-01-31').state).toBe('soon');
    expect(state(3, '2027-02-01').state).toBe('done');
  });

  it('names the first deadline not met for the top of the page', () => {
    expect(nextDeadline(list, none, '2026-12-07', productionCalendar)?.id).toBe('notice');
    const sent = (id: string) => id === 'situation-notice-received';
    expect(nextDeadline(list, sent, '2026-12-07', productionCalendar)).toMatchObject({
      id: 'situation-last-release',
      date: '2027-01-29',
      state: 'ahead',
    });
    expect(nextDeadline(list, () => true, '2027-02-02', productionCalendar)).toBeNull();
  });

  it('says which years of the plan have a provisional or no production calendar', () => {
    expect(uncertainYears(['2026-12-16', '2027-01-31'], productionCalendar)).toEqual({
      provisional: [2027],
      missing: [],
    });
    expect(uncertainYears(['2028-03-01'], productionCalendar).missing).toEqual([2028]);
  });
});

describe('what the page says', () => {
  const letters = (['refusal', 'agreement'] as const).map((wording) =>
    letterText(
      documents.letter(
        letterValues(
          { wording, organisation: 'ООО «Ромашка»', disconnectionDate: '2027-01-31' },
          documents,
          '2026-12-07',
        ),
      ),
    ),
  );

  it('writes a notice of one-sided refusal by default, an offer to agree when chosen', () => {
    const [refusal, agreement] = letters;
    expect(refusal).toContain(
      'ООО «Ромашка» уведомляет об одностороннем отказе от исполнения договора',
    );
    expect(refusal).toContain('на основании п. 1 ст. 782 ГК РФ');
    expect(refusal).toContain('Договор прекращается с 31.01.2027.');
    expect(agreement).toContain('ООО «Ромашка» предлагает расторгнуть по соглашению сторон');
    expect(agreement).not.toContain('одностороннем отказе');
  });

  // Everything the page can say in either language: the procedure, the added steps and
  // cautions, the interface, the documents' wording and both letters.
  const said = JSON.stringify([
    itsTermination,
    itsTerminationEn,
    ui,
    documents,
    documentsEn,
    ...letters,
    Object.values(documents.deliveries),
    Object.values(documents.wordings),
  ]);

  it.each([
    [/просит расторгнуть/, 'the letter asks instead of notifying'],
    [/не гарантирован|not guaranteed/, 'refunds understated'],
    [/скрипт|scripts/i, 'the unsourced advice on scripts'],
    [/автоматическую загрузку обновлений|automatic update downloads/, 'the same advice'],
    [/смен\S* оператора|change of e-document operator/, 'an unsourced EDO operator change'],
    [/по числу (отправленных )?сообщений|number of messages/, 'unsourced EDO pricing'],
    [/полученн\S* до (его )?окончания|obtained before/, '"received" where 1C says "issued"'],
    [/бесплатн|free of charge|updates are free/, 'unsourced free updates for basic editions'],
    [/ocvita|lotmedica|pravanet|vdgb|1c-o\.ru/, 'weak sources left behind'],
  ])('never says %s (%s)', (pattern) => {
    expect(said).not.toMatch(pattern);
  });

  it('lists a source for every caution and for the letter and timeline rules', () => {
    const urls = procedureSources(itsTermination).map((source) => source.url);
    for (const item of itsTermination.sections.flatMap((section) =>
      section.kind === 'list' ? section.items : section.options.flatMap((o) => o.items),
    )) {
      for (const source of item.caution?.sources ?? []) expect(urls).toContain(source.url);
    }
    expect(urls).toContain('https://www.glavkniga.ru/elver/2022/19/6127');
    expect(urls.some((url) => url.includes('consultant.ru'))).toBe(true);
    for (const source of procedureSources(itsTermination)) {
      expect(source.read).toMatch(/^2026-1[12]-\d\d$/);
    }
  });

  it('puts a caution under the two article steps that can hurt, marked as not the article’s', () => {
    const self = itsTermination.sections.find((section) => section.id === 'methods');
    if (self?.kind !== 'choice') throw new Error('no methods');
    const items = self.options.flatMap((option) => option.items);
    expect(items.filter((item) => item.caution).map((item) => item.text)).toEqual([
      'Прекратите платежи по договору',
      'Удалите подключение к сервисам ИТС',
    ]);
    expect(ui.cautionTag).toMatch(/не из статьи/);
  });
});
