import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';
import { PREPARATION } from '../fixtures/items';
import { engine, launch, openApp, type Engine, type Page } from './browser';
import { horizontalOverflow, smallTargets } from './measure';

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

async function unlock(page: Page) {
  for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
  await page.getByRole('radio', { name: 'Через партнера 1С' }).check();
}

const columns = (page: Page) =>
  page.locator('.option').evaluateAll((options) =>
    options.map((option) => {
      const { left, top, bottom } = option.getBoundingClientRect();
      return { left, top, bottom };
    }),
  );

describe(`layout in ${engine}`, () => {
  it('fits a 360 px phone without sideways scrolling, with 24 px targets and stacked methods', async () => {
    const page = await openApp(browser, { viewport: { width: 360, height: 780 } });
    expect(await horizontalOverflow(page)).toBe(0);
    await unlock(page);
    expect(await horizontalOverflow(page)).toBe(0);

    const [first, second] = await columns(page);
    expect(second?.top).toBeGreaterThan(first?.bottom ?? Infinity);

    expect(await smallTargets(page)).toEqual([]);
    const cardHeights = await page
      .locator('.card')
      .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
    expect(Math.min(...cardHeights)).toBeGreaterThanOrEqual(44);

    // A press on a card's text ticks it (a touch screen's tap: chromium/emulation.test.ts).
    await page.getByText('Прекращение автоматических обновлений').click();
    expect(
      await page
        .getByRole('checkbox', { name: 'Прекращение автоматических обновлений' })
        .isChecked(),
    ).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('compares the methods side by side on a wide screen', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 800 } });
    await unlock(page);
    const [first, second] = await columns(page);
    expect(second?.top).toBe(first?.top);
    expect(second?.left).toBeGreaterThan(first?.left ?? Infinity);
    await page.close();
  });

  it('works from a sub-path of a plain static host', async () => {
    const { url, server, requests } = await serveStatic(
      resolve(import.meta.dirname, '../../dist'),
      '/tools/its-checklist/',
    );
    const page = await browser.newPage();
    await page.visit(url);
    await page.getByRole('checkbox', { name: PREPARATION[0] }).check();
    expect(
      await page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow'),
    ).toBe('6');
    // The host's own log: every file asked for was there. WebKitGTK, of its own accord, may
    // ask the host's root for /favicon.ico; the page names its icon (./favicon.svg).
    expect(
      requests.filter((request) => request.status >= 400 && request.path !== '/favicon.ico'),
    ).toEqual([]);
    await page.close();
    await new Promise((done) => server.close(done));
  });

  it('prints the procedure on paper: no controls, boxes as ☐ and ☑ with times and notes', async () => {
    const page = await openApp(browser);
    await unlock(page);
    await page.getByRole('checkbox', { name: 'Направьте письменное заявление' }).check();
    await page.getByRole('button', { name: /Заметка.*Направьте/ }).click();
    await page.getByRole('textbox', { name: /Направьте/ }).fill('Исх. № 214');
    await page.getByRole('button', { name: 'Готово' }).click();
    await page.emulatePrint(true);

    const mark = (id: string) =>
      page
        .locator(`label:has(#item-${id})`)
        .evaluate((label) => getComputedStyle(label, '::before').content);
    expect(await mark('partner-application')).toBe('"☑"');
    expect(await mark('partner-reasons')).toBe('"☐"');
    expect(await page.getByRole('region', { name: 'Ход работы' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /Заметка/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.getByText('Исх. № 214').isVisible()).toBe(true);
    expect(
      await page
        .getByText(/^отмечено /)
        .first()
        .isVisible(),
    ).toBe(true);
    // The method not chosen is left off the paper.
    expect(await page.getByText('Прекратите платежи по договору').isVisible()).toBe(false);
    await page.close();
  });
});
