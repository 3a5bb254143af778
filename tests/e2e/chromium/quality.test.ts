import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packFacts, sanitizeSynced } from '../../../src/store/saved';
import { ORGANISATIONS_KEY, organisationKey, STORAGE_KEY } from '../../../src/store/storage-key';
import { CONSEQUENCES, IMPORTANT, PARTNER, PREPARATION } from '../../fixtures/items';
import { baseURL, holdAppScript, launch, openApp, reload, visit, whenReady } from './playwright';

const REST = [...PARTNER, ...IMPORTANT, ...CONSEQUENCES];

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

async function violations(page: Page) {
  // From the top of the page: the sticky progress bar covers whatever is scrolled beneath it,
  // and axe would count a control passing under it as a small target.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility in the dark (axe-core, WCAG 2.2 A/AA and best practice)', () => {
  // In light, in every engine: ../quality.test.ts. The dark scheme is emulated by Chromium's driver only.
  for (const colorScheme of ['dark'] as const) {
    it(`has no violations in ${colorScheme}: locked, unlocked with a note open, complete`, async () => {
      const { context, page } = await openApp(browser, { colorScheme });
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
      await context.close();
      // Four full-page axe runs: about 20 s on an idle two-core machine, more on a busy one.
    }, 120_000);
  }
});

describe('security in Chromium', () => {
  it('sends no request outside its own origin and runs only its own or hashed scripts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const violationsSeen: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violationsSeen.push(message.text());
    });
    await visit(page, baseURL);
    for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('radio', { name: 'Самостоятельно' }).check();
    await page.getByRole('button', { name: /Заметка.*Прекратите платежи/ }).click();
    await page.getByRole('button', { name: 'Сбросить прогресс' }).click();
    await page.getByRole('button', { name: 'Отмена' }).click();

    const origin = new URL(baseURL).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe');
    expect(violationsSeen).toEqual([]);
    await context.close();
  });
});

describe('first paint', () => {
  it('shows the whole checklist before any script has run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Как отключить сопровождение 1С',
    );
    expect(await page.getByRole('checkbox').count()).toBe(13);
    expect(
      await page.getByRole('region', { name: 'Способы отключения ИТС' }).textContent(),
    ).toContain('осталось 4 пункта');
    await context.close();
  });

  it('draws no image for the first paint: its icons come from the sprite in the page', async () => {
    const page = await browser.newPage();
    await visit(page, baseURL);
    // An SVG image in CSS is a document of its own, built before the first paint.
    const images = await page.evaluate(() =>
      [...((document.querySelector('head style') as HTMLStyleElement).sheet?.cssRules ?? [])]
        .map((rule) => rule.cssText)
        .filter((text) => text.includes('url(')),
    );
    expect(images).toEqual([]);
    expect(await page.locator('.icon use').first().getAttribute('href')).toBe('#icon-note');
    expect(await page.locator('#icon-note').count()).toBe(1);
    await page.close();
  });

  /** What a returning visitor has saved: storage key → value, and the address they open. */
  const returning: { saved: string; url: string; save: Record<string, string> }[] = [
    {
      saved: 'a save from before organisations (version 2)',
      url: baseURL,
      save: {
        [STORAGE_KEY]: JSON.stringify({
          state: { ticks: { 'prep-backups': 1_764_264_000_000 }, choices: {}, notes: {} },
          version: 2,
        }),
      },
    },
    {
      saved: 'a second organisation, packed (version 5), at its own address',
      url: new URL('?org=2', baseURL).href,
      save: {
        [ORGANISATIONS_KEY]: JSON.stringify({
          state: {
            organisations: { '1': 1, '2': 2 },
            names: { '2': 'ООО «Лютик»' },
            language: 'ru',
            changed: {},
          },
          version: 5,
        }),
        [organisationKey('2')]: JSON.stringify({
          state: packFacts(sanitizeSynced({ ticks: { 'prep-backups': 1_764_264_000_000 } })),
          version: 5,
        }),
      },
    },
  ];

  for (const { saved, url, save } of returning) {
    it(`never shows a returning visitor their ticks off, then on, in any frame: ${saved}`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        // Before each frame is painted: is the saved tick on screen, but unticked?
        const frames = { painted: 0, unticked: 0 };
        Object.assign(window, { tickFrames: frames });
        const look = () => {
          const box = document.getElementById('item-prep-backups');
          if (box instanceof HTMLInputElement) {
            frames.painted += 1;
            if (box.checkVisibility({ visibilityProperty: true }) && !box.checked) {
              frames.unticked += 1;
            }
          }
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, save);
      const page = await context.newPage();
      const release = await holdAppScript(page);
      // Module scripts hold DOMContentLoaded back, so wait for the markup itself.
      await page.goto(url, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.page-footer').waitFor({ state: 'attached' });
      const backups = page.getByRole('checkbox', { name: 'Создайте резервные копии баз данных' });
      expect(await page.locator('main').evaluate((main) => getComputedStyle(main).visibility)).toBe(
        'hidden',
      );
      // The first-visit markup is there but hidden, from eyes and from screen readers alike.
      expect(await page.locator('#item-prep-backups').isChecked()).toBe(false);
      expect(await backups.count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

      release();
      await expect.poll(() => backups.isVisible()).toBe(true);
      expect(await backups.isChecked()).toBe(true);
      await page.waitForTimeout(300);
      const frames = await page.evaluate(
        () =>
          (window as unknown as { tickFrames: { painted: number; unticked: number } }).tickFrames,
      );
      expect(frames.painted).toBeGreaterThan(5);
      expect(frames.unticked).toBe(0);
      await context.close();
    });
  }

  it('keeps a box ticked on the painted page before the app has started', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const release = await holdAppScript(page);
    await page.goto(baseURL, { waitUntil: 'commit' });
    await page.getByRole('checkbox', { name: 'Убедитесь в отсутствии задолженности' }).check();

    release();
    await whenReady(page);
    expect(
      await page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow'),
    ).toBe('6');
    await reload(page);
    expect(
      await page
        .getByRole('checkbox', { name: 'Убедитесь в отсутствии задолженности' })
        .isChecked(),
    ).toBe(true);
    await context.close();
  });
});
