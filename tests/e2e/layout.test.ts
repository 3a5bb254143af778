import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';
import { PREPARATION } from '../fixtures/items';
import { artifactPath, launch, openApp, visit } from './browser';

let browser: Browser;

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

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('layout in Chromium', () => {
  it('fits a 360 px phone without sideways scrolling, with 24 px targets and stacked methods', async () => {
    const { context, page, errors } = await openApp(browser, {
      viewport: { width: 360, height: 780 },
      hasTouch: true,
      isMobile: true,
    });
    expect(await horizontalOverflow(page)).toBe(0);
    await unlock(page);
    expect(await horizontalOverflow(page)).toBe(0);

    const [first, second] = await columns(page);
    expect(second?.top).toBeGreaterThan(first?.bottom ?? Infinity);

    const targets = await page.locator('input, a, button').evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const { width, height } = element.getBoundingClientRect();
          return { name: element.id || element.textContent, width, height };
        }),
    );
    for (const target of targets) {
      expect(target.width, `${target.name} width`).toBeGreaterThanOrEqual(24);
      expect(target.height, `${target.name} height`).toBeGreaterThanOrEqual(24);
    }
    const cardHeights = await page
      .locator('.card')
      .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
    expect(Math.min(...cardHeights)).toBeGreaterThanOrEqual(44);

    // A tap on a card ticks it.
    await page.getByText('Прекращение автоматических обновлений').tap();
    expect(
      await page
        .getByRole('checkbox', { name: 'Прекращение автоматических обновлений' })
        .isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('compares the methods side by side on a wide screen', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 1024, height: 800 } });
    await unlock(page);
    const [first, second] = await columns(page);
    expect(second?.top).toBe(first?.top);
    expect(second?.left).toBeGreaterThan(first?.left ?? Infinity);
    await context.close();
  });

  it('follows the system’s dark scheme and its request for less motion', async () => {
    const dark = await openApp(browser, { colorScheme: 'dark', reducedMotion: 'reduce' });
    const look = (page: Page) =>
      page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
        transition: getComputedStyle(document.querySelector('.progress-fill') as Element)
          .transitionDuration,
      }));
    expect(await look(dark.page)).toEqual({
      background: 'rgb(15, 17, 21)',
      text: 'rgb(231, 233, 238)',
      transition: '0s',
    });
    await dark.context.close();

    const light = await openApp(browser, { colorScheme: 'light', reducedMotion: 'no-preference' });
    expect(await look(light.page)).toEqual({
      background: 'rgb(246, 247, 249)',
      text: 'rgb(28, 30, 33)',
      transition: '0.2s',
    });
    await light.context.close();
  });

  it('works from a sub-path of a plain static host', async () => {
    const { url, server } = await serveStatic(
      resolve(import.meta.dirname, '../../dist'),
      '/tools/its-checklist/',
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await visit(page, url);
    await page.getByRole('checkbox', { name: PREPARATION[0] }).check();
    expect(
      await page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow'),
    ).toBe('6');
    expect(failures).toEqual([]);
    await context.close();
    await new Promise((done) => server.close(done));
  });

  it('prints the procedure on paper: no controls, boxes as ☐ and ☑ with times and notes', async () => {
    const { context, page } = await openApp(browser);
    await unlock(page);
    await page.getByRole('checkbox', { name: 'Направьте письменное заявление' }).check();
    await page.getByRole('button', { name: /Заметка.*Направьте/ }).click();
    await page.getByRole('textbox', { name: /Направьте/ }).fill('Исх. № 214');
    await page.getByRole('button', { name: 'Готово' }).click();
    await page.emulateMedia({ media: 'print' });

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
    await page.pdf({ path: artifactPath('printed.pdf'), format: 'A4' });
    await context.close();
  });
});
