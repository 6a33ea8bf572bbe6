import { mkdirSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';

export { inject };

// Tests that work out a figure's expected text with the app's own formatting (first-screen,
// firefox) need the message catalogs the app loads before its first render (catalogs.ts).
await Promise.all([loadCatalog('en'), loadCatalog('zh')]);
import { CHROMIUM_FLAGS } from '../../../scripts/preview-server.mjs';
import { loadCatalog } from '../../../src/i18n/catalogs';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export const VIEWPORTS = {
  desktop: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const;

/** `describe` that runs only where Chromium exists (global setup prints why it does not). */
export const describeBrowser = (name: string, fn: () => void) =>
  inject('chromiumPath') ? describe(name, fn) : describe.skip(name, fn);

export interface Session {
  browser: Browser;
  /** A fresh context (like a new browser profile) with a page, collecting console errors. */
  open(path: string, options?: BrowserContextOptions): Promise<OpenedPage>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** One browser per test file; every `open` gets its own context, closed after the file. */
export function useBrowser(): Session {
  const contexts: BrowserContext[] = [];
  const session = {} as Session;
  beforeAll(async () => {
    const executablePath = inject('chromiumPath');
    if (!executablePath) return;
    session.browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await (session.browser as Browser | undefined)?.close();
  });
  session.open = async (path, options) => {
    const context = await session.browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'en-US',
      ...options,
    });
    contexts.push(context);
    await context.addInitScript(interceptPrint);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      // A bare SVG document (the neutral first page of a session) has no icon link, so Chromium
      // asks for /favicon.ico on its own, sometimes after the test has started: not the app's error.
      if (msg.type() !== 'error' || msg.location().url.endsWith('/favicon.ico')) return;
      errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${inject('baseUrl')}${path}`);
    return { page, context, errors };
  };
  return session;
}

/**
 * The print dialog: `window.print()` in headless Chromium starts a print job of its own, and a
 * `page.pdf` while that job runs fails with "Page is already being printed" (seen on a busy
 * 2-core machine). Every page of a session gets this stand-in before its first script runs: it
 * counts the calls, so a test waits for the app's own call and then prints once, in order.
 */
function interceptPrint() {
  const w = window as Window & { printCalls?: number };
  w.printCalls = 0;
  window.print = () => {
    w.printCalls = (w.printCalls ?? 0) + 1;
  };
}

/**
 * Chooses a language with the header's switch, as a reader does. The new language's words load
 * first (src/i18n/catalogs.ts), so the switch shows the choice a moment after the click: wait for
 * it rather than expect it at once (Playwright's `check` does).
 */
export async function chooseLanguage(page: Page, name: 'English' | '中文'): Promise<void> {
  await page.getByRole('radio', { name }).click({ force: true });
  await page.getByRole('radio', { name, checked: true }).waitFor({ state: 'attached' });
}

/** Waits until the app has called `window.print()` at least `count` times in all. */
export async function waitForPrintCall(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (n) => ((window as Window & { printCalls?: number }).printCalls ?? 0) >= n,
    count,
  );
}

/** Waits until the dataset has loaded and the headline figures are on screen. */
export async function waitForFigures(page: Page): Promise<void> {
  await page.getByTestId('kpi-tile').first().waitFor();
}

/**
 * The query string the app has written, as an object. Read inside the page: Playwright's own
 * page.url() learns of history.pushState a moment later, which makes tests race.
 */
export async function queryOf(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await page.evaluate(() => window.location.search)));
}

/**
 * Brings each panel's chart near the viewport so it draws (charts render when they come into
 * view), and waits for the chart, table or empty state.
 */
export async function drawPanels(
  page: Page,
  ids: readonly string[] = ['rankings', 'companies', 'nev', 'targets'],
): Promise<void> {
  for (const id of ids) {
    await scrollToChart(page, id);
    await page
      .locator(`[data-panel=${id}]`)
      .locator('svg.recharts-surface, [data-testid=data-table], [data-testid=empty-state]')
      .first()
      .waitFor();
  }
}

/** Scrolls a panel's chart area (or the placeholder it waits in) into view, in one step. */
export async function scrollToChart(page: Page, id: string): Promise<void> {
  await page.locator(`[data-panel=${id}]`).waitFor();
  await page.evaluate((panelId) => {
    document
      .querySelector(
        `[data-panel=${panelId}] :is([data-testid=chart-placeholder], svg.recharts-surface, [data-testid=data-table], [data-testid=empty-state])`,
      )
      ?.scrollIntoView({ block: 'center' });
  }, id);
}

/**
 * Waits until the boxes of what `selector` matches, the page's size and its scroll position hold
 * still for `frames` animation frames in a row (at most 10 s): a layout that has settled (charts
 * sized to their box, type scaled, a scroll finished), instead of a guessed sleep.
 */
export async function waitForSteady(page: Page, selector: string, frames = 10): Promise<void> {
  await page.evaluate(
    async ({ selector, frames }) => {
      await document.fonts.ready;
      const signature = () => {
        const parts = [
          document.documentElement.scrollWidth,
          document.documentElement.scrollHeight,
          window.scrollX,
          window.scrollY,
        ];
        for (const el of document.querySelectorAll(selector)) {
          const r = el.getBoundingClientRect();
          parts.push(r.x, r.y, r.width, r.height, el.querySelectorAll('*').length);
        }
        return parts.join(',');
      };
      const deadline = performance.now() + 10_000;
      let last = signature();
      for (let same = 0; same < frames && performance.now() < deadline;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = signature();
        same = now === last ? same + 1 : 0;
        last = now;
      }
    },
    { selector, frames },
  );
}
