import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSEQUENCES, IMPORTANT, PARTNER, PREPARATION, SELF } from '../fixtures/items';
import { artifactPath, engine, launch, openApp, type Engine, type Page } from './browser';

const REST = [...IMPORTANT, ...CONSEQUENCES];

const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const methods = (page: Page) => page.getByRole('region', { name: 'Способы отключения ИТС' });
const progressNow = (page: Page) =>
  page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow');
const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });

async function tick(page: Page, texts: string[]) {
  for (const text of texts) await checkbox(page, text).click();
}

/** The ticks of every step card (the letter's own checkboxes aside). */
async function checkedStates(page: Page) {
  return page
    .locator('.cards')
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
}

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe(`the checklist in ${engine}`, () => {
  it('goes from a locked start to 100 % and finds everything kept after a reload', async () => {
    const page = await openApp(browser, {
      viewport: { width: 1100, height: 900 },
    });

    await expect.poll(() => progressNow(page)).toBe('0');
    await expect.poll(() => methods(page).textContent()).toContain('осталось 4 пункта');
    expect(await methods(page).getByRole('radio').count()).toBe(0);
    expect(await methods(page).getByRole('checkbox').count()).toBe(0);

    // A tap anywhere on the card ticks it: on its text, or on the empty space at its edge.
    const preparation = page.getByRole('region', { name: 'Подготовка к отключению сопровождения' });
    await preparation.getByText(PREPARATION[0] ?? '', { exact: true }).click();
    const card = preparation.locator('.card').nth(1);
    const box = await card.boundingBox();
    await card.click({ position: { x: (box?.width ?? 0) - 8, y: (box?.height ?? 0) - 8 } });
    expect(await checkbox(page, PREPARATION[1] ?? '').isChecked()).toBe(true);
    await tick(page, PREPARATION.slice(2, 3));
    await expect.poll(() => methods(page).textContent()).toContain('остался 1 пункт');
    await tick(page, PREPARATION.slice(3));

    await radio(page, 'Через партнера 1С').check();
    expect(await checkbox(page, SELF[0] ?? '').isDisabled()).toBe(true);
    await tick(page, PARTNER.slice(0, 2));
    await page.setViewportSize({ width: 1000, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot(
      engine === 'chromium'
        ? resolve(import.meta.dirname, '../../docs/screenshot.png')
        : artifactPath('checklist.png'),
    );
    await page.setViewportSize({ width: 1100, height: 900 });

    await tick(page, [...PARTNER.slice(2), ...REST]);
    expect(await progressNow(page)).toBe('100');
    const done = page.getByRole('status').filter({ hasText: 'Все шаги пройдены' });
    expect(await done.textContent()).toContain('Перед отключением сопровождения 1С рекомендуется');

    const before = await checkedStates(page);
    const timesBefore = await page.locator('.card-meta').allTextContents();
    await page.reload();

    expect(await checkedStates(page)).toEqual(before);
    expect(await page.locator('.card-meta').allTextContents()).toEqual(timesBefore);
    // Every card holds a line for its tick time; the 17 ticked ones say when.
    expect(timesBefore.filter((text) => /^отмечено \d/.test(text))).toHaveLength(17);
    expect(await radio(page, 'Через партнера 1С').isChecked()).toBe(true);
    expect(await progressNow(page)).toBe('100');
    expect(await done.isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('locks again when preparation is unticked and keeps the method progress across reloads', async () => {
    const page = await openApp(browser);
    await tick(page, PREPARATION);
    await radio(page, 'Самостоятельно').check();
    await tick(page, SELF.slice(0, 2));
    await radio(page, 'Через партнера 1С').check();
    await tick(page, PARTNER.slice(0, 1));

    await checkbox(page, PREPARATION[2] ?? '').uncheck();
    await expect.poll(() => methods(page).textContent()).toContain('остался 1 пункт');
    expect(await methods(page).getByRole('radio').count()).toBe(0);

    await page.reload();
    await expect.poll(() => methods(page).textContent()).toContain('остался 1 пункт');
    await methods(page).getByRole('link', { name: PREPARATION[2] }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('item-prep-backups');
    await page.press('Space');

    expect(await radio(page, 'Через партнера 1С').isChecked()).toBe(true);
    expect(await checkbox(page, PARTNER[0] ?? '').isChecked()).toBe(true);
    await radio(page, 'Самостоятельно').check();
    expect(await checkbox(page, SELF[0] ?? '').isChecked()).toBe(true);
    expect(await checkbox(page, SELF[1] ?? '').isChecked()).toBe(true);
    expect(await checkbox(page, SELF[2] ?? '').isChecked()).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('can be completed with the keyboard alone, with focus always visible', async () => {
    const page = await openApp(browser);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        const card = element?.closest('.card') ?? element;
        const style = card ? getComputedStyle(card) : null;
        return {
          id: element?.id ?? '',
          type: element?.type ?? '',
          checked: element?.checked ?? false,
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        };
      });

    // Tab + Space through every item; the radio takes Space too.
    const visited: string[] = [];
    for (let step = 0; step < 120 && (await progressNow(page)) !== '100'; step += 1) {
      await page.press('Tab');
      const now = await focused();
      if (now.type !== 'checkbox' && now.type !== 'radio') continue;
      if (now.type === 'radio' && now.id.endsWith('self')) continue;
      expect(now.outline).toBe('solid 3px');
      if (!now.checked) await page.press('Space');
      expect((await focused()).checked).toBe(true);
      visited.push(now.id);
    }

    expect(await progressNow(page)).toBe('100');
    expect(visited).toEqual([
      'item-prep-contract-terms',
      'item-prep-no-debt',
      'item-prep-backups',
      'item-prep-documents',
      'choice-methods-partner',
      'item-partner-application',
      'item-partner-reasons',
      'item-partner-act',
      'item-partner-sign',
      'item-important-period-end',
      'item-important-programs-work',
      'item-important-materials',
      'item-important-support',
      'item-cons-no-updates',
      'item-cons-no-support',
      'item-cons-no-forms',
      'item-cons-no-cloud',
      'item-cons-less-security',
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
