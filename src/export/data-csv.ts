import type { Dataset } from '../data/dataset';
import { OBSERVATION_COLUMNS } from '../data/import-rows';
import { displayValue } from '../data/precision';
import { isDerived, type Figure } from '../data/types';
import { formulaText } from '../lib/formula-text';
import { csvFile, csvText, type Cell } from './csv';
import type { ExportContext } from './export-context';

/**
 * Every figure in the data file's own words (ids, base units, both languages): the columns of
 * public/data/template.csv, so a maintainer can edit the file and import it back with
 * `npm run data:import -- --update`. Derived values come last, marked kind "derived" with their
 * formula as the note; the importer skips them (the app computes them).
 */
export function datasetRows(figures: readonly Figure[], dataset: Dataset): Cell[][] {
  const rows = figures.map((f): Cell[] => {
    const cell: Partial<Record<(typeof OBSERVATION_COLUMNS)[number], Cell>> = isDerived(f)
      ? {
          id: f.id,
          entity: f.entity,
          metric: f.metric,
          period: f.period,
          value: displayValue(f),
          unit: f.unit,
          kind: f.kind,
          // The importer's words: a lower bound is "at least"; other approximations "about".
          qualifier: f.bound === 'lower' ? 'at_least' : f.approximate ? 'about' : '',
          'note.en': formulaText(f, dataset, 'en'),
          'note.zh': formulaText(f, dataset, 'zh'),
        }
      : {
          id: f.id,
          entity: f.entity,
          metric: f.metric,
          period: f.period,
          value: f.value,
          unit: f.unit,
          kind: f.kind,
          qualifier: f.qualifier ?? '',
          peerSet: f.peerSet ?? '',
          basis: f.basis ?? '',
          yoyPercent: f.yoyPercent ?? '',
          source: f.source,
          figure: f.figure,
          excerpt: f.excerpt,
          excerptZh: f.excerptZh ?? '',
          'note.en': f.note?.en ?? '',
          'note.zh': f.note?.zh ?? '',
          issue: f.issue ? 'true' : '',
          conflict: f.conflict ?? '',
        };
    return OBSERVATION_COLUMNS.map((c) => cell[c] ?? '');
  });
  return [[...OBSERVATION_COLUMNS], ...rows];
}

/** The "All data" file: the export's header block, a blank line, then the importable table. */
export function toDatasetCsv(
  figures: readonly Figure[],
  dataset: Dataset,
  context: ExportContext,
): string {
  return csvFile(context, csvText(datasetRows(figures, dataset)));
}
