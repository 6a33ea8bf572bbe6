import { articleTitle } from '../lib/article-title';
import Papa from 'papaparse';
import { FORMULA_START } from '../data/csv-formula';
import type { Dataset } from '../data/dataset';
import { entityName, metricName } from '../data/registry';
import { isDerived, type Figure } from '../data/types';
import { messagesOf } from '../i18n/catalogs';
import { displayValue } from '../data/precision';
import { derivedQualifier, formatPeriod } from '../lib/format';
import { derivedOrigin, formulaInputs, formulaText, measureOf } from '../lib/formula-text';
import { excerptTranslation } from '../lib/excerpt-translation';
import type { Lang } from '../data/view-vocabulary';
import { CSV_TEXT } from './csv-text';
import type { ExportContext } from './export-context';

/** Byte-order mark: spreadsheet programs then read the file as UTF-8 (Chinese intact). */
const BOM = '\uFEFF';

/** A CSV cell: text, or a number the spreadsheet keeps as a number. */
export type Cell = string | number;

/**
 * Rows as CSV text (RFC 4180 quoting, CRLF). A text cell that starts like a formula gets a leading
 * apostrophe and quotes, so the spreadsheet shows it as text; number cells are never touched, so a
 * negative figure stays a number. That is why values are passed as numbers, not strings.
 */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return Papa.unparse(rows as Cell[][], { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** "2024 = 100": an index's unit cell, from its base figure (the formula's second input). */
function indexUnit(f: Figure, dataset: Dataset, lang: Lang): string {
  const base = isDerived(f) ? formulaInputs(f, dataset)[1] : undefined;
  const t = messagesOf(lang);
  return base ? t.growth.indexBase(formatPeriod(base.period, lang)) : CSV_TEXT[lang].units.index;
}

/**
 * One row per figure: values in base units (numbers a spreadsheet can sum), provenance beside.
 * Where an excerpt has a translation into the reader's language, a column beside the verbatim
 * excerpt gives it (a file of figures with none has no such column).
 */
export function figureRows(figures: readonly Figure[], dataset: Dataset, lang: Lang): Cell[][] {
  const t = messagesOf(lang);
  const c = CSV_TEXT[lang].columns;
  const translationOf = (f: Figure) =>
    isDerived(f)
      ? null
      : excerptTranslation(f, dataset.sources.get(f.source)?.language ?? 'en', lang);
  const header = [
    c.id,
    c.entity,
    c.metric,
    c.period,
    c.value,
    c.unit,
    c.kind,
    c.qualifier,
    c.yoy,
    c.peerSet,
    c.sourceTitle,
    c.outlet,
    c.date,
    c.excerpt,
    c.note,
    c.conflict,
    c.formula,
  ];
  const rows = figures.map((f): Cell[] => {
    // A growth figure names its measure too: "NEV sales · Change on the previous year".
    const measure = measureOf(f, dataset);
    const q = isDerived(f) ? derivedQualifier(f) : null;
    const base: Cell[] = [
      f.id,
      entityName(dataset, f.entity, lang),
      `${measure ? `${metricName(dataset, measure, lang)} · ` : ''}${metricName(dataset, f.metric, lang)}`,
      f.period,
      // Derived values at the precision of their inputs, not the float the division left.
      displayValue(f),
      // An index has no unit: its base year is what says what it is.
      f.unit === 'index' ? indexUnit(f, dataset, lang) : CSV_TEXT[lang].units[f.unit],
      t.kinds[f.kind],
    ];
    if (isDerived(f)) {
      return [
        ...base,
        q ? t.growth.bounds[q] : '',
        '',
        '',
        derivedOrigin(f, dataset, lang),
        '',
        '',
        '',
        '',
        '',
        formulaText(f, dataset, lang),
      ];
    }
    const s = dataset.sources.get(f.source);
    const conflict = f.conflict
      ? (dataset.conflicts.get(f.conflict)?.title[lang] ?? f.conflict)
      : '';
    return [
      ...base,
      f.qualifier ? t.qualifiers[f.qualifier] : '',
      f.yoyPercent ?? '',
      f.peerSet ? t.peerSets[f.peerSet] : '',
      s ? articleTitle(s, lang) : f.source,
      s?.outlet[lang] ?? '',
      s?.date ?? '',
      f.excerpt,
      // A flagged figure says so in its note, so the flag survives the spreadsheet.
      f.issue
        ? `${t.source.dataIssue}${t.punct.colon}${f.note?.[lang] ?? ''}`
        : (f.note?.[lang] ?? ''),
      conflict,
      '',
    ];
  });
  // Right after the verbatim excerpt, which it translates.
  const at = header.indexOf(c.excerpt) + 1;
  const translated = figures.some((f) => translationOf(f));
  const withTranslation = (row: Cell[], translation: Cell): Cell[] =>
    translated ? [...row.slice(0, at), translation, ...row.slice(at)] : row;
  return [
    withTranslation(header, c.excerptTranslation),
    ...rows.map((row, i) => {
      const f = figures[i];
      return withTranslation(row, (f && translationOf(f)) || '');
    }),
  ];
}

/**
 * A CSV file (RFC 4180 quoting by papaparse, CRLF, UTF-8 with BOM): a header block saying what
 * the view was, its filters and its link, a blank line, then the table `body`.
 */
export function csvFile(context: ExportContext, body: string): string {
  const m = CSV_TEXT[context.lang].meta;
  const meta = [
    [m.title, context.title],
    [m.headline, context.headline],
    [m.filters, context.filters],
    [m.sources, context.sources],
    [m.dataDate, context.dataDate],
    [m.exported, context.exportedOn],
    [m.link, context.link],
  ];
  return `${BOM}${csvText(meta)}\r\n\r\n${body}\r\n`;
}

/** The figures of a panel's view, in the reader's language, as a CSV file. */
export function toCsv(
  figures: readonly Figure[],
  dataset: Dataset,
  context: ExportContext,
): string {
  return csvFile(context, csvText(figureRows(figures, dataset, context.lang)));
}
