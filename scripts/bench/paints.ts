/** First contentful paint: cold loads of the one-line page, the app and 50 organisations. */
import type { Browser } from 'playwright-core';
import { freshPage, median, round, whenReady, type Seed } from './driver.ts';
import type { Pages } from './pages.ts';

const COLD_LOADS = 7;
/**
 * Each cold load starts once the new window's own start-up is over, as in a person's browser:
 * the full browser loads its address bar's popup page into every new window.
 */
const SETTLE_MS = 1000;

const PAINT_TIMING = `new Promise((done) => {
  let lcp = NaN;
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp) setTimeout(() => done({ fcp: fcp.startTime, lcp }), 100);
  }).observe({ type: 'paint', buffered: true });
})`;

type PaintTiming = {
  fcp: number;
  lcp: number;
  /** When `html[data-app="ready"]` was set (the page shows the visitor's state), ms; apps only. */
  ready?: number;
};

/**
 * Notes when the page marks itself ready (`html[data-app="ready"]`), from navigation start:
 * an observer of the attribute set up before the page's scripts, in every cold load alike.
 */
const READY_TIME = `(() => {
  if (window.top !== window) return;
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.app !== 'ready') return;
    window.benchReadyAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
})()`;

async function coldPaint(
  browser: Browser,
  url: string,
  { app, seed }: { app: boolean; seed?: Seed },
): Promise<PaintTiming> {
  const { context, page } = await freshPage(browser, seed);
  try {
    await context.addInitScript(READY_TIME);
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(url, { waitUntil: 'load' });
    const paint = await page.evaluate<PaintTiming>(PAINT_TIMING);
    if (!app) return paint;
    await whenReady(page);
    return { ...paint, ready: await page.evaluate<number>('window.benchReadyAt') };
  } finally {
    await context.close();
  }
}

/**
 * First contentful paint of the one-line page, of the app (one organisation, fresh storage)
 * and of `?org=25` with 50 organisations saved: cold loads taken in turn, the order rotating.
 */
export async function paints(browser: Browser, pages: Pages) {
  const kinds = [
    { name: 'floor', url: pages.oneLine, app: false },
    { name: 'app', url: pages.app, app: true },
    { name: 'fifty', url: pages.fifty, app: true, seed: pages.fiftySeed },
  ] as const;
  const loads: Record<(typeof kinds)[number]['name'], PaintTiming[]> = {
    floor: [],
    app: [],
    fifty: [],
  };
  // The first turn warms the browser up and is not counted.
  for (let load = -1; load < COLD_LOADS; load += 1) {
    const shift = (load + kinds.length) % kinds.length;
    for (const kind of [...kinds.slice(shift), ...kinds.slice(0, shift)]) {
      const timing = await coldPaint(browser, kind.url, kind);
      if (load >= 0) loads[kind.name].push(timing);
    }
  }
  const { floor, app, fifty } = loads;
  const medianOf = (some: PaintTiming[], key: keyof PaintTiming) =>
    median(some.map((one) => one[key] ?? Number.NaN));
  const floorFcp = medianOf(floor, 'fcp');
  return {
    coldLoads: COLD_LOADS,
    appFcpMs: round(medianOf(app, 'fcp'), 1),
    appLcpMs: round(medianOf(app, 'lcp'), 1),
    appReadyMs: round(medianOf(app, 'ready'), 1),
    fiftyFcpMs: round(medianOf(fifty, 'fcp'), 1),
    fiftyReadyMs: round(medianOf(fifty, 'ready'), 1),
    floorFcpMs: round(floorFcp, 1),
    appOverFloor: round(medianOf(app, 'fcp') / floorFcp),
    fiftyOverFloor: round(medianOf(fifty, 'fcp') / floorFcp),
    app,
    fifty,
    floor,
  };
}
