/**
 * Renders the app's PNG icons (192 and 512 px, for the web app manifest) from
 * public/icon-maskable.svg in Debian's Chromium. Run when the icon changes:
 * npx tsx scripts/make-icons.ts
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.ts';

const publicDir = resolve(import.meta.dirname, '../public');
const svg = await readFile(resolve(publicDir, 'icon-maskable.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromeArgs,
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${String(size)}px;height:${String(size)}px}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(publicDir, `icon-${String(size)}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
