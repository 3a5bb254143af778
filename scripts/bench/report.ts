/** The verdicts, bench/results.json and what a run prints once everything is measured. */
import { ORGANISATION_COUNT } from '../fifty-organisations.ts';
import {
  BUDGET,
  FIRST_VISIT_JS_BEFORE_ORGANISATIONS,
  ORGANISATIONS_JS_ALLOWANCE,
} from './budget.ts';
import { CLICKS, ROUNDS, type ClickName, type ClickRun, type clicks } from './clicks.ts';
import { CPU_SLOWDOWN, EVENT_THRESHOLD_MS, median, round, VIEWPORT } from './driver.ts';
import type { flash } from './flash.ts';
import type { buildReactFloor } from './floors.ts';
import type { machine } from './machine.ts';
import type { Pages } from './pages.ts';
import type { paints } from './paints.ts';
import type { renders } from './renders.ts';
import { WEIGHT_IDLE_MS, type weigh } from './weight.ts';

/** Everything one run measured, and where. */
export type Run = {
  where: ReturnType<typeof machine>;
  pages: Pages;
  appUrl: string;
  weight: Awaited<ReturnType<typeof weigh>>;
  paint: Awaited<ReturnType<typeof paints>>;
  frames: Awaited<ReturnType<typeof flash>>;
  click: Awaited<ReturnType<typeof clicks>>;
  rendered: {
    real: Awaited<ReturnType<typeof renders>>;
    large: Awaited<ReturnType<typeof renders>>;
  };
  reactFloorJs: Awaited<ReturnType<typeof buildReactFloor>>;
};

export function verdictsOf({ click, paint, weight, frames, rendered }: Run) {
  return [
    [
      `click → next paint, app ≤ ${String(BUDGET.clickAppOverReactFloor)}× React floor`,
      click.appOverReactFloor <= BUDGET.clickAppOverReactFloor,
    ],
    [
      `click → next paint, 1,000 items ≤ ${String(BUDGET.clickLargeOverReactFloor)}× React floor`,
      click.largeOverReactFloor <= BUDGET.clickLargeOverReactFloor,
    ],
    [
      `click → next paint, 50 organisations ≤ ${String(BUDGET.clickFiftyOverReactFloor)}× React floor`,
      click.fiftyOverReactFloor <= BUDGET.clickFiftyOverReactFloor,
    ],
    [
      `switching organisations (the link's click → next paint) ≤ ${String(BUDGET.switchOverReactFloor)}× React floor`,
      click.switchOverReactFloor <= BUDGET.switchOverReactFloor,
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
}

export type Verdicts = ReturnType<typeof verdictsOf>;

/** What bench/results.json holds: all figures, every click and load, and the machine. */
export function resultsOf(run: Run, verdicts: Verdicts) {
  const { where, pages, appUrl, weight, paint, frames, click, rendered, reactFloorJs } = run;
  return {
    measuredAt: new Date().toISOString(),
    machine: where,
    budgets: {
      ...BUDGET,
      firstVisitJsGzipIs: `${String(FIRST_VISIT_JS_BEFORE_ORGANISATIONS)} (before organisations, commit 8829fd7) + ${String(ORGANISATIONS_JS_ALLOWANCE)}`,
    },
    fiftyOrganisations: {
      organisations: ORGANISATION_COUNT,
      opened: pages.fifty.replace(appUrl, '/'),
      savedBytes: pages.fiftySeed.localStorage.reduce(
        (total, one) => total + one.name.length + one.value.length,
        0,
      ),
    },
    reactFloor: {
      page: 'bench/react-floor/: React 19, a zustand store with persist (localStorage), four cards and a counter, StrictMode; production build',
      javaScript: reactFloorJs,
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
}

export function printReport(run: Run, verdicts: Verdicts) {
  const { where, weight, paint, frames, click, rendered, reactFloorJs } = run;
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
  const times = (value: number) => `${String(value)}×`;
  const row = (value: string, ratio = '', toReactFloor = '', budget = '') => ({
    median: value,
    ratio,
    'ratio to React floor': toReactFloor,
    budget,
  });
  console.table({
    'click → next paint, floor (4 plain checkboxes)': row(ms(click.floorMs)),
    'click → next paint, React floor (React + zustand persist, 4 cards)': row(
      ms(click.reactFloorMs),
      times(click.reactFloorOverFloor),
    ),
    'click → next paint, app': row(
      ms(click.appMs),
      times(click.appOverFloor),
      times(click.appOverReactFloor),
      `≤ ${String(BUDGET.clickAppOverReactFloor)}× React floor`,
    ),
    'click → next paint, 1,000 items': row(
      ms(click.largeMs),
      times(click.largeOverFloor),
      times(click.largeOverReactFloor),
      `≤ ${String(BUDGET.clickLargeOverReactFloor)}× React floor`,
    ),
    'click → next paint, 50 organisations (?org=25)': row(
      ms(click.fiftyMs),
      times(click.fiftyOverFloor),
      times(click.fiftyOverReactFloor),
      `≤ ${String(BUDGET.clickFiftyOverReactFloor)}× React floor`,
    ),
    'switch: link click → next paint (50 organisations)': row(
      ms(click.switchMs),
      times(click.switchOverFloor),
      times(click.switchOverReactFloor),
      `≤ ${String(BUDGET.switchOverReactFloor)}× React floor`,
    ),
    'switch: button click opening the list': row(
      `${ms(click.openMs)} (first of each round ${click.firstOpenMs.join(', ')} ms)`,
      times(click.openOverFloor),
      times(click.openOverReactFloor),
    ),
    'interaction (INP-like): floor / React floor / app / 1,000 / 50 / switch': row(
      `${String(click.interaction.floorMs)} / ${String(click.interaction.reactFloorMs)} / ${String(click.interaction.appMs)} / ${String(click.interaction.largeMs)} / ${String(click.interaction.fiftyMs)} / ${String(click.interaction.switchMs)} ms`,
    ),
    'FCP, one-line page': row(ms(paint.floorFcpMs)),
    'FCP, app': row(
      ms(paint.appFcpMs),
      times(paint.appOverFloor),
      '',
      `≤ ${String(BUDGET.fcpAppOverFloor)}×`,
    ),
    'FCP, 50 organisations (?org=25)': row(
      ms(paint.fiftyFcpMs),
      times(paint.fiftyOverFloor),
      '',
      `≤ ${String(BUDGET.fcpFiftyOverFloor)}×`,
    ),
    'LCP, app': row(ms(paint.appLcpMs)),
    'ready (html[data-app=ready]): app / 50 organisations': row(
      `${ms(paint.appReadyMs)} / ${ms(paint.fiftyReadyMs)}`,
    ),
    "first visit's JS, gzip": row(
      `${String(weight.ranByPageGzip)} B (${String(weight.totalGzip)} B with the offline copy)`,
      '',
      '',
      `≤ ${String(BUDGET.firstVisitJsGzip)} B`,
    ),
    "React floor's JS, gzip": row(`${String(reactFloorJs.totalGzip)} B`),
    'frames with a saved tick shown unticked': row(
      `${String(frames.untickedFrames)} of ${String(frames.reloads.reduce((total, one) => total + one.withBoxes, 0))}`,
      '',
      '',
      '0',
    ),
    'components per tick (real / 1,000)': row(
      `${String(rendered.real.mostPerTick)} / ${String(rendered.large.mostPerTick)}`,
      '',
      '',
      'card + counters',
    ),
  });
  type Parts = ClickRun['clickParts'];
  const partsLine = (name: string, parts: Parts[]) => {
    const part = (key: keyof Parts) => String(round(median(parts.map((one) => one[key])), 1));
    console.log(
      `Click parts, ${name}: input delay ${part('delay')} ms, handlers ${part('processing')} ms,` +
        ` handlers' end to paint ${part('afterProcessing')} ms (medians of the clicks reported)`,
    );
  };
  const named: [ClickName, string][] = [
    ['floor', 'floor'],
    ['reactFloor', 'React floor'],
    ['app', 'app'],
    ['large', 'large'],
    ['fifty', 'fifty'],
  ];
  for (const [name, label] of named) {
    partsLine(
      label,
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
      one.reactFloor.belowThreshold +
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
}
