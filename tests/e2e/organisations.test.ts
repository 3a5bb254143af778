import { writeFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARATION } from '../fixtures/items';
import {
  artifactPath,
  baseURL,
  engine,
  launch,
  onceInChromium,
  openApp,
  type Engine,
  type Page,
} from './browser';
import { horizontalOverflow, smallTargets } from './measure';

/**
 * Several organisations on one device, each with its own procedure and address: the switcher
 * at the top of the toolbar, its list, two tabs, files of all organisations, removal with
 * undo, the printable summary and the calendar of all, a phone's screen, an address naming an
 * organisation this device does not have.
 */

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

// Items of the article, by what they say.
const [TERMS, DEBT, BACKUPS, DOCUMENTS] = [
  'Проверьте условия действующего договора',
  'Убедитесь в отсутствии задолженности',
  'Создайте резервные копии баз данных',
  'Подготовьте документы для расторжения',
];
const SAME_DATE = 'Дата отключения должна совпадать с концом расчетного периода';
const PROGRAMS = 'Программы продолжат работать, но без обновлений';
const NO_UPDATES = 'Прекращение автоматических обновлений';
const NO_SUPPORT = 'Отсутствие технической поддержки';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The page's errors, less one that Firefox now and then logs in this journey of its own
 * accord: it fetches the linked touch icon for its own use (the page never loads it), the
 * page's service worker answers, and that now and then fails: "Failed to load
 * ‘…/icon-192.png’. A ServiceWorker intercepted the request and encountered an unexpected
 * error." Not the page's own request, as WebKitGTK's /favicon.ico in layout.test.ts; any
 * other error still counts.
 */
const withoutIconFlake = (errors: readonly string[]) =>
  errors.filter(
    (error) =>
      !/^Failed to load ‘[^’]*\/icon-192\.png’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/.test(
        error,
      ),
  );

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The button at the top of the toolbar: "Организация: <name>". */
const switcher = (page: Page) => page.getByRole('button', { name: /^Организация\s?:/ });
const switcherNamed = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^Организация\\s?:\\s*${escape(name)}$`) });
const list = (page: Page) => page.getByRole('region', { name: 'Организации на этом устройстве' });
/** An organisation's link in the list, by its name: "ООО «Лютик» · 1 из 17 · 6 %". */
const link = (page: Page, name: string) =>
  list(page).getByRole('link', { name: new RegExp(`^${escape(name)} · `) });
const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const isChecked = (page: Page, text: string) => checkbox(page, text).isChecked();
const ticks = (page: Page, texts: readonly string[]) =>
  Promise.all(texts.map((text) => isChecked(page, text)));
/** The page's query; it follows a switch after the next paint, so it is polled. */
const search = (page: Page) => page.evaluate(() => window.location.search);
const toast = (page: Page) => page.locator('.toast-region');
const letterRegion = (page: Page) => page.getByRole('region', { name: 'Заявление о расторжении' });
const letterField = (page: Page, label: string) =>
  letterRegion(page).getByLabel(label, { exact: true });
const address = (id: string) => new URL(`?org=${id}`, baseURL).href;

/** Each link of the list as a screen reader hears it, and whether it is the open one. */
const links = (page: Page) =>
  list(page)
    .getByRole('link')
    .evaluateAll((elements) =>
      elements.map((element) => ({
        // The link's name is its text (the tick beside the open one is hidden from it).
        name: element.textContent.replace(/\s+/g, ' ').trim(),
        href: element.getAttribute('href'),
        current: element.getAttribute('aria-current'),
      })),
    );

async function openList(page: Page) {
  if ((await switcher(page).getAttribute('aria-expanded')) !== 'true') {
    await switcher(page).click();
  }
  await list(page).waitFor();
}

async function closeList(page: Page) {
  await page.press('Escape');
  await list(page).waitFor({ state: 'hidden' });
  expect(await switcher(page).getAttribute('aria-expanded')).toBe('false');
}

/** Adds an organisation from the list, gives it a name and waits until it is open. */
async function addOrganisation(page: Page, name: string) {
  await openList(page);
  await list(page).getByRole('button', { name: 'Добавить организацию' }).click();
  await list(page).getByRole('textbox', { name: 'Название организации' }).fill(name);
  await list(page).getByRole('button', { name: 'Сохранить' }).click();
  await switcherNamed(page, name).waitFor();
  // Saving the name closes the list.
  await list(page).waitFor({ state: 'hidden' });
}

/** Gives the open organisation a name from the list. */
async function renameOpen(page: Page, from: string, to: string) {
  await openList(page);
  await list(page)
    .getByRole('button', { name: `Переименовать организацию «${from}»` })
    .click();
  await list(page).getByRole('textbox', { name: 'Название организации' }).fill(to);
  await list(page).getByRole('button', { name: 'Сохранить' }).click();
  await switcherNamed(page, to).waitFor();
}

/** Opens an organisation by its link in the list; the list closes. */
async function openOrganisation(page: Page, name: string) {
  await openList(page);
  await link(page, name).click();
  await switcherNamed(page, name).waitFor();
  await list(page).waitFor({ state: 'hidden' });
}

async function writeNote(page: Page, item: string, note: string) {
  await page.getByRole('button', { name: new RegExp(`Заметка.*${escape(item)}`) }).click();
  await page.getByRole('textbox', { name: new RegExp(escape(item)) }).fill(note);
  await page.getByRole('button', { name: 'Готово' }).click();
  await page.getByText(note).waitFor();
}

describe(`several organisations in ${engine}`, () => {
  it('keeps two organisations apart, each at its own address, through a reload and the history', async () => {
    const page = await openApp(browser);
    await switcherNamed(page, 'Организация 1').waitFor();
    expect(await switcher(page).getAttribute('aria-expanded')).toBe('false');
    await checkbox(page, TERMS).check();

    await addOrganisation(page, 'ООО «Лютик»');
    await expect.poll(() => search(page)).toBe('?org=2');
    // A new organisation starts with nothing ticked.
    expect(await ticks(page, PREPARATION)).toEqual([false, false, false, false]);
    await checkbox(page, DEBT).check();
    await checkbox(page, BACKUPS).check();

    await page.reload();
    await expect.poll(() => search(page)).toBe('?org=2');
    await switcherNamed(page, 'ООО «Лютик»').waitFor();
    expect(await ticks(page, PREPARATION)).toEqual([false, true, true, false]);

    await openList(page);
    expect(await links(page)).toEqual([
      { name: 'Организация 1 · 1 из 17 · 6 %', href: '/?org=1', current: null },
      { name: 'ООО «Лютик» · 2 из 17 · 12 %', href: '/?org=2', current: 'page' },
    ]);
    // A press outside closes the list; Escape closes it and gives focus back to its button.
    await page.getByRole('heading', { level: 1 }).click();
    await list(page).waitFor({ state: 'hidden' });
    await openList(page);
    await closeList(page);
    expect(await switcher(page).evaluate((button) => document.activeElement === button)).toBe(true);
    await openOrganisation(page, 'Организация 1');
    await expect.poll(() => search(page)).toBe('?org=1');
    expect(await ticks(page, PREPARATION)).toEqual([true, false, false, false]);

    // Back and forward move between the organisations.
    await page.evaluate(() => {
      window.history.back();
    });
    await switcherNamed(page, 'ООО «Лютик»').waitFor();
    await expect.poll(() => search(page)).toBe('?org=2');
    await expect.poll(() => ticks(page, PREPARATION)).toEqual([false, true, true, false]);
    await page.evaluate(() => {
      window.history.forward();
    });
    await switcherNamed(page, 'Организация 1').waitFor();
    await expect.poll(() => search(page)).toBe('?org=1');
    await expect.poll(() => ticks(page, PREPARATION)).toEqual([true, false, false, false]);

    await page.reload();
    await switcherNamed(page, 'Организация 1').waitFor();
    expect(await ticks(page, PREPARATION)).toEqual([true, false, false, false]);
    await openOrganisation(page, 'ООО «Лютик»');
    expect(await ticks(page, PREPARATION)).toEqual([false, true, true, false]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('two tabs each keep the organisation of their address; one organisation in two tabs follows the other', async () => {
    const setup = await openApp(browser);
    await addOrganisation(setup, 'ООО «Лютик»');

    const first = await setup.openTab(address('1'));
    const second = await setup.openTab(address('2'));
    await switcherNamed(first, 'Организация 1').waitFor();
    await switcherNamed(second, 'ООО «Лютик»').waitFor();

    // The first tab's list, before the second tab ticks anything.
    await openList(first);
    await link(first, 'ООО «Лютик»').waitFor();
    expect((await links(first))[1]?.name).toBe('ООО «Лютик» · 0 из 17 · 0 %');
    await closeList(first);

    await checkbox(first, TERMS).check();
    await checkbox(second, DEBT).check();
    await checkbox(first, SAME_DATE).check();
    await checkbox(second, NO_UPDATES).check();
    // Give each tab time to hear of the other's writes: neither takes the other's ticks.
    await first.waitForTimeout(500);
    await switcherNamed(first, 'Организация 1').waitFor();
    await switcherNamed(second, 'ООО «Лютик»').waitFor();
    await expect.poll(() => search(first)).toBe('?org=1');
    await expect.poll(() => search(second)).toBe('?org=2');
    const one = [TERMS, DEBT, SAME_DATE, NO_UPDATES];
    expect(await ticks(first, one)).toEqual([true, false, true, false]);
    expect(await ticks(second, one)).toEqual([false, true, false, true]);

    // Reopened, each tab's list shows what the other tab ticked.
    await openList(first);
    await expect
      .poll(async () => (await links(first)).map((row) => row.name))
      .toEqual(['Организация 1 · 2 из 17 · 12 %', 'ООО «Лютик» · 2 из 17 · 12 %']);
    await closeList(first);
    await openList(second);
    await expect
      .poll(async () => (await links(second)).map((row) => row.name))
      .toEqual(['Организация 1 · 2 из 17 · 12 %', 'ООО «Лютик» · 2 из 17 · 12 %']);
    await closeList(second);

    await first.reload();
    await second.reload();
    await switcherNamed(first, 'Организация 1').waitFor();
    await switcherNamed(second, 'ООО «Лютик»').waitFor();
    expect(await ticks(first, one)).toEqual([true, false, true, false]);
    expect(await ticks(second, one)).toEqual([false, true, false, true]);

    // An organisation added in one tab is in the other's list when it is opened next.
    await addOrganisation(first, 'ИП Иванов');
    await expect.poll(() => search(first)).toBe('?org=3');
    await openList(second);
    await expect
      .poll(async () => (await links(second)).map((row) => row.name))
      .toEqual([
        'Организация 1 · 2 из 17 · 12 %',
        'ООО «Лютик» · 2 из 17 · 12 %',
        'ИП Иванов · 0 из 17 · 0 %',
      ]);
    await closeList(second);
    await switcherNamed(second, 'ООО «Лютик»').waitFor();
    await openOrganisation(first, 'Организация 1');

    // The same organisation in a third tab: each follows the other's ticks.
    const third = await setup.openTab(address('2'));
    await switcherNamed(third, 'ООО «Лютик»').waitFor();
    expect(await ticks(third, one)).toEqual([false, true, false, true]);
    await checkbox(second, BACKUPS).check();
    await expect.poll(() => isChecked(third, BACKUPS)).toBe(true);
    await checkbox(third, DOCUMENTS).check();
    await expect.poll(() => isChecked(second, DOCUMENTS)).toBe(true);
    await second.waitForTimeout(300);
    // Organisation 1, open in the first tab, got none of them.
    expect(await ticks(first, PREPARATION)).toEqual([true, false, false, false]);
    await first.reload();
    expect(await ticks(first, PREPARATION)).toEqual([true, false, false, false]);

    expect([...setup.errors, ...first.errors, ...second.errors, ...third.errors]).toEqual([]);
    await setup.close();
  });

  onceInChromium(
    'exports all organisations to one file and brings them all into a fresh browser profile',
    async () => {
      const source = await openApp(browser);
      await renameOpen(source, 'Организация 1', 'ООО «Ромашка»');
      await checkbox(source, TERMS).check();
      await writeNote(source, TERMS, 'Договор № 7 до 31.12');

      await addOrganisation(source, 'ООО «Лютик»');
      for (const text of PREPARATION) await checkbox(source, text).check();
      await source.getByRole('radio', { name: 'Самостоятельно' }).check();
      await checkbox(source, 'Прекратите платежи по договору').check();
      await writeNote(source, 'Прекратите платежи по договору', 'Последний платёж 01.11.2026');

      // A third one without a name of its own: the letter's «Организация» names it.
      await openList(source);
      await list(source).getByRole('button', { name: 'Добавить организацию' }).click();
      await list(source).getByRole('button', { name: 'Отмена' }).click();
      await closeList(source);
      await switcherNamed(source, 'Организация 3').waitFor();
      await letterRegion(source).scrollIntoViewIfNeeded();
      await letterField(source, 'Организация').fill('АО «Василёк»');
      await switcherNamed(source, 'АО «Василёк»').waitFor();
      await checkbox(source, NO_SUPPORT).check();

      await openList(source);
      const before = await links(source);
      expect(before.map((row) => row.name)).toEqual([
        'ООО «Ромашка» · 1 из 17 · 6 %',
        'ООО «Лютик» · 5 из 16 · 31 %',
        'АО «Василёк» · 1 из 17 · 6 %',
      ]);
      const download = await source.download(() =>
        list(source).getByRole('button', { name: 'Экспорт всех в файл' }).click(),
      );
      expect(download.name).toMatch(/^its-progress-all-\d{4}-\d\d-\d\d\.json$/);
      const file = artifactPath('exported-all.json');
      await writeFile(file, download.text);
      // Version 6: each organisation with the time each fact changed, and the device it left.
      const exported = JSON.parse(download.text) as {
        device?: { id?: unknown };
        organisations: { changed?: unknown }[];
      };
      expect(exported.device?.id).toMatch(/^[\w-]+$/);
      expect(exported.organisations.map((organisation) => typeof organisation.changed)).toEqual([
        'object',
        'object',
        'object',
      ]);
      expect(exported).toMatchObject({
        format: 'its-termination-progress',
        version: 6,
        organisations: [
          { number: 1, name: 'ООО «Ромашка»' },
          { number: 2, name: 'ООО «Лютик»', progress: { choices: { methods: 'self' } } },
          { number: 3, progress: { letter: { organisation: 'АО «Василёк»' } } },
        ],
      });
      expect(withoutIconFlake(source.errors)).toEqual([]);
      await source.close();

      const target = await openApp(browser);
      await target.getByLabel('Импорт из файла').setInputFiles(file);
      const dialog = target.getByRole('alertdialog', {
        name: 'Объединить с отметками на этом устройстве?',
      });
      await dialog.waitFor();
      const said = (await dialog.textContent()) ?? '';
      // The device that made the file had no name («Кто отмечает»).
      expect(said).toMatch(/С другого устройства, сохранено \d\d\.\d\d\.\d{4}, \d\d:\d\d\./);
      expect(said).toContain('; в нём 3 организации. Отметьте, какие загрузить:');
      // The fresh device's empty "Организация 1" takes the first, merged with what it has
      // (nothing); the others are added.
      const rows = await dialog
        .getByRole('checkbox')
        .evaluateAll((boxes) =>
          boxes.map((box) => (box.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
      expect(rows).toEqual([
        '«Организация 1»: +1 отметка, +1 заметка',
        expect.stringMatching(/^«ООО «Лютик»»: будет добавлена \(в файле 5 из 16/),
        expect.stringMatching(/^«АО «Василёк»»: будет добавлена \(в файле 1 из/),
      ]);
      expect(await dialog.getByRole('checkbox').evaluateAll((boxes) => boxes.length)).toBe(3);
      await dialog.getByRole('button', { name: 'Объединить' }).click();
      await expect.poll(() => toast(target).getByText('Отметки объединены.').count()).toBe(1);
      expect(await toast(target).getByRole('button', { name: 'Отменить' }).count()).toBe(1);

      // Every organisation back, with its name, ticks, choice and notes, also after a reload.
      for (const reloaded of [false, true]) {
        if (reloaded) await target.reload();
        await openList(target);
        const names = (await links(target)).map((row) => row.name);
        // The first organisation's name comes over too: the fresh device's "Организация 1",
        // which had none of its own, takes it with the ticks and notes.
        expect(names, 'the names after the import').toEqual(before.map((row) => row.name));

        await target.visit(address('1'));
        expect(await ticks(target, PREPARATION)).toEqual([true, false, false, false]);
        expect(await target.getByText('Договор № 7 до 31.12').isVisible()).toBe(true);
        await switcherNamed(target, 'ООО «Ромашка»').waitFor();

        await target.visit(address('2'));
        await switcherNamed(target, 'ООО «Лютик»').waitFor();
        expect(await ticks(target, PREPARATION)).toEqual([true, true, true, true]);
        expect(await target.getByRole('radio', { name: 'Самостоятельно' }).isChecked()).toBe(true);
        expect(await isChecked(target, 'Прекратите платежи по договору')).toBe(true);
        expect(await target.getByText('Последний платёж 01.11.2026').isVisible()).toBe(true);

        await target.visit(address('3'));
        await switcherNamed(target, 'АО «Василёк»').waitFor();
        expect(await ticks(target, [...PREPARATION, NO_SUPPORT])).toEqual([
          false,
          false,
          false,
          false,
          true,
        ]);
        await letterRegion(target).scrollIntoViewIfNeeded();
        expect(await letterField(target, 'Организация').inputValue()).toBe('АО «Василёк»');
      }
      expect(withoutIconFlake(target.errors)).toEqual([]);
      await target.close();
    },
  );

  onceInChromium(
    '"Экспорт в файл" writes the open organisation alone; importing it merges it into the open one, adds it beside one of another name, or merges it with the one of its name',
    async () => {
      const source = await openApp(browser);
      await checkbox(source, TERMS).check();
      await addOrganisation(source, 'ООО «Лютик»');
      await checkbox(source, DEBT).check();
      await checkbox(source, BACKUPS).check();
      await writeNote(source, BACKUPS, 'Копия на NAS');
      const download = await source.download(() =>
        source.getByRole('button', { name: 'Экспорт в файл' }).click(),
      );
      expect(download.name).toMatch(/^its-progress-\d{4}-\d\d-\d\d\.json$/);
      const exported = JSON.parse(download.text) as { organisations: unknown[] };
      expect(exported.organisations).toHaveLength(1);
      expect(exported).toMatchObject({
        version: 6,
        organisations: [{ number: 2, name: 'ООО «Лютик»' }],
      });
      const file = artifactPath('exported-one.json');
      await writeFile(file, download.text);
      await source.close();

      // A device whose own organisation, without a name, has progress: one organisation passed
      // from another device is the one open here, and the two merge.
      const target = await openApp(browser);
      await checkbox(target, DOCUMENTS).check();
      await target.getByLabel('Импорт из файла').setInputFiles(file);
      const dialog = target.getByRole('alertdialog', {
        name: 'Объединить с отметками на этом устройстве?',
      });
      await dialog.waitFor();
      const merging = (await dialog.textContent()) ?? '';
      expect(merging).toContain('Организация «Организация 1».');
      expect(merging).toContain('+2 отметки, +1 заметка.');
      expect(merging).toContain('Отметки этого устройства (1) остаются.');
      await dialog.getByRole('button', { name: 'Объединить' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => ticks(target, PREPARATION)).toEqual([false, true, true, true]);
      expect(await target.getByText('Копия на NAS').isVisible()).toBe(true);
      // It takes the file's name, having none of its own; no organisation is added.
      await switcherNamed(target, 'ООО «Лютик»').waitFor();
      await openList(target);
      expect((await links(target)).map((row) => row.name)).toEqual([
        'ООО «Лютик» · 3 из 17 · 18 %',
      ]);
      await closeList(target);

      // "Отменить" takes the merge back, the name too.
      await toast(target).getByRole('button', { name: 'Отменить' }).click();
      await switcherNamed(target, 'Организация 1').waitFor();
      await expect.poll(() => ticks(target, PREPARATION)).toEqual([false, false, false, true]);
      expect(await target.getByText('Копия на NAS').count()).toBe(0);

      // Named otherwise here, the open organisation is another one: the file's is added beside it.
      await renameOpen(target, 'Организация 1', 'ООО «Ромашка»');
      await list(target).waitFor({ state: 'hidden' });
      await target.getByLabel('Импорт из файла').setInputFiles(file);
      await dialog.waitFor();
      const adding = (await dialog.textContent()) ?? '';
      expect(adding).toContain(
        'В файле организация «ООО «Лютик»», которой нет на этом устройстве: она будет добавлена, остальные не изменятся.',
      );
      expect(adding).toContain('В файле: 2 из 17 шагов');
      await dialog.getByRole('button', { name: 'Добавить организацию' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await openList(target);
      await expect
        .poll(async () => (await links(target)).map((row) => row.name))
        .toEqual(['ООО «Ромашка» · 1 из 17 · 6 %', 'ООО «Лютик» · 2 из 17 · 12 %']);
      await closeList(target);
      // The open organisation is untouched.
      await switcherNamed(target, 'ООО «Ромашка»').waitFor();
      expect(await ticks(target, PREPARATION)).toEqual([false, false, false, true]);

      // Imported once more, it meets the organisation of its name, wherever the page is: the
      // file brings nothing that one lacks, and the tick made there since stays.
      await openOrganisation(target, 'ООО «Лютик»');
      await checkbox(target, TERMS).check();
      await openOrganisation(target, 'ООО «Ромашка»');
      await target.getByLabel('Импорт из файла').setInputFiles(file);
      await dialog.waitFor();
      const again = (await dialog.textContent()) ?? '';
      expect(again).toContain('Организация «ООО «Лютик»».');
      expect(again).toContain('ничего нового: всё это здесь уже есть.');
      expect(again).toContain('Отметки этого устройства (3) остаются.');
      await dialog.getByRole('button', { name: 'Объединить' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await openList(target);
      expect((await links(target)).map((row) => row.name)).toEqual([
        'ООО «Ромашка» · 1 из 17 · 6 %',
        'ООО «Лютик» · 3 из 17 · 18 %',
      ]);
      await closeList(target);
      await openOrganisation(target, 'ООО «Лютик»');
      expect(await ticks(target, PREPARATION)).toEqual([true, true, true, false]);
      expect(await target.getByText('Копия на NAS').isVisible()).toBe(true);
      expect(target.errors).toEqual([]);
      await target.close();
    },
  );

  onceInChromium(
    'removes an organisation after asking, and "Отменить" brings it back with its ticks',
    async () => {
      const page = await openApp(browser);
      await checkbox(page, TERMS).check();
      await addOrganisation(page, 'ООО «Лютик»');
      await checkbox(page, DEBT).check();
      await checkbox(page, PROGRAMS).check();

      await openList(page);
      const remove = list(page).getByRole('button', { name: 'Удалить организацию «ООО «Лютик»»' });
      const dialog = page.getByRole('alertdialog', {
        name: 'Удалить организацию «ООО «Лютик»» с этого устройства?',
      });
      // "Отмена" keeps it.
      await remove.click();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Отмена' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await links(page)).toHaveLength(2);

      await remove.click();
      await dialog.getByRole('button', { name: 'Удалить организацию', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The first organisation opens in its place.
      await switcherNamed(page, 'Организация 1').waitFor();
      await expect.poll(() => search(page)).toBe('?org=1');
      expect(await ticks(page, [TERMS, DEBT])).toEqual([true, false]);
      await openList(page);
      expect((await links(page)).map((row) => row.name)).toEqual(['Организация 1 · 1 из 17 · 6 %']);
      // The last organisation cannot be removed.
      expect(
        await list(page)
          .getByRole('button', { name: /^Удалить организацию/ })
          .count(),
      ).toBe(0);
      const message = toast(page).getByText('Организация «ООО «Лютик»» удалена.');
      expect(await message.isVisible()).toBe(true);

      await toast(page).getByRole('button', { name: 'Отменить' }).click();
      await switcherNamed(page, 'ООО «Лютик»').waitFor();
      expect(await ticks(page, [TERMS, DEBT, PROGRAMS])).toEqual([false, true, true]);
      await page.reload();
      await openList(page);
      expect((await links(page)).map((row) => row.name)).toEqual([
        'Организация 1 · 1 из 17 · 6 %',
        'ООО «Лютик» · 2 из 17 · 12 %',
      ]);
      await openOrganisation(page, 'ООО «Лютик»');
      expect(await ticks(page, [DEBT, PROGRAMS])).toEqual([true, true]);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('has no axe violations with the list open, naming an organisation, and the summary open', async () => {
    const page = await openApp(browser);
    await checkbox(page, TERMS).check();
    await letterRegion(page).scrollIntoViewIfNeeded();
    await letterField(page, 'Дата отключения').fill('2027-01-11');
    await addOrganisation(page, 'ООО «Лютик»');
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });

    // Soft, so each state is checked. axe-core 4.14 (Firefox and WebKit) checks that a link's
    // visible text is in its name (WCAG 2.5.3); Chromium's @axe-core/playwright 4.13 counts
    // that rule experimental and leaves it out.
    await openList(page);
    expect.soft(await page.axe(TAGS), 'the list open').toEqual([]);
    await list(page)
      .getByRole('button', { name: 'Переименовать организацию «ООО «Лютик»»' })
      .click();
    await list(page).getByRole('textbox', { name: 'Название организации' }).waitFor();
    expect.soft(await page.axe(TAGS), 'naming an organisation').toEqual([]);
    await list(page).getByRole('button', { name: 'Отмена' }).click();

    await list(page).getByRole('button', { name: 'Сводка для печати' }).click();
    await page.getByRole('dialog', { name: 'Сводка по организациям' }).waitFor();
    expect.soft(await page.axe(TAGS), 'the summary open').toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
    // Three full-page axe runs.
  }, 120_000);

  it('fits a 360 px phone with the list open: no sideways scroll, 24 px targets, the list inside the screen', async () => {
    const page = await openApp(browser, { viewport: { width: 360, height: 780 } });
    const long = 'Общество с ограниченной ответственностью «Северо-Западный лес»';
    expect(long.length).toBeGreaterThanOrEqual(60);
    await addOrganisation(page, long);
    await addOrganisation(page, 'ООО «Лютик»');
    await openOrganisation(page, long);
    expect(await horizontalOverflow(page)).toBe(0);

    await openList(page);
    expect(await links(page)).toHaveLength(3);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const box = await list(page).boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
    // Each link inside the list, the long name wrapped rather than cut off or sticking out.
    const rows = await list(page)
      .getByRole('link')
      .evaluateAll((elements) =>
        elements.map((element) => {
          const { left, right } = element.getBoundingClientRect();
          return { left, right, wider: element.scrollWidth > element.clientWidth };
        }),
      );
    for (const row of rows) {
      expect(row.left).toBeGreaterThanOrEqual(box?.x ?? 0);
      expect(row.right).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
      expect(row.wider).toBe(false);
    }
    // The toolbar's button itself stays inside the screen with the long name.
    const button = await switcher(page).boundingBox();
    expect((button?.x ?? 0) + (button?.width ?? Infinity)).toBeLessThanOrEqual(width);

    // With the rename form open, too.
    await list(page)
      .getByRole('button', { name: `Переименовать организацию «${long}»` })
      .click();
    await list(page).getByRole('textbox', { name: 'Название организации' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('summarises all organisations for print, and writes one calendar with a reminder for each dated one', async () => {
    const page = await openApp(browser);
    await page.setFixedTime(new Date(2026, 10, 27, 12, 0));
    await renameOpen(page, 'Организация 1', 'ООО «Ромашка»');
    await checkbox(page, TERMS).check();
    await letterRegion(page).scrollIntoViewIfNeeded();
    await letterField(page, 'Конец расчётного периода').fill('2027-01-11');
    await letterField(page, 'Дата отключения').fill('2027-01-11');

    await addOrganisation(page, 'ООО «Лютик»');
    for (const text of PREPARATION) await checkbox(page, text).check();
    await page.getByRole('radio', { name: 'Через партнера 1С' }).check();
    await letterRegion(page).scrollIntoViewIfNeeded();
    // Only the end of the billing period: the reminder counts from it.
    await letterField(page, 'Конец расчётного периода').fill('2027-03-31');

    await addOrganisation(page, 'ИП Иванов');

    await openList(page);
    expect((await links(page)).map((row) => row.name)).toEqual([
      'ООО «Ромашка» · 1 из 17 · 6 % · отключение 11.01.2027',
      'ООО «Лютик» · 4 из 17 · 24 %',
      'ИП Иванов · 0 из 17 · 0 %',
    ]);

    // The printable summary: a row per organisation.
    await list(page).getByRole('button', { name: 'Сводка для печати' }).click();
    const overview = page.getByRole('dialog', { name: 'Сводка по организациям' });
    await overview.waitFor();
    const table = await overview
      .locator('table')
      .evaluate((element) =>
        [...(element as HTMLTableElement).rows].map((row) =>
          [...row.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
        ),
      );
    expect(table[0]).toEqual([
      'Организация',
      'Способ',
      'Прогресс',
      'Отключение',
      'Осталось сделать',
    ]);
    expect(table.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['ООО «Ромашка»', 'не выбран', '1 из 17 · 6 %', '11.01.2027'],
      ['ООО «Лютик»', 'Через партнера 1С', '4 из 17 · 24 %', 'не указано'],
      ['ИП Иванов', 'не выбран', '0 из 17 · 0 %', 'не указано'],
    ]);
    expect(await overview.getByRole('rowheader').allTextContents()).toEqual([
      'ООО «Ромашка»',
      'ООО «Лютик»',
      'ИП Иванов',
    ]);
    await overview.getByRole('button', { name: 'Закрыть' }).click();
    await overview.waitFor({ state: 'hidden' });

    // One calendar: a reminder for each organisation with a date, none for the one without.
    await openList(page);
    const download = await page.download(() =>
      list(page).getByRole('button', { name: 'Напоминания всех в календарь' }).click(),
    );
    expect(download.name).toMatch(/\.ics$/);
    await writeFile(artifactPath('reminders-all.ics'), download.text);
    expect(download.text).toMatch(/\r\n/);
    // ical.js types its parse result as `any`: it is jCal, which Component takes as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    const calendar = new ICAL.Component(ICAL.parse(download.text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    const [first, second] = events;
    expect(first?.summary).toContain('ООО «Ромашка»');
    expect(first?.description).toContain('11.01.2027');
    // Without a notice period the timeline holds the end alone: 11.01.2027.
    expect(first?.startDate.toString()).toBe('2027-01-11T10:00:00');
    expect(second?.summary).toContain('ООО «Лютик»');
    expect(second?.description).toContain('31.03.2027');
    expect(await list(page).getByRole('status').textContent()).toBe(
      'Файл скачан: напоминания для 2 из 3 организаций; у остальных не указана дата отключения.',
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  onceInChromium(
    'opens the first organisation, and says so, at an address naming one this device does not have',
    async () => {
      const page = await openApp(browser);
      await checkbox(page, TERMS).check();
      await addOrganisation(page, 'ООО «Лютик»');
      await checkbox(page, DEBT).check();

      await page.visit(address('9'));
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toContain('Организации из адреса страницы нет на этом устройстве');
      expect(await alert.textContent()).toContain('Открыта «Организация 1»');
      await switcherNamed(page, 'Организация 1').waitFor();
      await expect.poll(() => search(page)).toBe('?org=1');
      expect(await ticks(page, [TERMS, DEBT])).toEqual([true, false]);
      // Nothing was made for the address's organisation.
      await openList(page);
      expect((await links(page)).map((row) => row.href)).toEqual(['/?org=1', '/?org=2']);
      await closeList(page);

      await alert.getByRole('button', { name: 'Понятно' }).click();
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.reload();
      expect(await page.getByRole('alert').count()).toBe(0);
      await switcherNamed(page, 'Организация 1').waitFor();

      // Back to the address of an organisation removed since: the same message.
      await openOrganisation(page, 'ООО «Лютик»');
      await openList(page);
      await list(page).getByRole('button', { name: 'Удалить организацию «ООО «Лютик»»' }).click();
      await page
        .getByRole('alertdialog', { name: /^Удалить организацию/ })
        .getByRole('button', { name: 'Удалить организацию', exact: true })
        .click();
      await switcherNamed(page, 'Организация 1').waitFor();
      await page.evaluate(() => {
        window.history.back();
      });
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Организации из адреса страницы нет на этом устройстве');
      await switcherNamed(page, 'Организация 1').waitFor();
      // The address names the organisation open, as it does when the page opens at such an
      // address (the first organisation was already open here).
      await expect
        .poll(() => search(page), { message: 'the address after going back' })
        .toBe('?org=1');
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});
