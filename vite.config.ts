import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chromeArgs } from './scripts/chrome.ts';
import { prerender } from './scripts/prerender-plugin.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import { ORGANISATION_PARAM, ORGANISATIONS_KEY, STORAGE_KEY } from './src/store/storage-key.ts';
import type { EngineName } from './tests/e2e/driver/types.ts';

const allEngines: EngineName[] = ['chromium', 'firefox', 'webkit'];
/** ENGINE=firefox (or a comma-separated list) runs the journeys in those engines only. */
const e2eEngines = process.env.ENGINE
  ? allEngines.filter((engine) => process.env.ENGINE?.split(',').includes(engine))
  : allEngines;
if (e2eEngines.length === 0)
  throw new Error(`ENGINE=${process.env.ENGINE ?? ''}: say chromium, firefox or webkit`);

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [
    react(),
    prerender({
      storageKey: STORAGE_KEY,
      organisationsKey: ORGANISATIONS_KEY,
      param: ORGANISATION_PARAM,
    }),
    serviceWorker(),
  ],
  build: {
    target: 'es2022',
    // On-demand chunks (the documents part, dialogs, the note editor) load from the same origin;
    // Vite's small helper still loads a chunk's own CSS with it, but no module preload polyfill.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the page runs at start in one file: left alone, the bundler moves modules
        // that an on-demand chunk shares with the start (the Russian wording, React's JSX
        // runtime) into small files of their own, fetched at start all the same, each
        // compressed apart (rolldown/rolldown#10731, #9963). The two helpers that the
        // documents part shares with the dialogs (a download, printing one sheet) share one
        // small file.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'] },
            {
              name: 'download-and-print',
              test: /src[\\/]components[\\/]shared[\\/](download|print)\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // A whole page clicked through in jsdom takes seconds on a busy two-core machine.
          testTimeout: 15_000,
        },
      },
      // The journeys once per engine, one engine after another (see README: ENGINE=firefox).
      ...e2eEngines.map((engine, order) => ({
        test: {
          name: `e2e-${engine}`,
          environment: 'node' as const,
          include: [
            'tests/e2e/*.test.ts',
            // Chromium's own journeys: CDP throttling, request holding, axe, media emulation.
            ...(engine === 'chromium' ? ['tests/e2e/chromium/*.test.ts'] : []),
          ],
          globalSetup: ['tests/e2e/global-setup.ts'],
          provide: { chromeArgs, engine },
          sequence: { groupOrder: order + 1 },
          // WebKit's files one at a time: two MiniBrowsers on two busy cores now and then left
          // a WebDriver command unanswered.
          fileParallelism: engine !== 'webkit',
          // Firefox and WebKit are driven from outside the page, a round trip per query.
          testTimeout: engine === 'chromium' ? 30_000 : 60_000,
          // What a journey waits to see happen (expect.poll) may take a busy machine seconds.
          expect: { poll: { timeout: 5_000 } },
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
