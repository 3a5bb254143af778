import { writeFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARATION } from '../fixtures/items';
import { artifactPath, engine, launch, openApp, type Engine, type Page } from './browser';

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

const letterRegion = (page: Page) => page.getByRole('region', { name: 'Заявление о расторжении' });
const field = (page: Page, label: string) => letterRegion(page).getByLabel(label, { exact: true });

/** The text of what a field points to with aria-describedby. */
const description = (page: Page, label: string) =>
  field(page, label).evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

const axeViolations = (page: Page) =>
  page.axe(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);

describe(`the letter, the reminder and the record in ${engine}`, () => {
  it('fills the letter, downloads the reminder, prints the letter and the record, keeps it all', async () => {
    const page = await openApp(browser);
    await page.setFixedTime(new Date(2026, 10, 27, 12, 0));

    // From the partner's step to the letter.
    for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('radio', { name: 'Через партнера 1С' }).check();
    await page.getByRole('link', { name: 'Составить заявление' }).first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#letter');
    await expect.poll(() => letterRegion(page).isVisible()).toBe(true);

    await field(page, 'Организация').fill('ООО «Ромашка»');
    await field(page, 'ИНН').fill('7707083894');
    await field(page, 'ИНН').press('Tab');
    expect(await field(page, 'ИНН').getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, 'ИНН')).toMatch(/не сходится контрольная цифра/);
    expect(await axeViolations(page)).toEqual([]);
    await field(page, 'ИНН').fill('7707083893');
    expect(await field(page, 'ИНН').getAttribute('aria-invalid')).toBeNull();

    await field(page, 'Номер договора').fill('12/ИТС');
    await field(page, 'Дата договора').fill('2024-02-01');
    await field(page, 'Партнёр 1С').fill('ООО «Партнёр»');
    await field(page, 'Конец расчётного периода').fill('2027-01-11');
    await field(page, 'Дата отключения').fill('2027-01-10');
    expect(await description(page, 'Дата отключения')).toMatch(/Не совпадает с концом/);
    await page.getByRole('button', { name: 'Поставить 11.01.2027' }).click();
    await field(page, 'Причина расторжения').selectOption({ label: 'Сокращение расходов' });

    const letter = page.getByRole('article', { name: 'Заявление' });
    expect(await letter.textContent()).toContain(
      'ООО «Ромашка» уведомляет об одностороннем отказе от исполнения договора № 12/ИТС от 01.02.2024',
    );
    expect(await letter.textContent()).toContain('Договор прекращается с 11.01.2027.');

    // The calendar: without a notice period, the end of the contract alone.
    const download = await page.download(() =>
      page.getByRole('button', { name: 'Напоминание в календарь' }).click(),
    );
    expect(download.name).toMatch(/\.ics$/);
    const ics = download.text;
    await writeFile(artifactPath('reminder.ics'), ics);
    expect(ics).toMatch(/\r\n/);
    // ical.js types its parse result as `any`: it is jCal, which Component takes as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT in the reminder');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2027-01-11T10:00:00');
    expect(event.description).toContain('11.01.2027');
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(2);

    // "Печать" prints the letter alone.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Печать' }).click();
    await page.emulatePrint(true);
    expect(await letter.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await field(page, 'Организация').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Печать' }).isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulatePrint(false);

    // Everything typed is still there after a reload.
    await page.reload();
    await expect.poll(() => field(page, 'Организация').inputValue()).toBe('ООО «Ромашка»');
    expect(await field(page, 'Дата отключения').inputValue()).toBe('2027-01-11');
    expect(await field(page, 'Причина расторжения').inputValue()).toBe('cost');

    // The record, with a tick and its note.
    await page.getByRole('checkbox', { name: 'Направьте письменное заявление' }).check();
    await page.getByRole('button', { name: /Заметка.*Направьте/ }).click();
    await page.getByRole('textbox', { name: /Направьте/ }).fill('Исх. № 214');
    await page.getByRole('button', { name: 'Готово' }).click();
    // The time shown on the card is the one on the record. WebKit's driver runs no script
    // before the app's, and the app reads the clock it started with: there the time is real.
    const shown = await page
      .getByRole('checkbox', { name: 'Направьте письменное заявление' })
      .evaluate((box) => box.closest('.card')?.querySelector('.card-meta')?.textContent ?? '');
    const tickedAt = /\d\d\.\d\d\.\d{4}, \d\d:\d\d/.exec(shown)?.[0];
    if (engine !== 'webkit') expect(tickedAt).toBe('27.11.2026, 12:00');
    await page.getByRole('button', { name: 'Протокол' }).click();
    const record = page.getByRole('dialog', { name: 'Протокол отключения сопровождения 1С:ИТС' });
    const recordText = (await record.textContent()) ?? '';
    expect(recordText).toContain('ООО «Ромашка»');
    expect(recordText).toContain('7707083893');
    expect(recordText).toContain(`Направьте письменное заявлениевыполнено ${tickedAt ?? '—'}`);
    expect(recordText).toContain('Заметка: Исх. № 214');
    expect(recordText).toContain('Получите акт выполненных работне выполнено');
    expect(await axeViolations(page)).toEqual([]);

    await page.emulatePrint(true);
    expect(await record.isVisible()).toBe(true);
    expect(await letter.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await record.getByRole('button', { name: 'Закрыть' }).isVisible()).toBe(false);
    await page.emulatePrint(false);
    await page.press('Escape');
    expect(await record.isVisible()).toBe(false);

    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('works out the last day to send the notice by registered post, shows it on the card and in the calendar, keeps it', async () => {
    const page = await openApp(browser);
    await page.setFixedTime(new Date(2026, 11, 7, 12, 0));
    for (const text of PREPARATION) await page.getByRole('checkbox', { name: text }).check();
    await page.getByRole('radio', { name: 'Через партнера 1С' }).check();

    await field(page, 'Конец расчётного периода').fill('2027-01-31');
    await field(page, 'Дата отключения').fill('2027-01-31');
    await field(page, 'Срок уведомления по договору, дней').fill('30');
    await page.getByRole('radio', { name: 'Заказным письмом с уведомлением о вручении' }).check();

    // 31.01.2027 less 30 days is a holiday: received by 30.12.2026, sent 14 days before.
    const dates = page.getByRole('group', { name: 'Ваши сроки' });
    await expect
      .poll(() => dates.textContent())
      .toContain(
        'Отправьте уведомление не позднее 16.12.2026, чтобы партнёр получил его не позднее 30.12.2026.',
      );
    const step = page.getByRole('checkbox', { name: 'Направьте письменное заявление' });
    const stepDue = () =>
      step.evaluate((box) =>
        (box.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    expect(await stepDue()).toContain('до 16.12.2026');
    const next = page.getByRole('complementary', { name: 'Ближайший срок:' });
    expect(await next.textContent()).toContain('Отправить уведомление партнёру — до 16.12.2026');
    expect(await page.getByRole('article', { name: 'Заявление' }).textContent()).toContain(
      'уведомляет об одностороннем отказе',
    );
    expect(await axeViolations(page)).toEqual([]);

    const download = await page.download(() =>
      page.getByRole('button', { name: 'Напоминание в календарь' }).click(),
    );
    await writeFile(artifactPath('timeline.ics'), download.text);
    // ical.js types its parse result as `any`: it is jCal, which Component takes as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    const calendar = new ICAL.Component(ICAL.parse(download.text));
    const vevents = calendar.getAllSubcomponents('vevent');
    const events = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toString())).toEqual([
      '2026-12-16T10:00:00',
      '2027-01-31T10:00:00',
    ]);
    const notice = vevents[0];
    expect(events[0]?.summary).toBe('Отправить уведомление партнёру — последний день');
    // Alarms 3 working days before (Friday 11.12) and 15 minutes before.
    expect(
      notice
        ?.getAllSubcomponents('valarm')
        .map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    ).toEqual(['-P5D', '-PT15M']);

    await page.reload();
    await expect
      .poll(() => field(page, 'Срок уведомления по договору, дней').inputValue())
      .toBe('30');
    expect(
      await page
        .getByRole('radio', { name: 'Заказным письмом с уведомлением о вручении' })
        .isChecked(),
    ).toBe(true);
    await expect.poll(stepDue).toContain('до 16.12.2026');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('fits a 360 px phone: no sideways scroll, targets of 24 px', async () => {
    const page = await openApp(browser, { viewport: { width: 360, height: 740 } });
    await letterRegion(page).scrollIntoViewIfNeeded();
    await field(page, 'ИНН').fill('123');
    await field(page, 'ИНН').press('Tab');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const small = await letterRegion(page)
      .locator('input, select, textarea, button')
      .evaluateAll((controls) =>
        controls
          .map((control) => control.getBoundingClientRect())
          .filter((box) => box.width < 24 || box.height < 24),
      );
    expect(small).toEqual([]);
    await page.close();
  });
});
