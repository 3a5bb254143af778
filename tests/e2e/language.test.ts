import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, reload } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe('English in Chromium', () => {
  it('switches the page to English, keeps it after a reload, with the same progress', async () => {
    const { context, page, errors } = await openApp(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('checkbox', { name: 'Проверьте условия действующего договора' }).check();
    expect(requests.some((url) => url.includes('english'))).toBe(false);

    await page.getByRole('combobox', { name: /Язык/ }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'How to end 1C support (ITS)' }).waitFor();
    expect(requests.some((url) => url.includes('english'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Ending 1C support — a step-by-step checklist');

    await reload(page);
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
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Как отключить сопровождение 1С' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(errors).toEqual([]);
    await context.close();
  });
});
