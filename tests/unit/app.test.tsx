import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { STORAGE_KEY } from '../../src/store/progress-store';
import { CONSEQUENCES, IMPORTANT, PARTNER, PREPARATION, SELF } from '../fixtures/items';

const region = (name: string) => screen.getByRole('region', { name });
const checkbox = (text: string) => screen.getByRole('checkbox', { name: new RegExp(text) });
const methods = () => region('Способы отключения ИТС');
const progress = () => screen.getByRole('progressbar', { name: /прогресс/i });

function setup() {
  const user = userEvent.setup();
  render(<App />);
  return user;
}

async function tickAll(user: ReturnType<typeof userEvent.setup>, texts: string[]) {
  for (const text of texts) await user.click(checkbox(text));
}

describe('the checklist page', () => {
  it('introduces the procedure and shows its four stages with every item as a checkbox', () => {
    setup();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Как отключить сопровождение 1С' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/по статье от 28\.06\.2025/)).toBeInTheDocument();
    const sections: [string, string[]][] = [
      ['Подготовка к отключению сопровождения', PREPARATION],
      ['Важные моменты при отключении', IMPORTANT],
      ['Последствия отключения сопровождения', CONSEQUENCES],
    ];
    for (const [title, items] of sections) {
      const boxes = within(region(title)).getAllByRole('checkbox');
      expect(boxes).toHaveLength(items.length);
      boxes.forEach((box, index) => {
        expect(box).toHaveAccessibleName(items[index]);
      });
    }
    expect(
      within(methods()).getByRole('heading', {
        name: 'Этап 2 из 4. Способы отключения ИТС — ещё не открыт',
      }),
    ).toBeInTheDocument();
  });

  it('says each stage’s state in its heading, for someone moving by headings', async () => {
    const user = setup();
    const heading = (name: string) => screen.getByRole('heading', { name });
    expect(heading('Этап 1 из 4. Подготовка к отключению сопровождения — 0 из 4')).toBeVisible();
    for (const item of PREPARATION.slice(0, 2)) {
      await user.click(screen.getByRole('checkbox', { name: item }));
    }
    expect(heading('Этап 1 из 4. Подготовка к отключению сопровождения — 2 из 4')).toBeVisible();
    for (const item of PREPARATION.slice(2)) {
      await user.click(screen.getByRole('checkbox', { name: item }));
    }
    expect(heading('Этап 1 из 4. Подготовка к отключению сопровождения — готово')).toBeVisible();
    expect(heading('Этап 2 из 4. Способы отключения ИТС — 0 из 4')).toBeVisible();
    // The region keeps the title alone, as before.
    expect(region('Подготовка к отключению сопровождения')).toBeVisible();
  });

  it('leaves out the scraped page’s furniture', () => {
    setup();
    expect(document.body).not.toHaveTextContent(/Каперсы|Похожие статьи|Новинки/);
  });

  it('starts with the comparison locked, saying four items remain', () => {
    setup();
    expect(within(methods()).queryAllByRole('radio')).toHaveLength(0);
    expect(within(methods()).queryAllByRole('checkbox')).toHaveLength(0);
    expect(methods()).toHaveTextContent('осталось 4 пункта');
    expect(progress()).toHaveAttribute('aria-valuenow', '0');
    expect(progress()).toHaveAttribute('aria-valuemin', '0');
    expect(progress()).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText('0 из 17 шагов · 0 %')).toBeInTheDocument();
  });

  it('counts down the lock as preparation is ticked and links to what is left', async () => {
    const user = setup();
    await tickAll(user, PREPARATION.slice(0, 2));
    const preparation = region('Подготовка к отключению сопровождения');
    expect(within(preparation).getByText('2 из 4')).toBeInTheDocument();
    expect(methods()).toHaveTextContent('осталось 2 пункта');
    await user.click(checkbox(PREPARATION[2] ?? ''));
    expect(methods()).toHaveTextContent('остался 1 пункт');
    // A ticked item keeps its line in the list, marked so, and is no longer a link.
    expect(methods()).toHaveTextContent(`${PREPARATION[2] ?? ''}: отмечено`);
    expect(within(methods()).queryByRole('link', { name: PREPARATION[2] })).toBeNull();

    await user.click(within(methods()).getByRole('link', { name: PREPARATION[3] }));
    expect(checkbox(PREPARATION[3] ?? '')).toHaveFocus();
  });

  it('unlocks both methods side by side once preparation is done; only the chosen one can be ticked', async () => {
    const user = setup();
    await tickAll(user, PREPARATION);
    expect(
      within(region('Подготовка к отключению сопровождения')).getByText('готово'),
    ).toBeInTheDocument();

    const partner = screen.getByRole('radio', { name: 'Через партнера 1С' });
    const self = screen.getByRole('radio', { name: 'Самостоятельно' });
    expect(partner).not.toBeChecked();
    for (const text of [...PARTNER, ...SELF]) expect(checkbox(text)).toBeDisabled();

    await user.click(partner);
    expect(partner).toBeChecked();
    for (const text of PARTNER) expect(checkbox(text)).toBeEnabled();
    for (const text of SELF) expect(checkbox(text)).toBeDisabled();

    await user.click(checkbox(PARTNER[0] ?? ''));
    await user.click(self);
    for (const text of SELF) expect(checkbox(text)).toBeEnabled();
    for (const text of PARTNER) expect(checkbox(text)).toBeDisabled();
    expect(checkbox(PARTNER[0] ?? '')).toBeChecked();

    await user.click(checkbox(SELF[1] ?? ''));
    await user.click(partner);
    expect(checkbox(SELF[1] ?? '')).toBeChecked();
    expect(checkbox(PARTNER[0] ?? '')).toBeChecked();
  });

  it('locks again when a preparation item is unticked, and keeps the method progress', async () => {
    const user = setup();
    await tickAll(user, PREPARATION);
    await user.click(screen.getByRole('radio', { name: 'Самостоятельно' }));
    await user.click(checkbox(SELF[0] ?? ''));

    await user.click(checkbox(PREPARATION[1] ?? ''));
    expect(within(methods()).queryAllByRole('radio')).toHaveLength(0);
    expect(within(methods()).queryAllByRole('checkbox')).toHaveLength(0);
    expect(methods()).toHaveTextContent('остался 1 пункт');
    expect(methods()).toHaveTextContent(/способ и отмеченные шаги сохранены/);

    await user.click(checkbox(PREPARATION[1] ?? ''));
    expect(screen.getByRole('radio', { name: 'Самостоятельно' })).toBeChecked();
    expect(checkbox(SELF[0] ?? '')).toBeChecked();
  });

  it('moves the progress bar with every tick and reaches 100 only with everything done', async () => {
    const user = setup();
    await user.click(checkbox(IMPORTANT[0] ?? ''));
    expect(progress()).toHaveAttribute('aria-valuenow', '6');
    expect(progress()).toHaveAttribute('aria-valuetext', '1 из 17 шагов, 6\u00a0%');

    await tickAll(user, [...PREPARATION, ...IMPORTANT.slice(1), ...CONSEQUENCES]);
    expect(progress()).toHaveAttribute('aria-valuenow', '76');
    expect(screen.queryByText('Все шаги пройдены')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Самостоятельно' }));
    expect(screen.getByText('13 из 16 шагов · 81 %')).toBeInTheDocument();
    await tickAll(user, SELF.slice(0, 2));
    expect(progress()).toHaveAttribute('aria-valuenow', '94');
    await user.click(checkbox(SELF[2] ?? ''));
    expect(progress()).toHaveAttribute('aria-valuenow', '100');

    const status = screen.getByText('Все шаги пройдены').closest('[role="status"]');
    expect(status).toHaveTextContent('Все шаги пройдены');
    expect(status).toHaveTextContent(
      'Перед отключением сопровождения 1С рекомендуется оценить возможные риски',
    );
  });

  it('shows when each card was ticked', async () => {
    const user = setup();
    await user.click(checkbox(CONSEQUENCES[0] ?? ''));
    expect(checkbox(CONSEQUENCES[0] ?? '')).toHaveAccessibleDescription(
      /^отмечено \d\d\.\d\d\.\d{4}, \d\d:\d\d$/,
    );
    await user.click(checkbox(CONSEQUENCES[0] ?? ''));
    expect(checkbox(CONSEQUENCES[0] ?? '')).not.toHaveAccessibleDescription(/отмечено/);
  });

  it('ticks a card when its text is clicked, not only its box', async () => {
    const user = setup();
    await user.click(screen.getByText(CONSEQUENCES[3] ?? ''));
    expect(checkbox(CONSEQUENCES[3] ?? '')).toBeChecked();
  });

  it('saves progress to localStorage as it changes, without the article’s texts', async () => {
    const user = setup();
    await user.click(checkbox(PREPARATION[0] ?? ''));
    // Saved after the tick is painted, in a task of its own.
    await waitFor(() => {
      expect(window.localStorage.getItem(STORAGE_KEY) ?? '').toContain('prep-contract-terms');
    });
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toContain(PREPARATION[0]);
  });
});
