/**
 * npm run lighthouse: builds the app, serves dist/ on 127.0.0.1 and runs Lighthouse 12
 * (mobile, its default simulated throttling) in Debian's Chromium. Prints the four category
 * scores and the metrics; writes bench/lighthouse.json. Exits 1 when a score is below 100
 * or LCP is over 1 s.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { chromeArgs, chromePath } from './chrome.ts';
import { serveStatic } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');

async function main() {
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const app = await serveStatic(resolve(root, 'dist'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeArgs],
  });
  try {
    const result = await lighthouse(app.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      Object.values(categories).map((category) => [
        category.title,
        Math.round((category.score ?? 0) * 100),
      ]),
    );
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    const metrics = {
      'First Contentful Paint': metric('first-contentful-paint'),
      'Largest Contentful Paint': metric('largest-contentful-paint'),
      'Total Blocking Time': metric('total-blocking-time'),
      'Cumulative Layout Shift': metric('cumulative-layout-shift'),
      'Speed Index': metric('speed-index'),
    };
    const lcpMs = audits['largest-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY;
    const failing = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.title}: ${audits[ref.id]?.title ?? ref.id}`),
    );

    await writeFile(
      resolve(root, 'bench/lighthouse.json'),
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          lighthouse: result.lhr.lighthouseVersion,
          browser: result.lhr.environment.hostUserAgent,
          formFactor: result.lhr.configSettings.formFactor,
          scores,
          metrics,
          failing,
        },
        null,
        2,
      )}\n`,
    );
    console.log(
      `Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor}`,
    );
    console.table(scores);
    console.table(metrics);
    if (failing.length > 0) console.log(`Audits below full marks:\n  ${failing.join('\n  ')}`);
    const ok = Object.values(scores).every((score) => score === 100) && lcpMs <= 1000;
    console.log(`\nVerdict: ${ok ? 'PASS' : 'FAIL'} (all four 100, LCP ≤ 1.0 s)`);
    if (!ok) process.exitCode = 1;
  } finally {
    chrome.kill();
    app.server.close();
  }
}

await main();
