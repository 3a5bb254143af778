/**
 * Switching organisations on the 50-organisation page: the toolbar's button opens the list,
 * a link in it opens another organisation. Both clicks are timed to the next paint.
 */
import type { Browser, Page } from 'playwright-core';
import { itemDomId } from '../../src/components/shared/dom-ids.ts';
import { ORGANISATION_COUNT, organisationNameOf } from '../fifty-organisations.ts';
import {
  CPU_SLOWDOWN,
  freshPage,
  IDLE_BEFORE_CLICKS_MS,
  measuredClick,
  median,
  OBSERVE_EVENTS,
  round,
  whenReady,
  type ClickParts,
  type Measured,
  type Seed,
} from './driver.ts';
import { preparation } from './items.ts';

/** The organisation the 50-organisation page opens (`?org=25`), in the middle of the list. */
export const OPEN_ORGANISATION = '25';
/** Switches per round on the 50-organisation page: open the list, click another organisation. */
export const SWITCHES = 8;
/** The organisations the switches open in turn, from the open one: near the top, the bottom, back. */
export const SWITCH_TARGETS = ['2', '49', OPEN_ORGANISATION];

/** The accessible name of the list of organisations ("Организации на этом устройстве"). */
const PANEL_NAME = 'Организации на этом устройстве';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the page shows organisation `id` of the 50: its address, its name on the
 * toolbar's button, the list closed and its four preparation steps ticked, as saved.
 */
export async function showsOrganisation(page: Page, id: string) {
  const name = organisationNameOf(Number(id));
  await page.waitForFunction(
    `location.search === ${JSON.stringify(`?org=${id}`)} && ` +
      `!document.getElementById('organisations-panel')?.checkVisibility()`,
  );
  // Chromium names the button "Организация : …": the colon is a visually hidden span, which
  // its absolute position makes a block of its own.
  await page
    .getByRole('button', { name: new RegExp(`^Организация ?: ${escapeRegExp(name)}$`) })
    .waitFor({ state: 'visible' });
  for (const item of preparation) {
    const domId = itemDomId(item.id);
    if (!(await page.isChecked(`#${domId}`))) {
      throw new Error(`organisation ${id} opened with #${domId} unticked; the seed says ticked`);
    }
  }
}

export type SwitchRun = {
  /** Opening the list (the button's click → next paint), before each switch; the first loads the list. */
  openMs: number[];
  /** Opening another organisation (the link's click → next paint), SWITCHES of them. */
  switchMs: number[];
  switchInteractionMs: number[];
  medianOpenMs: number;
  medianSwitchMs: number;
  medianSwitchInteractionMs: number;
  belowThreshold: { open: number; switch: number };
  openParts: ClickParts;
  switchParts: ClickParts;
};

const partsOf = (measured: Measured[]) => {
  const reported = measured.flatMap((one) => (one.parts ? [one.parts] : []));
  const part = (key: keyof ClickParts) => round(median(reported.map((one) => one[key])), 1);
  return {
    delay: part('delay'),
    processing: part('processing'),
    afterProcessing: part('afterProcessing'),
  };
};

/**
 * The 50-organisation page in a new context, `?org=25` loaded, started, idle; then, with the
 * CPU slowed CPU_SLOWDOWN×, SWITCHES times: a real click on the toolbar's "Организация: …"
 * button, a wait for the list, a real click on another organisation's link (scrolled into
 * view in the list first), a wait until that organisation is shown.
 */
export async function switchRun(browser: Browser, url: string, seed: Seed): Promise<SwitchRun> {
  const { context, page } = await freshPage(browser, seed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await whenReady(page);
    await showsOrganisation(page, OPEN_ORGANISATION);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(OBSERVE_EVENTS);
    await page.waitForTimeout(IDLE_BEFORE_CLICKS_MS);
    const region = page.getByRole('region', { name: PANEL_NAME, exact: true });
    const opens: Measured[] = [];
    const switches: Measured[] = [];
    for (let turn = 0; turn < SWITCHES; turn += 1) {
      const target = SWITCH_TARGETS[turn % SWITCH_TARGETS.length] ?? OPEN_ORGANISATION;
      opens.push(await measuredClick(page, `document.querySelector('.organisation-button')`));
      await region.waitFor({ state: 'visible' });
      const link = region.getByRole('link', {
        name: new RegExp(
          `^${escapeRegExp(organisationNameOf(Number(target)))} · \\d+ из \\d+ · \\d+ %`,
        ),
      });
      const href = await link.getAttribute('href');
      if (!href?.endsWith(`?org=${target}`)) {
        throw new Error(`the link of organisation ${target} goes to ${String(href)}`);
      }
      if ((await region.getByRole('link').count()) !== ORGANISATION_COUNT) {
        throw new Error(`the list does not show ${String(ORGANISATION_COUNT)} organisations`);
      }
      switches.push(
        await measuredClick(
          page,
          `document.querySelector('#organisations-panel a[href=${JSON.stringify(href)}]')`,
        ),
      );
      await showsOrganisation(page, target);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const switchMs = switches.map((one) => one.clickMs);
    const openMs = opens.map((one) => one.clickMs);
    const switchInteractionMs = switches.map((one) => one.interactionMs);
    return {
      openMs,
      switchMs,
      switchInteractionMs,
      medianOpenMs: median(openMs),
      medianSwitchMs: median(switchMs),
      medianSwitchInteractionMs: median(switchInteractionMs),
      belowThreshold: {
        open: opens.filter((one) => one.below).length,
        switch: switches.filter((one) => one.below).length,
      },
      openParts: partsOf(opens),
      switchParts: partsOf(switches),
    };
  } finally {
    await context.close();
  }
}
