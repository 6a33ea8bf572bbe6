// Firefox ESR (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core: the second
// browser engine the core checks run in. Chromium stays on playwright-core (support/browser.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { SCREENSHOT_DIR, VIEWPORTS } from './browser';
import { FIREFOX_DEFAULT, FIREFOX_INSTALL } from './find-firefox';

/**
 * `describe` that runs where Firefox exists. Without it a developer gets a loud banner and a
 * skipped suite naming the binary; CI (which installs firefox-esr in .ci/run) gets a failing test.
 */
export function describeFirefox(name: string, fn: () => void): void {
  if (inject('firefoxPath')) {
    describe(name, fn);
    return;
  }
  const missing = `no Firefox at ${process.env.FIREFOX_PATH || FIREFOX_DEFAULT} ($FIREFOX_PATH overrides)`;
  if (process.env.CI) {
    describe(name, () => {
      it('needs Firefox ESR', () => {
        throw new Error(`CI: ${missing}. Install it: ${FIREFOX_INSTALL}`);
      });
    });
    return;
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! FIREFOX TESTS SKIPPED: ${missing}.\n!! Install it with:  ${FIREFOX_INSTALL}\n` +
      `!! (CI installs it itself and fails instead of skipping.)\n${line}\n`,
  );
  describe.skip(`${name} — SKIPPED: ${missing}; ${FIREFOX_INSTALL}`, fn);
}

export interface FirefoxPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors (CSP violations too) and failed requests, as text. */
  errors: string[];
  /** Where this context's downloads land. */
  downloads: string;
}

export interface FirefoxSession {
  open(path: string, viewport?: { width: number; height: number }): Promise<FirefoxPage>;
}

/** One Firefox per test file; every `open` gets a fresh context (own profile state, downloads). */
export function useFirefox(): FirefoxSession {
  let browser: Browser | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    const executablePath = inject('firefoxPath');
    if (!executablePath) return;
    browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return {
    async open(path, viewport = VIEWPORTS.desktop) {
      if (!browser) throw new Error('Firefox did not start');
      const downloads = mkdtempSync(join(tmpdir(), 'cqam-firefox-dl-'));
      dirs.push(downloads);
      // Sent as WebDriver BiDi `browser.setDownloadBehavior`: files are saved to `downloads`
      // without a dialog, so the test reads the real downloaded file.
      const context = await browser.createBrowserContext({
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      });
      const page = await context.newPage();
      await page.setViewport(viewport);
      // BiDi's log events carry console calls and script errors, CSP violations included (Firefox
      // reports those as errors, as Chromium's console does); failed or refused loads come apart.
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
      page.on('response', (res) => {
        if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await page.goto(`${inject('baseUrl')}${path}`);
      return { page, context, errors, downloads };
    },
  };
}

/** Waits until the dataset has loaded and the headline figures are on screen. */
export async function waitForFigures(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=kpi-tile]');
}

/** The query string the app has written, read inside the page (it changes by history API). */
export async function queryOf(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await page.evaluate(() => window.location.search)));
}

/** Text of the first element matching `selector`, as rendered (innerText). */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

/**
 * The one finished file in `dir`: Firefox writes a `.part` file first and renames it when the
 * download completes.
 */
export async function downloadedFile(
  dir: string,
  timeoutMs = 15_000,
): Promise<{ name: string; bytes: Buffer }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = readdirSync(dir);
    const done = names.filter((n) => !n.endsWith('.part'));
    if (done.length > 0 && names.length === done.length) {
      const name = done[0] ?? '';
      if (done.length > 1) throw new Error(`expected one download, got ${done.join(', ')}`);
      const path = join(dir, name);
      if (statSync(path).size > 0) return { name, bytes: readFileSync(path) };
    }
    if (Date.now() > deadline) throw new Error(`no finished download in ${dir}: ${names.join()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
