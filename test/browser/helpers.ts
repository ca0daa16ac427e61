import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from './chromium';

export { CHROMIUM_PATH, launchBrowser };
import { ensurePreviewBuilds } from '../../src/preview/build-preview';
import { startPreview, type Preview } from '../../src/preview/server';

/**
 * Shared setup for the browser tests: one preview server (its own sample
 * site) and one Chromium per test file; the preview builds are made once and
 * reused by every file (a lock keeps parallel workers from building twice).
 */

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test', 'screenshots');
/** A fixed today: the sample site's data is dated relative to it, so the tests see the same PIs every day. */
export const TEST_TODAY = '2026-11-26';

/** beforeAll may build the preview front ends (about 10 s; more on a slow machine). */
export const SETUP_TIMEOUT_MS = 180_000;

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

let warned = false;
/** `describe` when Chromium is installed; otherwise the block is skipped with one clear message. */
export const describeBrowser = (name: string, body: () => void): void => {
  if (chromiumAvailable) {
    describe(name, body);
    return;
  }
  if (!warned) {
    warned = true;
    console.warn(`Chromium not found at ${CHROMIUM_PATH}: browser tests skipped; install it with apt-get install -y chromium`);
  }
  describe.skip(name, body);
};


export interface BrowserFixture {
  readonly preview: Preview;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far (each test should leave this empty). */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Builds if needed, starts a preview on a random port and a browser pointed at it. */
export const startFixture = async (): Promise<BrowserFixture> => {
  await ensurePreviewBuilds(PROJECT_ROOT);
  const preview = await startPreview({ port: 0, host: '127.0.0.1', today: TEST_TODAY, projectRoot: PROJECT_ROOT, quiet: true });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  });
  return {
    preview,
    browser,
    context,
    problems,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await preview.close();
    },
  };
};

/**
 * The fixture for one describe block: started before its tests, closed
 * after them, and every test must leave no console error, page error or CSP
 * violation behind. Call inside the describe; read the fixture with the
 * returned function.
 */
export const useBrowserFixture = (): (() => BrowserFixture) => {
  let fx: BrowserFixture | undefined;
  beforeAll(async () => {
    fx = await startFixture();
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await fx?.close();
  });
  afterEach(() => {
    expect(fx?.problems).toEqual([]);
    fx?.problems.splice(0);
  });
  return () => {
    if (fx === undefined) throw new Error('the browser fixture has not started');
    return fx;
  };
};

export type User = 'alex' | 'priya' | 'sam';
export type Theme = 'light' | 'dark';

/** A preview page URL with the query the preview bridge reads its context from. */
export const pageUrl = (
  preview: Preview,
  resource: string,
  query: Readonly<Record<string, string | number | undefined>> = {},
): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return `${preview.url}${resource}/${qs === '' ? '' : `?${qs}`}`;
};

export const openPage = async (fixture: BrowserFixture, url: string): Promise<Page> => {
  const page = await fixture.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
};

/** Calls a resolver through the preview's /api/invoke, as the browser would. */
export const invoke = async (
  preview: Preview,
  functionKey: string,
  payload: unknown,
  context: Readonly<Record<string, unknown>> = { user: 'alex' },
): Promise<{ status: number; body: unknown }> => {
  const res = await fetch(`${preview.url}api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ functionKey, payload, context }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

/** The data of an ok envelope; throws with the error when it is not. */
export const invokeData = async <T>(preview: Preview, functionKey: string, payload: unknown, context?: Readonly<Record<string, unknown>>): Promise<T> => {
  const { status, body } = await invoke(preview, functionKey, payload, context);
  const envelope = body as { ok?: boolean; data?: T; error?: unknown };
  if (status !== 200 || envelope.ok !== true) throw new Error(`${functionKey} failed (${status}): ${JSON.stringify(body)}`);
  return envelope.data as T;
};

const AXE_PATH = join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations (as readable strings). */
export const seriousAxeViolations = async (page: Page): Promise<string[]> => {
  // The preview's CSP (like Forge's) blocks inline script, so addScriptTag cannot inject axe;
  // DevTools evaluation is not subject to the page's CSP.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact ?? ''} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
};

export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};

/** The computed background colour of <body> (or of the first element with one, walking down). */
export const backgroundColour = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const transparent = (c: string) => c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
    const candidates = [document.body, document.getElementById('root'), document.querySelector('#root > *'), document.documentElement];
    for (const el of candidates) {
      if (el instanceof HTMLElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (!transparent(c)) return c;
      }
    }
    return 'rgba(0, 0, 0, 0)';
  });

export interface CliJsonReport {
  readonly headline: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly items: readonly { readonly key: string; readonly verdict: string; readonly score: number }[];
}

/** Runs `factory-gravity scan --sample --format json ...` in-process and parses its output. */
export const runCliJson = async (args: readonly string[]): Promise<CliJsonReport> => {
  const { main } = await import('../../src/cli/main');
  let out = '';
  let err = '';
  const code = await main(['scan', '--sample', '--format', 'json', '--today', TEST_TODAY, ...args], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: {},
    readFile: () => Promise.reject(new Error('no files in this test')),
    writeFile: () => Promise.reject(new Error('no files in this test')),
    now: () => new Date(`${TEST_TODAY}T12:00:00Z`),
  });
  if (code !== 0) throw new Error(`CLI exited ${code}: ${err}`);
  return JSON.parse(out) as CliJsonReport;
};

/**
 * Polls `predicate` in the page until it returns true. Playwright's
 * waitForFunction builds its predicate with eval, which the preview's CSP
 * (like Forge's) forbids; page.evaluate goes through DevTools and is allowed.
 */
export const waitInPage = async <A>(page: Page, predicate: (arg: A) => boolean, arg: A, timeout = 15_000, what = 'a condition'): Promise<void> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate as (a: unknown) => boolean, arg as unknown)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Waits until the page has rendered and finished loading its data (no loading spinner left). */
export const waitForSettled = async (page: Page, timeout = 15_000): Promise<void> => {
  await waitInPage(
    page,
    () => {
      const root = document.getElementById('root');
      const rendered = root === null ? document.body.children.length > 0 : root.childElementCount > 0;
      return rendered && document.querySelector('[data-testid="loading"]') === null;
    },
    undefined,
    timeout,
    'the page to render',
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** Polls `read` until it returns `expected` (deep equality by JSON) or the time is up; returns the last value seen. */
export const eventually = async <T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
};
