import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chromeArgs } from './scripts/chrome.ts';
import { prerender } from './scripts/prerender-plugin.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import { STORAGE_KEY } from './src/store/storage-key.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [react(), prerender({ storageKey: STORAGE_KEY }), serviceWorker()],
  build: {
    target: 'es2022',
    // On-demand chunks (the documents part, dialogs, the note editor) load from the same origin;
    // Vite's small helper still loads a chunk's own CSS with it, but no module preload polyfill.
    modulePreload: false,
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
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          provide: { chromeArgs },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
