import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, describeBrowser, inject, useBrowser } from './support/browser';

// A host page of the dashboard's own origin: the server serves dist/ as it is, and its
// `frame-ancestors 'self'` lets same-origin pages frame the app.
const HOST_FILE = 'dist/embed-host.html';
const EMBED_QUERY = 'panel=nev&years=2018-&regions=chongqing&lang=en&embed=1&v=3';
const hostPage = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>` +
  // No inline styles: the host page here is served under the app's own CSP.
  `<body><h1>Portal</h1><iframe src="${src}" title="NEV (embedded)" width="800" height="500"></iframe></body></html>`;

describeBrowser('embedding one panel in an intranet page', () => {
  const session = useBrowser();
  afterAll(() => rmSync(HOST_FILE, { force: true }));

  it('shows the panel alone in a same-origin frame, with its chart, sources and a full-view link', async () => {
    writeFileSync(HOST_FILE, hostPage(`/?${EMBED_QUERY.replace(/&/g, '&amp;')}`));
    const { page, errors } = await session.open('/embed-host.html', {
      viewport: { width: 900, height: 600 },
    });
    const frame = page.frameLocator('iframe');
    const panel = frame.locator('[data-panel=nev]');
    await panel.locator('svg.recharts-surface').first().waitFor();
    await panel.locator('[data-point-id]').first().waitFor();
    // None of the page's chrome: header, filter bar, key figures, panel menu.
    expect(await frame.locator('header').count()).toBe(0);
    expect(await frame.getByTestId('kpi-tile').count()).toBe(0);
    expect(await frame.locator('[data-testid=filter-bar], nav').count()).toBe(0);
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/NEV/);
    expect(await panel.getByTestId('panel-sources').innerText()).toMatch(/^Sources/);
    // The frame fits: no scrollbars inside it.
    const inner = await frame.locator('html').evaluate((el) => ({
      overflowX: el.scrollWidth > el.clientWidth,
      overflowY: el.scrollHeight > el.clientHeight,
    }));
    expect(inner).toEqual({ overflowX: false, overflowY: false });

    const open = frame.getByTestId('embed-open-full');
    expect(await open.getAttribute('target')).toBe('_blank');
    const href = new URL((await open.getAttribute('href')) ?? '');
    expect(href.origin).toBe(inject('baseUrl'));
    expect(href.searchParams.get('embed')).toBeNull();
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      panel: 'nev',
      years: '2018-',
      regions: 'chongqing',
      lang: 'en',
    });
    await page.locator('iframe').screenshot({ path: `${SCREENSHOT_DIR}/embed-800x500.png` });
    expect(errors).toEqual([]);
  });

  it('is refused by a page of another origin (frame-ancestors self)', async () => {
    const { page } = await session.open('/?lang=en');
    const app = `${inject('baseUrl')}/?${EMBED_QUERY}`;
    await page.route('http://portal.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: hostPage(app) }),
    );
    await page.goto('http://portal.example/host.html');
    // Chromium replaces a refused frame by its error page.
    await page.waitForFunction(() => document.querySelector('iframe') !== null);
    const child = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => child?.url(), { timeout: 15_000 }).toMatch(/^chrome-error:/);
    expect(await page.frameLocator('iframe').locator('[data-testid=embed]').count()).toBe(0);
  });

  it('copies embed code naming the panel link with embed=1', async () => {
    const { page, errors } = await session.open('/?panel=companies&companies=seres&lang=en', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.locator('[data-panel=companies]');
    await panel.getByTestId('export-menu').locator('summary').click();
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await panel.getByText('Embed code copied').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const m =
      /^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="\d+" loading="lazy" style="border:0"><\/iframe>$/.exec(
        code,
      );
    expect(m).not.toBeNull();
    const src = new URL((m?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(src.origin).toBe(inject('baseUrl'));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      panel: 'companies',
      companies: 'seres',
      lang: 'en',
      embed: '1',
    });
    expect(m?.[2]).toMatch(/^Company sales/);

    // The copied address opens the embed: the panel without the page around it.
    await page.goto(src.toString());
    await page.locator('[data-panel=companies] svg.recharts-surface').first().waitFor();
    expect(await page.locator('header').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
