import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * The service worker: every file of the build is cached on the first visit, and served from
 * the cache from then on, so the app opens and works with no network. A new build is a new
 * cache; the page offers to switch to it (src/components/shell/offline.ts), never on its own.
 */
export const serviceWorkerSource = (cacheName: string, files: readonly string[]) => `'use strict';
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('its-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const cached =
    request.mode === 'navigate'
      ? caches.match('./', { cacheName: CACHE })
      : caches.match(request, { cacheName: CACHE });
  event.respondWith(cached.then((response) => response || fetch(request)));
});
`;

/** Writes sw.js next to index.html, listing every file of the build. */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'its-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const publicFiles = config.publicDir ? await readdir(config.publicDir) : [];
      const files = [
        './',
        ...Object.keys(bundle).filter((name) => name !== 'index.html'),
        ...publicFiles,
      ].sort();
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) {
        const output = bundle[name];
        if (!output) continue;
        hash.update(name);
        hash.update(output.type === 'chunk' ? output.code : output.source);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(`its-${hash.digest('hex').slice(0, 12)}`, files),
      });
    },
  };
}
