import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RoleOptions, Text } from './types';

/**
 * For the engines driven from outside (Firefox over WebDriver BiDi, WebKit over classic
 * WebDriver), locators are resolved inside the page: Testing Library's role and label
 * queries (roles and accessible names as dom-accessibility-api computes them), with
 * Playwright's matching rules (a string name matches case-insensitively as a part, unless
 * exact). The script is put into each new document on first use.
 */

/** A text or pattern as it crosses into the page. */
export type TextArg = { string: string } | { source: string; flags: string };

export type Step =
  | { by: 'role'; role: string; name?: TextArg; exact?: boolean; level?: number }
  | { by: 'text'; text: TextArg; exact?: boolean }
  | { by: 'label'; text: TextArg; exact?: boolean }
  | { by: 'css'; selector: string }
  | { by: 'hasText'; text: TextArg }
  | { by: 'nth'; index: number };

export const textArg = (text: Text): TextArg =>
  typeof text === 'string' ? { string: text } : { source: text.source, flags: text.flags };

export const roleStep = (role: string, options: RoleOptions = {}): Step => ({
  by: 'role',
  role,
  ...(options.name === undefined ? {} : { name: textArg(options.name) }),
  ...(options.exact === undefined ? {} : { exact: options.exact }),
  ...(options.level === undefined ? {} : { level: options.level }),
});

/** What a page function returns when the helper is not in the document yet. */
export const MISSING = '__e2e:missing';

type Matcher = (text: string) => boolean;

type TestingLibrary = {
  queryAllByRole: (
    root: Element,
    role: string,
    options: { name?: Matcher | ((name: string) => boolean); level?: number; hidden: false },
  ) => HTMLElement[];
  queryAllByLabelText: (
    root: Element,
    matcher: (content: string) => boolean,
    options: { exact: false },
  ) => HTMLElement[];
};

/** Runs in the page (stringified): defines `window.__e2e`. */
function install() {
  const w = window as unknown as {
    TestingLibraryDom: TestingLibrary;
    __e2e?: unknown;
    __e2eErrors?: string[];
  };
  const tl = w.TestingLibraryDom;
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matcher = (text: TextArg, exact = false): Matcher => {
    if ('source' in text) {
      const pattern = new RegExp(text.source, text.flags);
      return (value) => pattern.test(normalize(value));
    }
    const wanted = normalize(text.string);
    return exact
      ? (value) => normalize(value) === wanted
      : (value) => normalize(value).toLowerCase().includes(wanted.toLowerCase());
  };
  const inOrder = (elements: Element[]) =>
    [...new Set(elements)].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  const byText = (root: Element, match: Matcher) => {
    const all = [...root.querySelectorAll('*')].filter(
      (element) => !element.closest('script, style, template, head') && match(element.textContent),
    );
    // The innermost elements holding the text, as Playwright's getByText.
    return all.filter(
      (element) => !all.some((other) => other !== element && element.contains(other)),
    );
  };
  // Inside a closed <details>, past its summary: not shown, so out of the accessibility tree
  // (Playwright's rule; Testing Library looks at display and visibility only).
  const folded = (element: Element) => {
    for (let details = element.parentElement?.closest('details'); details;) {
      const summary = details.querySelector(':scope > summary');
      if (!details.open && !summary?.contains(element)) return true;
      details = details.parentElement?.closest('details');
    }
    return false;
  };
  const step = (roots: Element[], s: Step): Element[] => {
    switch (s.by) {
      case 'role':
        return inOrder(
          roots.flatMap((root) =>
            tl
              .queryAllByRole(root, s.role, {
                hidden: false,
                ...(s.name ? { name: matcher(s.name, s.exact) } : {}),
                ...(s.level === undefined ? {} : { level: s.level }),
              })
              .filter((element) => !folded(element)),
          ),
        );
      case 'text':
        return inOrder(roots.flatMap((root) => byText(root, matcher(s.text, s.exact))));
      case 'label': {
        const match = matcher(s.text, s.exact);
        return inOrder(
          roots.flatMap((root) => tl.queryAllByLabelText(root, match, { exact: false })),
        );
      }
      case 'css':
        return inOrder(roots.flatMap((root) => [...root.querySelectorAll(s.selector)]));
      case 'hasText': {
        const match = matcher(s.text);
        return roots.filter((root) => match(root.textContent));
      }
      case 'nth': {
        const found = s.index < 0 ? roots.at(s.index) : roots[s.index];
        return found ? [found] : [];
      }
    }
  };
  const all = (steps: Step[]) => steps.reduce(step, [document.documentElement]);
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible';
  };
  const errors: string[] = (w.__e2eErrors ??= []);
  addEventListener('error', (event) => errors.push(event.message));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  // The page's own console errors are collected.
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  w.__e2e = { all, visible };
}

let source: string | undefined;

/** Testing Library's browser build and the helper, as one script to evaluate in the page. */
export function helperSource(): string {
  if (source === undefined) {
    const require = createRequire(import.meta.url);
    const umd = require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js');
    source = `${readFileSync(umd, 'utf8')};\n(${install.toString()})();\ntrue`;
  }
  return source;
}

/** The helper as seen from page functions. */
export type Helper = {
  all: (steps: Step[]) => Element[];
  visible: (element: Element) => boolean;
};
