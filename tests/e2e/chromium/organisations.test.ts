import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, launch } from './playwright';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

async function violations(page: Page) {
  // From the top of the page, as ../quality.test.ts: the list hangs under the sticky toolbar.
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

describe('the list of organisations in the dark (axe-core, WCAG 2.2 A/AA and best practice)', () => {
  // In light, in every engine: ../organisations.test.ts. The dark scheme is emulated by
  // Chromium's driver only.
  it('has no violations in dark: the list open, naming an organisation, the summary open', async () => {
    const { context, page, errors } = await openApp(browser, { colorScheme: 'dark' });
    await page.getByRole('checkbox', { name: 'Проверьте условия действующего договора' }).check();
    const letter = page.getByRole('region', { name: 'Заявление о расторжении' });
    await letter.getByLabel('Дата отключения', { exact: true }).fill('2027-01-11');

    const switcher = page.getByRole('button', { name: /^Организация\s?:/ });
    const list = page.getByRole('region', { name: 'Организации на этом устройстве' });
    await switcher.click();
    await list.getByRole('button', { name: 'Добавить организацию' }).click();
    await list.getByRole('textbox', { name: 'Название организации' }).fill('ООО «Лютик»');
    await list.getByRole('button', { name: 'Сохранить' }).click();
    await list.waitFor({ state: 'hidden' });

    await switcher.click();
    await list.waitFor();
    expect.soft(await violations(page), 'the list open').toEqual([]);

    await list.getByRole('button', { name: 'Переименовать организацию «ООО «Лютик»»' }).click();
    await list.getByRole('textbox', { name: 'Название организации' }).waitFor();
    expect.soft(await violations(page), 'naming an organisation').toEqual([]);
    await list.getByRole('button', { name: 'Отмена' }).click();

    await list.getByRole('button', { name: 'Сводка для печати' }).click();
    await page.getByRole('dialog', { name: 'Сводка по организациям' }).waitFor();
    expect.soft(await violations(page), 'the summary open').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
