import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, launch, openApp, type Engine, type Page } from './browser';

let browser: Engine;

/** What the page has fetched so far, by address (Resource Timing: the same in every engine). */
const fetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe(`English in ${engine}`, () => {
  it('switches the page to English, keeps it after a reload, with the same progress', async () => {
    const page = await openApp(browser);
    await page.getByRole('checkbox', { name: 'Проверьте условия действующего договора' }).check();
    expect((await fetched(page)).some((url) => url.includes('english'))).toBe(false);

    await page.getByRole('combobox', { name: /Язык/ }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'How to end 1C support (ITS)' }).waitFor();
    expect((await fetched(page)).some((url) => url.includes('english'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Ending 1C support — a step-by-step checklist');

    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'How to end 1C support (ITS)',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(
      await page
        .getByRole('checkbox', { name: 'Check the terms of the current contract' })
        .isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('progressbar', { name: /progress/i }).getAttribute('aria-valuenow'),
    ).toBe('6');
    expect(await page.locator('main').textContent()).not.toMatch(/[а-яё]/i);
    expect(
      await page.axe(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']),
    ).toEqual([]);

    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Как отключить сопровождение 1С' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
