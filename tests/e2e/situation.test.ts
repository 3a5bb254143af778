import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_PROF_REPORTING_EDO as ADDED } from '../fixtures/items';
import { engine, launch, openApp, type Engine, type Page } from './browser';

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

const added = (page: Page) => page.getByRole('region', { name: 'Шаги для вашей ситуации' });

async function answerProfReportingEdo(page: Page) {
  const check = page.getByRole('region', { name: 'Что изменится для вашей компании' });
  await check.getByText('Ответить на 3 вопроса').click();
  await check.getByRole('radio', { name: 'ПРОФ', exact: true }).check();
  await check.getByRole('checkbox', { name: '1С-Отчётность' }).check();
  await check.getByRole('checkbox', { name: '1С-ЭДО' }).check();
}

describe(`the situation check in ${engine}`, () => {
  it('adds exactly the steps for ПРОФ with 1С-Отчётность and 1С-ЭДО, with their sources; a tick survives a reload', async () => {
    const page = await openApp(browser);
    await expect(added(page).count()).resolves.toBe(0);
    await answerProfReportingEdo(page);

    const boxes = added(page).getByRole('checkbox');
    const names = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => input.closest('label')?.textContent ?? ''),
    );
    expect(names).toHaveLength(ADDED.length);
    ADDED.forEach((start, index) => {
      expect(names[index]).toMatch(new RegExp(`^${start}`));
    });
    const reporting = added(page).getByRole('listitem').filter({ hasText: ADDED[4] });
    await expect(
      reporting.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual([
      'https://blankidoc.ru/blank_otchet/9014/index.html',
      'https://support.kontur.ru/extern/43787-samostoyatelnyj_perenos_otchetnosti_v_ekstern',
    ]);
    await expect(reporting.getByRole('link').first().getAttribute('target')).resolves.toBe(
      '_blank',
    );
    const progress = page.getByRole('progressbar', { name: 'Общий прогресс' });
    await expect(progress.getAttribute('aria-valuetext')).resolves.toBe('0 из 23 шагов, 0\u00a0%');

    await added(page)
      .getByRole('checkbox', { name: new RegExp(`^${ADDED[4]}`) })
      .check();
    await page.reload();
    await expect(
      added(page)
        .getByRole('checkbox', { name: new RegExp(`^${ADDED[4]}`) })
        .isChecked(),
    ).resolves.toBe(true);
    // The answers are kept too: shown under the folded questions.
    await expect(
      page.getByRole('region', { name: 'Что изменится для вашей компании' }).textContent(),
    ).resolves.toMatch(/Какая версия программы\?\s*ПРОФ.*1С-Отчётность, 1С-ЭДО/);
    await expect(progress.getAttribute('aria-valuetext')).resolves.toBe('1 из 23 шагов, 4\u00a0%');
    // The foot of the page names every source.
    const sources = page.getByRole('region', { name: 'Источники' });
    await expect(sources.getByRole('link', { name: /ст\. 782 ГК РФ/ }).count()).resolves.toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists the answers in the printed record', async () => {
    const page = await openApp(browser);
    await answerProfReportingEdo(page);
    await page.getByRole('button', { name: 'Протокол' }).click();
    const record = page.getByRole('dialog', { name: 'Протокол отключения сопровождения 1С:ИТС' });
    await expect(record.textContent()).resolves.toMatch(
      /Какими сервисами 1С пользуется компания\?\s*1С-Отчётность, 1С-ЭДО/,
    );
    await page.close();
  });

  it('has no axe violations with the questions open and steps added', async () => {
    const page = await openApp(browser);
    await answerProfReportingEdo(page);
    // From the top of the page: the sticky progress bar covers whatever is scrolled beneath it,
    // and axe would count a control passing under it as a small target.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    expect(
      await page.axe(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], {
        include: ['.situation', '.added', '.sources'],
      }),
    ).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
