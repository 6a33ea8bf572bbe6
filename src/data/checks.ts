/**
 * Every check a maintainer's data must pass, as pure functions: `npm run data:check`, the
 * importer and the unit tests all call these, so a rule is written once. Record-level rules come
 * from the zod schema (`parseDataset`); the registry rules (entity and metric exist, unit is the
 * metric's) and the excerpt rules live here, read from entities.json and metrics.json.
 */
import { DatasetError, type DatasetProblem } from './dataset-error';
import { figureValue } from './figure-value';
import { parseDataset } from './schema';

export const DATA_FILES = [
  'sources',
  'observations',
  'conflicts',
  'milestones',
  'entities',
  'metrics',
] as const;
export type DataFile = (typeof DATA_FILES)[number];
/** The six files as parsed JSON, not yet trusted. */
export type RawFiles = Record<DataFile, unknown>;

/** One thing wrong, in words a maintainer can act on. */
export interface Problem {
  file: string;
  recordId: string | null;
  field: string;
  message: string;
}

/**
 * Records whose figure is stated in words that no number parser can read; each is checked by
 * hand against the excerpt and says here why its value is what it is.
 */
export const STATED_IN_WORDS: Record<string, string> = {
  'guangzhou-production-rank-2016': 'rank 1: "exceeded that of Chongqing in 2016 and ranked first"',
  'chongqing-production-rank-2016': 'rank 1: "the only city in the country to exceed 3 million"',
  'shenzhen-production-rank-2024':
    'rank 1: Guangzhou led "until 2024, when it was overtaken by Shenzhen"',
  'china-nev-world-rank-2015-2023': 'rank 1: "has led global NEV production and sales"',
  'changan-nev-sales-share-target-2025': '100%: "stop selling traditional fuel-powered vehicles"',
};

/** Longest excerpt: a sentence or two, never a paragraph. */
export const MAX_EXCERPT = 240;

type Rec = Record<string, unknown>;
const records = (x: unknown): Rec[] =>
  Array.isArray(x) ? x.filter((r): r is Rec => r !== null && typeof r === 'object') : [];
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const quote = (x: unknown) => (typeof x === 'string' ? `'${x}'` : JSON.stringify(x) || 'nothing');

/** The stated figure's number, or null when the words cannot be read (or the figure is absent). */
export function statedValue(o: { id: string; figure: string }): number | null {
  return o.id in STATED_IN_WORDS ? null : figureValue(o.figure);
}

/** Whether a value agrees with the number read from its figure (floating-point slack only). */
export const agrees = (stated: number, value: number) =>
  Math.abs(stated - value) <= 5e-7 * Math.max(1, Math.abs(value));

function schemaMessage(p: DatasetProblem, raw: Rec | undefined): string {
  const got = raw && p.field in raw ? raw[p.field] : undefined;
  switch (p.code) {
    case 'type':
      if (p.field === 'value' || p.field === 'yoyPercent') {
        const unit = str(raw?.unit);
        const what = p.field === 'value' && unit ? `a number of ${unit}` : 'a number';
        return `expected ${what}, got ${quote(got)}`;
      }
      return got === undefined
        ? `is missing (expected ${p.detail})`
        : `expected ${p.detail}, got ${quote(got)}`;
    case 'value':
      return `${quote(got)} is not allowed; use one of: ${p.detail}`;
    case 'too-long':
      return `is too long: at most ${p.detail} characters`;
    case 'too-short':
      return p.detail === '1' ? 'is empty' : `needs at least ${p.detail}`;
    case 'unknown-field':
      return `unknown field(s): ${p.detail}`;
    case 'format':
      return `${quote(got)} is not written the expected way (lower-case letters, digits and hyphens for an id; 2025-03 or 2025-03-05 for a date)`;
    case 'period':
      return `${quote(got)} is not a period: write 2025, 2024-H1, 2024-Q1, 2023-07 or 2015/2017`;
    case 'unit':
      return `the unit does not match the metric (${p.detail})`;
    case 'figure':
      return `the excerpt does not contain the figure '${p.detail}'`;
    case 'rank-kind':
      return 'a rank needs both kind "rank" and unit "rank"';
    case 'rank-peers':
      return 'a rank must say who it is among (peerSet)';
    case 'duplicate':
      return `the id ${p.detail} is used twice`;
    case 'unknown-source':
      return `no source with id '${p.detail}' in sources.json`;
    case 'unknown-conflict':
      return `no conflict with id '${p.detail}' in conflicts.json`;
    case 'lonely-conflict':
      return `conflict ${p.detail} links fewer than two records`;
    default:
      return p.detail || 'is not valid';
  }
}

/** The zod schema's verdict, in plain words. */
function schemaProblems(files: RawFiles): Problem[] {
  const run = (raw: Rec) => {
    try {
      parseDataset(raw);
      return [];
    } catch (e) {
      if (e instanceof DatasetError) return e.problems;
      throw e;
    }
  };
  const core = {
    sources: files.sources,
    conflicts: files.conflicts,
    observations: files.observations,
    milestones: files.milestones,
  };
  let problems = run({ ...core, entities: files.entities, metrics: files.metrics });
  // A schema that does not (yet) know the registry rejects the two keys; its rules still apply.
  if (problems.some((p) => p.code === 'unknown-field' && p.record === 'dataset')) {
    problems = run(core);
  }
  return problems.map((p) => {
    const m = /^(\w+)\[(\d+)\]$/.exec(p.record);
    const file = m?.[1] ?? p.record;
    const raw = m ? records((files as Record<string, unknown>)[file])[Number(m[2])] : undefined;
    return {
      file: `${file}.json`,
      recordId: p.recordId,
      field: p.field,
      message: schemaMessage(p, raw),
    };
  });
}

/** Ids used twice within one file. */
function duplicateIds(files: RawFiles): Problem[] {
  return DATA_FILES.flatMap((file) => {
    const seen = new Set<string>();
    return records(files[file]).flatMap((r): Problem[] => {
      const id = str(r.id);
      if (id === null) return [];
      if (!seen.has(id)) {
        seen.add(id);
        return [];
      }
      return [
        { file: `${file}.json`, recordId: id, field: 'id', message: `the id ${id} is used twice` },
      ];
    });
  });
}

/** Entities and metrics named by a record exist in the registry; units are the metric's. */
function registryProblems(files: RawFiles): Problem[] {
  const entities = new Map(records(files.entities).map((e) => [str(e.id), e]));
  const metrics = new Map(records(files.metrics).map((m) => [str(m.id), m]));
  const out: Problem[] = [];
  const at = (file: string, r: Rec, field: string, message: string) =>
    out.push({ file, recordId: str(r.id), field, message });
  for (const e of records(files.entities)) {
    const parent = str(e.parent);
    if (parent !== null && !entities.has(parent))
      at('entities.json', e, 'parent', `no entity with id '${parent}' in entities.json`);
  }
  for (const o of records(files.observations)) {
    const entity = str(o.entity);
    if (entity !== null && !entities.has(entity))
      at(
        'observations.json',
        o,
        'entity',
        `no entity with id '${entity}' in entities.json (add it there first)`,
      );
    const metricId = str(o.metric);
    const metric = metrics.get(metricId);
    if (metricId !== null && !metric) {
      at('observations.json', o, 'metric', `no metric with id '${metricId}' in metrics.json`);
    } else if (metric) {
      if (metric.derived === true)
        at(
          'observations.json',
          o,
          'metric',
          `${metricId} is computed by the app and cannot be recorded`,
        );
      if (typeof o.unit === 'string' && metric.unit !== o.unit)
        at(
          'observations.json',
          o,
          'unit',
          `${metricId} is measured in ${String(metric.unit)}, not ${o.unit}`,
        );
    }
  }
  return out;
}

/** Every excerpt holds its figure, is short, and the figure's number is the recorded value. */
function excerptProblems(files: RawFiles): Problem[] {
  const out: Problem[] = [];
  for (const o of records(files.observations)) {
    const id = str(o.id);
    const excerpt = str(o.excerpt);
    const figure = str(o.figure);
    if (id === null || excerpt === null || figure === null) continue;
    const at = (field: string, message: string) =>
      out.push({ file: 'observations.json', recordId: id, field, message });
    if (!excerpt.includes(figure))
      at('figure', `the excerpt does not contain the figure '${figure}'`);
    if (excerpt.length > MAX_EXCERPT)
      at('excerpt', `is ${excerpt.length} characters long; keep it to ${MAX_EXCERPT}`);
    if (typeof o.value !== 'number' || id in STATED_IN_WORDS) continue;
    const stated = figureValue(figure);
    if (stated === null) at('figure', `no number can be read in '${figure}'`);
    else if (!agrees(stated, o.value))
      at('value', `${o.value} contradicts the figure '${figure}', which says ${stated}`);
  }
  for (const m of records(files.milestones)) {
    const excerpt = str(m.excerpt);
    if (excerpt !== null && excerpt.length > MAX_EXCERPT)
      out.push({
        file: 'milestones.json',
        recordId: str(m.id),
        field: 'excerpt',
        message: `is ${excerpt.length} characters long; keep it to ${MAX_EXCERPT}`,
      });
  }
  return out;
}

/**
 * Every excerpt is a verbatim substring of its article. `article(file)` returns the article's
 * text for a source's `file`, or null when it cannot be read.
 */
export function verbatimProblems(
  files: RawFiles,
  article: (file: string) => string | null,
): Problem[] {
  const sources = new Map(records(files.sources).map((s) => [str(s.id), str(s.file)]));
  const out: Problem[] = [];
  for (const file of ['observations', 'milestones'] as const) {
    for (const r of records(files[file])) {
      const excerpt = str(r.excerpt);
      const name = sources.get(str(r.source));
      if (excerpt === null || !name) continue;
      const text = article(name);
      const message =
        text === null
          ? `the article file ${name} cannot be read`
          : text.includes(excerpt)
            ? null
            : `the excerpt is not word for word in the article ${name}`;
      if (message)
        out.push({ file: `${file}.json`, recordId: str(r.id), field: 'excerpt', message });
    }
  }
  return out;
}

/** Every check but the verbatim one, each problem once. */
export function checkFiles(files: RawFiles): Problem[] {
  const all = [
    ...schemaProblems(files),
    ...duplicateIds(files),
    ...registryProblems(files),
    ...excerptProblems(files),
  ];
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = `${p.file}|${p.recordId ?? ''}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "observations.json: record x, field value: expected …" */
export const formatProblem = (p: Problem) =>
  `${p.file}: ${p.recordId ? `record ${p.recordId}, ` : ''}field ${p.field}: ${p.message}`;
