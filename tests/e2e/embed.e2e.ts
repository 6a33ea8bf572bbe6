import { rmSync, writeFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { TOPICS } from '../../src/data/types';
import { placeMilestones } from '../../src/lib/milestones';
import { dataset } from '../unit/support/dataset';
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

/** Every chart in the frame's panel, its plot box and title, and the sources line's fit. */
async function embedLayout(frame: Frame) {
  return frame.locator('[data-testid=embed]').evaluate((root) => {
    const cells = [...root.querySelectorAll('[data-chart-cell]')].map((cell) => {
      const svg = cell.querySelector('svg.recharts-surface');
      const r = cell.getBoundingClientRect();
      return {
        title: cell.getAttribute('data-chart-title') ?? '',
        box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        // A list of bars (targets in a narrow frame) has no chart to measure.
        chartHeight: svg ? Math.round(svg.getBoundingClientRect().height) : null,
      };
    });
    const sources = root.querySelector<HTMLElement>('[data-testid=panel-sources]');
    return {
      cells,
      sourcesCut: sources ? sources.scrollWidth > sources.clientWidth + 1 : true,
      pageWide: document.documentElement.scrollWidth > window.innerWidth + 1,
    };
  });
}

describeBrowser('an embedded panel lays out by its frame', () => {
  const session = useBrowser();
  const FILE = 'dist/embed-sizes.html';
  afterAll(() => rmSync(FILE, { force: true }));

  it('stacks charts in a narrow frame, keeps each chart readable and wraps the sources, at every size', async () => {
    const frames = [
      { width: 390, height: 600, stacked: true },
      { width: 800, height: 500, stacked: false },
      { width: 1200, height: 700, stacked: false },
    ];
    for (const lang of ['en', 'zh']) {
      for (const size of frames) {
        const html =
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>` +
          ['rankings', 'companies', 'nev', 'targets']
            .map(
              (p) =>
                `<iframe src="/?panel=${p}&amp;lang=${lang}&amp;embed=1&amp;v=3" title="${p}" width="${size.width}" height="${size.height}"></iframe>`,
            )
            .join('') +
          `</body></html>`;
        writeFileSync(FILE, html);
        const { page, errors, context } = await session.open('/embed-sizes.html', {
          viewport: { width: size.width + 40, height: size.height + 40 },
        });
        for (const [i, id] of ['rankings', 'companies', 'nev', 'targets'].entries()) {
          const frame = page.frames().find((f) => f.url().includes(`panel=${id}`));
          if (!frame) throw new Error(`no frame for ${id}`);
          await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
          // Targets in a narrow frame is a list of bars, not a chart.
          await frame
            .locator(`[data-panel=${id}] ${id === 'targets' ? 'h2' : 'svg.recharts-surface'}`)
            .first()
            .waitFor();
          const where = `${id} ${lang} at ${size.width}×${size.height}`;
          const layout = await embedLayout(frame);
          expect(layout.sourcesCut, `${where}: sources line cut`).toBe(false);
          expect(layout.pageWide, `${where}: wider than its frame`).toBe(false);
          for (const cell of layout.cells.filter((c) => c.chartHeight !== null))
            expect(cell.chartHeight, `${where}: "${cell.title}" height`).toBeGreaterThanOrEqual(
              150,
            );
          // No two charts on top of each other; in a narrow frame, one under the other.
          layout.cells.forEach((a, n) =>
            layout.cells.slice(n + 1).forEach((b) => {
              const apart =
                a.box.right <= b.box.left + 1 ||
                b.box.right <= a.box.left + 1 ||
                a.box.bottom <= b.box.top + 1 ||
                b.box.bottom <= a.box.top + 1;
              expect(apart, `${where}: "${a.title}" overlaps "${b.title}"`).toBe(true);
              if (size.stacked)
                expect(
                  b.box.top,
                  `${where}: "${b.title}" beside "${a.title}"`,
                ).toBeGreaterThanOrEqual(a.box.bottom - 1);
            }),
          );
          if (id === 'rankings' && lang === 'en')
            await page
              .locator('iframe')
              .nth(i)
              .screenshot({ path: `${SCREENSHOT_DIR}/embed-rankings-${size.width}.png` });
        }
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });
});

describeBrowser('an embedded milestones timeline lays out by its frame', () => {
  const session = useBrowser();
  const FILE = 'dist/embed-milestones.html';
  afterAll(() => rmSync(FILE, { force: true }));

  it('fits its columns to the frame, wraps the sources and reaches every milestone by scrolling', async () => {
    const all = placeMilestones(dataset.milestones, {
      topics: TOPICS,
      from: null,
      to: null,
    }).map((p) => p.milestone.id);
    for (const size of [
      { width: 800, height: 500 },
      { width: 390, height: 600 },
    ]) {
      writeFileSync(
        FILE,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>` +
          `<iframe src="/?panel=milestones&amp;lang=en&amp;embed=1" title="Milestones" width="${size.width}" height="${size.height}"></iframe></body></html>`,
      );
      const { page, errors, context } = await session.open('/embed-milestones.html', {
        viewport: { width: size.width + 40, height: size.height + 40 },
      });
      const frame = page.frames().find((f) => f.url().includes('panel=milestones'));
      if (!frame) throw new Error('no milestones frame');
      await frame.locator('[data-milestone]').first().waitFor();
      const where = `milestones at ${size.width}×${size.height}`;
      const layout = await embedLayout(frame);
      expect(layout.sourcesCut, `${where}: sources line cut`).toBe(false);
      expect(layout.pageWide, `${where}: wider than its frame`).toBe(false);
      // Only the frame's own scroller scrolls: the document is the frame's size.
      expect(
        await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
        `${where}: document taller than its frame`,
      ).toBe(true);
      // Every milestone is listed and, scrolled to, seen whole within the frame's width.
      expect(await frame.locator('[data-milestone]').count(), where).toBe(all.length);
      for (const id of all) {
        const item = frame.locator(`[data-milestone="${id}"]`);
        await item.scrollIntoViewIfNeeded();
        const seen = await item.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const main = document.getElementById('main')?.getBoundingClientRect();
          return (
            main !== undefined &&
            r.left >= 0 &&
            r.right <= window.innerWidth + 1 &&
            r.top >= main.top - 1 &&
            r.bottom <= main.bottom + 1
          );
        });
        expect(seen, `${where}: milestone ${id} out of reach`).toBe(true);
      }
      await page
        .locator('iframe')
        .screenshot({ path: `${SCREENSHOT_DIR}/embed-milestones-${size.width}.png` });
      expect(errors, where).toEqual([]);
      await context.close();
    }
  });
});
