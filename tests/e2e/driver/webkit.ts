import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { helperSource, MISSING, type Step } from './in-page';
import {
  axeIn,
  fixDate,
  layOutForPrint,
  NOT_YET,
  poll,
  RemoteLocator,
  withHelper,
  type Remote,
} from './remote';
import type { Download, Engine, Key, Page, PageOptions, Text } from './types';

/**
 * WebKitGTK (Safari's engine) through its classic WebDriver server, over plain HTTP: Debian's
 * WebKitWebDriver and MiniBrowser, on an X display of their own (Xvfb) unless WEBKIT_DISPLAY
 * names one. WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH override where they are found.
 */
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
type ElementRef = { [ELEMENT]: string };

/** WebDriver's code points for the keys journeys press. */
const keys: Record<Key, string> = { Tab: '\uE004', Space: ' ', Escape: '\uE00C', Enter: '\uE007' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts Xvfb on a display it picks itself (-displayfd) and returns its name. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(
    xvfbPath,
    ['-displayfd', '1', '-screen', '0', '1400x1100x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${String(code)}`)));
  });
  return { display, process: xvfb };
}

type Reply<T> = { value: T };

class Session {
  private current: string | null = null;
  constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  async send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      // A command that hangs fails the journey with its name instead of running out its time.
      signal: AbortSignal.timeout(20_000),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    }).catch((error: unknown) => {
      throw new Error(
        `WebDriver ${method} ${path} ${JSON.stringify(body ?? '')}: ${String(error)}`,
      );
    });
    const reply = (await response.json()) as Reply<T & { error?: string; message?: string }>;
    if (!response.ok) {
      throw new Error(`WebDriver ${path}: ${reply.value.error ?? ''} ${reply.value.message ?? ''}`);
    }
    return reply.value;
  }

  /** Makes the window the one commands go to. */
  async use(handle: string) {
    if (this.current === handle) return;
    await this.send('POST', '/window', { handle });
    this.current = handle;
  }
}

class WebKitRemote implements Remote {
  readonly errors: string[] = [];
  constructor(private readonly session: Session) {}

  private async execute<R>(fn: string, args: unknown[]): Promise<R> {
    // Errors the page logged are drained with every call, so journeys can read them.
    const [value, errors] = await this.session.send<[R, string[]]>('POST', '/execute/sync', {
      script: `return Promise.resolve((${fn}).apply(null, arguments)).then((value) => [value, window.__e2eErrors ? window.__e2eErrors.splice(0) : []]);`,
      args,
    });
    this.errors.push(...errors);
    return value;
  }

  async evaluate<R>(fn: string, args: unknown[]): Promise<R> {
    const result = await this.execute<R | typeof MISSING>(fn, args);
    if (result !== MISSING) return result;
    await this.session.send('POST', '/execute/sync', {
      script: `${helperSource()}; return true;`,
      args: [],
    });
    return this.execute<R>(fn, args);
  }

  private async element(steps: Step[]): Promise<string> {
    const ref = await this.evaluate<ElementRef | null>(
      withHelper('(helper, steps) => helper.all(steps)[0] ?? null'),
      [steps],
    );
    if (!ref) throw new Error('the element is gone');
    return ref[ELEMENT];
  }

  /**
   * WebDriver's element click, or for a point other than the middle, or an element that
   * WebDriver calls "not interactable" (a sticky one), a mouse click at a point measured in
   * the page once the element is scrolled into view.
   */
  async click(steps: Step[], offset?: { x: number; y: number }) {
    if (!offset) {
      const id = await this.element(steps);
      try {
        await this.session.send('POST', `/element/${id}/click`);
        return;
      } catch (error) {
        if (!String(error).includes('not interactable')) throw error;
      }
    }
    const point = await this.evaluate<{ x: number; y: number; covered?: string } | null>(
      withHelper(`(helper, steps, offset) => {
        const element = helper.all(steps)[0];
        if (!element) return null;
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        // Part of a sticky block taller than the screen moves with the page only part of the
        // way: scroll on towards it, as a person would, until it is on the screen.
        for (let step = 0; step < 20; step += 1) {
          const { top, height } = element.getBoundingClientRect();
          const middle = top + height / 2;
          if (middle >= 0 && middle <= innerHeight) break;
          window.scrollBy({ top: middle - innerHeight / 2, behavior: 'instant' });
        }
        const box = element.getBoundingClientRect();
        const at = offset ?? { x: box.width / 2, y: box.height / 2 };
        const point = { x: Math.round(box.left + at.x), y: Math.round(box.top + at.y) };
        const hit = document.elementFromPoint(point.x, point.y);
        if (!hit || !(element.contains(hit) || hit.contains(element) && hit.tagName === 'LABEL')) {
          return { covered: hit ? hit.outerHTML.slice(0, 120) : 'nothing', ...point };
        }
        return point;
      }`),
      [steps, offset ?? null],
    );
    if (!point) throw new Error('the element is gone');
    if (point.covered) throw new Error(`the click would land on ${point.covered}`);
    await this.session.send('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin: 'viewport', ...point },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.session.send('DELETE', '/actions');
  }

  async type(steps: Step[], text: string) {
    const id = await this.element(steps);
    await this.session.send('POST', `/element/${id}/value`, { text });
  }

  async press(key: Key) {
    const value = keys[key];
    await this.session.send('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
  }

  async setFiles(steps: Step[], path: string) {
    const id = await this.element(steps);
    await this.session.send('POST', `/element/${id}/value`, { text: path });
  }
}

/**
 * Runs in the page: keeps each Blob the page makes a URL for, and each file a download link
 * hands over, with its name, instead of the browser saving it. Reading the Blob itself needs no fetch, so the page's
 * Content-Security-Policy (connect-src 'self') is not in the way.
 */
function catchDownloads() {
  const w = window as unknown as {
    __e2eDownloads?: { name: string; blob: Blob }[];
  };
  if (w.__e2eDownloads) return;
  const files: { name: string; blob: Blob }[] = (w.__e2eDownloads = []);
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the link as this
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickAndKeep(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    // Taken here and not handed on: MiniBrowser's download bar would shrink the viewport.
    if (this.download && blob) files.push({ name: this.download, blob });
    else click.call(this);
  };
}

class WebKitPage implements Page {
  readonly engine = 'webkit';
  private readonly remote: WebKitRemote;
  private readonly root: RemoteLocator;
  /** Set when the viewport is narrower than MiniBrowser's window can be: the app is framed. */
  private frame: { width: number; height: number } | null = null;
  private framed = false;
  private fixedTime: number | null = null;

  constructor(
    private readonly session: Session,
    private readonly handle: string,
    private readonly stop: () => void = () => undefined,
  ) {
    const remote = new WebKitRemote(session);
    const switching: Remote = {
      evaluate: async (fn, args) => (await this.use(), remote.evaluate(fn, args)),
      click: async (steps, offset) => (await this.use(), remote.click(steps, offset)),
      type: async (steps, text) => (await this.use(), remote.type(steps, text)),
      press: async (key) => (await this.use(), remote.press(key)),
      setFiles: async (steps, path) => (await this.use(), remote.setFiles(steps, path)),
    };
    this.remote = remote;
    this.root = new RemoteLocator(switching, []);
  }

  get errors() {
    return this.remote.errors;
  }

  private async use() {
    await this.session.use(this.handle);
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

  private async ready() {
    await poll(
      async () =>
        (await this.remote.evaluate<boolean>(
          '() => document.documentElement.dataset.app === "ready" && !window.__e2eLeaving',
          [],
        ))
          ? true
          : NOT_YET,
      () => 'the app to start',
      10_000,
    );
    if (this.fixedTime !== null) await this.remote.evaluate(fixDate.toString(), [this.fixedTime]);
  }

  async visit(url: string) {
    await this.use();
    if (this.frame && !this.framed) {
      await this.frameFor(url);
      return;
    }
    if (this.frame) {
      await this.session.send('POST', '/frame/parent');
      await this.remote.evaluate('(url) => { document.querySelector("iframe").src = url; }', [url]);
      await this.session.send('POST', '/frame', { id: 0 });
    } else {
      await this.session.send('POST', '/url', { url });
    }
    await this.ready();
  }

  async reload() {
    await this.use();
    if (this.frame) {
      await this.remote.evaluate('() => { window.__e2eLeaving = true; location.reload(); }', []);
    } else {
      await this.session.send('POST', '/refresh');
    }
    await this.ready();
  }

  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    await this.use();
    return this.remote.evaluate<R>(fn.toString(), [arg]);
  }

  async press(key: Key) {
    await this.use();
    await this.remote.press(key);
  }

  async setViewportSize(size: { width: number; height: number }) {
    await this.use();
    if (this.frame) {
      await this.session.send('POST', '/frame/parent');
      await this.remote.evaluate(
        '(size) => Object.assign(document.querySelector("iframe").style, { width: `${size.width}px`, height: `${size.height}px` })',
        [size],
      );
      await this.session.send('POST', '/frame', { id: 0 });
      this.frame = size;
      return;
    }
    const inner = () =>
      this.remote.evaluate<{ width: number; height: number }>(
        '() => ({ width: innerWidth, height: innerHeight })',
        [],
      );
    await this.session.send('POST', '/window/rect', size);
    const first = await inner();
    await this.session.send('POST', '/window/rect', {
      width: 2 * size.width - first.width,
      height: 2 * size.height - first.height,
    });
    const now = await inner();
    if (now.width !== size.width) {
      // MiniBrowser's window has a minimum width (its toolbar): the app goes into a frame of
      // exactly that size, on a page of the same origin, as a phone's screen would hold it.
      this.frame = size;
      await this.session.send('POST', '/window/rect', { width: 1024, height: size.height + 200 });
      // A page already open moves into the frame, at the same address.
      const url = await this.session.send<string>('GET', '/url');
      if (url.startsWith('http')) await this.frameFor(url);
    }
  }

  /**
   * Before the first visit of a framed page: a page of the app's origin that holds only a
   * frame of the viewport's size.
   */
  private async frameFor(url: string) {
    if (!this.frame) return;
    this.framed = true;
    const { width, height } = this.frame;
    await this.session.send('POST', '/url', { url });
    await this.ready();
    await this.remote.evaluate(
      `(url, width, height) => {
        document.open();
        document.write('<!doctype html><body></body>');
        document.close();
        // Styles through the CSSOM: the page's Content-Security-Policy allows no inline style.
        document.body.style.margin = '0';
        const frame = document.createElement('iframe');
        frame.setAttribute('scrolling', 'no');
        Object.assign(frame.style, { border: '0', width: width + 'px', height: height + 'px' });
        frame.src = url;
        document.body.append(frame);
      }`,
      [url, width, height],
    );
    await this.session.send('POST', '/frame', { id: 0 });
    await this.ready();
  }

  waitForTimeout(ms: number) {
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  }
  async title() {
    await this.use();
    return this.remote.evaluate<string>('() => document.title', []);
  }

  /**
   * Classic WebDriver tells nothing of downloads: the file is read where the page hands it
   * to the browser, at the download link it clicks (a Blob URL with a file name).
   */
  async download(action: () => Promise<void>): Promise<Download> {
    await this.use();
    await this.remote.evaluate(catchDownloads.toString(), []);
    await action();
    return poll(
      async () =>
        (await this.remote.evaluate<Download | null>(
          `async () => {
            const file = window.__e2eDownloads.shift();
            return file ? { name: file.name, text: await file.blob.text() } : null;
          }`,
          [],
        )) ?? NOT_YET,
      () => 'a download',
    );
  }

  async emulatePrint(print: boolean) {
    await this.use();
    await this.remote.evaluate(layOutForPrint.toString(), [print]);
  }

  async dialogs() {
    await this.use();
    try {
      const text = await this.session.send<string>('GET', '/alert/text');
      await this.session.send('POST', '/alert/dismiss');
      return [text];
    } catch {
      return [];
    }
  }

  async axe(tags: string[], options: { include?: string[] } = {}) {
    await this.use();
    return axeIn(this.remote, tags, options.include);
  }

  /** No script runs before the page's own here: the clock is set again once the app is up. */
  async setFixedTime(time: Date) {
    this.fixedTime = time.getTime();
    await this.use();
    await this.remote.evaluate(fixDate.toString(), [this.fixedTime]);
  }

  async screenshot(path: string) {
    await this.use();
    const png = await this.session.send<string>('GET', '/screenshot');
    await writeFile(path, Buffer.from(png, 'base64'));
  }

  async openTab(url: string) {
    const { handle } = await this.session.send<{ handle: string }>('POST', '/window/new', {
      type: 'tab',
    });
    const page = new WebKitPage(this.session, handle);
    await page.visit(url);
    return page;
  }

  async close() {
    await this.session.send('DELETE', '').catch(() => undefined);
    this.stop();
  }
}

/**
 * A WebKitWebDriver of its own for each page (each profile), in its own process group, so
 * that stopping it stops the MiniBrowser it started too.
 */
async function startDriver(display: string): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${String(port)}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (driver.pid !== undefined) process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const base = `http://127.0.0.1:${String(port)}`;
  await poll(
    async () =>
      (await fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      ))
        ? true
        : NOT_YET,
    () => 'WebKitWebDriver to listen',
    10_000,
  ).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { base, stop };
}

/** A session: MiniBrowser started by the driver with these arguments. */
async function newSession(base: string, args: string[]): Promise<Session> {
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    signal: AbortSignal.timeout(20_000),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: { 'webkitgtk:browserOptions': { binary: webkitBrowserPath, args } },
      },
    }),
  });
  const reply = (await response.json()) as Reply<{ sessionId: string; message?: string }>;
  if (!response.ok) throw new Error(`WebKit session: ${reply.value.message ?? ''}`);
  return new Session(base, reply.value.sessionId);
}

export async function launchWebKit(): Promise<Engine> {
  const xvfb = process.env.WEBKIT_DISPLAY ? null : await startXvfb();
  const display = process.env.WEBKIT_DISPLAY ?? xvfb?.display ?? ':99';
  const stops = new Set<() => void>();
  return {
    name: 'webkit',
    async newPage(options: PageOptions = {}) {
      const args = ['--automation'];
      if (options.blockStorage) args.push('--enable-html5-local-storage=false');
      // On a busy machine MiniBrowser now and then never answers its driver: a second try
      // with a fresh driver.
      for (let attempt = 1; ; attempt += 1) {
        const driver = await startDriver(display);
        stops.add(driver.stop);
        try {
          const session = await newSession(driver.base, args);
          const handle = await session.send<string>('GET', '/window');
          const page = new WebKitPage(session, handle, () => {
            driver.stop();
            stops.delete(driver.stop);
          });
          await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
          return page;
        } catch (error) {
          driver.stop();
          stops.delete(driver.stop);
          if (attempt === 2) throw error;
        }
      }
    },
    async close() {
      for (const stop of stops) stop();
      xvfb?.process.kill();
      await Promise.resolve();
    },
  };
}
