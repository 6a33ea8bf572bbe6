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
import { CHROMIUM_ARGS } from './chromium';

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
    session.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
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
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${inject('baseUrl')}${path}`);
    return { page, context, errors };
  };
  return session;
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
