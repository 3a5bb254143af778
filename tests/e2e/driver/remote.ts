import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MISSING, roleStep, textArg, type Helper, type Step } from './in-page';
import type { Box, Key, Locator, RoleOptions, Text } from './types';

/**
 * What a driver driven from outside the page gives the shared locator: page functions
 * evaluated with arguments (Testing Library's helper installed on first use) and real input
 * (clicks, typing, keys, files) on the single element that steps find.
 */
export interface Remote {
  /** `(fn)(...args)` evaluated in the page; promises are awaited; JSON-like values return. */
  evaluate<R>(fn: string, args: unknown[]): Promise<R>;
  click(steps: Step[], offset?: { x: number; y: number }): Promise<void>;
  /** Types into the element, which has focus and its text selected. */
  type(steps: Step[], text: string): Promise<void>;
  press(key: Key): Promise<void>;
  setFiles(steps: Step[], path: string): Promise<void>;
}

/** How long a locator waits for its element, as Playwright's default in the journeys. */
export const TIMEOUT = 5_000;

export const NOT_YET = Symbol('not yet');
export type Probe<T> = T | typeof NOT_YET;

export async function poll<T>(
  probe: () => Promise<Probe<T>>,
  what: () => string,
  timeout = TIMEOUT,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== NOT_YET) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${String(timeout)} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Calls a helper-aware page function: `fn` is the source of `(helper, ...args) => value`.
 * When a new document has no helper yet, the remote installs it and calls again.
 */
export const withHelper = (fn: string) =>
  `(...args) => { const helper = window.__e2e; if (!helper) return ${JSON.stringify(MISSING)}; return (${fn})(helper, ...args); }`;

type Found<R> = {
  count: number;
  which?: string[];
  state?: { visible: boolean; enabled: boolean };
  value?: R;
};

const describe = (steps: Step[]) =>
  steps
    .map((step) => {
      const text = (arg: { string: string } | { source: string; flags: string }) =>
        'string' in arg ? JSON.stringify(arg.string) : `/${arg.source}/${arg.flags}`;
      switch (step.by) {
        case 'role':
          return `getByRole(${step.role}${step.name ? `, ${text(step.name)}` : ''})`;
        case 'text':
        case 'label':
          return `getBy${step.by}(${text(step.text)})`;
        case 'hasText':
          return `filter(${text(step.text)})`;
        case 'css':
          return `locator(${step.selector})`;
        case 'nth':
          return `nth(${String(step.index)})`;
      }
    })
    .join('.');

export class RemoteLocator implements Locator {
  constructor(
    private readonly remote: Remote,
    private readonly steps: Step[],
  ) {}

  private with(step: Step) {
    return new RemoteLocator(this.remote, [...this.steps, step]);
  }

  getByRole(role: string, options?: RoleOptions) {
    return this.with(roleStep(role, options));
  }
  getByText(text: Text, options: { exact?: boolean } = {}) {
    return this.with({ by: 'text', text: textArg(text), ...options });
  }
  getByLabel(text: Text, options: { exact?: boolean } = {}) {
    return this.with({ by: 'label', text: textArg(text), ...options });
  }
  locator(selector: string) {
    return this.with({ by: 'css', selector });
  }
  filter(options: { hasText?: Text }) {
    return options.hasText === undefined
      ? this
      : this.with({ by: 'hasText', text: textArg(options.hasText) });
  }
  first() {
    return this.with({ by: 'nth', index: 0 });
  }
  nth(index: number) {
    return this.with({ by: 'nth', index });
  }

  private strictError(found: { count: number; which?: string[] }) {
    return new Error(
      `strict mode: ${describe(this.steps)} found ${String(found.count)} elements: ${(found.which ?? []).join(' | ')}`,
    );
  }

  /** Evaluates `fn(element, arg)` on the single element found, with its state. */
  private once<R>(fn: string, arg: unknown): Promise<Found<R>> {
    return this.remote.evaluate<Found<R>>(
      withHelper(`async (helper, steps, arg) => {
        const found = helper.all(steps);
        if (found.length !== 1) {
          return { count: found.length, which: found.slice(0, 3).map((element) => element.outerHTML.slice(0, 160)) };
        }
        const element = found[0];
        const state = { visible: helper.visible(element), enabled: !element.matches(':disabled') };
        return { count: 1, state, value: await (${fn})(element, arg) };
      }`),
      [this.steps, arg],
    );
  }

  /** Waits for exactly one element (and for it to be visible and enabled, for an action). */
  private async one<R>(fn: string, arg: unknown, actionable = false): Promise<R> {
    return poll(
      async () => {
        const found = await this.once<R>(fn, arg);
        if (found.count > 1) throw this.strictError(found);
        if (found.count === 0) return NOT_YET;
        if (actionable && !(found.state?.visible && found.state.enabled)) return NOT_YET;
        return found.value as R;
      },
      () => `${describe(this.steps)} ${actionable ? 'visible and enabled' : 'attached'}`,
    );
  }

  private all<R>(fn: string, arg?: unknown): Promise<R> {
    return this.remote.evaluate<R>(
      withHelper(`(helper, steps, arg) => (${fn})(helper.all(steps), arg)`),
      [this.steps, arg],
    );
  }

  async click(options: { position?: { x: number; y: number } } = {}) {
    // Scrolled to, then still for two frames (as Playwright waits): a card drawn only when it
    // comes near the screen (content-visibility) takes its real height as it does.
    await this.one(
      `async (element) => {
        element.scrollIntoView({ block: 'center' });
        // Part of a sticky block taller than the screen (the letter's preview under the
        // toolbar) moves with the page only part of the way: scroll on towards it, as a
        // person would, until it is on the screen.
        for (let step = 0; step < 20; step += 1) {
          const { top, height } = element.getBoundingClientRect();
          const middle = top + height / 2;
          if (middle >= 0 && middle <= innerHeight) break;
          window.scrollBy({ top: middle - innerHeight / 2, behavior: 'instant' });
        }
        const frame = () =>
          new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(resolve));
            setTimeout(resolve, 100);
          });
        let before = '';
        for (let step = 0; step < 10; step += 1) {
          await frame();
          const { x, y, width, height } = element.getBoundingClientRect();
          const now = [x, y, width, height].join();
          if (now === before) return;
          before = now;
        }
      }`,
      null,
      true,
    );
    await this.remote.click(this.steps, options.position);
  }

  /**
   * Clicks unless already so, then waits for the box clicked (kept in the page: the click may
   * add elements the locator also finds) to be checked or unchecked.
   */
  private async setChecked(checked: boolean) {
    const now = await this.one<boolean>(
      '(element) => { window.__e2eChecking = element; return element.checked; }',
      null,
      true,
    );
    if (now === checked) return;
    await this.click();
    await poll(
      async () =>
        (await this.remote.evaluate<boolean>('() => window.__e2eChecking.checked', [])) === checked
          ? true
          : NOT_YET,
      () => `${describe(this.steps)} to become ${checked ? 'checked' : 'unchecked'}`,
    );
  }
  check() {
    return this.setChecked(true);
  }
  uncheck() {
    return this.setChecked(false);
  }

  async fill(value: string) {
    const typed = await this.one<boolean>(
      `(element, value) => {
        const setOnly = ['date', 'time', 'month', 'week', 'datetime-local', 'color', 'range'];
        if (setOnly.includes(element.type) || value === '') {
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set;
          setter.call(element, value);
          element.dispatchEvent(new Event('input', { bubbles: true }));
          element.dispatchEvent(new Event('change', { bubbles: true }));
          return false;
        }
        element.focus();
        element.select();
        return true;
      }`,
      value,
      true,
    );
    if (typed) await this.remote.type(this.steps, value);
  }

  async press(key: Key) {
    await this.one('(element) => element.focus()', null);
    await this.remote.press(key);
  }

  async selectOption(option: string | { label: string }) {
    const chosen = await this.one<boolean>(
      `(select, option) => {
        const wanted = [...select.options].find((item) =>
          typeof option === 'string' ? item.value === option || item.label === option : item.label === option.label);
        if (!wanted) return false;
        select.value = wanted.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }`,
      option,
      true,
    );
    if (!chosen) throw new Error(`${describe(this.steps)} has no option ${JSON.stringify(option)}`);
  }

  async setInputFiles(path: string) {
    await this.one('() => true', null);
    await this.remote.setFiles(this.steps, path);
  }

  async scrollIntoViewIfNeeded() {
    await this.one('(element) => element.scrollIntoView({ block: "center" })', null);
  }

  async waitFor(options: { state?: 'attached' | 'visible' | 'hidden' | 'detached' } = {}) {
    const state = options.state ?? 'visible';
    await poll(
      async () => {
        const found = await this.once<null>('() => null', null);
        if (found.count > 1) throw this.strictError(found);
        const visible = found.count === 1 && found.state?.visible === true;
        const met = {
          attached: found.count === 1,
          visible,
          hidden: !visible,
          detached: found.count === 0,
        }[state];
        return met ? true : NOT_YET;
      },
      () => `${describe(this.steps)} to be ${state}`,
    );
  }

  count() {
    return this.all<number>('(elements) => elements.length');
  }
  isChecked() {
    return this.one<boolean>('(element) => element.checked', null);
  }
  isDisabled() {
    return this.one<boolean>('(element) => element.matches(":disabled")', null);
  }
  async isVisible() {
    const found = await this.once<null>('() => null', null);
    if (found.count > 1) throw this.strictError(found);
    return found.state?.visible === true;
  }
  textContent() {
    return this.one<string | null>('(element) => element.textContent', null);
  }
  allTextContents() {
    return this.all<string[]>('(elements) => elements.map((element) => element.textContent)');
  }
  getAttribute(name: string) {
    return this.one<string | null>('(element, name) => element.getAttribute(name)', name);
  }
  inputValue() {
    return this.one<string>('(element) => element.value', null);
  }
  boundingBox() {
    return this.one<Box | null>(
      `(element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      }`,
      null,
    );
  }
  evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R | Promise<R>, arg?: A) {
    return this.one<R>(fn.toString(), arg);
  }
  evaluateAll<R, A = undefined>(fn: (elements: Element[], arg: A) => R, arg?: A) {
    return this.all<R>(fn.toString(), arg);
  }
}

/**
 * Print media for engines whose driver cannot emulate it: every `@media` rule that applies
 * on paper is made to apply, and every screen-only one not, until `print` is false again.
 */
export function layOutForPrint(print: boolean) {
  const store = window as unknown as { __e2eMedia?: WeakMap<CSSMediaRule, string> };
  const original = (store.__e2eMedia ??= new WeakMap());
  const forPaper = (media: string) =>
    media
      .split(',')
      .map((query) => {
        const trimmed = query.trim();
        if (/^(only\s+)?print\b/i.test(trimmed)) return trimmed.replace(/^(only\s+)?print/i, 'all');
        if (/^(only\s+)?screen\b/i.test(trimmed)) return 'not all';
        return trimmed;
      })
      .join(', ');
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const text = original.get(rule) ?? rule.media.mediaText;
        original.set(rule, text);
        rule.media.mediaText = print ? forPaper(text) : text;
      }
      if ('cssRules' in rule) walk(rule.cssRules as CSSRuleList);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
}

export type { Helper };

/** Runs before the page's scripts: site storage refused, as with site data blocked. */
export function refuseStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Runs in the page: Date.now() and a new Date() give `time` from now on. */
export function fixDate(time: number) {
  const Real = Date;
  class Fixed extends Real {
    constructor(...args: unknown[]) {
      // new Date() is the fixed moment; a date given in any form is as asked.
      super(...((args.length === 0 ? [time] : args) as [number]));
    }
    static override now() {
      return time;
    }
  }
  window.Date = Fixed as DateConstructor;
}

let axe: string | undefined;

/** Axe-core's browser build, evaluated once per document before a run. */
export function axeSource(): string {
  axe ??= `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')};\ntrue`;
  return axe;
}

/** Runs in the page, after axeSource: the violations as `id: targets`. */
export const runAxe = `async (tags, include) => {
  const context = include.length > 0 ? { include: include.map((selector) => [selector]) } : document;
  const results = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
  return results.violations.map((violation) =>
    violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', '));
}`;

/** The violations, axe put into the page first when it is not there yet. */
export async function axeIn(
  remote: Remote,
  tags: string[],
  include: string[] = [],
): Promise<string[]> {
  if (!(await remote.evaluate<boolean>('() => "axe" in window', []))) {
    await remote.evaluate(`() => { ${axeSource()} }`, []);
  }
  return remote.evaluate<string[]>(runAxe, [tags, include]);
}
