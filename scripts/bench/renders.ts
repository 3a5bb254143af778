/** Components per tick: what a tick re-renders, from the benchmark page's render counter. */
import type { Browser } from 'playwright-core';
import { itemDomId } from '../../src/components/shared/dom-ids.ts';
import type { Item } from '../../src/content/types.ts';
import { clickCard, freshPage, whenReady } from './driver.ts';

/**
 * A tick may re-render its own card (with its note) and the counters, nothing else; the
 * Icon is the "готово" mark a section counter shows once its last item is ticked.
 */
const ALLOWED_PER_TICK = new Set([
  'ItemCard',
  'ItemNote',
  'SectionCounter',
  'Icon',
  'ProgressSummary',
  'OptionColumn',
]);

type RenderLogPage = {
  bench: {
    renderLog: { start: () => void; clear: () => void; enabled: boolean; rendered: string[] };
  };
};

/** What a tick re-renders, from the benchmark page's render counter; real clicks, CPU unslowed. */
export async function renders(browser: Browser, url: string, items: Item[]) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await whenReady(page);
    // The documents part is drawn after start; its first render is not a tick's.
    await page.locator('#letter').waitFor({ state: 'attached' });
    // One item ticked outside the measured ones, so "Продолжить" keeps its target throughout.
    await page.locator('.card-checkbox').first().check();
    await page.evaluate(() => {
      (window as unknown as RenderLogPage).bench.renderLog.start();
    });
    const perTick: string[][] = [];
    for (const pass of [0, 1]) {
      for (const item of items) {
        await page.evaluate(() => {
          (window as unknown as RenderLogPage).bench.renderLog.clear();
        });
        if ((await clickCard(page, itemDomId(item.id))) !== (pass === 0)) {
          throw new Error(`a click on ${item.id} did not tick it`);
        }
        perTick.push(
          await page.evaluate(() => [
            ...(window as unknown as RenderLogPage).bench.renderLog.rendered,
          ]),
        );
      }
    }
    const components = [...new Set(perTick.flat())].sort();
    return {
      ticks: perTick.length,
      mostPerTick: Math.max(...perTick.map((names) => names.length)),
      components,
      ok:
        perTick.every((names) => names.length > 0) &&
        components.every((name) => ALLOWED_PER_TICK.has(name)),
    };
  } finally {
    await context.close();
  }
}
