import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Documents } from '../../src/components/documents/documents';
import { itsTermination } from '../../src/content/its-termination';
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
    expect(letter()).toHaveTextContent('[наименование организации] просит расторгнуть договор');

    await user.type(field('Организация'), 'ООО «Ромашка»');
    await user.type(field('Номер договора'), '12/ИТС');
    await user.type(field('Дата договора'), '2024-02-01');
    await user.selectOptions(field('Причина расторжения'), 'Сокращение расходов');
    expect(letter()).toHaveTextContent(
      'ООО «Ромашка» просит расторгнуть договор № 12/ИТС от 01.02.2024',
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

  it('downloads a calendar reminder 5 working days before, or says what it needs', async () => {
    const user = setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:reminder';
    });
    const remind = screen.getByRole('button', { name: 'Напоминание в календарь' });
    await user.click(remind);
    expect(screen.getByText(/Укажите дату отключения/)).toHaveAttribute('role', 'alert');
    expect(blobs).toHaveLength(0);

    await user.type(field('Дата отключения'), '2027-01-11');
    expect(screen.getByText(/Событие встанет на 24\.12\.2026/)).toBeInTheDocument();
    expect(screen.getByText(/Календарь на 2027 год предварительный/)).toBeInTheDocument();
    await user.click(remind);
    expect(blobs).toHaveLength(1);
    const ics = await blobs[0]?.text();
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(ics).toContain('DTSTART:20261224T100000\r\n');
    expect(ics).toContain('BEGIN:VALARM');
    expect(screen.getByText(/Файл напоминания скачан/)).toBeInTheDocument();
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
