import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackFacts } from '../../src/store/saved';
import { STORAGE_KEY } from '../../src/store/storage-key';
import { CONSEQUENCES, IMPORTANT, PREPARATION } from '../fixtures/items';
import { artifactPath, baseURL, engine, launch, openApp, type Engine, type Page } from './browser';

const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const isChecked = (page: Page, text: string) => checkbox(page, text).isChecked();
const progressNow = (page: Page) =>
  page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow');
const toast = (page: Page) => page.locator('.toast-region');

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

describe(`durable progress in ${engine}`, () => {
  it('two tabs: a tick in one appears in the other, ticking in turn loses nothing, a reset reaches both', async () => {
    const first = await openApp(browser);
    const second = await first.openTab(baseURL);

    await checkbox(first, 'Проверьте условия действующего договора').check();
    await expect
      .poll(() => isChecked(second, 'Проверьте условия действующего договора'))
      .toBe(true);

    await checkbox(second, 'Убедитесь в отсутствии задолженности').check();
    await expect.poll(() => isChecked(first, 'Убедитесь в отсутствии задолженности')).toBe(true);
    await checkbox(first, 'Создайте резервные копии баз данных').check();
    await expect.poll(() => isChecked(second, 'Создайте резервные копии баз данных')).toBe(true);
    await checkbox(second, 'Подготовьте документы для расторжения').check();
    await expect.poll(() => progressNow(first)).toBe('24');

    await second.reload();
    expect(await progressNow(second)).toBe('24');

    await first.getByRole('button', { name: 'Сбросить прогресс' }).click();
    await first.getByRole('button', { name: 'Сбросить', exact: true }).click();
    await expect.poll(() => progressNow(second)).toBe('0');

    await toast(first).getByRole('button', { name: 'Отменить' }).click();
    await expect.poll(() => progressNow(second)).toBe('24');
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
  });

  it('two tabs ticking and unticking in turn, 150 ms apart and at once, lose nothing', async () => {
    const first = await openApp(browser);
    const second = await first.openTab(baseURL);
    // Each tab works on its own items; neither waits to see the other's change.
    const mine = [...PREPARATION, ...IMPORTANT.slice(0, 2)];
    const theirs = [...IMPORTANT.slice(2), ...CONSEQUENCES.slice(0, 4)];
    const rounds: [number, boolean][] = [0, 1, 2, 3, 4, 5].map((index) => [index, true]);
    rounds.push([0, false], [2, false], [4, false]);
    for (const [round, [index, tick]] of rounds.entries()) {
      const gap = round % 2 === 0 ? 150 : 0;
      const a = checkbox(first, mine[index] ?? '');
      const b = checkbox(second, theirs[index] ?? '');
      await (tick ? a.check() : a.uncheck());
      if (gap) await first.waitForTimeout(gap);
      await (tick ? b.check() : b.uncheck());
      if (gap) await first.waitForTimeout(gap);
    }
    const kept = [1, 3, 5];
    const expected = [...mine, ...theirs].map((_text, index) => kept.includes(index % 6));
    const states = (page: Page) =>
      Promise.all([...mine, ...theirs].map((text) => isChecked(page, text)));
    await expect.poll(() => states(first)).toEqual(expected);
    await expect.poll(() => states(second)).toEqual(expected);
    // Organisation 1's save, packed by item id (schema 5): read back as the app reads it.
    const raw = await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const saved = JSON.parse(raw ?? '{}') as { state?: unknown; version?: number };
    expect(saved.version).toBe(5);
    expect(Object.keys(unpackFacts(saved.state).ticks)).toHaveLength(6);
    await second.reload();
    expect(await states(second)).toEqual(expected);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
  });

  it('reset asks in a modal dialog, then "Отменить" brings everything back', async () => {
    const page = await openApp(browser);
    await checkbox(page, 'Прекращение автоматических обновлений').check();
    await page.getByRole('button', { name: /Заметка.*Прекращение автоматических/ }).click();
    await page
      .getByRole('textbox', { name: /Прекращение автоматических/ })
      .fill('Уведомление от партнёра № 77');
    await page.getByRole('button', { name: 'Готово' }).click();

    await page.getByRole('button', { name: 'Сбросить прогресс' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Сбросить весь прогресс?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Отмена');
    await page.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await isChecked(page, 'Прекращение автоматических обновлений')).toBe(true);

    await page.getByRole('button', { name: 'Сбросить прогресс' }).click();
    await dialog.getByRole('button', { name: 'Сбросить', exact: true }).click();
    expect(await isChecked(page, 'Прекращение автоматических обновлений')).toBe(false);
    expect(await page.getByText('Уведомление от партнёра № 77').count()).toBe(0);

    // Still offered after 10 seconds; no need to be quick.
    await page.waitForTimeout(10_500);
    await toast(page).getByRole('button', { name: 'Отменить' }).click();
    expect(await isChecked(page, 'Прекращение автоматических обновлений')).toBe(true);
    expect(await page.getByText('Уведомление от партнёра № 77').isVisible()).toBe(true);

    await page.reload();
    expect(await isChecked(page, 'Прекращение автоматических обновлений')).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('export, then import into a fresh browser profile, brings over ticks, choice and notes', async () => {
    const source = await openApp(browser);
    for (const text of [
      'Проверьте условия действующего договора',
      'Убедитесь в отсутствии задолженности',
      'Создайте резервные копии баз данных',
      'Подготовьте документы для расторжения',
    ]) {
      await checkbox(source, text).check();
    }
    await source.getByRole('radio', { name: 'Самостоятельно' }).check();
    await checkbox(source, 'Прекратите платежи по договору').check();
    await source.getByRole('button', { name: /Заметка.*Прекратите платежи/ }).click();
    await source
      .getByRole('textbox', { name: /Прекратите платежи/ })
      .fill('Последний платёж 01.11.2026');
    const times = await source.locator('.card-meta').allTextContents();

    const download = await source.download(() =>
      source.getByRole('button', { name: 'Экспорт в файл' }).click(),
    );
    expect(download.name).toMatch(/^its-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = artifactPath('exported.json');
    await writeFile(file, download.text);
    // Schema 6: a file holds organisations, each fact with the time it changed; "Экспорт в
    // файл" writes the open one alone.
    const exported = JSON.parse(download.text) as {
      organisations: { changed?: Record<string, unknown> }[];
    };
    expect(exported).toMatchObject({
      format: 'its-termination-progress',
      version: 6,
      organisations: [{ number: 1, progress: { choices: { methods: 'self' } } }],
    });
    expect(typeof exported.organisations[0]?.changed?.['choices:methods']).toBe('number');
    await source.close();

    const target = await openApp(browser);
    expect(await progressNow(target)).toBe('0');
    await target.getByLabel('Импорт из файла').setInputFiles(file);
    const dialog = target.getByRole('alertdialog', {
      name: 'Объединить с отметками на этом устройстве?',
    });
    // It merges into the fresh profile's own organisation, says which, and counts what it adds.
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Организация «Организация 1».');
    expect(text).toContain('+5 отметок, +1 заметка, выбор способа изменён.');
    await dialog.getByRole('button', { name: 'Объединить' }).click();

    await expect
      .poll(() => target.getByRole('radio', { name: 'Самостоятельно' }).isChecked())
      .toBe(true);
    expect(await isChecked(target, 'Прекратите платежи по договору')).toBe(true);
    expect(await target.getByText('Последний платёж 01.11.2026').isVisible()).toBe(true);
    expect(await target.locator('.card-meta').allTextContents()).toEqual(times);
    await target.reload();
    expect(await progressNow(target)).toBe('31');
    expect(target.errors).toEqual([]);
    await target.close();
  });

  it('a hostile import file changes nothing, runs nothing and is explained in an alert', async () => {
    const page = await openApp(browser);
    await checkbox(page, 'Отсутствие технической поддержки').check();

    const hostile = artifactPath('hostile.json');
    await writeFile(
      hostile,
      JSON.stringify({
        format: 'its-termination-progress',
        version: 2,
        exportedAt: '<img src=x onerror=alert(1)>',
        progress: {
          ticks: { 'prep-backups': 1, '<script>alert(2)</script>': 2 },
          choices: {},
          notes: { 'prep-backups': '<img src=x onerror=alert(3)>' },
        },
      }),
    );
    await page.getByLabel('Импорт из файла').setInputFiles(hostile);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Файл не загружен');
    expect(await alert.textContent()).toContain('Текущий прогресс не изменён.');
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    const markupNote = artifactPath('markup-note.json');
    await writeFile(
      markupNote,
      JSON.stringify({
        format: 'its-termination-progress',
        version: 2,
        exportedAt: '2026-11-27T10:00:00Z',
        progress: {
          ticks: {},
          choices: {},
          notes: { 'prep-backups': '<img src=x onerror=alert(3)>' },
        },
      }),
    );
    await page.getByLabel('Импорт из файла').setInputFiles(markupNote);
    await page.getByRole('button', { name: 'Заменить прогресс' }).click();
    expect(await page.getByText('<img src=x onerror=alert(3)>').isVisible()).toBe(true);
    expect(await page.locator('.card-note img').count()).toBe(0);
    expect(await page.dialogs()).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('unreadable saved data: starts fresh, keeps the old text for download, and says so', async () => {
    const page = await openApp(browser);
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"state":{"ticks":{"prep-backups":17');
    }, STORAGE_KEY);
    await page.reload();

    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('Сохранённый прогресс не удалось прочитать');
    expect(await progressNow(page)).toBe('0');
    await checkbox(page, 'Создайте резервные копии баз данных').check();

    const download = await page.download(() =>
      alert.getByRole('button', { name: 'Скачать старые данные' }).click(),
    );
    expect(download.name).toBe('its-progress-unreadable.txt');
    expect(download.text).toBe('{"state":{"ticks":{"prep-backups":17');

    await alert.getByRole('button', { name: 'Понятно' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.reload();
    expect(await isChecked(page, 'Создайте резервные копии баз данных')).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('blocked storage: the page works in memory and says progress will not be kept', async () => {
    const page = await openApp(browser, { blockStorage: true });
    expect(await page.getByRole('alert').textContent()).toContain(
      'Браузер не даёт сохранять прогресс',
    );
    await checkbox(page, 'Проверьте условия действующего договора').check();
    expect(await progressNow(page)).toBe('6');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('full storage: keeps working, says so, and saves again once there is room', async () => {
    const page = await openApp(browser);
    // Full from now on, until the flag is lowered; a reload brings the real storage back.
    await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .call(this)
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
        if (sessionStorage.getItem('full') === '1' && this === localStorage) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        original.call(this, key, value);
      };
      sessionStorage.setItem('full', '1');
    });
    await checkbox(page, 'Проверьте условия действующего договора').check();
    // The tick is saved after the frame that shows it: the alert follows that save.
    await expect
      .poll(async () =>
        (await page.getByRole('alert').count()) > 0 ? page.getByRole('alert').textContent() : '',
      )
      .toContain('Память браузера переполнена');
    expect(await isChecked(page, 'Проверьте условия действующего договора')).toBe(true);

    await page.evaluate(() => sessionStorage.setItem('full', '0'));
    await checkbox(page, 'Убедитесь в отсутствии задолженности').check();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.reload();
    expect(await isChecked(page, 'Проверьте условия действующего договора')).toBe(true);
    expect(await isChecked(page, 'Убедитесь в отсутствии задолженности')).toBe(true);
    await page.close();
  });
});
