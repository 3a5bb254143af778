/**
 * What every measure shares: the browser contexts, the page's readiness, the clicks as a hand
 * makes them, the Event Timing entries they leave, and the statistics over them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CPU_SLOWDOWN = 4;
/** The smallest threshold the Event Timing API accepts: shorter events are not reported. */
export const EVENT_THRESHOLD_MS = 16;
export const IDLE_BEFORE_CLICKS_MS = 500;
const GAP_MS = 100;
/**
 * How long the button is held, about a quick click by hand. With 0 ms (Playwright's default)
 * the press's own frame would land in the click's input delay.
 */
const PRESS_MS = 50;
export const VIEWPORT = { width: 412, height: 915 };
/** How long to wait for a click's Event Timing entry (none comes for a click under 16 ms). */
const ENTRY_WAIT_MS = 1000;

export const median = (values: number[]) => quantile(values, 0.5);
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}
export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * What a new context's localStorage holds before its first page: Playwright writes it while
 * creating the context (from a blank page of that origin that it intercepts and closes), so
 * nothing of it runs during the measured loads and the page's own writes are never undone.
 */
export type Seed = { origin: string; localStorage: { name: string; value: string }[] };

export async function freshPage(
  browser: Browser,
  seed?: Seed,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    ...(seed ? { storageState: { cookies: [], origins: [seed] } } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

export const whenReady = (page: Page) =>
  page.waitForSelector('html[data-app="ready"]', { state: 'attached' });

/** Resolves once the browser has produced the next frame. */
export const nextFrame = (page: Page) =>
  page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');

/**
 * The middle of an element (`element`: an expression in the page, e.g. a card's label, the
 * card's hit area), brought on screen if it is not; one round trip, so the page is not polled
 * while it works.
 */
const spotOf = async (page: Page, element: string) => {
  const spot = await page.evaluate<{ x: number; y: number; hits: boolean }>(`(() => {
    const label = ${element};
    const look = () => {
      const rect = label.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      return { x, y, hits: hit !== null && label.contains(hit) };
    };
    const first = look();
    if (first.hits) return first;
    // Off screen, or under the sticky progress bar: to the middle of the window (or of the
    // list that scrolls it), then a look once the cards that came into view have been drawn at
    // their real height.
    label.scrollIntoView({ block: 'center', behavior: 'instant' });
    return new Promise((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(look()))),
    );
  })()`);
  if (!spot.hits) throw new Error(`the middle of ${element} is covered`);
  return spot;
};

const labelOf = (domId: string) =>
  `document.getElementById(${JSON.stringify(domId)}).closest('label')`;

/**
 * Moves the pointer to an element and, once it stays put, clicks its middle as a hand does.
 * The pointer arrives first, so the click is then the only input in its frame. Cards scrolled
 * into view are drawn at their real height over a few frames: the pointer follows until the
 * card stays put.
 */
async function pointAndClick(page: Page, element: string) {
  let { x, y } = await spotOf(page, element);
  for (let settled = false; !settled;) {
    await page.mouse.move(x, y);
    await nextFrame(page);
    await page.waitForTimeout(GAP_MS);
    const again = await spotOf(page, element);
    settled = again.x === x && again.y === y;
    ({ x, y } = again);
  }
  await page.mouse.click(x, y, { delay: PRESS_MS });
}

/**
 * Clicks a card (see `pointAndClick`), then waits for the next frame and a gap, so clicks
 * never pile up. Returns whether the card's box is ticked afterwards.
 */
export async function clickCard(page: Page, domId: string): Promise<boolean> {
  await pointAndClick(page, labelOf(domId));
  const checked = await page.evaluate<boolean>(
    `new Promise((done) => requestAnimationFrame(() => setTimeout(() => ` +
      `done(document.getElementById(${JSON.stringify(domId)}).checked), 0)))`,
  );
  await page.waitForTimeout(GAP_MS);
  return checked;
}

/** Records Event Timing entries of interactions (pointerdown, pointerup, click). */
export const OBSERVE_EVENTS = `(() => {
  const entries = [];
  window.benchEvents = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId > 0) {
        entries.push({
          name: entry.name,
          duration: entry.duration,
          id: entry.interactionId,
          delay: entry.processingStart - entry.startTime,
          processing: entry.processingEnd - entry.processingStart,
          afterProcessing: entry.startTime + entry.duration - entry.processingEnd,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: ${String(EVENT_THRESHOLD_MS)}, buffered: true });
})()`;

export type EventEntry = {
  name: string;
  duration: number;
  id: number;
  delay: number;
  processing: number;
  afterProcessing: number;
};

/**
 * Where a click's time went, ms: waiting to start, the handlers, and from the handlers' end to
 * the next paint (style, layout, paint).
 */
export type ClickParts = { delay: number; processing: number; afterProcessing: number };

/** One measured click: its click → next paint, its interaction, and where its time went. */
export type Measured = {
  /** The click entry's duration, ms; a click under the threshold (no entry) counts as 16. */
  clickMs: number;
  /** The longest of the interaction's pointerdown, pointerup and click (as INP takes it). */
  interactionMs: number;
  below: boolean;
  parts: ClickParts | null;
};

/**
 * Clicks an element (see `pointAndClick`) and waits for the next frame and for the click's
 * Event Timing entry (at most ENTRY_WAIT_MS: a click under the threshold has none), then a gap.
 * Returns the entries of the newest interaction seen since the click began.
 */
export async function measuredClick(page: Page, element: string): Promise<Measured> {
  const from = await page.evaluate<number>('window.benchEvents.length');
  await pointAndClick(page, element);
  await nextFrame(page);
  const fresh = await page.evaluate<EventEntry[]>(`new Promise((done) => {
    const began = performance.now();
    const look = () => {
      const fresh = window.benchEvents.slice(${String(from)});
      if (fresh.some((entry) => entry.name === 'click') || performance.now() - began > ${String(ENTRY_WAIT_MS)}) done(fresh);
      else setTimeout(look, 25);
    };
    look();
  })`);
  await page.waitForTimeout(GAP_MS);
  const newest = Math.max(0, ...fresh.map((entry) => entry.id));
  const entries = fresh.filter((entry) => entry.id === newest);
  const click = entries.find((entry) => entry.name === 'click');
  return {
    clickMs: click ? click.duration : EVENT_THRESHOLD_MS,
    interactionMs: Math.max(EVENT_THRESHOLD_MS, ...entries.map((entry) => entry.duration)),
    below: !click,
    parts: click
      ? {
          delay: click.delay,
          processing: click.processing,
          afterProcessing: click.afterProcessing,
        }
      : null,
  };
}
