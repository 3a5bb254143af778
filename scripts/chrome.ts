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
