import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { displayValue } from '../../src/data/precision';
import { dataset } from '../unit/support/dataset';
import {
  SCREENSHOT_DIR,
  describeBrowser,
  useBrowser,
  drawPanels,
  waitForPrintCall,
} from './support/browser';

const PANELS = [
  { id: 'rankings', title: 'City rankings' },
  { id: 'companies', title: 'Company sales' },
  { id: 'nev', title: 'NEV development' },
  { id: 'targets', title: 'Targets vs actuals' },
] as const;

async function download(page: Page, panelId: string, label: string) {
  const panel = page.locator(`[data-panel=${panelId}]`);
  await panel.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The CSV's table part, parsed back as a spreadsheet would. */
function csvTable(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const table = text.slice(1).split('\r\n\r\n')[1] ?? '';
  return Papa.parse<string[]>(table.trimEnd(), { newline: '\r\n' }).data;
}

/** PNG width and height from its header. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

describeBrowser('exports and print in Chromium', () => {
  const session = useBrowser();

  it('downloads each panel as CSV matching its table, and as PNG and SVG with title and sources', async () => {
    const { page, errors } = await session.open('/?lang=en&years=2014-2025', {
      acceptDownloads: true,
    });
    for (const p of PANELS) await drawPanels(page, [p.id]);

    for (const p of PANELS) {
      const panel = page.locator(`[data-panel=${p.id}]`);
      const csv = await download(page, p.id, 'Data (CSV)');
      expect(csv.name).toMatch(
        new RegExp(`^cq-auto_${p.id}_\\d{4}-\\d{2}-\\d{2}(_[\\w-]+)*\\.csv$`),
      );
      const rows = csvTable(csv.bytes);
      const csvIds = rows
        .slice(1)
        .map((r) => r[0])
        .sort();
      // A mark may stand for several records of one fact (issue 12 §3); the CSV lists each record.
      const marks = (
        await panel
          .locator('[data-point-id]')
          .evaluateAll((els) =>
            els.flatMap((e) => (e.getAttribute('data-figure-ids') ?? '').split(' ')),
          )
      ).sort();
      expect(csvIds).toEqual(marks);
      // Same values as the panel's table.
      await panel.getByRole('radio', { name: 'Table' }).check({ force: true });
      const tableIds = (
        await panel
          .locator('tr[data-figure-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id')))
      ).sort();
      expect(csvIds).toEqual(tableIds);
      for (const row of rows.slice(1)) {
        const figure = dataset.byId.get(row[0] ?? '');
        // Issue 12: derived values at the precision of their inputs, recorded ones as stated.
        expect(Number(row[4]), row[0]).toBe(figure ? displayValue(figure) : NaN);
      }
      await panel.getByRole('radio', { name: 'Chart' }).check({ force: true });
      await panel.locator('svg.recharts-surface').first().waitFor();

      const svg = await download(page, p.id, 'Chart (SVG), A4 half page');
      const svgText = svg.bytes.toString('utf8');
      expect(svg.name.endsWith('.svg')).toBe(true);
      expect(svgText).toContain(`Chongqing Auto Monitor — ${p.title}`);
      expect(svgText).toContain('Sources');
      expect(svgText).toContain(p.id === 'targets' ? 'Target year: All' : 'Years: 2014–2025');
      expect(svgText).toContain('years=2014-2025');

      const png = await download(page, p.id, 'Chart (PNG), A4 half page');
      const size = pngSize(png.bytes);
      const svgWidth = Number(/width="(\d+)"/.exec(svgText)?.[1]);
      // 3 px per layout unit (figure-layout.ts).
      expect(size.width).toBe(svgWidth * 3);
      if (p.id === 'rankings') writeFileSync(`${SCREENSHOT_DIR}/export-rankings.png`, png.bytes);
      // Not blank: many distinct colours once drawn.
      const colours = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        if (!ctx) return 0;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          seen.add((data[i] ?? 0) * 65536 + (data[i + 1] ?? 0) * 256 + (data[i + 2] ?? 0));
        return seen.size;
      }, png.bytes.toString('base64'));
      expect(colours).toBeGreaterThan(20);
    }
    expect(errors).toEqual([]);
  });

  it('downloads the full dataset as CSV', async () => {
    const { page } = await session.open('/?lang=zh', { acceptDownloads: true });
    await page.getByTestId('kpi-tile').first().waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-all').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^cq-auto_dataset_\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvTable(readFileSync(await file.path()));
    // Issue 14: the data file's own columns in every language, so the file imports back.
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'entity', 'metric']);
    expect(rows.length - 1).toBe(dataset.observations.length + dataset.derived.length);
  });

  it('prints a briefing: a cover, then each panel on its own A4 landscape page with its sources and link', async () => {
    const { page } = await session.open('/?lang=en&cities=chongqing,guangzhou');
    await page.getByTestId('kpi-tile').first().waitFor();
    await page.getByRole('button', { name: 'Print briefing' }).click();
    const briefing = page.getByTestId('print-briefing');
    await briefing.waitFor();
    for (const p of PANELS) await drawPanels(page, [p.id]);
    // The app opens the print dialog once the charts are drawn; print only after that call.
    await waitForPrintCall(page);
    const pdfPath = 'test-results/briefing.pdf';
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });

    const info = execFileSync('pdfinfo', [pdfPath]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/); // A4 landscape in points
    expect(pages).toBeGreaterThanOrEqual(5);
    const pageText = (n: number) =>
      execFileSync('pdftotext', [
        '-f',
        String(n),
        '-l',
        String(n),
        '-layout',
        pdfPath,
        '-',
      ]).toString();
    expect(pageText(1)).toContain('Chongqing Auto Monitor');
    expect(pageText(1)).toContain('2.788 M vehicles');
    // Each panel starts a page, with its filters, sources and link somewhere in its pages.
    const all = Array.from({ length: pages }, (_, i) => pageText(i + 1));
    for (const p of PANELS) {
      const start = all.findIndex((text) => text.trimStart().startsWith(p.title));
      expect(start, p.title).toBeGreaterThan(0);
      const next = all.findIndex(
        (text, i) => i > start && PANELS.some((q) => text.trimStart().startsWith(q.title)),
      );
      const own = all.slice(start, next === -1 ? undefined : next).join('\n');
      expect(own, p.title).toContain('Sources');
      expect(own, p.title).toContain(`panel=${p.id}`);
    }
    expect(all.join('\n')).toContain('Cities: Chongqing, Guangzhou');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '2',
      '-l',
      '2',
      pdfPath,
      `${SCREENSHOT_DIR}/briefing-page`,
    ]);
  });
});
