import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launch,
  type Browser,
  type BrowserContext,
  type ElementHandle,
  type KeyInput,
  type Page as PuppeteerPage,
} from 'puppeteer-core';
import { helperSource, MISSING, type Step } from './in-page';
import {
  axeIn,
  fixDate,
  layOutForPrint,
  NOT_YET,
  poll,
  refuseStorage,
  RemoteLocator,
  TIMEOUT,
  withHelper,
  type Remote,
} from './remote';
import type { Download, Engine, Key, Page, PageOptions, Text } from './types';

/** Debian's Firefox ESR (or FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const keys: Record<Key, KeyInput> = {
  Tab: 'Tab',
  Space: ' ',
  Escape: 'Escape',
  Enter: 'Enter',
};

/** An expression calling `fn` with JSON arguments (BiDi evaluates it with the page's CSP lifted). */
const call = (fn: string, args: unknown[]) =>
  `(${fn})(${args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ')})`;

/**
 * The tab in front, per browser: Firefox slows the timers of tabs behind it, and of a
 * profile's window behind another profile's (two people's devices in one journey).
 */
const inFront = new WeakMap<Browser, PuppeteerPage>();

class FirefoxRemote implements Remote {
  constructor(private readonly page: PuppeteerPage) {}

  /** Brings this tab to the front first, as a person switching to it would. */
  async use() {
    const browser = this.page.browser();
    if (inFront.get(browser) === this.page) return;
    await this.page.bringToFront();
    inFront.set(browser, this.page);
  }

  async evaluate<R>(fn: string, args: unknown[]): Promise<R> {
    await this.use();
    const result = await this.page.evaluate(call(fn, args));
    if (result !== MISSING) return result as R;
    await this.page.evaluate(helperSource());
    return (await this.page.evaluate(call(fn, args))) as R;
  }

  private async element(steps: Step[]): Promise<ElementHandle> {
    await this.use();
    const handle = await this.page.evaluateHandle(
      call(withHelper('(helper, steps) => helper.all(steps)[0]'), [steps]),
    );
    const element = handle.asElement();
    if (!element) throw new Error('the element is gone');
    return element as ElementHandle;
  }

  async click(steps: Step[], offset?: { x: number; y: number }) {
    const element = await this.element(steps);
    await element.click(offset ? { offset } : {});
    await element.dispose();
  }

  async type(_steps: Step[], text: string) {
    await this.use();
    await this.page.keyboard.type(text);
  }

  async press(key: Key) {
    await this.use();
    await this.page.keyboard.press(keys[key]);
  }

  async setFiles(steps: Step[], path: string) {
    const element = await this.element(steps);
    await (element as ElementHandle<HTMLInputElement>).uploadFile(path);
    await element.dispose();
  }
}

class FirefoxPage implements Page {
  readonly engine = 'firefox';
  readonly errors: string[] = [];
  private readonly remote: FirefoxRemote;
  private readonly root: RemoteLocator;
  private readonly opened: string[] = [];

  constructor(
    private readonly page: PuppeteerPage,
    private readonly context: BrowserContext,
    private readonly downloads: string,
  ) {
    this.remote = new FirefoxRemote(page);
    this.root = new RemoteLocator(this.remote, []);
    page.on('pageerror', (error) => this.errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      this.opened.push(dialog.message());
      void dialog.dismiss();
    });
  }

  getByRole(role: string, options?: Parameters<Page['getByRole']>[1]) {
    return this.root.getByRole(role, options);
  }
  getByText(text: Text, options?: { exact?: boolean }) {
    return this.root.getByText(text, options);
  }
  getByLabel(text: Text, options?: { exact?: boolean }) {
    return this.root.getByLabel(text, options);
  }
  locator(selector: string) {
    return this.root.locator(selector);
  }

  async visit(url: string) {
    await this.remote.use();
    await this.page.goto(url);
    await this.ready();
  }
  async reload() {
    await this.remote.use();
    await this.page.reload();
    await this.ready();
  }
  private async ready() {
    const end = Date.now() + 10_000;
    while (!(await this.page.evaluate(() => document.documentElement.dataset.app === 'ready'))) {
      if (Date.now() > end) throw new Error('the app did not start in 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.remote.evaluate<R>(fn.toString(), [arg]);
  }
  press(key: Key) {
    return this.remote.press(key);
  }
  setViewportSize(size: { width: number; height: number }) {
    return this.page.setViewport(size);
  }
  waitForTimeout(ms: number) {
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  }
  title() {
    return this.page.title();
  }

  /** A real download: Firefox saves it in this profile's folder under its suggested name. */
  async download(action: () => Promise<void>): Promise<Download> {
    const before = new Set(await readdir(this.downloads));
    await action();
    const name = await poll(
      async () => {
        const names = (await readdir(this.downloads)).filter(
          (file) => !before.has(file) && !file.endsWith('.part'),
        );
        return names[0] ?? NOT_YET;
      },
      () => 'a download',
      TIMEOUT,
    );
    const file = join(this.downloads, name);
    // Written in one go for these small files; wait until its size holds still.
    let size = -1;
    while (size !== (await stat(file)).size) {
      size = (await stat(file)).size;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const text = await readFile(file, 'utf8');
    await rm(file);
    return { name, text };
  }

  async emulatePrint(print: boolean) {
    await this.remote.evaluate(layOutForPrint.toString(), [print]);
  }
  dialogs() {
    return Promise.resolve([...this.opened]);
  }
  axe(tags: string[], options: { include?: string[] } = {}) {
    return axeIn(this.remote, tags, options.include);
  }
  async setFixedTime(time: Date) {
    await this.page.evaluateOnNewDocument(fixDate, time.getTime());
    await this.remote.evaluate(fixDate.toString(), [time.getTime()]);
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
  async openTab(url: string) {
    const page = new FirefoxPage(await this.context.newPage(), this.context, this.downloads);
    await page.visit(url);
    return page;
  }
  async close() {
    await this.context.close();
    await rm(this.downloads, { recursive: true, force: true });
  }
}

export async function launchFirefox(): Promise<Engine> {
  const browser: Browser = await launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'ru-RU, ru',
      // Scrollbars over the page, as on a phone and in desktop Firefox on GTK; headless
      // Firefox otherwise takes 12 px of a 360 px screen for a classic one.
      'ui.useOverlayScrollbars': 1,
    },
  });
  return {
    name: 'firefox',
    async newPage(options: PageOptions = {}) {
      const downloads = await mkdtemp(join(tmpdir(), 'its-firefox-downloads-'));
      const context = await browser.createBrowserContext({
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT * 2);
      await page.setViewport(options.viewport ?? { width: 1280, height: 720 });
      if (options.blockStorage) {
        await page.evaluateOnNewDocument(refuseStorage);
      }
      return new FirefoxPage(page, context, downloads);
    },
    close: () => browser.close(),
  };
}
