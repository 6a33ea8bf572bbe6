import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, startPreview } from '../../scripts/preview-server.mjs';
import { CURRENT_VERSION } from '../../src/state/url-migrations';
import { VIEWPORTS, describeBrowser, inject, queryOf, waitForFigures } from './support/browser';

/**
 * Issue 15 §2: the dashboard built for a sub-path (`BASE_PATH=/cq-auto/ npm run build`) and served
 * under it, as on an intranet host shared with other sites. Built here, into dist-base/, so
 * `npm test` covers it and dist/ (which the other end-to-end tests serve) stays as it was.
 */

const PATH = '/cq-auto/';
const OUT_DIR = 'dist-base';
// Its own port beside the shared one (E2E_PORT) and the maintainer test's (+50).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 60;

/** Waits until a service worker controls the page (the first visit installs and claims it). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** What a reader sees of the NEV panel's filters. */
async function nevFilters(page: Page) {
  const panel = page.locator('[data-panel=nev]');
  await panel.locator('[data-point-id]').first().waitFor();
  return {
    panels: await page
      .locator('[data-panel]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel'))),
    from: await page.getByLabel('From', { exact: true }).inputValue(),
    checked: await panel
      .getByRole('checkbox')
      .evaluateAll((els) =>
        els.map(
          (e) => `${e.parentElement?.textContent ?? ''}:${String((e as HTMLInputElement).checked)}`,
        ),
      ),
  };
}

describeBrowser(`the dashboard built for and served under ${PATH}`, () => {
  let browser: Browser;
  let stop = () => {};
  let base = '';
  const contexts: BrowserContext[] = [];

  /** A fresh profile's page at `path` (under the sub-path), collecting console errors. */
  async function open(path: string, options: { acceptDownloads?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'en-US',
      ...options,
    });
    contexts.push(context);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${base}${path}`);
    return { page, context, errors, requests };
  }

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--outDir',
        OUT_DIR,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      // NODE_ENV: vitest sets it to 'test', and `vite build` then makes a development build:
      // React's development code, and import.meta.env.PROD false, so the app never registers its
      // service worker. `npm run build` runs without it.
      {
        env: { ...process.env, NODE_ENV: 'production', BASE_PATH: PATH },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    ({ base, stop } = await startPreview(PORT, OUT_DIR, { base: PATH }));
    browser = await chromium.launch({
      executablePath: inject('chromiumPath') ?? '',
      args: [...CHROMIUM_FLAGS],
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await (browser as Browser | undefined)?.close();
    stop();
  });

  it('loads without console errors, asking for nothing outside the sub-path', async () => {
    const { page, errors, requests } = await open('/?lang=en');
    await waitForFigures(page);
    await controlled(page);
    expect(base.endsWith('/cq-auto')).toBe(true);
    // Scripts, styles, data, icon, manifest, service worker and its precache: all under the base.
    const outside = requests.filter((url) => !new URL(url).pathname.startsWith(PATH));
    expect(outside).toEqual([]);
    expect(requests.some((url) => url.endsWith('/cq-auto/sw.js'))).toBe(true);
    expect(requests.some((url) => /\/cq-auto\/assets\/observations-[\w-]+\.json$/.test(url))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('has a web manifest that installs the app at the sub-path', async () => {
    const { page } = await open('/?lang=en');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe(`${PATH}manifest.webmanifest`);
    const manifest = (await (await fetch(new URL(href ?? '', base))).json()) as {
      start_url: string;
      scope: string;
      id: string;
      icons: { src: string }[];
    };
    expect(manifest).toMatchObject({ start_url: PATH, scope: PATH, id: PATH });
    expect(manifest.icons.map((i) => i.src)).toEqual([`${PATH}favicon.svg`]);
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe(`${PATH}favicon.svg`);
  });

  it('applies a filter in the URL, writes changes there and restores them on reload', async () => {
    const { page, errors } = await open('/?panel=nev&years=2020-&regions=chongqing&lang=en');
    const opened = await nevFilters(page);
    expect(opened.panels).toEqual(['nev']);
    expect(opened.from).toBe('2020');
    expect(opened.checked).toContain('Chongqing:true');
    expect(opened.checked.filter((c) => c.endsWith(':true'))).toEqual(['Chongqing:true']);

    await page.getByLabel('From', { exact: true }).selectOption('2021');
    await expect.poll(() => queryOf(page)).toMatchObject({ years: '2021-', panel: 'nev' });
    expect(await page.evaluate(() => window.location.pathname)).toBe(PATH);
    await page.reload();
    expect(await nevFilters(page)).toEqual({ ...opened, from: '2021' });
    expect(errors).toEqual([]);
  });

  it('works offline after one visit, also at a deeper path the server would fall back from', async () => {
    const { page, context, errors } = await open('/?lang=en');
    await waitForFigures(page);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await waitForFigures(page);
    // The service worker's navigation fallback (the base's index.html) answers for any page
    // under its scope, and the link the app copies from there is still the base.
    await page.goto(`${base}/some/deeper/page?lang=en&panel=targets`);
    await waitForFigures(page);
    await page.locator('[data-panel=targets] [data-point-id]').first().waitFor();
    await context.setOffline(false);
    expect(
      errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
    ).toEqual([]);
  });

  it('exports a CSV whose link line is the sub-path, even when opened as index.html', async () => {
    const { page, errors } = await open('/index.html?lang=en&panel=nev', {
      acceptDownloads: true,
    });
    const panel = page.locator('[data-panel=nev]');
    await panel.locator('[data-point-id]').first().waitFor();
    await panel.getByTestId('export-menu').locator('summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Data (CSV)' }).click(),
    ]);
    const text = readFileSync(await file.path(), 'utf8').slice(1);
    const meta = Papa.parse<string[]>(text.split('\r\n\r\n')[0] ?? '', { newline: '\r\n' }).data;
    const link = meta.find((row) => row[0] === 'Link')?.[1];
    expect(link).toBe(`${base}/?panel=nev&lang=en&v=${String(CURRENT_VERSION)}`);
    expect(errors).toEqual([]);
  });
});
