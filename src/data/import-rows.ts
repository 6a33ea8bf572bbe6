/**
 * Spreadsheet rows → data records, for `npm run data:import`. Columns are named like the
 * record's fields; a bilingual field is two columns (`note.en`, `note.zh`). Pure: the command
 * reads and writes the files.
 */
import Papa from 'papaparse';
import { unescapeFormula } from './csv-formula';

/** One CSV data row as a record, with the line of the file it starts on (1-based). */
export interface CsvRecord {
  line: number;
  record: Record<string, unknown>;
}

/** The observation columns, in the order of the template and the dataset export. */
export const OBSERVATION_COLUMNS = [
  'id',
  'entity',
  'metric',
  'period',
  'value',
  'unit',
  'kind',
  'qualifier',
  'peerSet',
  'basis',
  'yoyPercent',
  'source',
  'figure',
  'excerpt',
  'excerptZh',
  'note.en',
  'note.zh',
  'issue',
  'conflict',
] as const;

/** Fields stored as numbers; a cell that is not a plain number stays text so the check names it. */
const NUMBERS = new Set(['value', 'yoyPercent', 'colour']);
const BOOLEANS = new Set(['issue', 'derived']);
const LISTS = new Set(['panels']);

function cellValue(field: string, cell: string): unknown {
  if (NUMBERS.has(field)) {
    // Spreadsheets may write 1,234,000 for a formatted number; "2.1 million" is not a number.
    const plain = cell.replace(/,(?=\d{3}\b)/g, '');
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : cell;
  }
  if (BOOLEANS.has(field)) return /^(true|yes|1)$/i.test(cell) ? true : cell;
  if (LISTS.has(field)) return cell.split(/[\s,;]+/).filter(Boolean);
  return cell;
}

/** A record from a header row and a data row: empty cells are left out, `a.en` nests. */
export function rowRecord(
  header: readonly string[],
  row: readonly string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = unescapeFormula((row[i] ?? '').trim());
    if (name === '' || cell === '') return;
    const [field = name, lang] = name.split('.');
    if (lang) {
      const inner = (record[field] ?? {}) as Record<string, string>;
      inner[lang] = cell;
      record[field] = inner;
    } else {
      record[field] = cellValue(field, cell);
    }
  });
  return record;
}

/** An id from the record's own words: `shanghai-vehicle-production-2025` (`-target` etc. for a non-actual kind). */
export function generatedId(r: Record<string, unknown>): string {
  const part = (x: unknown) =>
    (typeof x === 'string' ? x : '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const kind = r.kind === undefined || r.kind === 'actual' ? '' : `-${part(r.kind)}`;
  return `${part(r.entity)}-${part(r.metric)}-${part(r.period)}${kind}`;
}

/**
 * Reads CSV text as Excel or WPS save it (BOM or not, CRLF or LF). Lines before the column row
 * (the export's header block) are skipped: the column row is the first that names every one of
 * `required`. Returns null when there is no such row.
 */
export function readCsv(text: string, required: readonly string[]): CsvRecord[] | null {
  const body = text.replace(/^\uFEFF/, '');
  const rows: { start: number; cells: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ start, cells: result.data });
      start = result.meta.cursor;
    },
  });
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length;
  const headerAt = rows.findIndex((r) => {
    const names = r.cells.map((c) => c.trim());
    return required.every((name) => names.includes(name));
  });
  const headerRow = rows[headerAt];
  if (!headerRow) return null;
  const header = headerRow.cells.map((c) => c.trim());
  return rows
    .slice(headerAt + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({
      // papaparse's cursor lands after the newline; a leading newline belongs to the row before.
      line: lineAt(r.start + (/^\r?\n/.exec(body.slice(r.start))?.[0].length ?? 0)),
      record: rowRecord(header, r.cells),
    }));
}
