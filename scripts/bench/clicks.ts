/**
 * Click → next paint with the CPU slowed: the two floors, the app, the 1,000-item page, the
 * 50-organisation page and switching organisations, in rounds, each page in a new context.
 */
import type { Browser, Page } from 'playwright-core';
import { itemDomId } from '../../src/components/shared/dom-ids.ts';
import type { Item } from '../../src/content/types.ts';
import {
  clickCard,
  CPU_SLOWDOWN,
  EVENT_THRESHOLD_MS,
  freshPage,
  IDLE_BEFORE_CLICKS_MS,
  median,
  OBSERVE_EVENTS,
  round,
  whenReady,
  type ClickParts,
  type EventEntry,
  type Seed,
} from './driver.ts';
import { preparation, preparationLarge } from './items.ts';
import type { Pages } from './pages.ts';
import {
  OPEN_ORGANISATION,
  showsOrganisation,
  SWITCH_TARGETS,
  switchRun,
  SWITCHES,
  type SwitchRun,
} from './switching.ts';

export const ROUNDS = 5;
export const CLICKS = 16;

export type ClickRun = {
  /** Click to next paint of each of the 16 clicks, ms; a click under the threshold counts as 16. */
  clickMs: number[];
  /** The same clicks, the longest of pointerdown, pointerup and click (as INP takes it). */
  interactionMs: number[];
  medianClickMs: number;
  medianInteractionMs: number;
  belowThreshold: number;
  /** Where the reported clicks' time went (medians, ms). */
  clickParts: ClickParts;
};

type ClickPage = {
  url: string;
  items: Item[];
  /** The app, the benchmark page or the React floor: wait for `html[data-app="ready"]`. */
  app: boolean;
  /** What the context's storage holds before the page first loads. */
  seed?: Seed;
  /** The four boxes are ticked when the page opens: the first pass unticks them. */
  startTicked?: boolean;
  /** Makes sure the page shows what the case is about, before the CPU is slowed. */
  check?: (page: Page) => Promise<void>;
};

/**
 * One page in a new context: loaded, started, idle, then CLICKS real mouse clicks on the four
 * preparation cards (each pass ticks or unticks all four) with the CPU slowed CPU_SLOWDOWN×.
 */
async function clickRun(
  browser: Browser,
  { url, items, app, seed, startTicked, check }: ClickPage,
) {
  const { context, page } = await freshPage(browser, seed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (app) await whenReady(page);
    await check?.(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(OBSERVE_EVENTS);
    await page.waitForTimeout(IDLE_BEFORE_CLICKS_MS);
    for (let click = 0; click < CLICKS; click += 1) {
      const item = items[click % items.length] as Item;
      const domId = itemDomId(item.id);
      const expected = (Math.floor(click / items.length) % 2 === 0) !== (startTicked ?? false);
      if ((await clickCard(page, domId)) !== expected) {
        throw new Error(
          `click ${String(click + 1)} on ${url} did not turn #${domId} ${String(expected)}`,
        );
      }
    }
    await page.waitForTimeout(300);
    const entries = await page.evaluate<EventEntry[]>('window.benchEvents');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const byInteraction = new Map<number, { click: number; any: number }>();
    for (const entry of entries) {
      const seen = byInteraction.get(entry.id) ?? { click: 0, any: 0 };
      if (entry.name === 'click') seen.click = Math.max(seen.click, entry.duration);
      seen.any = Math.max(seen.any, entry.duration);
      byInteraction.set(entry.id, seen);
    }
    const seen = [...byInteraction.values()];
    if (seen.length > CLICKS)
      throw new Error(`${String(seen.length)} interactions for ${String(CLICKS)} clicks`);
    const belowThreshold = CLICKS - seen.filter((one) => one.click > 0).length;
    const atLeast = (value: number) => Math.max(value, EVENT_THRESHOLD_MS);
    const clickMs = [
      ...seen.filter((one) => one.click > 0).map((one) => one.click),
      ...Array.from({ length: belowThreshold }, () => EVENT_THRESHOLD_MS),
    ];
    const interactionMs = [
      ...seen.map((one) => atLeast(one.any)),
      ...Array.from({ length: CLICKS - seen.length }, () => EVENT_THRESHOLD_MS),
    ];
    const clickEntries = entries.filter((entry) => entry.name === 'click');
    const part = (key: keyof ClickParts) =>
      round(median(clickEntries.map((entry) => entry[key])), 1);
    return {
      clickMs,
      interactionMs,
      clickParts: {
        delay: part('delay'),
        processing: part('processing'),
        afterProcessing: part('afterProcessing'),
      },
      medianClickMs: median(clickMs),
      medianInteractionMs: median(interactionMs),
      belowThreshold,
    } satisfies ClickRun;
  } finally {
    await context.close();
  }
}

export type ClickName = 'floor' | 'reactFloor' | 'app' | 'large' | 'fifty';

/** The measured pages' medians over each floor's median click, within one round. */
type Ratios = {
  reactFloorOverFloor: number;
  appOverFloor: number;
  largeOverFloor: number;
  fiftyOverFloor: number;
  /** The link's click (opening another organisation) over the floor's median click. */
  switchOverFloor: number;
  /** The button's click (opening the list) over the floor's median click. */
  openOverFloor: number;
  appOverReactFloor: number;
  largeOverReactFloor: number;
  fiftyOverReactFloor: number;
  switchOverReactFloor: number;
  openOverReactFloor: number;
};

type Round = Record<ClickName, ClickRun> & { switching: SwitchRun } & Ratios;

/** The 50-organisation page shows organisation 25 with its four preparation steps ticked. */
const opensTwentyFive = (page: Page) => showsOrganisation(page, OPEN_ORGANISATION);

export async function clicks(browser: Browser, pages: Pages) {
  const cases: ({ name: ClickName; page: ClickPage } | { name: 'switching' })[] = [
    { name: 'floor', page: { url: pages.floor, items: preparation, app: false } },
    { name: 'reactFloor', page: { url: pages.reactFloor, items: preparation, app: true } },
    { name: 'app', page: { url: pages.app, items: preparation, app: true } },
    { name: 'large', page: { url: pages.large, items: preparationLarge, app: true } },
    {
      name: 'fifty',
      page: {
        url: pages.fifty,
        items: preparation,
        app: true,
        seed: pages.fiftySeed,
        startTicked: true,
        check: opensTwentyFive,
      },
    },
    { name: 'switching' },
  ];
  const rounds: Round[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    // Alternate the order, so a slow spell of the machine does not always hit the same page.
    const order = index % 2 === 0 ? cases : [...cases].reverse();
    const run: Partial<Record<ClickName, ClickRun>> = {};
    let switching: SwitchRun | undefined;
    for (const one of order) {
      if (one.name === 'switching')
        switching = await switchRun(browser, pages.fifty, pages.fiftySeed);
      else run[one.name] = await clickRun(browser, one.page);
    }
    const { floor, reactFloor, app, large, fifty } = run as Record<ClickName, ClickRun>;
    if (!switching) throw new Error('no switching run');
    const ratios: Ratios = {
      reactFloorOverFloor: round(reactFloor.medianClickMs / floor.medianClickMs),
      appOverFloor: round(app.medianClickMs / floor.medianClickMs),
      largeOverFloor: round(large.medianClickMs / floor.medianClickMs),
      fiftyOverFloor: round(fifty.medianClickMs / floor.medianClickMs),
      switchOverFloor: round(switching.medianSwitchMs / floor.medianClickMs),
      openOverFloor: round(switching.medianOpenMs / floor.medianClickMs),
      appOverReactFloor: round(app.medianClickMs / reactFloor.medianClickMs),
      largeOverReactFloor: round(large.medianClickMs / reactFloor.medianClickMs),
      fiftyOverReactFloor: round(fifty.medianClickMs / reactFloor.medianClickMs),
      switchOverReactFloor: round(switching.medianSwitchMs / reactFloor.medianClickMs),
      openOverReactFloor: round(switching.medianOpenMs / reactFloor.medianClickMs),
    };
    rounds.push({ floor, reactFloor, app, large, fifty, switching, ...ratios });
    const ms = (value: number) => `${String(value)} ms`;
    const both = (overFloor: number, overReactFloor: number) =>
      `(${String(overFloor)}× floor, ${String(overReactFloor)}× React floor)`;
    console.log(
      `  round ${String(index + 1)}: floor ${ms(floor.medianClickMs)},` +
        ` React floor ${ms(reactFloor.medianClickMs)} (${String(ratios.reactFloorOverFloor)}× floor),` +
        ` app ${ms(app.medianClickMs)} ${both(ratios.appOverFloor, ratios.appOverReactFloor)},` +
        ` 1,000 items ${ms(large.medianClickMs)} ${both(ratios.largeOverFloor, ratios.largeOverReactFloor)},` +
        ` 50 organisations ${ms(fifty.medianClickMs)} ${both(ratios.fiftyOverFloor, ratios.fiftyOverReactFloor)},` +
        ` switch ${ms(switching.medianSwitchMs)} ${both(ratios.switchOverFloor, ratios.switchOverReactFloor)},` +
        ` opening the list ${ms(switching.medianOpenMs)} ${both(ratios.openOverFloor, ratios.openOverReactFloor)}`,
    );
  }
  const over = (name: ClickName, key: 'medianClickMs' | 'medianInteractionMs') =>
    round(median(rounds.map((one) => one[name][key])), 1);
  const ofSwitching = (key: 'medianSwitchMs' | 'medianOpenMs' | 'medianSwitchInteractionMs') =>
    round(median(rounds.map((one) => one.switching[key])), 1);
  const ratio = (key: keyof Ratios) => round(median(rounds.map((one) => one[key])));
  return {
    rounds,
    appOverFloor: ratio('appOverFloor'),
    largeOverFloor: ratio('largeOverFloor'),
    fiftyOverFloor: ratio('fiftyOverFloor'),
    switchOverFloor: ratio('switchOverFloor'),
    openOverFloor: ratio('openOverFloor'),
    reactFloorOverFloor: ratio('reactFloorOverFloor'),
    appOverReactFloor: ratio('appOverReactFloor'),
    largeOverReactFloor: ratio('largeOverReactFloor'),
    fiftyOverReactFloor: ratio('fiftyOverReactFloor'),
    switchOverReactFloor: ratio('switchOverReactFloor'),
    openOverReactFloor: ratio('openOverReactFloor'),
    floorMs: over('floor', 'medianClickMs'),
    reactFloorMs: over('reactFloor', 'medianClickMs'),
    appMs: over('app', 'medianClickMs'),
    largeMs: over('large', 'medianClickMs'),
    fiftyMs: over('fifty', 'medianClickMs'),
    switchMs: ofSwitching('medianSwitchMs'),
    openMs: ofSwitching('medianOpenMs'),
    /** The first opening of the list in each round: it also loads the list's code. */
    firstOpenMs: rounds.map((one) => one.switching.openMs[0] ?? Number.NaN),
    switchesPerRound: SWITCHES,
    switchTargets: SWITCH_TARGETS,
    interaction: {
      floorMs: over('floor', 'medianInteractionMs'),
      reactFloorMs: over('reactFloor', 'medianInteractionMs'),
      appMs: over('app', 'medianInteractionMs'),
      largeMs: over('large', 'medianInteractionMs'),
      fiftyMs: over('fifty', 'medianInteractionMs'),
      switchMs: ofSwitching('medianSwitchInteractionMs'),
    },
  };
}
