import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_KEY } from '../../../src/store/device';
import { baseURL, launch, recordErrors, reload, visit } from './playwright';

/**
 * Whether the browser keeps the page's data: the page asks it (navigator.storage.persist())
 * once by itself, at a profile's first tick, and the footer says what it answered. Chromium's
 * own: an init script counts the page's questions and hears each answer, from the first
 * script on, reloads included; in every engine, ../transfer.test.ts reads the footer only.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

const [TERMS, DEBT, BACKUPS] = [
  'Проверьте условия действующего договора',
  'Убедитесь в отсутствии задолженности',
  'Создайте резервные копии баз данных',
];
const KEPT = 'Браузер сохранит данные: он обещал не удалять их сам.';
const REFUSED =
  'Браузер не обещал хранить данные и может их удалить — сделайте копию: «Экспорт в файл».';
const MAY_DELETE = /^Браузер может удалить данные, если страницу долго не открывать/;

type Asked = { answers: boolean[] };

/**
 * A fresh profile at the app whose every call of navigator.storage.persist() is counted with
 * the browser's answer; with `answer`, that answer stands in for the browser's.
 */
async function openCounted(
  answer?: boolean,
): Promise<{ context: BrowserContext; page: Page; asked: Asked; errors: string[] }> {
  const context = await browser.newContext({ locale: 'ru-RU' });
  context.setDefaultTimeout(5_000);
  const asked: Asked = { answers: [] };
  await context.exposeFunction('__e2ePersistAnswered', (kept: boolean) => {
    asked.answers.push(kept);
  });
  await context.addInitScript((stand: boolean | null) => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    const told = (window as unknown as { __e2ePersistAnswered: (kept: boolean) => Promise<void> })
      .__e2ePersistAnswered;
    storage.persist = () =>
      (stand === null ? persist() : Promise.resolve(stand)).then(async (kept) => {
        await told(kept);
        return kept;
      });
  }, answer ?? null);
  const page = await context.newPage();
  const errors = recordErrors(page);
  await visit(page, baseURL);
  return { context, page, asked, errors };
}

const footerSays = (page: Page) =>
  page.getByRole('contentinfo').getByRole('status').first().textContent();
const keepButton = (page: Page) => page.getByRole('button', { name: 'Хранить надёжно' });
const keepAskedAt = (page: Page) =>
  page.evaluate((key) => {
    const saved = localStorage.getItem(key);
    return saved === null
      ? null
      : ((JSON.parse(saved) as { state?: { keepAskedAt?: unknown } }).state?.keepAskedAt ?? null);
  }, DEVICE_KEY);

describe('asking the browser to keep the data (Chromium)', () => {
  it('asks once, at the first tick, not at the next one nor after a reload, and the footer says the answer', async () => {
    const { context, page, asked, errors } = await openCounted();
    // Opened, nothing ticked: not asked, and the data may be deleted.
    await expect.poll(() => footerSays(page)).toMatch(MAY_DELETE);
    expect(await keepButton(page).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(asked.answers).toEqual([]);
    expect(await keepAskedAt(page)).toBeNull();

    // The first tick asks; the footer says what Chromium answered.
    await page.getByRole('checkbox', { name: TERMS }).check();
    await expect.poll(() => asked.answers.length).toBe(1);
    const [answer] = asked.answers;
    await expect.poll(() => footerSays(page)).toBe(answer ? KEPT : REFUSED);
    expect(await keepButton(page).count()).toBe(answer ? 0 : 1);
    expect(await keepAskedAt(page)).toEqual(expect.any(Number));

    // The second tick asks no more.
    await page.getByRole('checkbox', { name: DEBT }).check();
    await page.waitForTimeout(500);
    expect(asked.answers).toHaveLength(1);

    // Nor does a reload, nor a tick after it; the footer reads the browser's state anew.
    await reload(page);
    await expect
      .poll(() => footerSays(page))
      .toMatch(answer ? new RegExp(`^${KEPT}$`) : MAY_DELETE);
    await page.getByRole('checkbox', { name: BACKUPS }).check();
    await page.waitForTimeout(500);
    expect(asked.answers).toHaveLength(1);

    // «Хранить надёжно», pressed by the person, asks again.
    if (!answer) {
      await keepButton(page).click();
      await expect.poll(() => asked.answers.length).toBe(2);
      await expect.poll(() => footerSays(page)).toBe(asked.answers[1] ? KEPT : REFUSED);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the data is kept, and offers nothing more, when the browser promises to keep it', async () => {
    const { context, page, asked, errors } = await openCounted(true);
    await expect.poll(() => footerSays(page)).toMatch(MAY_DELETE);
    expect(asked.answers).toEqual([]);
    await page.getByRole('checkbox', { name: TERMS }).check();
    await expect.poll(() => footerSays(page)).toBe(KEPT);
    expect(asked.answers).toEqual([true]);
    expect(await keepButton(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the browser made no promise, and offers «Хранить надёжно», when it declines', async () => {
    const { context, page, asked, errors } = await openCounted(false);
    await expect.poll(() => footerSays(page)).toMatch(MAY_DELETE);
    expect(asked.answers).toEqual([]);
    await page.getByRole('checkbox', { name: TERMS }).check();
    await expect.poll(() => footerSays(page)).toBe(REFUSED);
    expect(asked.answers).toEqual([false]);
    expect(await keepButton(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
