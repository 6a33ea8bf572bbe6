/**
 * The data desk's file work: read the six data files, check them, import spreadsheet rows into
 * them. The rules themselves are in src/data/checks.ts; this file only reads and writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import {
  DATA_FILES,
  checkFiles,
  formatProblem,
  verbatimProblems,
  type DataFile,
  type Problem,
  type RawFiles,
} from '../src/data/checks';
import { generatedId, readCsv, type CsvRecord } from '../src/data/import-rows';

type Rec = Record<string, unknown>;

export function readDataFiles(dir: string): RawFiles {
  return Object.fromEntries(
    DATA_FILES.map((f) => [f, JSON.parse(readFileSync(join(dir, `${f}.json`), 'utf8')) as unknown]),
  ) as RawFiles;
}

/** JSON with keys sorted: two records with the same fields compare equal in any key order. */
const canonical = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
const ids = (x: unknown) =>
  new Map((Array.isArray(x) ? (x as Rec[]) : []).map((r) => [String(r.id), canonical(r)] as const));

/** The new record with the old one's key order, so a re-imported record's JSON diff is its change. */
function inOrderOf(old: Rec, next: Rec): Rec {
  const keys = [...Object.keys(old).filter((k) => k in next), ...Object.keys(next)];
  return Object.fromEntries([...new Set(keys)].map((k) => [k, next[k]]));
}

/** Record ids added, changed and removed between two versions of the files. */
export function changes(before: Partial<RawFiles>, after: RawFiles): string[] {
  return DATA_FILES.flatMap((f) => {
    const a = ids(before[f]);
    const b = ids(after[f]);
    const added = [...b.keys()].filter((k) => !a.has(k));
    const removed = [...a.keys()].filter((k) => !b.has(k));
    const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
    const line = (label: string, list: string[]) =>
      list.length ? [`  ${f}.json ${label} (${list.length}): ${list.join(', ')}`] : [];
    return [...line('added', added), ...line('changed', changed), ...line('removed', removed)];
  });
}

/** The files as committed at git HEAD, or null outside a repository (or before the first commit). */
function atHead(dir: string): Partial<RawFiles> | null {
  const out: Partial<Record<DataFile, unknown>> = {};
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: 'pipe' })
      .toString()
      .trim();
    for (const f of DATA_FILES) {
      const path = relative(top, resolve(dir, `${f}.json`));
      out[f] = JSON.parse(
        execFileSync('git', ['show', `HEAD:${path}`], { cwd: top, stdio: 'pipe' }).toString(),
      );
    }
    return out;
  } catch {
    return null;
  }
}

function counts(files: RawFiles): string[] {
  const tally = (key: string) => {
    const m = new Map<string, number>();
    for (const o of Array.isArray(files.observations) ? (files.observations as Rec[]) : [])
      m.set(String(o[key]), (m.get(String(o[key])) ?? 0) + 1);
    return [...m].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const n = (x: unknown) => (Array.isArray(x) ? x.length : 0);
  return [
    `Records: ${DATA_FILES.map((f) => `${f} ${n(files[f])}`).join(', ')}`,
    `Figures per entity: ${tally('entity')}`,
    `Figures per metric: ${tally('metric')}`,
    `Figures per source: ${tally('source')}`,
  ];
}

/** Reads an article from the articles folder, or null when the file is not there. */
const articleIn = (dir: string) => (name: string) => {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

export interface CheckResult {
  ok: boolean;
  lines: string[];
}

/** `npm run data:check`: every problem, a summary and what changed since HEAD. */
export function runCheck(dataDir: string, sourcesDir: string | null): CheckResult {
  const files = readDataFiles(dataDir);
  const problems: Problem[] = checkFiles(files);
  const lines: string[] = [];
  if (sourcesDir && existsSync(sourcesDir)) {
    problems.push(...verbatimProblems(files, articleIn(sourcesDir)));
    lines.push(`Excerpts checked word for word against the articles in ${sourcesDir}.`);
  } else if (sourcesDir) {
    lines.push(`!!! VERBATIM CHECK SKIPPED: the articles folder ${sourcesDir} does not exist. !!!`);
  }
  lines.push(...counts(files));
  const head = atHead(dataDir);
  const changed = head ? changes(head, files) : [];
  if (!head) lines.push(`${dataDir} is not committed in git: no change summary.`);
  else
    lines.push(
      changed.length ? 'Changed since git HEAD:' : 'No change since git HEAD.',
      ...changed,
    );
  if (problems.length) {
    lines.push(`${problems.length} problem(s):`, ...problems.map(formatProblem));
  } else lines.push('All checks passed.');
  return { ok: problems.length === 0, lines };
}

export interface ImportOptions {
  dataDir: string;
  /** CSV text of observations, entities and sources; any may be absent. */
  observations?: { name: string; text: string };
  entities?: { name: string; text: string };
  sources?: { name: string; text: string };
  update?: boolean;
  dryRun?: boolean;
  /** The articles folder: when given, every excerpt must also be word for word in its article. */
  articles?: string;
}

export interface ImportResult {
  ok: boolean;
  written: boolean;
  lines: string[];
}

const REQUIRED = {
  observations: ['entity', 'metric', 'period', 'value'],
  entities: ['id', 'type'],
  sources: ['id', 'file'],
} as const;

/** Where each imported id came from, so a problem names the line. */
type Origin = Map<string, string>;

function merge(
  kind: keyof typeof REQUIRED,
  input: { name: string; text: string },
  existing: Rec[],
  update: boolean,
  origin: Origin,
  errors: string[],
  notes: string[],
): Rec[] {
  const rows: CsvRecord[] | null = readCsv(input.text, REQUIRED[kind]);
  if (rows === null) {
    errors.push(`${input.name}: no column row naming ${REQUIRED[kind].join(', ')}`);
    return existing;
  }
  const out = existing.slice();
  const index = new Map(out.map((r, i) => [String(r.id), i]));
  const fromCsv = new Set<string>();
  let derived = 0;
  for (const { line, record } of rows) {
    const where = `${input.name} line ${line}`;
    // The dataset export lists the app's computed figures too; they are never stored.
    if (kind === 'observations' && record.kind === 'derived') {
      derived++;
      continue;
    }
    if (kind === 'observations' && record.id === undefined) record.id = generatedId(record);
    const id = typeof record.id === 'string' ? record.id : '';
    if (!id) {
      errors.push(`${where}: the id is empty`);
      continue;
    }
    if (fromCsv.has(id)) {
      errors.push(`${where}: id ${id} appears twice in the file`);
      continue;
    }
    fromCsv.add(id);
    origin.set(`${kind}.json|${id}`, where);
    const at = index.get(id);
    if (at === undefined) {
      index.set(id, out.length);
      out.push(record);
    } else {
      const old = out[at] ?? {};
      if (canonical(old) === canonical(record)) continue;
      if (update) out[at] = inOrderOf(old, record);
      else errors.push(`${where}: id ${id} exists (pass --update to replace it)`);
    }
  }
  if (derived)
    notes.push(`${input.name}: ${derived} derived row(s) skipped (the app computes them).`);
  return out;
}

/** JSON as the data files keep it: formatted by the repository's prettier settings. */
async function serialise(x: unknown, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  // Indented first: prettier keeps an object that starts on its own line expanded, as the files have them.
  return prettier.format(JSON.stringify(x, null, 2), { ...options, parser: 'json' });
}

/** `npm run data:import`: all files or none. */
export async function runImport(o: ImportOptions): Promise<ImportResult> {
  const before = readDataFiles(o.dataDir);
  const after: RawFiles = { ...before };
  const origin: Origin = new Map();
  const errors: string[] = [];
  const notes: string[] = [];
  const arr = (x: unknown) => (Array.isArray(x) ? (x as Rec[]) : []);
  for (const kind of ['entities', 'sources', 'observations'] as const) {
    const input = o.observations && kind === 'observations' ? o.observations : o[kind];
    if (input)
      after[kind] = merge(kind, input, arr(before[kind]), !!o.update, origin, errors, notes);
  }
  const lines: string[] = [...notes];
  const verbatim = o.articles ? verbatimProblems(after, articleIn(o.articles)) : [];
  for (const p of [...checkFiles(after), ...verbatim]) {
    const where = origin.get(`${p.file}|${p.recordId ?? ''}`);
    errors.push(where ? `${where}: field ${p.field}: ${p.message}` : formatProblem(p));
  }
  const changed = changes(before, after);
  if (errors.length) {
    lines.push(`Nothing written: ${errors.length} problem(s).`, ...errors);
    return { ok: false, written: false, lines };
  }
  lines.push(changed.length ? 'Changes:' : 'No changes.', ...changed);
  if (o.dryRun) {
    lines.push('Dry run: nothing written.');
    return { ok: true, written: false, lines };
  }
  // Every file is written beside its target first, then renamed: a failure leaves the old files.
  const touched = DATA_FILES.filter((f) => canonical(after[f]) !== canonical(before[f]));
  const texts = await Promise.all(
    touched.map((f) => serialise(after[f], join(o.dataDir, `${f}.json`))),
  );
  touched.forEach((f, i) => writeFileSync(join(o.dataDir, `.${f}.json.tmp`), texts[i] ?? ''));
  for (const f of touched)
    renameSync(join(o.dataDir, `.${f}.json.tmp`), join(o.dataDir, `${f}.json`));
  lines.push(`Written: ${touched.map((f) => `${f}.json`).join(', ') || 'nothing'}.`);
  return { ok: true, written: true, lines };
}
