import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openApp } from './playwright';

/**
 * What only Chromium's driver can emulate: a touch screen, the system's dark scheme and its
 * request for less motion, and printing to a PDF file.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe('emulated devices in Chromium', () => {
  it('ticks a card with a tap on a touch screen', async () => {
    const { context, page, errors } = await openApp(browser, {
      viewport: { width: 360, height: 780 },
      hasTouch: true,
      isMobile: true,
    });
    await page.getByText('Прекращение автоматических обновлений').tap();
    expect(
      await page
        .getByRole('checkbox', { name: 'Прекращение автоматических обновлений' })
        .isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
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

  it('prints the procedure to an A4 PDF', async () => {
    const { context, page } = await openApp(browser);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: artifactPath('printed.pdf'), format: 'A4' });
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await context.close();
  });
});
