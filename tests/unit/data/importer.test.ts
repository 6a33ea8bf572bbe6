import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/data-desk';
import { OBSERVATION_COLUMNS, readCsv } from '../../../src/data/import-rows';
import { toDatasetCsv } from '../../../src/export/data-csv';
import { dataset } from '../support/dataset';

const DATA = resolve(__dirname, '../../../src/data');
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-desk-'));
  for (const f of readdirSync(DATA).filter((name) => name.endsWith('.json')))
    cpSync(join(DATA, f), join(dir, f));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = () =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const observations = () =>
  JSON.parse(readFileSync(join(dir, 'observations.json'), 'utf8')) as Record<string, unknown>[];

const HEADER = 'id,entity,metric,period,value,unit,kind,source,figure,excerpt,note.en,note.zh';
const SOURCE = 'icq-2025-03-smart-nev-race';
/** A test row (an invented excerpt, only ever written to a temporary copy of the data). */
const row = (over: Partial<Record<string, string>> = {}) => {
  const r = {
    id: '',
    entity: 'chongqing',
    metric: 'nev_sales',
    period: '2026',
    value: '1500000',
    unit: 'vehicles',
    kind: 'target',
    source: SOURCE,
    figure: '1.5 million',
    excerpt: '"Chongqing aims to sell 1.5 million NEVs in 2026, the test says."',
    'note.en': 'Test note',
    'note.zh': '测试说明',
    ...over,
  };
  return Object.values(r).join(',');
};
const csv = (...rows: string[]) => ({ name: 'new.csv', text: [HEADER, ...rows].join('\n') + '\n' });

describe('data:import', () => {
  it('merges a good CSV, generating the id and nesting bilingual columns', async () => {
    const result = await runImport({ dataDir: dir, observations: csv(row()) });
    expect(result.lines.join('\n')).toMatch(
      /observations\.json added \(1\): chongqing-nev-sales-2026-target/,
    );
    expect(result.written).toBe(true);
    const added = observations().find((o) => o.id === 'chongqing-nev-sales-2026-target');
    expect(added).toMatchObject({
      value: 1500000,
      kind: 'target',
      note: { en: 'Test note', zh: '测试说明' },
    });
  });

  it.each([
    [
      'an unknown entity',
      row({ entity: 'atlantis' }),
      /line 3: field entity: no entity with id 'atlantis'/,
    ],
    [
      'a bad number',
      row({ value: '2.1 million' }),
      /line 3: field value: expected a number of vehicles, got '2\.1 million'/,
    ],
    ['a bad period', row({ period: '2026-H3' }), /line 3: field period: '2026-H3' is not a period/],
    [
      'an excerpt without its figure',
      row({ figure: '1.6 million' }),
      /line 3: field figure: the excerpt does not contain the figure '1\.6 million'/,
    ],
    [
      'an id that exists',
      row({ id: 'chongqing-vehicle-production-2014' }),
      /line 3: id chongqing-vehicle-production-2014 exists/,
    ],
    [
      'an id used twice in the file',
      row({ period: '2027' }),
      /line 3: id chongqing-nev-sales-2027-target appears twice in the file/,
    ],
    [
      'an unknown source',
      row({ source: 'nowhere-2026' }),
      /line 3: field source: no source with id 'nowhere-2026'/,
    ],
  ])('rejects %s with its line number and writes nothing', async (_what, bad, reason) => {
    const before = snapshot();
    const result = await runImport({
      dataDir: dir,
      observations: csv(row({ period: '2027' }), bad),
    });
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(reason);
    expect(snapshot()).toEqual(before);
  });

  it('reads a file as Excel saves it: BOM, CRLF, a quoted comma and a blank last line', async () => {
    const text = `\uFEFF${HEADER}\r\n${row({ excerpt: '"By 2026, Chongqing aims to sell 1.5 million NEVs."' })}\r\n,,,,,,,,,,,\r\n`;
    const result = await runImport({ dataDir: dir, observations: { name: 'excel.csv', text } });
    expect(result.lines).toContain('Written: observations.json.');
    expect(observations().find((o) => o.id === 'chongqing-nev-sales-2026-target')?.excerpt).toBe(
      'By 2026, Chongqing aims to sell 1.5 million NEVs.',
    );
  });

  it('with the articles folder, rejects an excerpt that is not word for word in its article', async () => {
    const articles = mkdtempSync(join(tmpdir(), 'articles-'));
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as {
      file: string;
    }[];
    const all = ['observations', 'milestones'].flatMap(
      (f) => JSON.parse(readFileSync(join(DATA, `${f}.json`), 'utf8')) as { excerpt: string }[],
    );
    // Each article file holds every excerpt of the real data: the real records pass.
    for (const s of sources)
      writeFileSync(join(articles, s.file), all.map((o) => o.excerpt).join('\n'));
    const result = await runImport({ dataDir: dir, observations: csv(row()), articles });
    rmSync(articles, { recursive: true });
    expect(result.ok).toBe(false);
    expect(result.lines).toHaveLength(2); // "Nothing written: 1 problem(s)." and the problem
    expect(result.lines[1]).toMatch(/^new\.csv line 2: field excerpt: the excerpt is not word for/);
  });

  it('replaces an existing id only with --update', async () => {
    const id = 'chongqing-vehicle-production-2014';
    const original = observations().find((o) => o.id === id);
    const text = [
      'id,entity,metric,period,value,unit,kind,source,figure,excerpt',
      `${id},chongqing,vehicle_production,2014,2600000,vehicles,estimate,icq-2024-07-h1-top-producer,2.6 million,"${String(original?.excerpt).replace(/"/g, '""')}"`,
    ].join('\n');
    const result = await runImport({
      dataDir: dir,
      observations: { name: 'u.csv', text },
      update: true,
    });
    expect(result.lines.join('\n')).toMatch(`observations.json changed (1): ${id}`);
    expect(observations().find((o) => o.id === id)?.kind).toBe('estimate');
  });

  it('shows the change and writes nothing on --dry-run', async () => {
    const before = snapshot();
    const result = await runImport({ dataDir: dir, observations: csv(row()), dryRun: true });
    expect(result.lines).toContain('Dry run: nothing written.');
    expect(result.lines.join('\n')).toMatch(/added \(1\): chongqing-nev-sales-2026-target/);
    expect(snapshot()).toEqual(before);
  });

  it('adds a source and an observation citing it in one step, or neither', async () => {
    const sources = {
      name: 'sources.csv',
      text: 'id,title.en,title.zh,outlet.en,outlet.zh,date,language,file\ntest-2026-01,Test article,测试文章,Test outlet,测试媒体,2026-01,en,test.txt\n',
    };
    const before = snapshot();
    const bad = await runImport({
      dataDir: dir,
      sources,
      observations: csv(row({ source: 'test-2026-01', value: 'many' })),
    });
    expect(bad.ok).toBe(false);
    expect(snapshot()).toEqual(before);
    const good = await runImport({
      dataDir: dir,
      sources,
      observations: csv(row({ source: 'test-2026-01' })),
    });
    expect(good.lines).toContain('Written: sources.json, observations.json.');
  });
});

describe('the spreadsheet round trip', () => {
  const exported = (lang: 'en' | 'zh') =>
    toDatasetCsv([...dataset.observations, ...dataset.derived], dataset, {
      lang,
      title: 'Chongqing Auto Monitor — All data, "unfiltered"',
      headline: 'h',
      filters: 'All figures, no filter',
      sources: 's',
      dataDate: 'Data as of Jan 2026',
      exportedOn: '2026-11-24',
      link: 'http://127.0.0.1:4173/?lang=en',
    });

  it('imports the "All data" export back unchanged, skipping the derived figures', async () => {
    const before = snapshot();
    const result = await runImport({
      dataDir: dir,
      observations: { name: 'all.csv', text: exported('zh') },
      update: true,
    });
    expect(result.lines).toContain(
      `all.csv: ${dataset.derived.length} derived row(s) skipped (the app computes them).`,
    );
    expect(result.lines).toContain('No changes.');
    expect(snapshot()).toEqual(before);
  });

  it('takes an edit made in the spreadsheet, and only that edit', async () => {
    const text = exported('en').replace(
      /(chongqing-vehicle-production-2014,chongqing,vehicle_production,2014,2600000,vehicles,)actual/,
      '$1estimate',
    );
    const result = await runImport({
      dataDir: dir,
      observations: { name: 'all.csv', text },
      update: true,
    });
    expect(result.lines).toContain(
      '  observations.json changed (1): chongqing-vehicle-production-2014',
    );
    // The rewritten file differs from the original in that one line: no reformatting noise.
    const lines = (text: string) => text.split('\n');
    const original = lines(readFileSync(join(DATA, 'observations.json'), 'utf8'));
    const written = lines(readFileSync(join(dir, 'observations.json'), 'utf8'));
    expect(written).toHaveLength(original.length);
    const changed = written.flatMap((line, i) =>
      line === original[i] ? [] : [[original[i], line]],
    );
    expect(changed).toEqual([['    "kind": "actual",', '    "kind": "estimate",']]);
  });

  it('reads the template with its own columns', () => {
    const template = readFileSync(resolve(__dirname, '../../../public/data/template.csv'), 'utf8');
    expect(template.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(OBSERVATION_COLUMNS.join(','));
    const rows = readCsv(template, ['entity', 'metric', 'period', 'value']);
    expect(rows?.length).toBeGreaterThan(0);
  });
});

describe('readCsv', () => {
  it('skips the lines before the column row and keeps line numbers', () => {
    const text =
      'title,All data\r\nlink,https://x\r\n\r\n' +
      OBSERVATION_COLUMNS.join(',') +
      '\r\nx,chongqing\r\n';
    expect(readCsv(text, ['entity', 'metric'])).toEqual([
      { line: 5, record: { id: 'x', entity: 'chongqing' } },
    ]);
  });
});

describe('the commands', () => {
  const run = (script: string, args: string[]) => {
    try {
      const out = execFileSync('node', [resolve(__dirname, `../../../scripts/${script}`), ...args]);
      return { code: 0, out: out.toString() };
    } catch (e) {
      const { status, stdout } = e as { status: number; stdout: Buffer };
      return { code: status, out: stdout.toString() };
    }
  };

  it('data:import exits 1 on a bad row and leaves the files alone; data:check then passes', () => {
    const before = snapshot();
    const file = join(tmpdir(), `bad-${String(Date.now())}.csv`);
    writeFileSync(file, csv(row({ value: '2.1 million' })).text);
    const bad = run('data-import.mjs', [file, '--data-dir', dir]);
    rmSync(file);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(
      "line 2: field value: expected a number of vehicles, got '2.1 million'",
    );
    expect(snapshot()).toEqual(before);
    const check = run('data-check.mjs', ['--data-dir', dir]);
    expect(check.out).toContain('All checks passed.');
    expect(check.code).toBe(0);
  }, 30_000); // two Node processes, each loading the TypeScript through Vite
});
