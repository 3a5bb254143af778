/**
 * npm run bench: measures the page people get. Builds the production app (dist/), the
 * benchmark page (bench/dist/, the same components with a 1,000-item list) and the React floor
 * (bench/react-floor/), serves them with scripts/static-server.ts on 127.0.0.1 beside two floor
 * pages written here, drives Debian's Chromium (the full browser, headless) and compares each
 * figure with its floor from the same run. The app is measured as a first visitor has it (one
 * organisation, empty storage) and, in contexts whose storage holds 50 organisations
 * (scripts/fifty-organisations.ts), at `?org=25`: opening it, ticking, and switching
 * organisations through the toolbar's list. The measures are in scripts/bench/, one file each.
 * Method and budgets: bench/README.md. Writes bench/results.json; exits 1 when a budget is
 * missed, after printing everything.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { largeProcedure } from '../bench/large-procedure.ts';
import { itsTermination } from '../src/content/article/its-termination.ts';
import { clicks, CLICKS, ROUNDS } from './bench/clicks.ts';
import { CPU_SLOWDOWN, round } from './bench/driver.ts';
import { flash } from './bench/flash.ts';
import { listItems } from './bench/items.ts';
import { machine } from './bench/machine.ts';
import { servePages } from './bench/pages.ts';
import { paints } from './bench/paints.ts';
import { renders } from './bench/renders.ts';
import { printReport, resultsOf, verdictsOf } from './bench/report.ts';
import { SWITCHES } from './bench/switching.ts';
import { weigh } from './bench/weight.ts';
import { chromeArgs, chromePath } from './chrome.ts';

const root = resolve(import.meta.dirname, '..');

async function main() {
  const loadAtStart = loadavg();
  const { pages, app, reactFloorJs, close } = await servePages();
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
        ` (floor, React floor, app, 1,000 items, 50 organisations) and ${String(SWITCHES)} organisation switches`,
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

    const run = {
      where,
      pages,
      appUrl: app.url,
      weight,
      paint,
      frames,
      click,
      rendered,
      reactFloorJs,
    };
    const verdicts = verdictsOf(run);
    await writeFile(
      resolve(root, 'bench/results.json'),
      `${JSON.stringify(resultsOf(run, verdicts), null, 2)}\n`,
    );
    printReport(run, verdicts);
    if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    close();
  }
}

await main();
