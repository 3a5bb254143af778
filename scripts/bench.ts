/**
 * npm run bench: measures the page people get. Builds the production app (dist/) and the
 * benchmark page (bench/dist/, the same components with a 1,000-item list), serves them with
 * scripts/static-server.ts on 127.0.0.1 beside two floor pages written here, drives Debian's
 * Chromium (the full browser, headless) and compares each figure with its floor from the same
 * run. The app is measured as a first visitor has it (one organisation, empty storage) and,
 * in contexts whose storage holds 50 organisations (scripts/fifty-organisations.ts), at
 * `?org=25`: opening it, ticking, and switching organisations through the toolbar's list.
 * Method and budgets: bench/README.md. Writes bench/results.json; exits 1 when a budget is
 * missed, after printing everything.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { largeProcedure } from '../bench/large-procedure.ts';
import { itemDomId } from '../src/components/shared/dom-ids.ts';
import { itsTermination } from '../src/content/article/its-termination.ts';
import type { Item, Procedure } from '../src/content/types.ts';
import { STORAGE_KEY } from '../src/store/storage-key.ts';
import { chromeArgs, chromePath } from './chrome.ts';
import {
  fiftyOrganisations,
  ORGANISATION_COUNT,
  organisationNameOf,
} from './fifty-organisations.ts';
import { serveStatic, type ServedRequest } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');

const ROUNDS = 5;
const CLICKS = 16;
const CPU_SLOWDOWN = 4;
/** The smallest threshold the Event Timing API accepts: shorter events are not reported. */
const EVENT_THRESHOLD_MS = 16;
const IDLE_BEFORE_CLICKS_MS = 500;
const GAP_MS = 100;
/**
 * How long the button is held, about a quick click by hand. With 0 ms (Playwright's default)
 * the press's own frame would land in the click's input delay.
 */
const PRESS_MS = 50;
const COLD_LOADS = 7;
/**
 * Each cold load starts once the new window's own start-up is over, as in a person's browser:
 * the full browser loads its address bar's popup page into every new window.
 */
const SETTLE_MS = 1000;
const WEIGHT_IDLE_MS = 2000;
const FLASH_RELOADS = 3;
const VIEWPORT = { width: 412, height: 915 };
/** The organisation the 50-organisation page opens (`?org=25`), in the middle of the list. */
const OPEN_ORGANISATION = '25';
/** Switches per round on the 50-organisation page: open the list, click another organisation. */
const SWITCHES = 8;
/** The organisations the switches open in turn, from the open one: near the top, the bottom, back. */
const SWITCH_TARGETS = ['2', '49', OPEN_ORGANISATION];
/** How long to wait for a click's Event Timing entry (none comes for a click under 16 ms). */
const ENTRY_WAIT_MS = 1000;

/**
 * The first visit's JavaScript before organisations existed (commit 8829fd7, built with the
 * tools in the package lock and weighed by this script: bench/README.md), and what
 * organisations may add to it: the issue allows the page before them plus 3 KB.
 */
const FIRST_VISIT_JS_BEFORE_ORGANISATIONS = 97_705;
const ORGANISATIONS_JS_ALLOWANCE = 3 * 1024;

const BUDGET = {
  clickAppOverFloor: 2,
  clickLargeOverFloor: 3,
  /** Ticks with 50 organisations saved: the single procedure's budget. */
  clickFiftyOverFloor: 2,
  /** Switching organisations (the link's click → next paint): the single procedure's click budget. */
  switchOverFloor: 2,
  fcpAppOverFloor: 1.6,
  /** Opening `?org=25` with 50 organisations saved: the single procedure's FCP budget. */
  fcpFiftyOverFloor: 1.6,
  firstVisitJsGzip: FIRST_VISIT_JS_BEFORE_ORGANISATIONS + ORGANISATIONS_JS_ALLOWANCE,
  untickedFrames: 0,
};

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

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function listItems(procedure: Procedure, sectionIds: string[]): Item[] {
  return procedure.sections.flatMap((section) =>
    section.kind === 'list' && sectionIds.includes(section.id) ? section.items : [],
  );
}

/** The first list's first four cards: the preparation people tick first. */
const firstFour = (procedure: Procedure) =>
  procedure.sections.find((section) => section.kind === 'list')?.items.slice(0, 4) ?? [];
/** The floor page has the same four preparation checkboxes as the app. */
const preparation = firstFour(itsTermination);
const preparationLarge = firstFour(largeProcedure);
if (preparation.length !== 4 || preparationLarge.length !== 4) {
  throw new Error('expected four preparation items in each procedure');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => `&#${String(char.charCodeAt(0))};`);

/**
 * The floors: what a plain page costs in this browser on this machine. floor.html has the same
 * four preparation checkboxes as the app, saving to localStorage on change, with no framework;
 * one-line.html is a heading and a line of text.
 */
async function floorFolder() {
  const folder = await mkdtemp(resolve(tmpdir(), 'its-bench-floor-'));
  const head = (title: string) =>
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title}</title>`;
  const cards = preparation
    .map(
      (item) =>
        `<div class="card"><label><input type="checkbox" id="${itemDomId(item.id)}">` +
        `<span>${escapeHtml(item.text)}</span></label></div>`,
    )
    .join('');
  const floor =
    `${head('Замер: четыре флажка')}<style>` +
    'body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}' +
    '.card{margin-block:0.75rem;padding:1rem;border:1px solid #ccd;border-radius:12px}' +
    'label{display:flex;gap:0.75rem;align-items:flex-start;cursor:pointer}' +
    'input{flex:none;width:24px;height:24px;margin:0}</style></head><body>' +
    `<h1>Как отключить сопровождение 1С</h1><h2>Подготовка</h2>${cards}<script>` +
    'var key="bench-floor";var saved=JSON.parse(localStorage.getItem(key)||"{}");' +
    'document.querySelectorAll("input").forEach(function(box){box.checked=!!saved[box.id];' +
    'box.addEventListener("change",function(){if(box.checked)saved[box.id]=Date.now();' +
    'else delete saved[box.id];localStorage.setItem(key,JSON.stringify(saved))})});' +
    '</script></body></html>';
  const oneLine =
    `${head('Замер')}</head>` +
    '<body><h1>Как отключить сопровождение 1С</h1><p>Одна строка текста.</p></body></html>';
  await writeFile(resolve(folder, 'floor.html'), floor);
  await writeFile(resolve(folder, 'one-line.html'), oneLine);
  return folder;
}

/**
 * What a new context's localStorage holds before its first page: Playwright writes it while
 * creating the context (from a blank page of that origin that it intercepts and closes), so
 * nothing of it runs during the measured loads and the page's own writes are never undone.
 */
type Seed = { origin: string; localStorage: { name: string; value: string }[] };

async function freshPage(
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

const whenReady = (page: Page) =>
  page.waitForSelector('html[data-app="ready"]', { state: 'attached' });

/** Resolves once the browser has produced the next frame. */
const nextFrame = (page: Page) =>
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
async function clickCard(page: Page, domId: string): Promise<boolean> {
  await pointAndClick(page, labelOf(domId));
  const checked = await page.evaluate<boolean>(
    `new Promise((done) => requestAnimationFrame(() => setTimeout(() => ` +
      `done(document.getElementById(${JSON.stringify(domId)}).checked), 0)))`,
  );
  await page.waitForTimeout(GAP_MS);
  return checked;
}

/** Records Event Timing entries of interactions (pointerdown, pointerup, click). */
const OBSERVE_EVENTS = `(() => {
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

type EventEntry = {
  name: string;
  duration: number;
  id: number;
  delay: number;
  processing: number;
  afterProcessing: number;
};

type ClickRun = {
  /** Click to next paint of each of the 16 clicks, ms; a click under the threshold counts as 16. */
  clickMs: number[];
  /** The same clicks, the longest of pointerdown, pointerup and click (as INP takes it). */
  interactionMs: number[];
  medianClickMs: number;
  medianInteractionMs: number;
  belowThreshold: number;
  /**
   * Where the reported clicks' time went (medians, ms): waiting to start, the handlers, and
   * from the handlers' end to the next paint (style, layout, paint).
   */
  clickParts: { delay: number; processing: number; afterProcessing: number };
};

type ClickPage = {
  url: string;
  items: Item[];
  /** The app or the benchmark page: wait for it to be ready. */
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
    const part = (key: 'delay' | 'processing' | 'afterProcessing') =>
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

/** One measured click: its click → next paint, its interaction, and where its time went. */
type Measured = {
  /** The click entry's duration, ms; a click under the threshold (no entry) counts as 16. */
  clickMs: number;
  /** The longest of the interaction's pointerdown, pointerup and click (as INP takes it). */
  interactionMs: number;
  below: boolean;
  parts: { delay: number; processing: number; afterProcessing: number } | null;
};

/**
 * Clicks an element (see `pointAndClick`) and waits for the next frame and for the click's
 * Event Timing entry (at most ENTRY_WAIT_MS: a click under the threshold has none), then a gap.
 * Returns the entries of the newest interaction seen since the click began.
 */
async function measuredClick(page: Page, element: string): Promise<Measured> {
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

/** The accessible name of the list of organisations ("Организации на этом устройстве"). */
const PANEL_NAME = 'Организации на этом устройстве';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the page shows organisation `id` of the 50: its address, its name on the
 * toolbar's button, the list closed and its four preparation steps ticked, as saved.
 */
async function showsOrganisation(page: Page, id: string) {
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

type SwitchRun = {
  /** Opening the list (the button's click → next paint), before each switch; the first loads the list. */
  openMs: number[];
  /** Opening another organisation (the link's click → next paint), SWITCHES of them. */
  switchMs: number[];
  switchInteractionMs: number[];
  medianOpenMs: number;
  medianSwitchMs: number;
  medianSwitchInteractionMs: number;
  belowThreshold: { open: number; switch: number };
  openParts: { delay: number; processing: number; afterProcessing: number };
  switchParts: { delay: number; processing: number; afterProcessing: number };
};

const partsOf = (measured: Measured[]) => {
  const reported = measured.flatMap((one) => (one.parts ? [one.parts] : []));
  const part = (key: 'delay' | 'processing' | 'afterProcessing') =>
    round(median(reported.map((one) => one[key])), 1);
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
async function switchRun(browser: Browser, url: string, seed: Seed): Promise<SwitchRun> {
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

type Pages = {
  floor: string;
  oneLine: string;
  app: string;
  large: string;
  real: string;
  /** The app at `?org=25`, in contexts seeded with `fiftySeed`. */
  fifty: string;
  fiftySeed: Seed;
};

type ClickName = 'floor' | 'app' | 'large' | 'fifty';
type Round = Record<ClickName, ClickRun> & {
  switching: SwitchRun;
  appOverFloor: number;
  largeOverFloor: number;
  fiftyOverFloor: number;
  /** The link's click (opening another organisation) over the floor's median click. */
  switchOverFloor: number;
  /** The button's click (opening the list) over the floor's median click. */
  openOverFloor: number;
};

/** The 50-organisation page shows organisation 25 with its four preparation steps ticked. */
const opensTwentyFive = (page: Page) => showsOrganisation(page, OPEN_ORGANISATION);

async function clicks(browser: Browser, pages: Pages) {
  const cases: ({ name: ClickName; page: ClickPage } | { name: 'switching' })[] = [
    { name: 'floor', page: { url: pages.floor, items: preparation, app: false } },
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
    const { floor, app, large, fifty } = run as Record<ClickName, ClickRun>;
    if (!switching) throw new Error('no switching run');
    const ratios = {
      appOverFloor: round(app.medianClickMs / floor.medianClickMs),
      largeOverFloor: round(large.medianClickMs / floor.medianClickMs),
      fiftyOverFloor: round(fifty.medianClickMs / floor.medianClickMs),
      switchOverFloor: round(switching.medianSwitchMs / floor.medianClickMs),
      openOverFloor: round(switching.medianOpenMs / floor.medianClickMs),
    };
    rounds.push({ floor, app, large, fifty, switching, ...ratios });
    const ms = (value: number) => `${String(value)} ms`;
    console.log(
      `  round ${String(index + 1)}: floor ${ms(floor.medianClickMs)}, app ${ms(app.medianClickMs)}` +
        ` (${String(ratios.appOverFloor)}×), 1,000 items ${ms(large.medianClickMs)} (${String(ratios.largeOverFloor)}×),` +
        ` 50 organisations ${ms(fifty.medianClickMs)} (${String(ratios.fiftyOverFloor)}×),` +
        ` switch ${ms(switching.medianSwitchMs)} (${String(ratios.switchOverFloor)}×),` +
        ` opening the list ${ms(switching.medianOpenMs)} (${String(ratios.openOverFloor)}×)`,
    );
  }
  const over = (name: ClickName, key: 'medianClickMs' | 'medianInteractionMs') =>
    round(median(rounds.map((one) => one[name][key])), 1);
  const ofSwitching = (key: 'medianSwitchMs' | 'medianOpenMs' | 'medianSwitchInteractionMs') =>
    round(median(rounds.map((one) => one.switching[key])), 1);
  const ratio = (
    key: 'appOverFloor' | 'largeOverFloor' | 'fiftyOverFloor' | 'switchOverFloor' | 'openOverFloor',
  ) => round(median(rounds.map((one) => one[key])));
  return {
    rounds,
    appOverFloor: ratio('appOverFloor'),
    largeOverFloor: ratio('largeOverFloor'),
    fiftyOverFloor: ratio('fiftyOverFloor'),
    switchOverFloor: ratio('switchOverFloor'),
    openOverFloor: ratio('openOverFloor'),
    floorMs: over('floor', 'medianClickMs'),
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
      appMs: over('app', 'medianInteractionMs'),
      largeMs: over('large', 'medianInteractionMs'),
      fiftyMs: over('fifty', 'medianInteractionMs'),
      switchMs: ofSwitching('medianSwitchInteractionMs'),
    },
  };
}

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
async function paints(browser: Browser, pages: Pages) {
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

/**
 * The JavaScript a first visit fetches without any interaction, by network: every .js file
 * the server sent during a cold load and WEIGHT_IDLE_MS of idling after the app is ready,
 * each file once, gzip -9 of its bytes. The budget counts what the page itself fetches; the
 * service worker and the files it then copies for offline use (the chunks a person may need
 * later, fetched in the background once the page is running) are counted beside it.
 */
async function weigh(browser: Browser, appUrl: string, requests: ServedRequest[]) {
  const { context, page } = await freshPage(browser);
  const ranByPage = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js') && response.ok()) ranByPage.add(path);
  });
  let served: ServedRequest[];
  try {
    requests.length = 0;
    await page.goto(appUrl, { waitUntil: 'load' });
    await whenReady(page);
    await page.waitForTimeout(WEIGHT_IDLE_MS);
    served = requests.filter((one) => one.status === 200 && one.file?.endsWith('.js'));
  } finally {
    await context.close();
  }
  const files = new Map<string, { path: string; gzip: number; fetches: number; by: string }>();
  for (const one of served) {
    const seen = files.get(one.path);
    if (seen) {
      seen.fetches += 1;
      continue;
    }
    const by = ranByPage.has(one.path)
      ? 'page'
      : one.dest === 'serviceworker'
        ? 'service worker script'
        : 'service worker, offline cache';
    const gzip = gzipSize(await readFile(one.file ?? ''));
    files.set(one.path, { path: one.path, gzip, fetches: 1, by });
  }
  const list = [...files.values()].sort((a, b) => b.gzip - a.gzip);
  const sum = (some: { gzip: number; fetches?: number }[], times = false) =>
    some.reduce((total, one) => total + one.gzip * (times ? (one.fetches ?? 1) : 1), 0);
  return {
    unit: 'bytes, gzip -9 of each file',
    idleMs: WEIGHT_IDLE_MS,
    totalGzip: sum(list),
    ranByPageGzip: sum(list.filter((one) => one.by === 'page')),
    /** This server sends no caching headers, so files the page and the worker both fetch go twice. */
    onTheWireGzip: sum(list, true),
    files: list,
  };
}

/**
 * A returning visitor: four ticks saved by real clicks, then reloads with the CPU slowed; an
 * init script looks at the saved ticks before every frame from the very first and counts the
 * frames in which one is on screen unticked.
 */
async function flash(browser: Browser, appUrl: string) {
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

type RenderLogPage = {
  bench: {
    renderLog: { start: () => void; clear: () => void; enabled: boolean; rendered: string[] };
  };
};

/** What a tick re-renders, from the benchmark page's render counter; real clicks, CPU unslowed. */
async function renders(browser: Browser, url: string, items: Item[]) {
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

function machine(chromium: string) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    loadAverageAtStart: loadavg().map((value) => round(value)),
    loadAverageAtEnd: [] as number[],
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
  };
}

async function main() {
  const loadAtStart = loadavg();
  console.log('Building the app (dist/) and the benchmark page (bench/dist/)…');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(root, 'bench/vite.config.ts'), logLevel: 'warn' });

  const app = await serveStatic(resolve(root, 'dist'));
  const bench = await serveStatic(resolve(root, 'bench/dist'));
  const floors = await serveStatic(await floorFolder());
  const pages: Pages = {
    app: app.url,
    real: `${bench.url}?list=real`,
    large: `${bench.url}?list=large`,
    floor: `${floors.url}floor.html`,
    oneLine: `${floors.url}one-line.html`,
    fifty: `${app.url}?org=${OPEN_ORGANISATION}`,
    fiftySeed: { origin: new URL(app.url).origin, localStorage: fiftyOrganisations() },
  };
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  try {
    const where = machine(`${browser.version()} (${chromePath}, headless)`);
    where.loadAverageAtStart = loadAtStart.map((value) => round(value));
    console.log(
      `Chromium ${browser.version()}; ${String(where.cores)} × ${where.cpu}, ${String(where.memoryGiB)} GiB`,
    );

    const began = performance.now();
    const stage = (name: string) => {
      console.log(`${name}… (${String(Math.round((performance.now() - began) / 1000))} s)`);
    };
    stage('JavaScript of a first visit');
    const weight = await weigh(browser, app.url, app.requests);
    stage('First contentful paint, cold loads (one line, app, 50 organisations)');
    const paint = await paints(browser, pages);
    stage('A returning visitor’s ticks, frame by frame');
    const frames = await flash(browser, app.url);
    stage(
      `Click → next paint, CPU ${String(CPU_SLOWDOWN)}× slower, ${String(ROUNDS)} rounds of ${String(CLICKS)} clicks` +
        ` (floor, app, 1,000 items, 50 organisations) and ${String(SWITCHES)} organisation switches`,
    );
    const click = await clicks(browser, pages);
    stage('Components a tick re-renders (benchmark page)');
    const realIds = listItems(itsTermination, ['important', 'consequences']).slice(0, 4);
    const largeIds = listItems(largeProcedure, ['part-6']).slice(0, 4);
    const rendered = {
      real: await renders(browser, pages.real, realIds),
      large: await renders(browser, pages.large, largeIds),
    };

    stage('Done');
    where.loadAverageAtEnd = loadavg().map((value) => round(value));

    const verdicts = [
      [
        `click → next paint, app ≤ ${String(BUDGET.clickAppOverFloor)}× floor`,
        click.appOverFloor <= BUDGET.clickAppOverFloor,
      ],
      [
        `click → next paint, 1,000 items ≤ ${String(BUDGET.clickLargeOverFloor)}× floor`,
        click.largeOverFloor <= BUDGET.clickLargeOverFloor,
      ],
      [
        `click → next paint, 50 organisations ≤ ${String(BUDGET.clickFiftyOverFloor)}× floor`,
        click.fiftyOverFloor <= BUDGET.clickFiftyOverFloor,
      ],
      [
        `switching organisations (the link's click → next paint) ≤ ${String(BUDGET.switchOverFloor)}× floor`,
        click.switchOverFloor <= BUDGET.switchOverFloor,
      ],
      [
        `first contentful paint ≤ ${String(BUDGET.fcpAppOverFloor)}× one-line page`,
        paint.appOverFloor <= BUDGET.fcpAppOverFloor,
      ],
      [
        `first contentful paint, 50 organisations ≤ ${String(BUDGET.fcpFiftyOverFloor)}× one-line page`,
        paint.fiftyOverFloor <= BUDGET.fcpFiftyOverFloor,
      ],
      [
        `first visit's JavaScript ≤ ${BUDGET.firstVisitJsGzip.toLocaleString('en')} bytes gzip` +
          ` (${FIRST_VISIT_JS_BEFORE_ORGANISATIONS.toLocaleString('en')} before organisations + ${ORGANISATIONS_JS_ALLOWANCE.toLocaleString('en')})`,
        weight.ranByPageGzip <= BUDGET.firstVisitJsGzip,
      ],
      [
        'a returning visitor’s tick never painted unticked',
        frames.untickedFrames <= BUDGET.untickedFrames && frames.allTickedAfterReload,
      ],
      ['a tick re-renders its card and the counters only', rendered.real.ok && rendered.large.ok],
    ] as const;

    const results = {
      measuredAt: new Date().toISOString(),
      machine: where,
      budgets: {
        ...BUDGET,
        firstVisitJsGzipIs: `${String(FIRST_VISIT_JS_BEFORE_ORGANISATIONS)} (before organisations, commit 8829fd7) + ${String(ORGANISATIONS_JS_ALLOWANCE)}`,
      },
      fiftyOrganisations: {
        organisations: ORGANISATION_COUNT,
        opened: pages.fifty.replace(app.url, '/'),
        savedBytes: pages.fiftySeed.localStorage.reduce(
          (total, one) => total + one.name.length + one.value.length,
          0,
        ),
      },
      clicks: {
        cpuSlowdown: CPU_SLOWDOWN,
        clicksPerRound: CLICKS,
        roundCount: ROUNDS,
        eventTimingThresholdMs: EVENT_THRESHOLD_MS,
        viewport: VIEWPORT,
        ...click,
      },
      firstContentfulPaint: paint,
      firstVisitJs: weight,
      returningVisitor: frames,
      rendersPerTick: rendered,
      verdicts: Object.fromEntries(verdicts),
    };
    await writeFile(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const ms = (value: number) => `${String(value)} ms`;
    console.log(
      `\nMachine: ${String(where.cores)} × ${where.cpu}, ${String(where.memoryGiB)} GiB, Node ${where.node}, Chromium ${where.chromium}\n`,
    );
    console.log(
      `First visit's JavaScript (gzip -9, by network, ${String(WEIGHT_IDLE_MS / 1000)} s idle after start):`,
    );
    for (const file of weight.files) {
      const twice = file.fetches > 1 ? `, fetched ${String(file.fetches)}×` : '';
      console.log(`  ${String(file.gzip).padStart(7)}  ${file.path}  (${file.by}${twice})`);
    }
    console.log(`  ${String(weight.totalGzip).padStart(7)}  in all, each file once`);
    console.log(`  ${String(weight.ranByPageGzip).padStart(7)}  of it run by the page`);
    console.log(
      `  ${String(weight.onTheWireGzip).padStart(7)}  on the wire from this server (no caching headers)\n`,
    );
    console.table({
      'click → next paint, floor (4 plain checkboxes)': {
        median: ms(click.floorMs),
        ratio: '',
        budget: '',
      },
      'click → next paint, app': {
        median: ms(click.appMs),
        ratio: `${String(click.appOverFloor)}×`,
        budget: `≤ ${String(BUDGET.clickAppOverFloor)}×`,
      },
      'click → next paint, 1,000 items': {
        median: ms(click.largeMs),
        ratio: `${String(click.largeOverFloor)}×`,
        budget: `≤ ${String(BUDGET.clickLargeOverFloor)}×`,
      },
      'click → next paint, 50 organisations (?org=25)': {
        median: ms(click.fiftyMs),
        ratio: `${String(click.fiftyOverFloor)}×`,
        budget: `≤ ${String(BUDGET.clickFiftyOverFloor)}×`,
      },
      'switch: link click → next paint (50 organisations)': {
        median: ms(click.switchMs),
        ratio: `${String(click.switchOverFloor)}×`,
        budget: `≤ ${String(BUDGET.switchOverFloor)}×`,
      },
      'switch: button click opening the list': {
        median: `${ms(click.openMs)} (first of each round ${click.firstOpenMs.join(', ')} ms)`,
        ratio: `${String(click.openOverFloor)}×`,
        budget: '',
      },
      'interaction (INP-like): floor / app / 1,000 / 50 / switch': {
        median: `${String(click.interaction.floorMs)} / ${String(click.interaction.appMs)} / ${String(click.interaction.largeMs)} / ${String(click.interaction.fiftyMs)} / ${String(click.interaction.switchMs)} ms`,
        ratio: '',
        budget: '',
      },
      'FCP, one-line page': { median: ms(paint.floorFcpMs), ratio: '', budget: '' },
      'FCP, app': {
        median: ms(paint.appFcpMs),
        ratio: `${String(paint.appOverFloor)}×`,
        budget: `≤ ${String(BUDGET.fcpAppOverFloor)}×`,
      },
      'FCP, 50 organisations (?org=25)': {
        median: ms(paint.fiftyFcpMs),
        ratio: `${String(paint.fiftyOverFloor)}×`,
        budget: `≤ ${String(BUDGET.fcpFiftyOverFloor)}×`,
      },
      'LCP, app': { median: ms(paint.appLcpMs), ratio: '', budget: '' },
      'ready (html[data-app=ready]): app / 50 organisations': {
        median: `${ms(paint.appReadyMs)} / ${ms(paint.fiftyReadyMs)}`,
        ratio: '',
        budget: '',
      },
      "first visit's JS, gzip": {
        median: `${String(weight.ranByPageGzip)} B (${String(weight.totalGzip)} B with the offline copy)`,
        ratio: '',
        budget: `≤ ${String(BUDGET.firstVisitJsGzip)} B`,
      },
      'frames with a saved tick shown unticked': {
        median: `${String(frames.untickedFrames)} of ${String(frames.reloads.reduce((total, one) => total + one.withBoxes, 0))}`,
        ratio: '',
        budget: '0',
      },
      'components per tick (real / 1,000)': {
        median: `${String(rendered.real.mostPerTick)} / ${String(rendered.large.mostPerTick)}`,
        ratio: '',
        budget: 'card + counters',
      },
    });
    type Parts = ClickRun['clickParts'];
    const partsLine = (name: string, parts: Parts[]) => {
      const part = (key: keyof Parts) => String(round(median(parts.map((one) => one[key])), 1));
      console.log(
        `Click parts, ${name}: input delay ${part('delay')} ms, handlers ${part('processing')} ms,` +
          ` handlers' end to paint ${part('afterProcessing')} ms (medians of the clicks reported)`,
      );
    };
    for (const name of ['floor', 'app', 'large', 'fifty'] as const) {
      partsLine(
        name,
        click.rounds.map((one) => one[name].clickParts),
      );
    }
    partsLine(
      'switch (link)',
      click.rounds.map((one) => one.switching.switchParts),
    );
    partsLine(
      'opening the list (button)',
      click.rounds.map((one) => one.switching.openParts),
    );
    console.log(
      `Components seen: ${[...new Set([...rendered.real.components, ...rendered.large.components])].join(', ')}`,
    );
    const below = click.rounds.reduce(
      (total, one) =>
        total +
        one.floor.belowThreshold +
        one.app.belowThreshold +
        one.large.belowThreshold +
        one.fifty.belowThreshold +
        one.switching.belowThreshold.switch +
        one.switching.belowThreshold.open,
      0,
    );
    if (below > 0)
      console.log(
        `${String(below)} clicks were under the ${String(EVENT_THRESHOLD_MS)} ms threshold and count as ${String(EVENT_THRESHOLD_MS)} ms.`,
      );
    console.log('\nVerdict:');
    for (const [name, ok] of verdicts) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    app.server.close();
    bench.server.close();
    floors.server.close();
  }
}

await main();
