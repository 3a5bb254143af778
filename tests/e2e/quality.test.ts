import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSEQUENCES, IMPORTANT, PARTNER, PREPARATION } from '../fixtures/items';
import { baseURL, engine, launch, openApp, type Engine, type Page } from './browser';

const REST = [...PARTNER, ...IMPORTANT, ...CONSEQUENCES];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Engine;

async function violations(page: Page) {
  // From the top of the page: the sticky progress bar covers whatever is scrolled beneath it,
  // and axe would count a control passing under it as a small target.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  return page.axe(TAGS);
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe(`accessibility in ${engine} (axe-core, WCAG 2.2 A/AA and best practice)`, () => {
  it('has no violations: locked, unlocked with a note open, complete, asking to reset', async () => {
    const page = await openApp(browser);
    expect(await violations(page)).toEqual([]);

    for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('radio', { name: 'Через партнера 1С' }).check();
    await page.getByRole('button', { name: /Заметка.*Направьте письменное/ }).click();
    await page.getByRole('textbox', { name: /Направьте письменное/ }).fill('Исх. № 12');
    expect(await violations(page)).toEqual([]);

    for (const text of REST) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('status').filter({ hasText: 'Все шаги пройдены' }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Сбросить прогресс' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
    // Four full-page axe runs: about 20 s on an idle two-core machine, more on a busy one.
  }, 120_000);
});

describe(`what the page fetches in ${engine}`, () => {
  it('fetches nothing outside its own origin, and declares a policy of its own files only', async () => {
    const page = await openApp(browser);
    for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('radio', { name: 'Самостоятельно' }).check();
    await page.getByRole('button', { name: /Заметка.*Прекратите платежи/ }).click();
    await page.getByRole('button', { name: 'Сбросить прогресс' }).click();
    await page.getByRole('button', { name: 'Отмена' }).click();

    // Resource Timing lists every fetch, the same way in every engine.
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    const origin = new URL(baseURL).origin;
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
