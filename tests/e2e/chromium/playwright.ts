import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromePath } from '../../../scripts/chrome';

export const baseURL = inject('baseURL');
export const artifactsDir = resolve(import.meta.dirname, '../artifacts');

/** Debian's Chromium (or CHROME_PATH); the journeys never download a browser. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: inject('chromeArgs'),
  });
}

export type Journey = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh context (empty storage) whose page records console errors and uncaught exceptions. */
export async function openApp(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Journey> {
  const context = await browser.newContext({ locale: 'ru-RU', ...options });
  context.setDefaultTimeout(5_000);
  const page = await context.newPage();
  const errors = recordErrors(page);
  await visit(page, baseURL);
  return { context, page, errors };
}

/** The console errors and uncaught exceptions a page shows from now on. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * The page paints before its script runs; a person may act at once, and a tick made then
 * is kept. Journeys wait until the app has taken over, so each step is deterministic.
 */
export async function whenReady(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await whenReady(page);
}

export async function reload(page: Page): Promise<void> {
  await page.reload();
  await whenReady(page);
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return resolve(artifactsDir, name);
}

/**
 * Holds the app's script back until `release` is called, to look at the page as it is
 * painted before the app starts.
 */
export async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
