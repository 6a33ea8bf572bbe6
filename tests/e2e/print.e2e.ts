import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, useBrowser, waitForFigures } from './support/browser';

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
      // Controls stay off paper: a closed disclosure would print only its toggle.
      expect(pages.join(' ')).not.toContain('More about the marks');
      expect(pages.join(' '), 'milestones: excerpt toggles off paper').not.toContain(
        'Source excerpt',
      );
      // The targets table starts on the page that holds its caption, header and first rows.
      const caption = pages.findIndex((text) => text.includes(TARGETS_CAPTION));
      expect(caption, 'targets table caption').toBeGreaterThanOrEqual(0);
      expect(pages[caption], 'targets table: caption with its first row').toMatch(
        new RegExp(`${TARGETS_CAPTION}.*Target Latest comparable actual.*by 20\\d\\d`),
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
    // The print dialog would block a headless browser: count the calls instead.
    await page.evaluate(() => {
      const w = window as Window & { printed?: number };
      w.printed = 0;
      window.print = () => {
        w.printed = (w.printed ?? 0) + 1;
      };
    });
    await waitForFigures(page);
    await page.getByRole('button', { name: 'Print briefing' }).click();
    await page.getByTestId('print-briefing').waitFor();
    // The briefing opens the print dialog itself once its charts are drawn.
    await page.waitForFunction(() => ((window as Window & { printed?: number }).printed ?? 0) > 0);
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
});
