import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { UNDO_WINDOW_MS } from '../../src/components/shared/undo-toast';
import { FILE_FORMAT } from '../../src/store/progress-file';
import { useProgressStore } from '../../src/store/progress-store';
import { readSaved } from './saved-reader';

const checkbox = (text: string) => screen.getByRole('checkbox', { name: new RegExp(text) });
const toast = () =>
  screen.getAllByRole('status').find((element) => element.classList.contains('toast-region'));

/** The page as `npm run dev` runs it: StrictMode runs effects twice, and nothing may double. */
function setup(options: Parameters<typeof userEvent.setup>[0] = {}) {
  const user = userEvent.setup(options);
  render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return user;
}

const progressFile = (progress: unknown, name = 'its-progress-2026-11-27.json') =>
  new File(
    [
      JSON.stringify({
        format: FILE_FORMAT,
        version: 2,
        exportedAt: '2026-11-27T16:40:00.000Z',
        progress,
      }),
    ],
    name,
    { type: 'application/json' },
  );

describe('reset with undo', () => {
  it('asks first, with the safe answer focused, and cancelling changes nothing', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Сбросить весь прогресс?' });
    expect(dialog).toHaveAccessibleDescription(/Будут сняты все отметки \(1\)/);
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(checkbox('Проверьте условия')).toBeChecked();
  });

  it('clears everything, then "Отменить" brings it all back', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    await user.click(checkbox('Прекращение автоматических'));
    await user.click(screen.getByRole('button', { name: /Заметка.*Прекращение автоматических/ }));
    await user.type(
      await screen.findByRole('textbox', { name: /Прекращение автоматических/ }),
      'Письмо 5',
    );

    await user.click(screen.getByRole('button', { name: 'Сбросить прогресс' }));
    await user.click(await screen.findByRole('button', { name: 'Сбросить' }));
    expect(checkbox('Проверьте условия')).not.toBeChecked();
    expect(screen.queryByText('Письмо 5')).not.toBeInTheDocument();
    expect(toast()).toHaveTextContent('Прогресс сброшен.');

    await user.click(within(toast() as HTMLElement).getByRole('button', { name: 'Отменить' }));
    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(checkbox('Прекращение автоматических')).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Прекращение автоматических/ })).toHaveValue(
      'Письмо 5',
    );
    expect(toast()).toHaveTextContent('Прогресс восстановлен.');
  });

  it('offers the undo for at least 10 seconds, without taking focus', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    await user.click(checkbox('Проверьте условия'));
    const resetButton = screen.getByRole('button', { name: 'Сбросить прогресс' });
    await user.click(resetButton);
    await user.click(await screen.findByRole('button', { name: 'Сбросить' }));
    expect(
      within(toast() as HTMLElement).getByRole('button', { name: 'Отменить' }),
    ).not.toHaveFocus();

    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(within(toast() as HTMLElement).getByRole('button', { name: 'Отменить' })).toBeVisible();
    act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS);
    });
    expect(within(toast() as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('notes and tick times', () => {
  it('a note opens from its card, is saved as typed and shown on the card', async () => {
    const user = setup();
    const button = screen.getByRole('button', { name: /Заметка.*Получите акт|Заметка.*Убедитесь/ });
    await user.click(button);
    const field = await screen.findByRole('textbox', {
      name: /Убедитесь в отсутствии задолженности/,
    });
    expect(field).toHaveFocus();
    await user.type(field, 'Акт сверки № 12');
    // Saved after the next paint, every keystroke since as one save.
    await waitFor(() => {
      expect(readSaved(window.localStorage)).toMatchObject({
        state: { notes: { 'prep-no-debt': 'Акт сверки № 12' } },
      });
    });
    await user.click(screen.getByRole('button', { name: 'Готово' }));
    expect(
      screen.queryByRole('textbox', { name: /Убедитесь в отсутствии задолженности/ }),
    ).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(screen.getByText('Акт сверки № 12')).toBeInTheDocument();
  });

  it('Escape closes the note and returns focus to its button', async () => {
    const user = setup();
    const button = screen.getByRole('button', { name: /Заметка.*Создайте резервные/ });
    await user.click(button);
    await user.type(
      await screen.findByRole('textbox', { name: /Создайте резервные/ }),
      'NAS{Escape}',
    );
    expect(screen.queryByRole('textbox', { name: /Создайте резервные/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(screen.getByText('NAS')).toBeInTheDocument();
  });

  it('stops at 500 characters', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Заметка.*Создайте резервные/ }));
    const field = await screen.findByRole('textbox', { name: /Создайте резервные/ });
    await user.click(field);
    await user.paste('я'.repeat(520));
    expect((field as HTMLTextAreaElement).value).toHaveLength(500);
    expect(screen.getByText(/500 из 500 символов/)).toBeInTheDocument();
  });

  it('shows notes as text, never as markup', () => {
    useProgressStore.setState({ notes: { 'prep-backups': '<b>жирный</b>' } });
    setup();
    expect(screen.getByText('<b>жирный</b>')).toBeInTheDocument();
    expect(document.querySelector('.card-note b')).toBeNull();
  });
});

describe('export and import', () => {
  it('exports a dated JSON file of the progress', async () => {
    const clicks: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ download: this.download, href: this.href });
    });
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Экспорт в файл' }));
    expect(clicks).toEqual([
      {
        download: expect.stringMatching(/^its-progress-\d{4}-\d\d-\d\d\.json$/) as string,
        href: 'blob:test',
      },
    ]);
    click.mockRestore();
  });

  it('shows what an import will replace, applies it, and can undo it', async () => {
    const user = setup();
    await user.click(checkbox('Проверьте условия'));
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      progressFile({
        ticks: { 'prep-backups': 1_764_264_000_000, 'cons-no-cloud': 1_764_264_000_000 },
        choices: {},
        notes: { 'prep-backups': 'Резервная копия на NAS' },
      }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Загрузить прогресс из файла?' });
    expect(dialog).toHaveTextContent('Сейчас отмечено: 1 из 17 шагов.');
    expect(dialog).toHaveTextContent('В файле: 2 из 17 шагов, сохранён');
    await user.click(within(dialog).getByRole('button', { name: 'Заменить прогресс' }));

    expect(checkbox('Проверьте условия')).not.toBeChecked();
    expect(checkbox('Создайте резервные')).toBeChecked();
    expect(screen.getByText('Резервная копия на NAS')).toBeInTheDocument();

    await user.click(within(toast() as HTMLElement).getByRole('button', { name: 'Отменить' }));
    expect(checkbox('Проверьте условия')).toBeChecked();
    expect(checkbox('Создайте резервные')).not.toBeChecked();
  });

  it('a bad file changes nothing and says why in an alert', async () => {
    const user = setup({ applyAccept: false });
    await user.click(checkbox('Проверьте условия'));
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      new File(['<script>alert(1)</script>'], 'evil.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Файл не загружен');
    expect(alert).toHaveTextContent('Файл повреждён или это не файл в формате JSON.');
    expect(alert).toHaveTextContent('Текущий прогресс не изменён.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(checkbox('Проверьте условия')).toBeChecked();

    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      progressFile({ ticks: { 'drop-database': 1 }, choices: {} }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'В файле есть шаги, которых нет в этом чек-листе.',
    );
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const user = setup({ applyAccept: false });
    await user.upload(
      screen.getByLabelText('Импорт из файла'),
      new File(['x'.repeat(1024 * 1024 + 1)], 'big.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл больше 1 МБ');
  });
});

describe('resume', () => {
  it('a returning user gets "Продолжить", which focuses the first unticked item', async () => {
    useProgressStore.setState({
      ticks: { 'prep-contract-terms': 1, 'prep-no-debt': 2, 'prep-documents': 3 },
    });
    const user = setup();
    await user.click(screen.getByRole('link', { name: 'Продолжить' }));
    expect(checkbox('Создайте резервные')).toHaveFocus();
  });

  it('points at the method choice once preparation is done and nothing is chosen', async () => {
    useProgressStore.setState({
      ticks: {
        'prep-contract-terms': 1,
        'prep-no-debt': 2,
        'prep-backups': 3,
        'prep-documents': 4,
      },
    });
    const user = setup();
    await user.click(screen.getByRole('link', { name: 'Продолжить' }));
    expect(screen.getByRole('radio', { name: 'Через партнера 1С' })).toHaveFocus();
  });

  it('is not offered before anything is ticked', () => {
    setup();
    expect(screen.queryByRole('link', { name: 'Продолжить' })).not.toBeInTheDocument();
  });
});
