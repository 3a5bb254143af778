/** A returning visitor's ticks, frame by frame: a saved tick is never painted unticked. */
import type { Browser } from 'playwright-core';
import { itemDomId } from '../../src/components/shared/dom-ids.ts';
import { STORAGE_KEY } from '../../src/store/storage-key.ts';
import { clickCard, CPU_SLOWDOWN, freshPage, IDLE_BEFORE_CLICKS_MS, whenReady } from './driver.ts';
import { preparation } from './items.ts';

const FLASH_RELOADS = 3;

/**
 * A returning visitor: four ticks saved by real clicks, then reloads with the CPU slowed; an
 * init script looks at the saved ticks before every frame from the very first and counts the
 * frames in which one is on screen unticked.
 */
export async function flash(browser: Browser, appUrl: string) {
  const domIds = preparation.map((item) => itemDomId(item.id));
  const sampler = `(() => {
    if (localStorage.getItem(${JSON.stringify(STORAGE_KEY)}) === null) return;
    const ids = ${JSON.stringify(domIds)};
    const frames = { sampled: 0, withBoxes: 0, unticked: 0 };
    window.benchFrames = frames;
    const look = () => {
      frames.sampled += 1;
      let present = false;
      let unticked = false;
      for (const id of ids) {
        const box = document.getElementById(id);
        if (!(box instanceof HTMLInputElement)) continue;
        present = true;
        if (!box.checked && box.checkVisibility({ visibilityProperty: true, opacityProperty: true })) unticked = true;
      }
      if (present) frames.withBoxes += 1;
      if (unticked) frames.unticked += 1;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })()`;
  const { context, page } = await freshPage(browser);
  try {
    await context.addInitScript(sampler);
    await page.goto(appUrl, { waitUntil: 'load' });
    await whenReady(page);
    for (const domId of domIds) {
      if (!(await clickCard(page, domId))) throw new Error(`a click did not tick #${domId}`);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const reloads: { sampled: number; withBoxes: number; unticked: number; ticked: boolean }[] = [];
    for (let reload = 0; reload < FLASH_RELOADS; reload += 1) {
      await page.reload({ waitUntil: 'load' });
      await whenReady(page);
      await page.waitForTimeout(IDLE_BEFORE_CLICKS_MS);
      const frames = await page.evaluate<{ sampled: number; withBoxes: number; unticked: number }>(
        'window.benchFrames',
      );
      const checked = await Promise.all(domIds.map((id) => page.isChecked(`#${id}`)));
      reloads.push({ ...frames, ticked: checked.every(Boolean) });
    }
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      reloads,
      untickedFrames: reloads.reduce((total, one) => total + one.unticked, 0),
      allTickedAfterReload: reloads.every((one) => one.ticked),
    };
  } finally {
    await context.close();
  }
}
