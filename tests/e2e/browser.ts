import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject, it } from 'vitest';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import type { Engine, EngineName, Page, PageOptions } from './driver/types';
import { launchWebKit } from './driver/webkit';

export type { Engine, Locator, Page } from './driver/types';

export const baseURL = inject('baseURL');
/** The engine this run of the journeys is for: each Vitest project `e2e-<engine>` names one. */
export const engine: EngineName = inject('engine');
export const artifactsDir = resolve(import.meta.dirname, 'artifacts');

/** Debian's Chromium, Firefox ESR or WebKitGTK, as the project asks; never a downloaded one. */
export function launch(): Promise<Engine> {
  switch (engine) {
    case 'chromium':
      return launchChromium();
    case 'firefox':
      return launchFirefox();
    case 'webkit':
      return launchWebKit();
  }
}

/** A fresh profile (empty storage) at the app's address, once the app has taken over. */
export async function openApp(browser: Engine, options: PageOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.visit(baseURL);
  return page;
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return resolve(artifactsDir, `${engine}-${name}`);
}

/**
 * A journey through the app's own logic that no engine difference reaches (how files and
 * links merge, taking back a removal, an address naming an organisation this device lacks):
 * it runs in Chromium alone. What engines do differently (storage and its failures, the
 * storage event between tabs, files in and out, dialogs, the history, layout, print) is
 * checked in every engine by the journeys around it.
 */
export function onceInChromium(name: string, journey: () => Promise<void>): void {
  if (engine === 'chromium') it(name, journey);
}
