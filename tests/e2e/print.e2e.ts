import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { describeBrowser, useBrowser, waitForFigures, waitForPrintCall } from './support/browser';
import { decodeQr, pdfPagePng } from './support/qr-decode';

/**
 * Printing puts every chart on paper, from the browser's own print (Ctrl+P: here `page.pdf`,
 * which fires `beforeprint`, right after load, with no scrolling) and from the Print briefing
 * button. The PDF is read back as text (pdftotext) and images (pdftoppm).
 */
const DIR = 'test-results/print';

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI) throw new Error('CI: poppler-utils (pdftotext, pdftoppm) is required.');
    console.warn(
      `\n${'!'.repeat(78)}\n!! PRINT TESTS SKIPPED: pdftotext / pdftoppm not found.\n` +
        `!! Install them with:  sudo apt-get install -y poppler-utils\n${'!'.repeat(78)}\n`,
    );
    return false;
  }
}
const describePrint = hasPoppler() ? describeBrowser : describe.skip;

interface DrawnChart {
  panel: string;
  title: string;
  ticks: string[];
  marks: number;
  width: number;
  height: number;
}

/** Every chart figure of every panel as the page draws it, with its axis labels and marks. */
async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-panel] figure[aria-label]')].map((figure) => {
      const svg = figure.querySelector('svg.recharts-surface');
      const box = svg?.getBoundingClientRect();
      return {
        panel: figure.closest('[data-panel]')?.getAttribute('data-panel') ?? '',
        title: figure.getAttribute('aria-label') ?? '',
        ticks: [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) =>
          t.textContent.replace(/\s+/g, ' ').trim(),
        ),
        marks: figure.querySelectorAll('[data-point-id], .recharts-bar-rectangle').length,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
      };
    }),
  );
}

function pdfPages(path: string): string[] {
  const info = execFileSync('pdfinfo', [path]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'])
      .toString()
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Page images, to look at (test-results/print). */
function renderPages(path: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '50', path, `${DIR}/${name}`]);
}

/**
 * The PDF holds every chart the page drew: its title, and all its axis labels on the same
 * page as the title (a chart is not split from its axes, nor printed blank above its legend).
 */
function expectChartsOnPaper(pages: string[], charts: DrawnChart[]): void {
  for (const chart of charts) {
    const at = pages.findIndex((text) => text.includes(chart.title));
    expect(at, `chart "${chart.title}" (${chart.panel}) is in the PDF`).toBeGreaterThanOrEqual(0);
    // Spaces aside: a long category label wraps onto lines (tspans) that join without a space.
    const page = (pages[at] ?? '').replace(/\s/g, '');
    const missing = chart.ticks.filter((tick) => !page.includes(tick.replace(/\s/g, '')));
    expect(missing, `axis labels of "${chart.title}" on its page`).toEqual([]);
  }
}

/** No page holds only leftovers: a link line, a legend or a closing note on its own. */
function expectNoStrayPages(pages: string[]): void {
  pages.forEach((text, i) => {
    const rest = text.replace(/Link to this view: \S+/g, '').replace(/\s/g, '');
    expect(rest.length, `page ${i + 1}: "${text.slice(0, 120)}"`).toBeGreaterThan(200);
  });
}

/**
 * Where a panel closes (its conflicts, sources and link), the page holds more than those lines:
 * a chart, or at least two rows of its table (never one row, or the link, on its own). Rows are
 * told apart by their period and value cells, as read back from the PDF.
 */
function expectClosingWithContent(pages: string[], charts: DrawnChart[], rows: string[]): void {
  const squeeze = (text: string) => text.replace(/\s/g, '');
  pages.forEach((text, i) => {
    if (!text.includes('Sources:')) return;
    const page = squeeze(text);
    const titles = charts.filter((c) => page.includes(squeeze(c.title))).length;
    const rowsHere = rows.filter((row) => page.includes(squeeze(row))).length;
    const closing = text.slice(0, 160);
    expect(titles + rowsHere, `page ${i + 1} closes a panel with: "${closing}"`).toBeGreaterThan(1);
    // Without the closing lines, something of substance is left.
    const rest = text
      .replace(/Conflicting figures in this view[\s\S]*?(?=Sources:|Link to this view:|$)/g, '')
      .replace(/Sources:[\s\S]*?(?=Link to this view:|$)/g, '')
      .replace(/Link to this view: \S+/g, '');
    expect(squeeze(rest).length, `page ${i + 1}: "${closing}"`).toBeGreaterThan(200);
  });
}

/**
 * Each table row by cells that seldom wrap: a data-table row's period and value, a targets
 * row's target ("1.3 M vehicles by 2025").
 */
async function tableRows(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('[data-testid=data-table] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')]
        .slice(1, 3)
        .map((td) => td.textContent.replace(/\s+/g, ' ').trim())
        .join(' '),
    ),
    ...[...document.querySelectorAll('[data-testid=targets-table] tbody th button')].map(
      (button) => `${button.textContent} ${button.nextSibling?.nextSibling?.textContent ?? ''}`,
    ),
  ]);
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? whole),
  );
}

/** The words of one PDF page with their top edge (pdftotext -bbox). */
function pageWords(path: string, n: number): { word: string; top: number }[] {
  const html = execFileSync('pdftotext', [
    '-bbox',
    '-f',
    String(n),
    '-l',
    String(n),
    path,
    '-',
  ]).toString();
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({ top: Number(m[1]), word: unescapeXml(m[2] ?? '') }),
  );
}

/** Where on the page a run of words starts (its top edge), or undefined if it is not there. */
function topOf(words: { word: string; top: number }[], text: string): number | undefined {
  const wanted = text.split(/\s+/).filter(Boolean);
  const at = words.findIndex((_, i) => wanted.every((w, j) => words[i + j]?.word === w));
  return at < 0 ? undefined : words[at]?.top;
}

/** Each panel's charts, drawn with a size, axis labels and marks. */
function expectDrawn(charts: DrawnChart[], expected: Record<string, number>): void {
  const perPanel = Object.fromEntries(
    Object.keys(expected).map((p) => [p, charts.filter((c) => c.panel === p).length]),
  );
  expect(perPanel).toEqual(expected);
  for (const c of charts) {
    expect(c.width, c.title).toBeGreaterThan(100);
    expect(c.height, c.title).toBeGreaterThan(50);
    expect(c.marks, c.title).toBeGreaterThan(0);
    expect(c.ticks.length, c.title).toBeGreaterThan(1);
  }
}

interface WordBox {
  word: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of one PDF page with their boxes in points (pdftotext -bbox). */
function wordBoxes(path: string, n: number): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', `${n}`, '-l', `${n}`, path, '-']);
  return [
    ...html
      .toString()
      .matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
  ].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    word: unescapeXml(m[5] ?? ''),
  }));
}

/** Where a run of words starts on a page, or undefined. */
function findWords(words: WordBox[], text: string): WordBox | undefined {
  const wanted = text.split(/\s+/);
  return words.find((_, i) => wanted.every((w, j) => words[i + j]?.word === w));
}

/**
 * The legend's kind labels on a page: all of them within a few lines of the first (the same words
 * also fill table cells, a row apart). Words come in drawing order, not reading order.
 */
function legendLabels(words: WordBox[], kinds: string[]): WordBox[] | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const near = words.filter((w) => Math.abs(w.y0 - (words[i]?.y0 ?? 0)) < 30);
    const labels = kinds.map((kind) => findWords(near, kind));
    if (labels[0] === words[i] && labels.every((label) => label !== undefined)) return labels;
  }
  return undefined;
}

type Rgb = [number, number, number];

/** The pixels of the legend sample left of a label: 2.1 em wide, a gap of about 0.4 em. */
function samplePixels(png: ReturnType<typeof PNG.sync.read>, label: WordBox, dpi: number): Rgb[] {
  const k = dpi / 72;
  const height = label.y1 - label.y0;
  const x0 = Math.round((label.x0 - height * 2.2) * k);
  const x1 = Math.round((label.x0 - 1) * k);
  const out: Rgb[] = [];
  for (let y = Math.round(label.y0 * k); y < Math.round(label.y1 * k); y += 1)
    for (let x = x0; x < x1; x += 1) {
      const i = (y * png.width + x) * 4;
      out.push([png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255]);
    }
  return out;
}

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const near = (a: Rgb, b: Rgb, by = 40) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= by);
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;

/**
 * The legend as printed: each kind's sample (Actual, Estimate, Target, Derived) is drawn in dark
 * ink on white paper, and a series sample in the light palette's colour (not the dark theme's).
 */
function expectLegendPrintedDark(path: string, name: string, keys: string[][]): void {
  const dpi = 150;
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1]);
  let checked = 0;
  for (let n = 1; n <= pages; n += 1) {
    const words = wordBoxes(path, n);
    const kinds = keys.find((key) => legendLabels(words, key));
    const labels = kinds && legendLabels(words, kinds);
    if (!kinds || !labels) continue;
    const png = PNG.sync.read(pdfPagePng(path, n, `${DIR}/${name}-legend-${n}`, dpi));
    labels.forEach((label, i) => {
      const pixels = samplePixels(png, label, dpi);
      const darkest = Math.min(...pixels.map(luminance));
      expect(darkest, `page ${n}: the ${kinds[i]} sample is dark`).toBeLessThan(90);
      // On white paper: the sample's background (and a hollow mark's inside) is white.
      expect(pixels.filter((p) => luminance(p) > 245).length).toBeGreaterThan(pixels.length / 3);
    });
    const series = findWords(words, 'Chongqing · rank');
    if (series) {
      const pixels = samplePixels(png, series, dpi);
      // Its core (the darkest pixel; the edges blend into the paper) is the light palette's blue.
      const core = pixels.reduce((a, b) => (luminance(b) < luminance(a) ? b : a));
      expect(near(core, hex(SERIES_BLUE.light)), `page ${n}: series sample ${core.join()}`).toBe(
        true,
      );
      expect(near(core, hex(SERIES_BLUE.dark))).toBe(false);
    }
    checked += 1;
  }
  expect(checked, 'legends checked').toBeGreaterThan(0);
}

/** The first series colour of each theme (src/lib/palette.ts). */
const SERIES_BLUE = { light: '#0072b2', dark: '#56b4e9' };

/**
 * The milestones on paper: a page of their own that starts with their heading, carries their QR
 * code and link (`panel=milestones`), and ends with more than one milestone on the last page.
 */
function expectMilestonesPages(path: string, pages: string[], titles: string[]): void {
  const squeeze = (text: string) => text.replace(/\s/g, '');
  const first = pages.findIndex((text) => text.startsWith('Milestones What happened'));
  expect(first, 'a page starts with the milestones').toBeGreaterThan(0);
  const last = pages.findIndex((text) => squeeze(text).includes(squeeze(titles.at(-1) ?? '')));
  expect(last).toBeGreaterThanOrEqual(first);
  expectNoWidowMilestone(pages, titles);
  const png = pdfPagePng(path, first + 1, `${DIR}/milestones-first`);
  const code = decodeQr(png, { x: 1100, y: 0, width: 654, height: 620 }) ?? '';
  expect(new URL(code).searchParams.get('panel'), 'the milestones page’s QR code').toBe(
    'milestones',
  );
  // The same link printed at the end of the list.
  expect(squeeze(pages[last] ?? '')).toContain(`view:${code}`);
}

/** The last page that lists milestones lists more than one. */
const milestoneTitles = (page: Page) => page.locator('[data-milestone] h3').allTextContents();

function expectNoWidowMilestone(pages: string[], titles: string[]): void {
  const squeeze = (text: string) => text.replace(/\s/g, '');
  const last = pages.findIndex((text) => squeeze(text).includes(squeeze(titles.at(-1) ?? '')));
  const onLast = titles.filter((title) => squeeze(pages[last] ?? '').includes(squeeze(title)));
  expect(onLast.length, `the last milestones page holds ${onLast.join(' | ')}`).toBeGreaterThan(1);
}

const TARGETS_CAPTION = 'Every target in view with its latest comparable actual';
// The overview prints every chart on screen; the targets panel adds a chart per subject.
const OVERVIEW = { rankings: 2, companies: 2, nev: 3, targets: 6 };
// The briefing shows the attainment chart alone for targets, and the targets status table.
const BRIEFING = { rankings: 2, companies: 2, nev: 3, targets: 1 };

describePrint('print in Chromium', () => {
  const session = useBrowser();
  mkdirSync(DIR, { recursive: true });

  for (const landscape of [false, true]) {
    const orientation = landscape ? 'landscape' : 'portrait';
    it(`Ctrl+P on the overview prints every chart, A4 ${orientation}, without scrolling`, async () => {
      const { page, errors } = await session.open('/?lang=en');
      await waitForFigures(page);
      // Loaded: every panel is on the page and the network is quiet. No scrolling.
      await page.getByTestId('milestones').waitFor();
      await page.waitForLoadState('networkidle');
      const path = `${DIR}/overview-${orientation}.pdf`;
      await page.pdf({ path, format: 'A4', landscape, printBackground: true });
      const pages = pdfPages(path);
      renderPages(path, `overview-${orientation}`);

      // What the page draws for paper (print media, without beforeprint: the other route).
      await page.emulateMedia({ media: 'print' });
      // The media query's change event arrives with the next frame.
      const total = Object.values(OVERVIEW).reduce((a, b) => a + b, 0);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-panel] figure svg.recharts-surface').length >= n,
        total,
      );
      const charts = await drawnCharts(page);
      expectDrawn(charts, OVERVIEW);
      expectChartsOnPaper(pages, charts);
      expectNoStrayPages(pages);
      expectClosingWithContent(pages, charts, await tableRows(page));
      expectNoWidowMilestone(pages, await milestoneTitles(page));
      // Controls stay off paper: a closed disclosure would print only its toggle.
      expect(pages.join(' ')).not.toContain('More about the marks');
      expect(pages.join(' '), 'milestones: excerpt toggles off paper').not.toContain(
        'Source excerpt',
      );
      // The targets table starts on the page that holds its caption, header and first rows.
      const caption = pages.findIndex((text) => text.includes(TARGETS_CAPTION));
      expect(caption, 'targets table caption').toBeGreaterThanOrEqual(0);
      expect(pages[caption], 'targets table: caption with its first row').toMatch(
        // The header as pdftotext reads it: cells may wrap, and "Target" may come later.
        new RegExp(`${TARGETS_CAPTION}.*Latest comparable.*Attainment.*by 20\\d\\d`),
      );
      // Back on screen, charts below the fold wait to be scrolled to again (lazy on screen).
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByTestId('chart-placeholder').first().waitFor({ state: 'attached' });
      expect(errors).toEqual([]);
    });
  }

  it('the Print briefing prints every chart of every panel, A4 landscape', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page.getByRole('button', { name: 'Print briefing' }).click();
    await page.getByTestId('print-briefing').waitFor();
    // The briefing opens the print dialog itself once its charts are drawn.
    await waitForPrintCall(page);
    const charts = await drawnCharts(page);
    expectDrawn(charts, BRIEFING);

    const path = `${DIR}/briefing.pdf`;
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync('pdfinfo', [path]).toString()).toMatch(
      /Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/,
    );
    const pages = pdfPages(path);
    renderPages(path, 'briefing');
    expectChartsOnPaper(pages, charts);
    expectNoStrayPages(pages);
    expectClosingWithContent(pages, charts, await tableRows(page));
    expectMilestonesPages(path, pages, await milestoneTitles(page));
    // The briefing draws only the targets' attainment bars: no key to subject charts it leaves out.
    expect(pages.join(' '), 'no legend for undrawn target charts').not.toMatch(/\(Target\)/);
    // The cover lists every key figure, five across: each tile's label on page 1, the labels
    // side by side, starting on one line.
    const tiles = await page
      .getByTestId('kpi-tile')
      .evaluateAll((els) =>
        els.map((el) => ({ label: el.querySelector('h3')?.textContent.trim() ?? '' })),
      );
    expect(tiles).toHaveLength(5);
    const cover = pages[0]?.replace(/\s/g, '') ?? '';
    expect(tiles.filter((t) => cover.includes(t.label.replace(/\s/g, '')))).toEqual(tiles);
    const words = pageWords(path, 1);
    const tops = tiles.map((t) => topOf(words, t.label));
    expect(
      tops.every((top) => top !== undefined && Math.abs(top - (tops[0] ?? 0)) < 2),
      `label tops ${tops.join(', ')}`,
    ).toBe(true);
    expect(errors).toEqual([]);
  });
  it('from the dark theme, Ctrl+P and the Print briefing draw the legend dark on white', async () => {
    const { page, errors } = await session.open('/?lang=en&theme=dark&panel=rankings');
    await waitForFigures(page);
    await page.waitForLoadState('networkidle');
    // The key to the kinds, as the legend words it (the label, not the sample's own ƒ).
    const kinds = await page
      .getByTestId('chart-legend')
      .first()
      .locator('ul:nth-of-type(2) > li')
      .evaluateAll((items) => items.map((li) => li.lastChild?.textContent ?? ''));
    expect(kinds).toHaveLength(4);
    // On paper the key is compact: the kinds by their short names.
    const short = ['Actual', 'Estimate', 'Target', 'Derived'];
    const ctrlP = `${DIR}/dark-ctrl-p.pdf`;
    await page.pdf({ path: ctrlP, format: 'A4', printBackground: true });
    renderPages(ctrlP, 'dark-ctrl-p');
    expectLegendPrintedDark(ctrlP, 'dark-ctrl-p', [kinds, short]);

    // What print media draws: the kinds' samples in the light theme's ink, series in its palette.
    await page.emulateMedia({ media: 'print' });
    const legend = page.getByTestId('chart-legend').first();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=chart-legend] ul:nth-of-type(2) svg path')
          ?.getAttribute('fill') === '#111827',
    );
    const samples = await legend
      .locator('svg path')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
    expect(samples).toContain('#0072b2');
    expect(samples).not.toContain('#56b4e9');
    expect(samples).not.toContain('#f8fafc');
    await page.emulateMedia({ media: null });

    await page.getByRole('button', { name: 'Print briefing' }).click();
    await waitForPrintCall(page);
    const briefing = `${DIR}/dark-briefing.pdf`;
    await page.pdf({ path: briefing, preferCSSPageSize: true, printBackground: true });
    renderPages(briefing, 'dark-briefing');
    expectLegendPrintedDark(briefing, 'dark-briefing', [kinds, short]);
    expect(errors).toEqual([]);
  });
});
