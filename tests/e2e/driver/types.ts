/**
 * What a journey may ask of a browser, whichever engine runs it: a subset of Playwright's
 * page and locator, spoken in roles, accessible names, labels and texts. Each engine has a
 * thin driver behind it (chromium.ts, firefox.ts, webkit.ts).
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export type Text = string | RegExp;

export type RoleOptions = { name?: Text; exact?: boolean; level?: number };

export type Box = { x: number; y: number; width: number; height: number };

export interface Locator {
  getByRole(role: string, options?: RoleOptions): Locator;
  getByText(text: Text, options?: { exact?: boolean }): Locator;
  getByLabel(text: Text, options?: { exact?: boolean }): Locator;
  locator(selector: string): Locator;
  filter(options: { hasText?: Text }): Locator;
  first(): Locator;
  nth(index: number): Locator;

  click(options?: { position?: { x: number; y: number } }): Promise<void>;
  check(): Promise<void>;
  uncheck(): Promise<void>;
  /** Replaces the value as typed; date inputs get their value set, as Playwright does. */
  fill(value: string): Promise<void>;
  press(key: Key): Promise<void>;
  selectOption(option: string | { label: string }): Promise<void>;
  setInputFiles(path: string): Promise<void>;
  scrollIntoViewIfNeeded(): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'visible' | 'hidden' | 'detached' }): Promise<void>;

  count(): Promise<number>;
  isChecked(): Promise<boolean>;
  isDisabled(): Promise<boolean>;
  isVisible(): Promise<boolean>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  inputValue(): Promise<string>;
  boundingBox(): Promise<Box | null>;
  evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  evaluateAll<R, A = undefined>(fn: (elements: Element[], arg: A) => R, arg?: A): Promise<R>;
}

/** The keys journeys press. */
export type Key = 'Tab' | 'Space' | 'Escape' | 'Enter';

export type Download = { name: string; text: string };

export interface Page {
  readonly engine: EngineName;
  /** Console errors and uncaught exceptions seen so far (see README for WebKit's limits). */
  readonly errors: string[];
  getByRole(role: string, options?: RoleOptions): Locator;
  getByText(text: Text, options?: { exact?: boolean }): Locator;
  getByLabel(text: Text, options?: { exact?: boolean }): Locator;
  locator(selector: string): Locator;

  /** Goes to the address and waits until the app has taken over the painted page. */
  visit(url: string): Promise<void>;
  /** Reloads and waits until the app has taken over again. */
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  press(key: Key): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  title(): Promise<string>;
  /** Runs the action and returns the file it made the browser download. */
  download(action: () => Promise<void>): Promise<Download>;
  /** Lays the page out for paper (print media) or back for the screen. */
  emulatePrint(print: boolean): Promise<void>;
  /** Messages of alert(), confirm() and prompt() dialogs that opened (and were dismissed). */
  dialogs(): Promise<string[]>;
  /** Axe-core's violations of these rule tags on the page as it is (or the parts of it
   * matching `include`), as `id: targets`. */
  axe(tags: string[], options?: { include?: string[] }): Promise<string[]>;
  /** Date.now() and new Date() give this moment from now on, reloads included. */
  setFixedTime(time: Date): Promise<void>;
  /** A picture of the viewport, as a PNG file. */
  screenshot(path: string): Promise<void>;
  /** A second tab of the same browser profile, at the same address, app ready. */
  openTab(url: string): Promise<Page>;
  /** Closes the page with its whole profile (all its tabs). */
  close(): Promise<void>;
}

export type PageOptions = {
  viewport?: { width: number; height: number };
  /** The browser refuses site storage, as with site data blocked. */
  blockStorage?: boolean;
};

export interface Engine {
  readonly name: EngineName;
  /** A page in a fresh profile (empty storage), not yet navigated. */
  newPage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}
