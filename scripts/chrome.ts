/**
 * How the tests, the benchmark and Lighthouse start Chromium: Debian's build (or CHROME_PATH),
 * never a downloaded one, with the flags this closed network needs (no background traffic).
 */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's headless shell (Debian's chromium-headless-shell): the same engine, without the
 * browser's own window, tab strip and address bar. The benchmark times first paint in it, as
 * Playwright and Puppeteer run headless Chromium by default.
 */
export const headlessShellPath =
  process.env.HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
