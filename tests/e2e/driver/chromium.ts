import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator as PlaywrightLocator,
  type Page as PlaywrightPage,
} from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome';
import { refuseStorage } from './remote';
import type { Download, Engine, Key, Locator, Page, PageOptions, RoleOptions, Text } from './types';

/** Playwright's locators as they are; the journeys' subset of them. */
class ChromiumLocator implements Locator {
  constructor(readonly native: PlaywrightLocator) {}

  getByRole(role: string, options?: RoleOptions) {
    return new ChromiumLocator(
      this.native.getByRole(role as Parameters<PlaywrightLocator['getByRole']>[0], options),
    );
  }
  getByText(text: Text, options?: { exact?: boolean }) {
    return new ChromiumLocator(this.native.getByText(text, options));
  }
  getByLabel(text: Text, options?: { exact?: boolean }) {
    return new ChromiumLocator(this.native.getByLabel(text, options));
  }
  locator(selector: string) {
    return new ChromiumLocator(this.native.locator(selector));
  }
  filter(options: { hasText?: Text }) {
    return new ChromiumLocator(this.native.filter(options));
  }
  first() {
    return new ChromiumLocator(this.native.first());
  }
  nth(index: number) {
    return new ChromiumLocator(this.native.nth(index));
  }
  click(options?: { position?: { x: number; y: number } }) {
    return this.native.click(options);
  }
  check() {
    return this.native.check();
  }
  uncheck() {
    return this.native.uncheck();
  }
  fill(value: string) {
    return this.native.fill(value);
  }
  press(key: Key) {
    return this.native.press(key);
  }
  async selectOption(option: string | { label: string }) {
    await this.native.selectOption(option);
  }
  setInputFiles(path: string) {
    return this.native.setInputFiles(path);
  }
  scrollIntoViewIfNeeded() {
    return this.native.scrollIntoViewIfNeeded();
  }
  waitFor(options?: { state?: 'attached' | 'visible' | 'hidden' | 'detached' }) {
    return this.native.waitFor(options);
  }
  count() {
    return this.native.count();
  }
  isChecked() {
    return this.native.isChecked();
  }
  isDisabled() {
    return this.native.isDisabled();
  }
  isVisible() {
    return this.native.isVisible();
  }
  textContent() {
    return this.native.textContent();
  }
  allTextContents() {
    return this.native.allTextContents();
  }
  getAttribute(name: string) {
    return this.native.getAttribute(name);
  }
  inputValue() {
    return this.native.inputValue();
  }
  boundingBox() {
    return this.native.boundingBox();
  }
  evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R | Promise<R>, arg?: A) {
    return this.native.evaluate(fn as (element: Element, arg: unknown) => R | Promise<R>, arg);
  }
  evaluateAll<R, A = undefined>(fn: (elements: Element[], arg: A) => R, arg?: A) {
    return this.native.evaluateAll(fn as (elements: Element[], arg: unknown) => R, arg);
  }
}

class ChromiumPage implements Page {
  readonly engine = 'chromium';
  readonly errors: string[] = [];
  private readonly opened: string[] = [];

  constructor(
    readonly native: PlaywrightPage,
    readonly context: BrowserContext,
  ) {
    native.on('pageerror', (error) => this.errors.push(error.message));
    native.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    native.on('dialog', (dialog) => {
      this.opened.push(dialog.message());
      void dialog.dismiss();
    });
  }

  getByRole(role: string, options?: RoleOptions) {
    return new ChromiumLocator(
      this.native.getByRole(role as Parameters<PlaywrightPage['getByRole']>[0], options),
    );
  }
  getByText(text: Text, options?: { exact?: boolean }) {
    return new ChromiumLocator(this.native.getByText(text, options));
  }
  getByLabel(text: Text, options?: { exact?: boolean }) {
    return new ChromiumLocator(this.native.getByLabel(text, options));
  }
  locator(selector: string) {
    return new ChromiumLocator(this.native.locator(selector));
  }
  private async ready() {
    await this.native.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  }
  async visit(url: string) {
    await this.native.goto(url);
    await this.ready();
  }
  async reload() {
    await this.native.reload();
    await this.ready();
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.native.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }
  press(key: Key) {
    return this.native.keyboard.press(key);
  }
  setViewportSize(size: { width: number; height: number }) {
    return this.native.setViewportSize(size);
  }
  waitForTimeout(ms: number) {
    return this.native.waitForTimeout(ms);
  }
  title() {
    return this.native.title();
  }
  async download(action: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.native.waitForEvent('download'), action()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
  emulatePrint(print: boolean) {
    return this.native.emulateMedia({ media: print ? 'print' : 'screen' });
  }
  dialogs() {
    return Promise.resolve([...this.opened]);
  }
  async axe(tags: string[], options: { include?: string[] } = {}) {
    const builder = new AxeBuilder({ page: this.native }).withTags(tags);
    for (const selector of options.include ?? []) builder.include(selector);
    const results = await builder.analyze();
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }
  setFixedTime(time: Date) {
    return this.native.clock.setFixedTime(time);
  }
  async screenshot(path: string) {
    await this.native.screenshot({ path });
  }
  async openTab(url: string) {
    const page = new ChromiumPage(await this.context.newPage(), this.context);
    await page.visit(url);
    return page;
  }
  close() {
    return this.context.close();
  }
}

/** Debian's Chromium (or CHROME_PATH) through playwright-core, as the journeys always ran. */
export async function launchChromium(): Promise<Engine & { native: Browser }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  return {
    name: 'chromium',
    native: browser,
    async newPage(options: PageOptions = {}) {
      const context = await browser.newContext({
        locale: 'ru-RU',
        acceptDownloads: true,
        ...(options.viewport ? { viewport: options.viewport } : {}),
      });
      context.setDefaultTimeout(5_000);
      if (options.blockStorage) {
        await context.addInitScript(refuseStorage);
      }
      return new ChromiumPage(await context.newPage(), context);
    },
    close: () => browser.close(),
  };
}
