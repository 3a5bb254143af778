import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_PROF_REPORTING_EDO as ADDED } from '../../fixtures/items';
import { holdAppScript, launch, openApp, whenReady } from './playwright';

/**
 * The situation check where only Chromium's driver reaches: the app's script held back, and
 * the dark scheme. In every engine: ../situation.test.ts.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

const added = (page: Page) => page.getByRole('region', { name: 'Шаги для вашей ситуации' });

async function answerProfReportingEdo(page: Page) {
  const check = page.getByRole('region', { name: 'Что изменится для вашей компании' });
  await check.getByText('Ответить на 3 вопроса').click();
  await check.getByRole('radio', { name: 'ПРОФ', exact: true }).check();
  await check.getByRole('checkbox', { name: '1С-Отчётность' }).check();
  await check.getByRole('checkbox', { name: '1С-ЭДО' }).check();
}

describe('the situation check in Chromium', () => {
  it('does not show a returning visitor the page without their added steps before the app has started', async () => {
    // No service worker: it would serve the app's script past the hold.
    const { context, page } = await openApp(browser, { serviceWorkers: 'block' });
    await answerProfReportingEdo(page);
    const release = await holdAppScript(page);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('main').waitFor({ state: 'attached' });
    // The painted page is the first visit's: hidden until the app draws this visitor's state.
    await expect(
      page.locator('main').evaluate((main) => getComputedStyle(main).visibility),
    ).resolves.toBe('hidden');
    release();
    await whenReady(page);
    await expect(
      page.locator('main').evaluate((main) => getComputedStyle(main).visibility),
    ).resolves.toBe('visible');
    await expect(added(page).getByRole('checkbox').count()).resolves.toBe(ADDED.length);
    await context.close();
  });

  for (const colorScheme of ['dark'] as const) {
    it(`has no axe violations in ${colorScheme} with the questions open and steps added`, async () => {
      const { context, page } = await openApp(browser, { colorScheme });
      await answerProfReportingEdo(page);
      const results = await new AxeBuilder({ page })
        .include('.situation')
        .include('.added')
        .include('.sources')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
