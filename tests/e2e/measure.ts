import type { Locator, Page } from './browser';

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export type Target = { name: string; width: number; height: number };

/** The visible controls (inputs, links, buttons) under `scope`, with their sizes. */
export const targetsIn = (scope: Page | Locator): Promise<Target[]> =>
  scope.locator('input, a, button').evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const { width, height } = element.getBoundingClientRect();
        return {
          name: element.id || element.getAttribute('aria-label') || element.textContent,
          width,
          height,
        };
      }),
  );

/** The targets smaller than 24 × 24 px (WCAG 2.2, 2.5.8), named. */
export const smallTargets = async (scope: Page | Locator): Promise<Target[]> =>
  (await targetsIn(scope)).filter((target) => target.width < 24 || target.height < 24);
