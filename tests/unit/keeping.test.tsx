import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { DEVICE_KEY } from '../../src/store/device';
import { copyReminder, createKeeping, keeping } from '../../src/store/keeping';
import { FILE_FORMAT, FILE_VERSION } from '../../src/store/progress-file';
import { STORAGE_KEY, STORAGE_VERSION, useProgressStore } from '../../src/store/progress-store';
import { emptySaved, packFacts, sanitizeSynced } from '../../src/store/saved';

/**
 * What the page keeps for the weeks the procedure takes: whether the browser keeps its data,
 * in words; the reminder to make a copy; who ticks on this device; files that merge.
 */

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 12);
const checkbox = (text: string) => screen.getByRole('checkbox', { name: new RegExp(text) });

/** A browser's storage manager that answers as told, counting the questions. */
function manager(persisted: boolean, grants: boolean) {
  const calls = { persist: 0 };
  return {
    calls,
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      calls.persist += 1;
      return Promise.resolve(grants);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the keep state', () => {
  it('reads the state once, asks when told and shows the answer', async () => {
    const browser = manager(false, true);
    const state = createKeeping(() => browser);
    expect(state.get()).toBe('checking');
    await state.check();
    expect(state.get()).toBe('may-delete');
    await state.ask();
    expect(state.get()).toBe('kept');
    expect(browser.calls.persist).toBe(1);
  });

  it('says so when the browser declines, and when it has no way to ask', async () => {
    const refusing = createKeeping(() => manager(false, false));
    await refusing.ask();
    expect(refusing.get()).toBe('refused');
    const none = createKeeping(() => null);
    await none.check();
    expect(none.get()).toBe('unsupported');
  });
});

describe('the reminder to copy', () => {
  const facts = (ticks: Record<string, number>, changed: Record<string, number> = {}) =>
    sanitizeSynced({ ...emptySaved(), ticks, changed });

  it('reminds when a change older than three days is in no copy and the browser may delete it', () => {
    const old = facts({ 'prep-backups': NOW - 4 * DAY });
    expect(copyReminder({ keep: 'may-delete', facts: old, copiedAt: null, now: NOW })).toEqual({
      daysAgo: null,
    });
    expect(
      copyReminder({ keep: 'refused', facts: old, copiedAt: NOW - 5 * DAY, now: NOW }),
    ).toEqual({ daysAgo: 5 });
  });

  it('stays quiet when the browser keeps the data, the copy is newer, or the change is recent', () => {
    const old = facts({ 'prep-backups': NOW - 4 * DAY });
    expect(copyReminder({ keep: 'kept', facts: old, copiedAt: null, now: NOW })).toBeNull();
    expect(
      copyReminder({ keep: 'may-delete', facts: old, copiedAt: NOW - 3 * DAY, now: NOW }),
    ).toBeNull();
    const recent = facts({}, { 'notes:prep-backups': NOW - DAY });
    expect(
      copyReminder({ keep: 'unsupported', facts: recent, copiedAt: null, now: NOW }),
    ).toBeNull();
    expect(
      copyReminder({ keep: 'may-delete', facts: facts({}), copiedAt: null, now: NOW }),
    ).toBeNull();
  });
});

describe('the footer and who ticks', () => {
  it('says in words that a browser with no way to ask may delete the data', async () => {
    render(<App />);
    await act(() => keeping.check());
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('status')).toHaveTextContent(
      'Этот браузер может удалить данные страницы — время от времени делайте копию',
    );
    // Nothing to ask: no button that would do nothing.
    expect(within(footer).queryByRole('button', { name: 'Хранить надёжно' })).toBeNull();
    expect(
      within(footer).getByRole('textbox', { name: 'Кто отмечает' }),
    ).toHaveAccessibleDescription(/Имя сохраняется с каждой отметкой и заметкой/);
  });

  it('saves the name of this device with each tick and note made after it is given', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(checkbox('Проверьте условия'));
    await user.type(screen.getByRole('textbox', { name: 'Кто отмечает' }), 'Иванова А. А.');
    await user.click(checkbox('Убедитесь в отсутствии'));
    expect(useProgressStore.getState().tickedBy).toEqual({ 'prep-no-debt': 'Иванова А. А.' });
    expect(JSON.parse(localStorage.getItem(DEVICE_KEY) ?? '{}')).toMatchObject({
      state: { name: 'Иванова А. А.' },
    });
    await user.click(checkbox('Убедитесь в отсутствии'));
    expect(useProgressStore.getState().tickedBy).toEqual({});
  });

  it('shows the reminder at the top when days of progress are in no copy', async () => {
    localStorage.setItem(
      DEVICE_KEY,
      JSON.stringify({ state: { copiedAt: Date.now() - 10 * DAY }, version: 1 }),
    );
    // Ticked five days ago, on a page opened again today.
    const ticks = { 'prep-backups': Date.now() - 5 * DAY };
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: packFacts(sanitizeSynced({ ticks })), version: STORAGE_VERSION }),
    );
    await act(() => useProgressStore.persist.rehydrate());
    useProgressStore.device.follow();
    render(<App />);
    await act(() => keeping.check());
    expect(
      await screen.findByText(/Последняя копия: 10 дней назад\. Отметки за несколько дней/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Сохранить копию в файл' })).toBeInTheDocument();
  });
});

describe('a file that merges', () => {
  const mergingFile = () =>
    new File(
      [
        JSON.stringify({
          format: FILE_FORMAT,
          version: FILE_VERSION,
          exportedAt: '2026-12-07T10:00:00.000Z',
          device: { id: 'abc', name: 'Петров П. П.' },
          organisations: [
            {
              number: 1,
              progress: {
                ...emptySaved(),
                ticks: { 'prep-backups': 1_765_000_000_000, 'prep-documents': 1_765_000_000_000 },
                notes: { 'prep-contract-terms': 'Договор № 7' },
              },
              changed: { 'notes:prep-contract-terms': 1_765_000_000_000 },
            },
          ],
        }),
      ],
      'its-progress-2026-12-07.json',
      { type: 'application/json' },
    );

  it('says what it adds and keeps, merges on confirmation, and undo takes it back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(checkbox('Проверьте условия'));
    await user.upload(screen.getByLabelText('Импорт из файла'), mergingFile());
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Объединить с отметками на этом устройстве?',
    });
    expect(dialog).toHaveTextContent('От: Петров П. П., сохранено 07.12.2026');
    expect(dialog).toHaveTextContent('+2 отметки, +1 заметка.');
    expect(dialog).toHaveTextContent('Отметки этого устройства (1) остаются.');
    await user.click(within(dialog).getByRole('button', { name: 'Объединить' }));

    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(checkbox('Создайте резервные')).toBeChecked();
    expect(checkbox('Подготовьте документы')).toBeChecked();
    expect(screen.getByText('Договор № 7')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Отменить' }));
    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(checkbox('Создайте резервные')).not.toBeChecked();

    // The same file again: the undo is later than its ticks, and the review says why they stay off.
    await user.upload(screen.getByLabelText('Импорт из файла'), mergingFile());
    const again = await screen.findByRole('alertdialog', {
      name: 'Объединить с отметками на этом устройстве?',
    });
    expect(again).toHaveTextContent(
      'ничего нового: 2 отметки из файла сняты здесь позже и останутся снятыми.',
    );
  });

  it('says nothing new when everything in the file is here already', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText('Импорт из файла'), mergingFile());
    await user.click(await screen.findByRole('button', { name: 'Объединить' }));
    await user.upload(screen.getByLabelText('Импорт из файла'), mergingFile());
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('ничего нового: всё это здесь уже есть.');
  });
});
