import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { followAddress } from '../../src/components/organisations/address';
import { UNDO_WINDOW_MS } from '../../src/components/shared/undo-toast';
import { setLetterField } from '../../src/store/letter-draft';
import {
  addOrganisation as addOrganisationNow,
  removeOrganisation,
  renameOrganisation,
} from '../../src/store/organisation-actions';
import { FILE_FORMAT } from '../../src/store/progress-file';
import { STORAGE_VERSION, useProgressStore } from '../../src/store/progress-store';

const switcher = () => screen.getByRole('button', { name: /^Организация: / });
const list = () => screen.getByRole('region', { name: 'Организации на этом устройстве' });
/** Text as read, with no-break spaces as plain ones. */
const textOf = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\u00a0/g, ' ');
/** Links' accessible names, with no-break spaces as plain ones. */
const linkNames = (container: HTMLElement) => within(container).getAllByRole('link').map(textOf);
const checkbox = (text: string) => screen.getByRole('checkbox', { name: new RegExp(text) });

let stopFollowing: (() => void) | null = null;
afterEach(() => {
  stopFollowing?.();
  stopFollowing = null;
});

function setup(options: Parameters<typeof userEvent.setup>[0] = {}) {
  stopFollowing = followAddress(useProgressStore);
  const user = userEvent.setup(options);
  render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return user;
}

/** Adds an organisation through the list and names it. */
async function addOrganisation(user: ReturnType<typeof setup>, name: string) {
  await user.click(switcher());
  await user.click(
    await within(await findList()).findByRole('button', { name: 'Добавить организацию' }),
  );
  const field = screen.getByRole('textbox', { name: 'Название организации' });
  expect(field).toHaveFocus();
  await user.type(field, name);
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
}

const findList = () => screen.findByRole('region', { name: 'Организации на этом устройстве' });

describe('the organisation switcher', () => {
  it("shows the open organisation's name: given, else the letter's, else its number", () => {
    setup();
    expect(switcher()).toHaveTextContent('Организация 1');
    expect(switcher()).toHaveAttribute('aria-expanded', 'false');
    act(() => {
      setLetterField('organisation', 'ООО «Ромашка»');
    });
    expect(switcher()).toHaveAccessibleName('Организация: ООО «Ромашка»');
    act(() => {
      renameOrganisation('1', 'Ромашка, головная');
    });
    expect(switcher()).toHaveAccessibleName('Организация: Ромашка, головная');
  });

  it('lists every organisation with its progress and date; the open one is marked', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    act(() => {
      setLetterField('disconnectionDate', '2027-01-31');
    });
    await addOrganisation(user, 'ООО «Лютик»');
    expect(switcher()).toHaveAccessibleName('Организация: ООО «Лютик»');
    expect(switcher()).toHaveFocus();
    // The address follows after the next paint.
    await vi.waitFor(() => {
      expect(window.location.search).toBe('?org=2');
    });
    expect(document.title).toBe('ООО «Лютик» — Отключение сопровождения 1С — пошаговый чек-лист');
    expect(checkbox('Проверьте условия')).not.toBeChecked();

    await user.click(switcher());
    expect(switcher()).toHaveAttribute('aria-expanded', 'true');
    const links = within(await findList()).getAllByRole('link');
    expect(linkNames(list())).toEqual([
      'Организация 1 · 1 из 17 · 6 % · отключение 31.01.2027',
      'ООО «Лютик» · 0 из 17 · 0 %',
    ]);
    expect(links[0]).toHaveAccessibleName(/^Организация 1 · 1 из 17 · 6\s%/);
    expect(links[0]).toHaveAttribute('href', '/?org=1');
    expect(links[1]).toHaveAttribute('aria-current', 'page');

    await user.click(within(list()).getByRole('link', { name: /^Организация 1/ }));
    expect(screen.queryByRole('region', { name: 'Организации на этом устройстве' })).toBeNull();
    expect(switcher()).toHaveAccessibleName('Организация: Организация 1');
    await vi.waitFor(() => {
      expect(window.location.search).toBe('?org=1');
    });
    expect(checkbox('Проверьте условия')).toBeChecked();
  });

  it('Escape closes the list and gives focus back to its button', async () => {
    const user = setup();
    await user.click(switcher());
    await findList();
    await user.keyboard('{Escape}');
    expect(switcher()).toHaveAttribute('aria-expanded', 'false');
    expect(switcher()).toHaveFocus();
  });

  it('back and forward in the history move between organisations', async () => {
    const user = setup();
    await addOrganisation(user, 'ООО «Лютик»');
    await user.click(checkbox('Проверьте условия'));
    act(() => {
      window.history.back();
    });
    await vi.waitFor(() => {
      expect(switcher()).toHaveAccessibleName('Организация: Организация 1');
    });
    expect(checkbox('Проверьте условия')).not.toBeChecked();
    act(() => {
      window.history.forward();
    });
    await vi.waitFor(() => {
      expect(switcher()).toHaveAccessibleName('Организация: ООО «Лютик»');
    });
    expect(checkbox('Проверьте условия')).toBeChecked();
  });

  it('back to the address of an organisation since removed: the first opens, the address says so', async () => {
    const user = setup();
    await addOrganisation(user, 'ООО «Лютик»');
    await vi.waitFor(() => {
      expect(window.location.search).toBe('?org=2');
    });
    act(() => {
      removeOrganisation('2');
    });
    await vi.waitFor(() => {
      expect(window.location.search).toBe('?org=1');
    });
    act(() => {
      window.history.back();
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Организации из адреса страницы нет на этом устройстве',
    );
    expect(switcher()).toHaveAccessibleName('Организация: Организация 1');
    expect(window.location.search).toBe('?org=1');
  });

  it('leaving the rename form without saving gives focus back to its button', async () => {
    const user = setup();
    await user.click(switcher());
    const rename = await within(await findList()).findByRole('button', {
      name: 'Переименовать организацию «Организация 1»',
    });
    await user.click(rename);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Название организации' })).toBeNull();
    expect(within(list()).getByRole('button', { name: /^Переименовать/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(switcher()).toHaveAttribute('aria-expanded', 'false');
    expect(switcher()).toHaveFocus();
  });

  it('renames the open organisation; an empty name gives back the default', async () => {
    const user = setup();
    await user.click(switcher());
    await user.click(
      await within(await findList()).findByRole('button', {
        name: 'Переименовать организацию «Организация 1»',
      }),
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Название организации' }),
      'ООО «Ромашка»{Enter}',
    );
    expect(switcher()).toHaveAccessibleName('Организация: ООО «Ромашка»');
    await user.click(switcher());
    await user.click(
      within(list()).getByRole('button', { name: 'Переименовать организацию «ООО «Ромашка»»' }),
    );
    await user.clear(screen.getByRole('textbox', { name: 'Название организации' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(switcher()).toHaveAccessibleName('Организация: Организация 1');
  });

  it('removes an organisation after asking, and "Отменить" brings it back with its ticks', async () => {
    const user = setup();
    await addOrganisation(user, 'ООО «Лютик»');
    await user.click(checkbox('Проверьте условия'));
    await user.click(switcher());
    expect(within(await findList()).getAllByRole('link')).toHaveLength(2);
    await user.click(
      within(list()).getByRole('button', { name: 'Удалить организацию «ООО «Лютик»»' }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: 'Удалить организацию «ООО «Лютик»» с этого устройства?',
    });
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Удалить организацию' }));

    expect(switcher()).toHaveAccessibleName('Организация: Организация 1');
    // Removed here, so there is nothing to explain.
    expect(screen.queryByRole('alert')).toBeNull();
    // The list closes; focus is back on its button, whose name says what is open now.
    expect(switcher()).toHaveFocus();
    await user.click(switcher());
    expect(within(list()).getAllByRole('link')).toHaveLength(1);
    expect(within(list()).queryByRole('button', { name: /^Удалить/ })).toBeNull();
    const toast = screen.getByText('Организация «ООО «Лютик»» удалена.').closest('.toast');
    if (!(toast instanceof HTMLElement)) throw new Error('no undo message');
    await user.click(within(toast).getByRole('button', { name: 'Отменить' }));

    expect(screen.getByText('Организация восстановлена.')).toBeInTheDocument();
    expect(switcher()).toHaveAccessibleName('Организация: ООО «Лютик»');
    expect(checkbox('Проверьте условия')).toBeChecked();
  });

  it('the removal is final once the undo message is gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    await addOrganisation(user, 'ООО «Лютик»');
    await user.click(switcher());
    await user.click(
      within(await findList()).getByRole('button', { name: /^Удалить организацию/ }),
    );
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Удалить организацию' }),
    );
    act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS + 100);
    });
    expect(screen.queryByRole('button', { name: 'Отменить' })).toBeNull();
    expect(Object.keys(useProgressStore.getState().organisations)).toEqual(['1']);
  });

  it('an address naming no organisation here says so and which one is open', async () => {
    act(() => {
      useProgressStore.setState({ missing: '7' });
    });
    const user = setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Организации из адреса страницы нет на этом устройстве');
    expect(alert).toHaveTextContent('Открыта «Организация 1»');
    await user.click(within(alert).getByRole('button', { name: 'Понятно' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('all organisations at once', () => {
  it('one calendar file with a reminder for every organisation that has a date', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:reminders';
    });
    const user = setup();
    await user.click(switcher());
    await user.click(
      await within(await findList()).findByRole('button', { name: 'Напоминания всех в календарь' }),
    );
    await vi.waitFor(() => {
      expect(within(list()).getByRole('status')).toHaveTextContent(/Ни у одной организации/);
    });
    expect(blobs).toHaveLength(0);

    act(() => {
      setLetterField('disconnectionDate', '2027-01-11');
      setLetterField('noticeDays', '30');
      setLetterField('delivery', 'hand');
      addOrganisationNow();
      setLetterField('organisation', 'ООО «Лютик»');
      setLetterField('periodEnd', '2027-02-28');
      addOrganisationNow();
    });
    await user.click(within(list()).getByRole('button', { name: 'Напоминания всех в календарь' }));
    await vi.waitFor(() => {
      expect(within(list()).getByRole('status')).toHaveTextContent(
        'Файл скачан: напоминания для 2 из 3 организаций; у остальных не указана дата отключения.',
      );
    });
    // Long lines are folded at 75 octets: unfolded here.
    const ics = ((await blobs[0]?.text()) ?? '').replace(/\r\n /g, '');
    // The first: the notice (hand it over by 11.12.2026) and the end; the second, its end only.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART:20261211T100000\r\n');
    expect(ics).toContain(
      'SUMMARY:Отправить уведомление партнёру — последний день (Организация 1)',
    );
    expect(ics).toContain('SUMMARY:Договор ИТС прекращается (Организация 1)');
    expect(ics).toContain('SUMMARY:Договор ИТС прекращается (ООО «Лютик»)');
    expect(ics).toContain('DTSTART:20270228T100000\r\n');
    // Each organisation's events have ids of their own, the same as when downloaded alone.
    expect(ics).toContain('UID:its-termination-notice@otkluchenie-soprovozhdeniya-1c');
    expect(ics).toContain('UID:its-termination-end@otkluchenie-soprovozhdeniya-1c');
    expect(ics).toMatch(/UID:its-termination-org-\d+-end@/);
  });

  it('a printable summary: name, method, progress, date and what is still open', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    act(() => {
      renameOrganisation('1', 'ООО «Ромашка»');
      setLetterField('disconnectionDate', '2027-01-31');
      addOrganisationNow();
    });
    await user.click(switcher());
    await user.click(
      await within(await findList()).findByRole('button', { name: 'Сводка для печати' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Сводка по организациям' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('rowheader')).toHaveTextContent('ООО «Ромашка»');
    expect(first).toHaveTextContent('не выбран');
    expect(first).toHaveTextContent('1 из 17 · 6 %');
    expect(first).toHaveTextContent('31.01.2027');
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      // The next step, then how many more: two preparation items, the method not yet chosen
      // (one entry), the important points and the consequences.
      'Убедитесь в отсутствии задолженности',
      'и ещё 12',
    ]);
    expect(within(second).getByRole('rowheader')).toHaveTextContent('Организация 2');
    expect(second).toHaveTextContent('не указано');
    expect(document.documentElement.dataset.print).toBe('overview');
    await user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('dialog', { name: 'Сводка по организациям' })).toBeNull();
    expect(document.documentElement.dataset.print).toBeUndefined();
  });
});

const organisationsFile = (organisations: unknown[]) =>
  new File(
    [
      JSON.stringify({
        format: FILE_FORMAT,
        version: STORAGE_VERSION,
        exportedAt: '2026-11-27T16:40:00.000Z',
        organisations,
      }),
    ],
    'its-progress-all-2026-11-27.json',
    { type: 'application/json' },
  );
const progress = (ticks: Record<string, number>, letter: Record<string, string> = {}) => ({
  ticks,
  choices: {},
  notes: {},
  letter,
  answers: {},
});

describe('importing organisations', () => {
  it('shows per organisation what it replaces or adds, applies the ticked ones, and undoes', async () => {
    const user = setup();
    act(() => {
      renameOrganisation('1', 'ООО «Ромашка»');
    });
    await user.click(checkbox('Проверьте условия'));
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      organisationsFile([
        {
          number: 1,
          name: 'ООО «Ромашка»',
          progress: progress({ 'prep-no-debt': 5, 'prep-backups': 6 }),
        },
        { number: 2, progress: progress({ 'prep-documents': 7 }, { organisation: 'ООО «Лютик»' }) },
        { number: 3, name: 'ООО «Василёк»', progress: progress({}) },
      ]),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Загрузить прогресс из файла?' });
    expect(dialog).toHaveTextContent(
      /^.*Файл сохранён .*; в нём 3 организации\. Отметьте, какие загрузить:/,
    );
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes.map((box) => textOf(box.closest('label')))).toEqual([
      '«ООО «Ромашка»»: заменит прогресс (сейчас 1 из 17 шагов, в файле 2 из 17 шагов)',
      '«ООО «Лютик»»: будет добавлена (в файле 1 из 17 шагов)',
      '«ООО «Василёк»»: будет добавлена (в файле 0 из 17 шагов)',
    ]);
    await user.click(boxes[2] as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: 'Загрузить отмеченные' }));

    expect(checkbox('Проверьте условия')).not.toBeChecked();
    expect(checkbox('Убедитесь в отсутствии')).toBeChecked();
    await user.click(switcher());
    expect(linkNames(await findList())).toEqual([
      'ООО «Ромашка» · 2 из 17 · 12 %',
      'ООО «Лютик» · 1 из 17 · 6 %',
    ]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Отменить' }));
    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(checkbox('Убедитесь в отсутствии')).not.toBeChecked();
    expect(Object.keys(useProgressStore.getState().organisations)).toEqual(['1']);
  });

  it('with nothing ticked, says so and loads nothing', async () => {
    const user = setup();
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      organisationsFile([
        { number: 1, name: 'А', progress: progress({ 'prep-no-debt': 5 }) },
        { number: 2, name: 'Б', progress: progress({}) },
      ]),
    );
    const dialog = await screen.findByRole('alertdialog');
    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Отметьте хотя бы одну организацию.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Загрузить отмеченные' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(checkbox('Убедитесь в отсутствии')).not.toBeChecked();
  });

  it('one organisation the device does not have is added, the open one untouched', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      organisationsFile([
        { number: 4, name: 'ООО «Лютик»', progress: progress({ 'prep-no-debt': 5 }) },
      ]),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Загрузить прогресс из файла?' });
    expect(dialog).toHaveTextContent(
      'В файле организация «ООО «Лютик»», которой нет на этом устройстве',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Добавить организацию' }));
    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(Object.values(useProgressStore.getState().names)).toEqual(['ООО «Лютик»']);
  });
});
