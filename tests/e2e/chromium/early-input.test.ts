import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_FORMAT } from '../../../src/store/progress-file';
import { artifactPath, baseURL, holdAppScript, launch, reload, whenReady } from './playwright';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe('what a person does before the app has started', () => {
  it('keeps a tick, a button pressed and a file chosen on the painted page, with the CPU 4× slower', async () => {
    const file = artifactPath('early-import.json');
    await writeFile(
      file,
      JSON.stringify({
        format: FILE_FORMAT,
        version: 3,
        exportedAt: '2026-11-20T10:00:00.000Z',
        progress: {
          ticks: { 'prep-contract-terms': 1_764_000_000_000, 'prep-backups': 1_764_000_060_000 },
          choices: {},
          notes: { 'prep-backups': 'Копия на NAS' },
          letter: {},
        },
      }),
    );
    const context = await browser.newContext({ locale: 'ru-RU', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const release = await holdAppScript(page);
    await page.goto(baseURL, { waitUntil: 'commit' });

    // The painted page, before its script has run.
    await page.getByRole('checkbox', { name: 'Убедитесь в отсутствии задолженности' }).check();
    await page.getByRole('button', { name: 'Экспорт в файл' }).click();
    await page.getByLabel('Импорт из файла').setInputFiles(file);
    expect(await page.locator('html').getAttribute('data-app')).toBeNull();

    const download = page.waitForEvent('download');
    release();
    await whenReady(page);
    // The button: the export runs once the app has started, with the early tick in it.
    expect((await download).suggestedFilename()).toMatch(/^its-progress-\d{4}-\d\d-\d\d\.json$/);
    // The tick: counted and saved.
    expect(
      await page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow'),
    ).toBe('6');
    // The file: its review asks before replacing, as for a file chosen later.
    const dialog = page.getByRole('alertdialog', { name: 'Загрузить прогресс из файла?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Заменить прогресс' }).click();
    await expect
      .poll(() =>
        page.getByRole('checkbox', { name: 'Создайте резервные копии баз данных' }).isChecked(),
      )
      .toBe(true);
    expect(await page.getByText('Копия на NAS').isVisible()).toBe(true);

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await reload(page);
    expect(
      await page
        .getByRole('checkbox', { name: 'Проверьте условия действующего договора' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByText('Копия на NAS').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a language chosen on the painted page', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const release = await holdAppScript(page);
    await page.goto(baseURL, { waitUntil: 'commit' });
    await page.getByLabel('Язык · Language').selectOption('en');
    release();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/1C/);
    await reload(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
