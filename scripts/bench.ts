/**
 * npm run bench: builds the app and the benchmark page, serves both on 127.0.0.1, drives
 * Debian's Chromium and prints what a person feels first — weight, first paint, the cost of a
 * tick — against the budgets. Writes bench/results.json. Exits 1 when a budget is missed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { largeProcedure } from '../bench/large-procedure.ts';
import { itsTermination } from '../src/content/its-termination.ts';
import type { Procedure } from '../src/content/types.ts';
import { chromeArgs, chromePath, headlessShellPath } from './chrome.ts';
import { serveStatic } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const KIB = 1024;
const COLD_LOADS = 7;
const TICKS = 150;
const COUNTED_TICKS = 12;
const CPU_SLOWDOWN = 4;
/**
 * Each cold load starts once the new window's own start-up is over, as in a person's browser:
 * the full browser loads its address bar's popup page into every new window, for about half a
 * second on this machine.
 */
const SETTLE_MS = 1000;

const BUDGET = {
  initialJsGzip: 75 * KIB,
  tickMedianRealMs: 2,
  tickMedianLargeMs: 3,
  fcpMedianMs: 100,
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

async function weigh(dist: string) {
  const html = await readFile(resolve(dist, 'index.html'), 'utf8');
  // The app's entry: a module script, or the import() that starts it after the first paint.
  const scripts = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|import\("([^"]+)"\)/g),
  ].map((match) => match[1] ?? match[2] ?? '');
  if (scripts.length === 0) throw new Error('found no entry script in index.html');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const gzipOf = async (files: string[]) => {
    let total = 0;
    for (const file of files)
      total += gzipSync(await readFile(resolve(dist, file)), { level: 9 }).length;
    return total;
  };
  const js = await gzipOf(scripts);
  const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map((match) => match[1] ?? '')
    .join('');
  const css =
    (await gzipOf(styles)) + (inlineStyles ? gzipSync(inlineStyles, { level: 9 }).length : 0);
  return { js, css, total: js + css, html: gzipSync(html, { level: 9 }).length };
}

/** A page with one heading and one line: the first paint this machine and browser allow. */
async function onePageFolder() {
  const folder = await mkdtemp(resolve(tmpdir(), 'its-bench-'));
  await writeFile(
    resolve(folder, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Замер</title></head>' +
      '<body><h1>Как отключить сопровождение 1С</h1><p>Одна строка текста.</p></body></html>',
  );
  return folder;
}

async function paints(browser: Browser, url: string) {
  const loads: { fcp: number; lcp: number }[] = [];
  for (let run = -1; run < COLD_LOADS; run += 1) {
    // Each load in a new context: empty cache, empty storage. The first one warms Chromium up.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(url, { waitUntil: 'load' });
    const timing = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number }>((done) => {
          let lcp = Number.NaN;
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1);
            if (last) lcp = last.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            // LCP entries for the same frame arrive alongside; give them a moment.
            if (fcp) setTimeout(() => done({ fcp: fcp.startTime, lcp }), 100);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    if (run >= 0) loads.push(timing);
    await context.close();
  }
  return {
    fcpMedian: round(median(loads.map((load) => load.fcp)), 1),
    lcpMedian: round(median(loads.map((load) => load.lcp)), 1),
    loads,
  };
}

/** First and largest paint of the app, and of the one-line page, in one build of Chromium. */
async function paintsIn(executablePath: string, appUrl: string, floorUrl: string) {
  const browser = await chromium.launch({ executablePath, args: chromeArgs });
  try {
    const app = await paints(browser, appUrl);
    const floor = await paints(browser, floorUrl);
    return { browser: `${executablePath}, ${browser.version()}`, ...app, floor: floor.fcpMedian };
  } finally {
    await browser.close();
  }
}

/** The ids of the items in the named list sections, in page order. */
function itemIds(procedure: Procedure, sectionIds: string[]): string[] {
  return procedure.sections.flatMap((section) =>
    section.kind === 'list' && sectionIds.includes(section.id)
      ? section.items.map((item) => item.id)
      : [],
  );
}

type TickRun = {
  medianMs: number;
  p95Ms: number;
  ticks: number;
  rendersPerTick: number;
  renderedComponents: string[];
};

/** Ticks and unticks cards in turn; each click is timed in the page, from click to saved. */
async function ticks(browser: Browser, url: string, targetIds: string[]): Promise<TickRun> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('progressbar').waitFor();
  // One item ticked outside the measured ones, so "Продолжить" keeps its target throughout.
  await page.locator('input[type="checkbox"]').first().check();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  const run = (count: number, countRenders: boolean) =>
    page.evaluate(
      ({ ids, count, countRenders }) => {
        type Bench = {
          renderLog: { enabled: boolean; rendered: string[]; clear: () => void; start: () => void };
        };
        const { renderLog } = (window as unknown as { bench: Bench }).bench;
        if (countRenders) renderLog.start();
        const times: number[] = [];
        const rendered: string[][] = [];
        for (let index = 0; index < count; index += 1) {
          const id = ids[index % ids.length] ?? '';
          const input = document.getElementById(`item-${id}`) as HTMLInputElement;
          const card = input.closest('.card') as HTMLElement;
          const expected = !input.checked;
          renderLog.clear();
          const start = performance.now();
          input.click();
          const end = performance.now();
          const saved = localStorage.getItem('its-termination-progress') ?? '';
          if (
            input.checked !== expected ||
            card.dataset.ticked !== String(expected) ||
            saved.includes(`"${id}"`) !== expected
          ) {
            throw new Error(`tick ${String(index)} on ${id} was not drawn and saved at once`);
          }
          times.push(end - start);
          rendered.push([...renderLog.rendered]);
        }
        renderLog.enabled = false;
        return { times, rendered };
      },
      { ids: targetIds, count, countRenders },
    );

  await run(40, false);
  const timed = await run(TICKS, false);
  const counted = await run(COUNTED_TICKS, true);
  await context.close();

  const perTick = counted.rendered.map((names) => names.length);
  return {
    medianMs: round(median(timed.times), 3),
    p95Ms: round(quantile(timed.times, 0.95), 3),
    ticks: TICKS,
    rendersPerTick: Math.max(...perTick),
    renderedComponents: [...new Set(counted.rendered.flat())].sort(),
  };
}

function machine() {
  const cpu = cpus();
  return `${String(cpu.length)} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${String(Math.round(totalmem() / KIB ** 3))} GiB, Node ${process.version}`;
}

async function main() {
  console.log('Building the app and the benchmark page…');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(root, 'bench/vite.config.ts'), logLevel: 'warn' });

  const weight = await weigh(resolve(root, 'dist'));
  const app = await serveStatic(resolve(root, 'dist'));
  const bench = await serveStatic(resolve(root, 'bench/dist'));
  const onePage = await serveStatic(await onePageFolder());
  const hasShell = existsSync(headlessShellPath);
  if (!hasShell) {
    console.log(
      `No headless shell at ${headlessShellPath} (apt-get install chromium-headless-shell):` +
        ' the first-paint verdict uses the full browser instead.',
    );
  }
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: chromeArgs,
  });

  try {
    const browserVersion = browser.version();
    console.log(`Measuring in Chromium ${browserVersion}…`);
    // First paint in a fresh browser each time, so the tick runs do not warm it up.
    const fullPaint = await paintsIn(chromePath, app.url, onePage.url);
    const shellPaint = hasShell ? await paintsIn(headlessShellPath, app.url, onePage.url) : null;
    const paint = shellPaint ?? fullPaint;
    const where = shellPaint ? 'headless shell' : 'full browser';
    // Lists open from the start and past the preparation: ticking them never unlocks anything.
    const realIds = itemIds(itsTermination, ['important', 'consequences']);
    const largeIds = itemIds(largeProcedure, ['part-6', 'part-7', 'part-8']);
    const real = await ticks(browser, `${bench.url}?list=real`, realIds);
    const large = await ticks(browser, `${bench.url}?list=large`, largeIds);

    const fitsTick = (run: TickRun) =>
      run.renderedComponents.every((name) => ALLOWED_PER_TICK.has(name));
    const verdicts = [
      ['initial JS ≤ 75 KiB gzip', weight.js <= BUDGET.initialJsGzip],
      ['tick median ≤ 2 ms (real, 4× slower CPU)', real.medianMs <= BUDGET.tickMedianRealMs],
      [
        'tick median ≤ 3 ms (1,000 items, 4× slower CPU)',
        large.medianMs <= BUDGET.tickMedianLargeMs,
      ],
      ['a tick renders its card and the counters only', fitsTick(real) && fitsTick(large)],
      ['first contentful paint ≤ 100 ms (median)', paint.fcpMedian <= BUDGET.fcpMedianMs],
    ] as const;

    const results = {
      measuredAt: new Date().toISOString(),
      machine: machine(),
      browser: `Chromium ${browserVersion}`,
      weight: { ...weight, unit: 'bytes, gzip -9' },
      paint: {
        coldLoads: COLD_LOADS,
        throttling: 'none, loopback',
        verdictFrom: where,
        headlessShell: shellPaint,
        fullBrowser: fullPaint,
      },
      ticks: { cpuSlowdown: CPU_SLOWDOWN, real, large },
      verdicts: Object.fromEntries(verdicts),
    };
    await writeFile(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
    console.log(`\nMachine: ${results.machine}; ${results.browser}\n`);
    console.table({
      'initial JS (gzip)': { value: kib(weight.js), budget: '≤ 75 KiB' },
      'initial CSS, inlined in index.html (gzip)': { value: kib(weight.css), budget: '' },
      'initial JS + CSS (gzip)': { value: kib(weight.total), budget: '' },
      'index.html with that CSS (gzip)': { value: kib(weight.html), budget: '' },
      [`FCP, median of 7 cold loads (${where})`]: {
        value: `${String(paint.fcpMedian)} ms`,
        budget: '≤ 100 ms',
      },
      [`LCP, median of 7 cold loads (${where})`]: {
        value: `${String(paint.lcpMedian)} ms`,
        budget: '',
      },
      [`FCP of a one-line page (${where})`]: {
        value: `${String(paint.floor)} ms`,
        budget: '(floor)',
      },
      ...(shellPaint && {
        'FCP in the full browser: the app / one-line page': {
          value: `${String(fullPaint.fcpMedian)} / ${String(fullPaint.floor)} ms`,
          budget: '(for reference)',
        },
      }),
      'tick, real list: median / p95': {
        value: `${String(real.medianMs)} / ${String(real.p95Ms)} ms`,
        budget: '≤ 2 ms median',
      },
      'tick, 1,000 items: median / p95': {
        value: `${String(large.medianMs)} / ${String(large.p95Ms)} ms`,
        budget: '≤ 3 ms median',
      },
      'components per tick, real list': {
        value: `${String(real.rendersPerTick)}: ${real.renderedComponents.join(', ')}`,
        budget: 'card + counters',
      },
      'components per tick, 1,000 items': {
        value: `${String(large.rendersPerTick)}: ${large.renderedComponents.join(', ')}`,
        budget: 'card + counters',
      },
    });
    console.log('\nVerdict:');
    for (const [name, ok] of verdicts) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    app.server.close();
    bench.server.close();
    onePage.server.close();
  }
}

await main();
