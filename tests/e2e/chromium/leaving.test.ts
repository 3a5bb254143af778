import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARATION } from '../../fixtures/items';
import { baseURL, launch, openApp, recordErrors, reload, visit } from './playwright';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });

/**
 * A phone so busy that the frame after a click comes a second and a half later: the page
 * saves after that frame, so a tab left at once relies on the save made as it is left.
 */
function slowFrames() {
  const frame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    setTimeout(() => frame(callback), 1_500);
    return 0;
  };
}

describe('leaving the page right after a tick', () => {
  it('a tab closed or reloaded at once after a tick finds the tick when opened again', async () => {
    const { context, page, errors } = await openApp(browser);
    await context.addInitScript(slowFrames);
    await reload(page);
    const [first = '', second = ''] = PREPARATION;

    await checkbox(page, first).click();
    const closed = page.waitForEvent('close');
    // As a person closes a tab: the page is told, and is gone.
    await page.close({ runBeforeUnload: true });
    await closed;

    const again = await context.newPage();
    // Filled as the new tab runs: read at the end.
    const againErrors = recordErrors(again);
    await visit(again, baseURL);
    expect(await checkbox(again, first).isChecked()).toBe(true);

    await checkbox(again, second).click();
    await reload(again);
    expect(await checkbox(again, first).isChecked()).toBe(true);
    expect(await checkbox(again, second).isChecked()).toBe(true);
    expect([...errors, ...againErrors]).toEqual([]);
    await context.close();
  });
});
