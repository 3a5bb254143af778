import { writeFile } from 'node:fs/promises';
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

/**
 * Progress passed between two devices, as two people (or one person with a laptop and a
 * phone) would: each exports a file and opens the other's, and the two merge fact by fact,
 * the later change winning; a link from «Передать на другое устройство» does the same, with
 * the name of who ticked; a damaged link changes nothing. And the footer says whether the
 * browser keeps what is here.
 */

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

// The preparation steps, by what they say.
const [TERMS = '', DEBT = '', BACKUPS = '', DOCUMENTS = ''] = PREPARATION;
const NOTE = 'Договор № 7 до 31.12';
const WHO = 'Иванова А. А.';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const ticks = (page: Page) =>
  Promise.all(PREPARATION.map((text) => checkbox(page, text).isChecked()));
const progressNow = (page: Page) =>
  page.getByRole('progressbar', { name: /прогресс/i }).getAttribute('aria-valuenow');
/** When each ticked step was ticked, as its card says. */
/** The tick times the cards show (every card holds a line for one; an unticked card's is empty). */
const tickTimes = async (page: Page) =>
  (await page.locator('.card-meta').allTextContents()).filter((text) => text !== '');
const toast = (page: Page) => page.locator('.toast-region');
/** The review of a file of version 6. */
const fileReview = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Объединить с отметками на этом устройстве?' });
const linkReview = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Открыть отметки, переданные ссылкой?' });
/** «Сохранено 07.12.2026, 12:49.»: when the file or link was made. */
const SAVED_AT = 'сохранено \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d\\.';

async function writeNote(page: Page, item: string, note: string) {
  await page.getByRole('button', { name: new RegExp(`Заметка.*${escape(item)}`) }).click();
  await page.getByRole('textbox', { name: new RegExp(escape(item)) }).fill(note);
  await page.getByRole('button', { name: 'Готово' }).click();
  await page.getByText(note).waitFor();
}

/** «Экспорт в файл»: the file the browser downloads, kept among the artifacts. */
async function exportFile(page: Page, name: string): Promise<string> {
  const download = await page.download(() =>
    page.getByRole('button', { name: 'Экспорт в файл' }).click(),
  );
  expect(download.name).toMatch(/^its-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = artifactPath(name);
  await writeFile(file, download.text);
  return file;
}

/** «Импорт из файла»: chooses the file and returns what the review says, once it is open. */
async function importFile(page: Page, file: string): Promise<string> {
  await page.getByLabel('Импорт из файла').setInputFiles(file);
  await fileReview(page).waitFor();
  return (await fileReview(page).textContent()) ?? '';
}

/** «Объединить» in an open review; the toast then offers to take it back. */
async function merge(page: Page, review = fileReview(page)) {
  await review.getByRole('button', { name: 'Объединить' }).click();
  await review.waitFor({ state: 'hidden' });
  await toast(page).getByText('Отметки объединены.').waitFor();
}

/** «Передать на другое устройство»: the link the dialog shows, the dialog closed again. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Передать на другое устройство' }).click();
  const dialog = page.getByRole('dialog', { name: 'Передать на другое устройство' });
  const field = dialog.getByRole('textbox', { name: 'Ссылка' });
  await field.waitFor();
  const link = await field.inputValue();
  expect(await dialog.getByRole('img', { name: /^QR-код этой ссылки/ }).count()).toBe(1);
  expect(await dialog.getByRole('button', { name: 'Копировать ссылку' }).count()).toBe(1);
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return link;
}

/** The footer's words on what the browser keeps, each with whether «Хранить надёжно» is offered. */
const KEEP_STATES: [RegExp, boolean][] = [
  [/^Браузер сохранит данные: он обещал не удалять их сам\.$/, false],
  [/^Браузер может удалить данные, если страницу долго не открывать/, true],
  [
    /^Браузер не обещал хранить данные и может их удалить — сделайте копию: «Экспорт в файл»\.$/,
    true,
  ],
  [/^Этот браузер может удалить данные страницы/, false],
];
/** What the footer says of it, if one of those sentences, and whether the page is asking. */
async function keepState(page: Page) {
  const text =
    (await page.getByRole('contentinfo').getByRole('status').first().textContent()) ?? '';
  const found = KEEP_STATES.find(([words]) => words.test(text));
  return { text, said: found !== undefined, offersKeeping: found?.[1] ?? false };
}
const ASKING = 'Спрашиваем браузер…';

describe(`passing progress between devices in ${engine}`, () => {
  onceInChromium(
    'two devices swap files: each review counts what the other adds, both end with every tick and the note, and the same file again brings nothing new',
    async () => {
      // Two fresh profiles, each ticking steps of its own; the first writes a note.
      const anna = await openApp(browser);
      const boris = await openApp(browser);
      await checkbox(anna, TERMS).check();
      await checkbox(anna, DEBT).check();
      await writeNote(anna, TERMS, NOTE);
      await checkbox(boris, BACKUPS).check();
      const fromAnna = await exportFile(anna, 'transfer-anna.json');
      const fromBoris = await exportFile(boris, 'transfer-boris.json');

      // Anna opens Boris's file: one tick to add, hers stay.
      const toAnna = await importFile(anna, fromBoris);
      expect(toAnna).toMatch(new RegExp(`С другого устройства, ${SAVED_AT}`));
      expect(toAnna).toContain('Организация «Организация 1».');
      expect(toAnna).toContain('+1 отметка.');
      expect(toAnna).toContain('Отметки этого устройства (2) остаются.');
      expect(await fileReview(anna).getByRole('button', { name: 'Отмена' }).count()).toBe(1);
      await merge(anna);
      expect(await ticks(anna)).toEqual([true, true, true, false]);

      // Boris opens Anna's file: two ticks and the note to add, his stays.
      const toBoris = await importFile(boris, fromAnna);
      expect(toBoris).toContain('Организация «Организация 1».');
      expect(toBoris).toContain('+2 отметки, +1 заметка.');
      expect(toBoris).toContain('Отметки этого устройства (1) остаются.');
      await merge(boris);
      expect(await ticks(boris)).toEqual([true, true, true, false]);
      expect(await boris.getByText(NOTE).isVisible()).toBe(true);
      // Each tick kept the time it was made, on whichever device.
      expect(await tickTimes(boris)).toEqual(await tickTimes(anna));
      const times = await tickTimes(anna);
      expect(times).toHaveLength(3);

      // Both keep it all after a reload.
      for (const page of [anna, boris]) {
        await page.reload();
        expect(await ticks(page)).toEqual([true, true, true, false]);
        expect(await page.getByText(NOTE).isVisible()).toBe(true);
        expect(await tickTimes(page)).toEqual(times);
        expect(await progressNow(page)).toBe('18');
      }

      // Boris's file once more: all of it is here already, and merging it changes nothing.
      const again = await importFile(anna, fromBoris);
      expect(again).toContain('ничего нового: всё это здесь уже есть.');
      expect(again).toContain('Отметки этого устройства (3) остаются.');
      await merge(anna);
      expect(await ticks(anna)).toEqual([true, true, true, false]);
      expect(await tickTimes(anna)).toEqual(times);
      expect(await anna.getByText(NOTE).isVisible()).toBe(true);
      await anna.reload();
      expect(await ticks(anna)).toEqual([true, true, true, false]);
      expect(await tickTimes(anna)).toEqual(times);

      expect([...anna.errors, ...boris.errors]).toEqual([]);
      await anna.close();
      await boris.close();
    },
  );

  onceInChromium(
    'a step unticked after the other device ticked it stays unticked when their files meet, and ticked again later it comes back',
    async () => {
      const anna = await openApp(browser);
      const boris = await openApp(browser);
      await checkbox(anna, TERMS).check();
      await checkbox(anna, DEBT).check();
      const ticked = await exportFile(anna, 'transfer-ticked.json');
      await importFile(boris, ticked);
      await merge(boris);
      expect(await ticks(boris)).toEqual([true, true, false, false]);

      // Boris takes one tick back, later than Anna made it, and sends his file.
      await checkbox(boris, TERMS).uncheck();
      const unticked = await exportFile(boris, 'transfer-unticked.json');
      const review = await importFile(anna, unticked);
      expect(review).toContain('1 отметка снята.');
      expect(review).toContain('Отметки этого устройства (1) остаются.');
      await merge(anna);
      expect(await ticks(anna)).toEqual([false, true, false, false]);

      // Anna's older file, opened again on Boris's device, does not tick it back: his untick is later.
      const older = await importFile(boris, ticked);
      expect(older).toContain(
        'ничего нового: 1 отметка из файла снята здесь позже и останется снятой.',
      );
      await merge(boris);
      expect(await ticks(boris)).toEqual([false, true, false, false]);

      // Anna ticks it again, later still: her next file brings the tick back to Boris.
      await checkbox(anna, TERMS).check();
      const retick = await importFile(boris, await exportFile(anna, 'transfer-reticked.json'));
      expect(retick).toContain('+1 отметка.');
      await merge(boris);
      expect(await ticks(boris)).toEqual([true, true, false, false]);

      for (const page of [anna, boris]) {
        await page.reload();
        expect(await ticks(page)).toEqual([true, true, false, false]);
      }
      expect([...anna.errors, ...boris.errors]).toEqual([]);
      await anna.close();
      await boris.close();
    },
  );

  it('a link from «Передать на другое устройство» opens on a fresh device with who ticked, merges once confirmed, leaves the address, and «Отменить» takes it back', async () => {
    // Anna names herself, ticks two steps and opens the link to pass them on.
    const anna = await openApp(browser);
    await anna.getByRole('textbox', { name: 'Кто отмечает' }).fill(WHO);
    await checkbox(anna, TERMS).check();
    await checkbox(anna, DEBT).check();
    const link = await shareLink(anna);
    expect(link).toMatch(new RegExp(`^${escape(baseURL)}#import=[\\w-]+$`));
    await anna.close();

    // On a fresh device the link asks first, saying whose ticks they are and what they add.
    const phone = await browser.newPage();
    await phone.visit(link);
    const review = linkReview(phone);
    await review.waitFor();
    const said = (await review.textContent()) ?? '';
    expect(said).toMatch(new RegExp(`От: ${escape(WHO)}, ${SAVED_AT}`));
    expect(said).toContain('Организация «Организация 1».');
    expect(said).toContain('+2 отметки.');
    expect(await ticks(phone)).toEqual([false, false, false, false]);
    await merge(phone, review);
    expect(await ticks(phone)).toEqual([true, true, false, false]);
    // The address no longer carries the progress: a reload does not ask again.
    expect(await phone.evaluate(() => window.location.href)).toBe(baseURL);

    // «Отменить» takes the merge back.
    await toast(phone).getByRole('button', { name: 'Отменить' }).click();
    await expect.poll(() => ticks(phone)).toEqual([false, false, false, false]);
    await phone.reload();
    expect(await phone.getByRole('alertdialog').count()).toBe(0);
    expect(await ticks(phone)).toEqual([false, false, false, false]);

    expect(phone.errors).toEqual([]);
    await phone.close();

    // A colleague's device, already open at the page, is sent the link: merged, its record
    // names who ticked each step.
    const colleague = await openApp(browser);
    await colleague.visit(link);
    await linkReview(colleague).waitFor();
    await merge(colleague, linkReview(colleague));
    expect(await ticks(colleague)).toEqual([true, true, false, false]);
    expect(await colleague.evaluate(() => window.location.href)).toBe(baseURL);
    await colleague.getByRole('button', { name: 'Протокол' }).click();
    const record = colleague.getByRole('dialog', {
      name: 'Протокол отключения сопровождения 1С:ИТС',
    });
    const recordText = (await record.textContent()) ?? '';
    for (const step of [TERMS, DEBT]) {
      expect(recordText).toMatch(
        new RegExp(
          `${escape(step)}выполнено \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d, отметил\\(а\\) ${escape(WHO)}`,
        ),
      );
    }
    expect(recordText).toContain(`${BACKUPS}не выполнено`);
    await colleague.press('Escape');
    await record.waitFor({ state: 'hidden' });
    expect(colleague.errors).toEqual([]);
    await colleague.close();
  });

  it('a damaged link says so in an alert and changes nothing', async () => {
    const page = await openApp(browser);
    await checkbox(page, DOCUMENTS).check();
    const link = await shareLink(page);
    await checkbox(page, BACKUPS).check();

    // Opened anew: not a link the page made.
    await page.visit(`${baseURL}?org=1#import=abc`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Ссылка не открыта');
    expect(await alert.textContent()).toContain('Ссылка повреждена или обрезана');
    expect(await alert.textContent()).toContain('Текущий прогресс не изменён.');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await ticks(page)).toEqual([false, false, true, true]);
    await alert.getByRole('button', { name: 'Закрыть' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);

    // A real link cut short, on the page already open (only the part after # changes).
    const cut = link.slice(link.indexOf('#'), -12);
    await page.visit(`${baseURL}?org=1${cut}`);
    await expect.poll(() => alert.textContent()).toContain('Ссылка повреждена или обрезана');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await ticks(page)).toEqual([false, false, true, true]);
    await page.reload();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await ticks(page)).toEqual([false, false, true, true]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the footer says whether the browser keeps the data, before and after the first tick', async () => {
    const page = await openApp(browser);
    const keep = page.getByRole('button', { name: 'Хранить надёжно' });
    // Which sentence it is, is the browser's to say; it is one of them, and «Хранить
    // надёжно» is offered exactly while the data is not kept.
    const saysOne = async () => {
      await expect.poll(async () => (await keepState(page)).said).toBe(true);
      const state = await keepState(page);
      expect(await keep.count(), `«Хранить надёжно» beside «${state.text}»`).toBe(
        state.offersKeeping ? 1 : 0,
      );
    };
    await saysOne();

    // The first tick asks the browser once by itself. Chromium and WebKit answer at once;
    // Firefox asks the person, and no one answers here: then the footer says it is asking.
    await checkbox(page, TERMS).check();
    await expect
      .poll(async () => {
        const state = await keepState(page);
        return state.said || state.text === ASKING;
      })
      .toBe(true);
    if ((await keepState(page)).text === ASKING) {
      expect(await keep.count()).toBe(0);
    } else await saysOne();

    // After a reload it says one of the sentences again, and ticking more asks no more: the
    // footer is never left asking.
    await page.reload();
    await saysOne();
    await checkbox(page, DEBT).check();
    await page.waitForTimeout(500);
    expect((await keepState(page)).text).not.toBe(ASKING);
    await saysOne();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
