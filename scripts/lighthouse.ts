/**
 * npm run lighthouse: builds the app, serves dist/ on 127.0.0.1 with the single-page-fallback
 * static server and runs Lighthouse 12 (mobile, its default simulated throttling) RUNS times in
 * Debian's Chromium, a fresh browser each time. Prints the four category scores, total blocking
 * time and largest contentful paint of each run; writes bench/lighthouse.json. Exits 1 unless
 * every run scores 100 in all four categories with TBT ≤ 50 ms and LCP ≤ 1.0 s.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { chromeArgs, chromePath } from './chrome.ts';
import { serveStatic } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = 3;
const BUDGET = { score: 100, tbtMs: 50, lcpMs: 1000 };

async function once(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const { categories, audits } = lhr;
    const scores = Object.fromEntries(
      Object.values(categories).map((category) => [
        category.title,
        Math.round((category.score ?? 0) * 100),
      ]),
    );
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.POSITIVE_INFINITY;
    const failing = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.title}: ${audits[ref.id]?.title ?? ref.id}`),
    );
    return {
      lighthouse: lhr.lighthouseVersion,
      browser: lhr.environment.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      scores,
      tbtMs: Math.round(numeric('total-blocking-time')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      speedIndexMs: Math.round(numeric('speed-index')),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const app = await serveStatic(resolve(root, 'dist'));
  const loadAverageAtStart = loadavg();
  try {
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await once(app.url));
    const first = runs[0];
    const passes = (run: (typeof runs)[number]) =>
      Object.values(run.scores).length === 4 &&
      Object.values(run.scores).every((score) => score >= BUDGET.score) &&
      run.tbtMs <= BUDGET.tbtMs &&
      run.lcpMs <= BUDGET.lcpMs;

    await writeFile(
      resolve(root, 'bench/lighthouse.json'),
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          lighthouse: first?.lighthouse,
          browser: first?.browser,
          formFactor: first?.formFactor,
          machine: {
            cpu: cpus()[0]?.model.trim() ?? 'unknown',
            cores: cpus().length,
            memoryGiB: Math.round(totalmem() / 1024 ** 3),
            loadAverageAtStart: loadAverageAtStart.map((value) => Number(value.toFixed(2))),
            loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
          },
          budget: BUDGET,
          runs,
        },
        null,
        2,
      )}\n`,
    );
    console.log(
      `Lighthouse ${first?.lighthouse ?? '?'}, ${first?.formFactor ?? '?'}, ${first?.browser ?? ''}`,
    );
    console.table(
      runs.map((run) => ({
        ...run.scores,
        TBT: `${String(run.tbtMs)} ms`,
        LCP: `${(run.lcpMs / 1000).toFixed(2)} s`,
        FCP: `${(run.fcpMs / 1000).toFixed(2)} s`,
        CLS: run.cls,
        verdict: passes(run) ? 'PASS' : 'FAIL',
      })),
    );
    console.log(
      `Load average (1, 5, 15 min) at start: ${loadAverageAtStart.map((value) => value.toFixed(1)).join(', ')}` +
        ` on ${String(cpus().length)} cores: Lighthouse's simulated throttling scales the tasks it observed.`,
    );
    for (const [index, run] of runs.entries()) {
      if (run.failing.length > 0) {
        console.log(
          `Run ${String(index + 1)}, audits below full marks:\n  ${run.failing.join('\n  ')}`,
        );
      }
    }
    const ok = runs.every(passes);
    console.log(
      `\nVerdict: ${ok ? 'PASS' : 'FAIL'} (in each of ${String(RUNS)} runs: all four 100,` +
        ` TBT ≤ ${String(BUDGET.tbtMs)} ms, LCP ≤ ${(BUDGET.lcpMs / 1000).toFixed(1)} s)`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    app.server.close();
  }
}

await main();
