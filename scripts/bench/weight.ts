/** The first visit's JavaScript: what the app fetches on a cold load, by network, gzip -9. */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { ServedRequest } from '../static-server.ts';
import { freshPage, whenReady } from './driver.ts';

export const WEIGHT_IDLE_MS = 2000;

export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/**
 * The JavaScript a first visit fetches without any interaction, by network: every .js file
 * the server sent during a cold load and WEIGHT_IDLE_MS of idling after the app is ready,
 * each file once, gzip -9 of its bytes. The budget counts what the page itself fetches; the
 * service worker and the files it then copies for offline use (the chunks a person may need
 * later, fetched in the background once the page is running) are counted beside it.
 */
export async function weigh(browser: Browser, appUrl: string, requests: ServedRequest[]) {
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
