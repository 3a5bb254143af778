import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Documents } from '../../src/components/documents/documents';
import { itsTermination } from '../../src/content/article/its-termination';
import { useProgressStore } from '../../src/store/progress-store';

const letterRegion = () => screen.getByRole('region', { name: 'Заявление о расторжении' });
const field = (label: string) => within(letterRegion()).getByLabelText(label, { exact: false });
const letter = () => screen.getByRole('article', { name: 'Заявление' });

/** The message a field points to with aria-describedby, as a person would hear it. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

function setup() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(<Documents procedure={itsTermination} />);
  return user;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 12, 0));
});

afterEach(() => {
  vi.restoreAllMocks();
  delete document.documentElement.dataset.print;
});

describe('the termination letter', () => {
  it('has every field by its label, and the letter follows what is typed', async () => {
    const user = setup();
    for (const label of [
      'Организация',
      'ИНН',
      'КПП',
      'Номер договора',
      'Дата договора',
      'Партнёр 1С',
      'Дата отключения',
      'Причина расторжения',
      'Контактное лицо',
    ]) {
      expect(field(label)).toBeInTheDocument();
    }
    expect(letter()).toHaveTextContent(
      '[наименование организации] уведомляет об одностороннем отказе от исполнения договора',
    );

    await user.type(field('Организация'), 'ООО «Ромашка»');
    await user.type(field('Номер договора'), '12/ИТС');
    await user.type(field('Дата договора'), '2024-02-01');
    await user.selectOptions(field('Причина расторжения'), 'Сокращение расходов');
    expect(letter()).toHaveTextContent(
      'ООО «Ромашка» уведомляет об одностороннем отказе от исполнения договора № 12/ИТС от 01.02.2024',
    );
    expect(letter()).toHaveTextContent('Причина расторжения: Сокращение расходов.');
    expect(letter()).toHaveTextContent('27.11.2026');
    // Saved like the rest of the progress.
    expect(useProgressStore.getState().letter).toMatchObject({
      organisation: 'ООО «Ромашка»',
      contractNumber: '12/ИТС',
      contractDate: '2024-02-01',
      reason: 'cost',
    });
  });

  it('names a wrong ИНН next to the field, without stopping the typing', async () => {
    const user = setup();
    const inn = field('ИНН');
    await user.type(inn, '770708');
    // Still typing: a short number is not yet an error.
    expect(inn).not.toHaveAttribute('aria-invalid');
    expect(description(inn)).not.toMatch(/введено/);
    await user.tab();
    expect(inn).toHaveAttribute('aria-invalid', 'true');
    expect(description(inn)).toMatch(/10 цифр у организации или 12 у ИП, а введено 6/);

    await user.click(inn);
    await user.type(inn, '3894');
    expect(inn).toHaveValue('7707083894');
    expect(inn).toHaveAttribute('aria-invalid', 'true');
    expect(description(inn)).toMatch(/не сходится контрольная цифра/);

    await user.clear(inn);
    await user.type(inn, '7707083893');
    expect(inn).not.toHaveAttribute('aria-invalid');
    expect(description(inn)).not.toMatch(/контрольная|введено/);
  });

  it('checks the КПП, and knows an entrepreneur has none', async () => {
    const user = setup();
    await user.type(field('ИНН'), '500100732259');
    await user.type(field('КПП'), '773601001');
    expect(field('КПП')).toHaveAttribute('aria-invalid', 'true');
    expect(description(field('КПП'))).toMatch(/У ИП .* нет КПП/);
  });

  it('keeps the dates in order and counts the days left in the billing period', async () => {
    const user = setup();
    await user.type(field('Дата договора'), '2024-02-01');
    await user.type(field('Дата отключения'), '2024-01-15');
    expect(field('Дата отключения')).toHaveAttribute('aria-invalid', 'true');
    expect(description(field('Дата отключения'))).toMatch(
      /должна быть позже даты договора \(01\.02\.2024\)/,
    );

    await user.type(field('Конец расчётного периода'), '2026-12-31');
    expect(screen.getByText('До конца расчётного периода осталось 34 дня.')).toBeInTheDocument();

    await user.clear(field('Дата отключения'));
    await user.type(field('Дата отключения'), '2026-12-20');
    // Advice, not an error: the field stays valid.
    expect(field('Дата отключения')).not.toHaveAttribute('aria-invalid');
    expect(description(field('Дата отключения'))).toMatch(
      /Не совпадает с концом расчётного периода \(31\.12\.2026\)/,
    );
    await user.click(screen.getByRole('button', { name: 'Поставить 31.12.2026' }));
    expect(field('Дата отключения')).toHaveValue('2026-12-31');
    expect(description(field('Дата отключения'))).not.toMatch(/Не совпадает/);
  });

  it('is a notice of refusal by default, and an offer to agree when chosen, each saying what it means', async () => {
    const user = setup();
    const refusal = screen.getByRole('radio', { name: 'Уведомление об одностороннем отказе' });
    const agreement = screen.getByRole('radio', {
      name: 'Предложение расторгнуть по соглашению сторон',
    });
    expect(refusal).toBeChecked();
    expect(description(refusal)).toMatch(/без согласия партнёра.*ст\. 450\.1/);
    expect(description(agreement)).toMatch(/только если партнёр согласится.*ст\. 452/);
    await user.type(field('Дата отключения'), '2027-01-31');
    expect(letter()).toHaveTextContent('УВЕДОМЛЕНИЕоб одностороннем отказе от исполнения договора');
    expect(letter()).toHaveTextContent('на основании п. 1 ст. 782 ГК РФ');
    expect(letter()).toHaveTextContent('Договор прекращается с 31.01.2027.');

    await user.click(agreement);
    expect(letter()).toHaveTextContent(
      '[наименование организации] предлагает расторгнуть по соглашению сторон договор',
    );
    expect(letter()).not.toHaveTextContent('одностороннем отказе');
    expect(useProgressStore.getState().letter.wording).toBe('agreement');
    await user.click(refusal);
    expect(useProgressStore.getState().letter.wording).toBeUndefined();
  });

  it('works out the last day to send the notice from the period, the notice period and the way it goes', async () => {
    const user = setup();
    const remind = screen.getByRole('button', { name: 'Напоминание в календарь' });
    const dates = within(screen.getByRole('group', { name: 'Ваши сроки' }));
    // The first status says the notice's dates; the other, that the calendar was saved.
    const notice = () => dates.getAllByRole('status')[0];
    expect(dates.getByText(/Укажите конец расчётного периода/)).toBeInTheDocument();

    await user.type(field('Дата отключения'), '2027-01-11');
    expect(notice()).toHaveTextContent('Укажите срок уведомления по договору');
    await user.type(field('Срок уведомления по договору'), '30');
    // 11.01.2027 less 30 days is Saturday 12.12.2026: the working day before.
    expect(notice()).toHaveTextContent('Партнёр должен получить уведомление не позднее 11.12.2026');
    await user.click(screen.getByRole('radio', { name: 'Лично под подпись' }));
    expect(notice()).toHaveTextContent('Вручите уведомление не позднее 11.12.2026.');

    await user.click(screen.getByRole('radio', { name: /Заказным письмом/ }));
    // 14 days for the post: 27.11.2026, today, so the entry warns in words.
    expect(notice()).toHaveTextContent(
      'Отправьте уведомление не позднее 27.11.2026, чтобы партнёр получил его не позднее 11.12.2026.',
    );
    expect(dates.getByText(/отправьте его до 28\.10\.2026/)).toBeInTheDocument();
    const entries = dates.getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      '27.11.2026Отправить уведомление партнёрусегодня последний день',
      '11.01.2027Договор ИТС прекращаетсячерез 24 рабочих дня',
    ]);
    expect(entries[0]).toHaveAttribute('data-state', 'soon');
    expect(screen.getByText(/Календарь на 2027 год предварительный/)).toBeInTheDocument();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:reminder';
    });
    expect(screen.getByText(/В календаре будет 2 события/)).toBeInTheDocument();
    await user.click(remind);
    expect(blobs).toHaveLength(1);
    const ics = (await blobs[0]?.text()) ?? '';
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20261127T100000\r\n');
    expect(ics).toContain('DTSTART:20270111T100000\r\n');
    expect(ics).toContain('UID:its-termination-notice@otkluchenie-soprovozhdeniya-1c\r\n');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(4);
    expect(screen.getByText(/Файл календаря скачан/)).toBeInTheDocument();
  });

  it('says where to find the notice period when it is not known, and keeps no date for it', async () => {
    const user = setup();
    await user.type(field('Дата отключения'), '2027-01-11');
    await user.type(field('Срок уведомления по договору'), '3x');
    await user.tab();
    expect(description(field('Срок уведомления по договору'))).toContain(
      'Укажите число дней от 0 до 365',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Не знаю' }));
    expect(field('Срок уведомления по договору')).toBeDisabled();
    expect(
      screen.getByText(/найдите его, выполняя пункт «Проверьте условия действующего договора»/),
    ).toBeInTheDocument();
    expect(useProgressStore.getState().letter.noticeDays).toBe('unknown');
    expect(
      within(screen.getByRole('group', { name: 'Ваши сроки' })).getAllByRole('listitem'),
    ).toHaveLength(1);
  });

  it('asks for a date before it writes a calendar', async () => {
    const user = setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:reminder';
    });
    await user.click(screen.getByRole('button', { name: 'Напоминание в календарь' }));
    expect(screen.getByText(/Укажите дату отключения или конец/)).toHaveAttribute('role', 'alert');
    expect(blobs).toHaveLength(0);
  });

  it('prints the letter alone', async () => {
    const user = setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Печать' }));
    expect(print).toHaveBeenCalledOnce();
    expect(document.documentElement.dataset.print).toBe('letter');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.dataset.print).toBeUndefined();
  });
});

describe('the record', () => {
  it('opens with every step, its tick time and note, and prints it', async () => {
    useProgressStore.setState({
      ticks: { 'prep-backups': new Date(2026, 10, 20, 9, 30).getTime() },
      choices: { methods: 'partner' },
      notes: { 'prep-backups': 'Копия на сервере 2' },
      letter: { organisation: 'ООО «Ромашка»', inn: '7707083893' },
    });
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Протокол' }));
    const record = screen.getByRole('dialog', { name: 'Протокол отключения сопровождения 1С:ИТС' });
    expect(record).toHaveTextContent('ООО «Ромашка»');
    expect(record).toHaveTextContent('Через партнера 1С');
    expect(record).toHaveTextContent(
      'Создайте резервные копии баз данныхвыполнено 20.11.2026, 09:30Заметка: Копия на сервере 2',
    );
    expect(record).toHaveTextContent('Проверьте условия действующего договоране выполнено');
    expect(record).toHaveTextContent('Направьте письменное заявление');
    expect(record).not.toHaveTextContent('Удалите подключение к сервисам ИТС');
    expect(record).toHaveTextContent('Протокол составлен 27.11.2026, 12:00.');
    // While open, printing prints the record.
    expect(document.documentElement.dataset.print).toBe('record');

    await user.click(within(record).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.documentElement.dataset.print).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Протокол' })).toHaveFocus();
  });
});
