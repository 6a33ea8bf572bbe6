import { articleTitle } from '../lib/article-title';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { periodOf, periodPosition } from '../data/period';
import { isDerived, type DerivedValue, type Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { derivedQualifier, formatChange, formatPeriod } from '../lib/format';
import { derivedOrigin, formulaInputs } from '../lib/formula-text';
import { useDatasetContext } from './dataset-context';
import { FigureButton } from './figure-button';
import { shortSourceLine } from './panel/source-lines';
import { TableScroll } from './table-scroll';
import { useRenderMode } from './render-mode';
import type { VirtualRowProps } from './virtual-rows';

// Loaded only by a table long enough to need it: the real data has none.
const VirtualRows = lazy(() => import('./virtual-rows'));

/** Above this many rows a table draws only the rows near its view (all of them on paper). */
export const VIRTUAL_ABOVE = 200;

export interface TableRow {
  seriesKey: string;
  figure: Figure;
}

type Column = 'series' | 'period' | 'value' | 'kind' | 'qualifier' | 'yoy' | 'source';

interface Props {
  caption: string;
  rows: readonly TableRow[];
  seriesLabel: (key: string) => string;
}

/**
 * The data behind a chart as an accessible, sortable table: one row per mark, with kind,
 * qualifier, period and source. The value opens the figure's provenance.
 */
export function DataTable({ caption, rows, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const render = useRenderMode();
  const printing = render.mode === 'paper';
  // Every row on paper (the briefing or a printed page): a printed table must be whole.
  const virtual = !render.onPaper && rows.length > VIRTUAL_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'period',
    ascending: true,
  });

  const sourceLabel = (f: Figure) => {
    if (isDerived(f)) return derivedOrigin(f, dataset, lang);
    const s = dataset.sources.get(f.source);
    if (!s) return f.source;
    // On paper a short reference keeps rows to one line; the briefing lists sources in full.
    return printing ? shortSourceLine([s], lang) : `${s.outlet[lang]} · ${articleTitle(s, lang)}`;
  };
  // An index's cell is a plain number: its row says which year is 100 (" (2024 = 100)").
  const indexBaseOf = (f: Figure) => {
    const base = isDerived(f) && f.unit === 'index' ? formulaInputs(f, dataset)[1] : undefined;
    return base ? t.punct.paren(t.growth.indexBase(formatPeriod(base.period, lang))) : '';
  };
  // A derived value's bound ("at least") or approximation ("approximately"), as formatFigure's sign.
  const derivedQualifierText = (f: DerivedValue) => {
    const q = derivedQualifier(f);
    return q ? t.growth.bounds[q] : t.table.none;
  };
  const keyOf: Record<Column, (r: TableRow) => string | number> = {
    series: (r) => seriesLabel(r.seriesKey),
    period: (r) => periodPosition(periodOf(r.figure.period)),
    value: (r) => r.figure.value,
    kind: (r) => t.kinds[r.figure.kind],
    qualifier: (r) =>
      isDerived(r.figure)
        ? derivedQualifierText(r.figure)
        : r.figure.qualifier
          ? t.qualifiers[r.figure.qualifier]
          : '',
    yoy: (r) => (isDerived(r.figure) ? -Infinity : (r.figure.yoyPercent ?? -Infinity)),
    source: (r) => sourceLabel(r.figure),
  };
  // Sorted on each render: a few dozen rows usually, and a sort of thousands takes a few ms.
  const key = keyOf[sort.column];
  const sorted = [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c =
      typeof ka === 'number' && typeof kb === 'number'
        ? ka - kb
        : String(ka).localeCompare(String(kb), lang);
    return (
      (sort.ascending ? 1 : -1) * (c === 0 ? Number(keyOf.period(a)) - Number(keyOf.period(b)) : c)
    );
  });

  const columns: { id: Column; label: string }[] = [
    { id: 'series', label: t.table.series },
    { id: 'period', label: t.table.period },
    { id: 'value', label: t.table.value },
    { id: 'kind', label: t.table.kind },
    { id: 'qualifier', label: t.table.qualifier },
    { id: 'yoy', label: t.table.yoy },
    { id: 'source', label: t.table.source },
  ];

  const rowOf = (r: TableRow, place?: VirtualRowProps): ReactNode => {
    const f = r.figure;
    return (
      <tr
        key={`${r.seriesKey}|${f.id}`}
        className="border-b border-line last:border-b-0"
        data-figure-id={f.id}
        {...place}
      >
        <td className="sticky-col p-2 print:px-1 print:py-0">
          {seriesLabel(r.seriesKey)}
          {indexBaseOf(f)}
        </td>
        <td className="p-2 print:px-1 print:py-0 whitespace-nowrap">
          {formatPeriod(f.period, lang)}
        </td>
        <td className="p-2 print:px-1 print:py-0 whitespace-nowrap">
          <FigureButton figure={f} className="tabular-nums" />
          {!isDerived(f) && f.issue && (
            <span
              className="ml-1 rounded border border-warn bg-warn-bg px-1 text-xs font-medium"
              data-testid="data-issue"
            >
              <span aria-hidden="true">⚠ </span>
              {t.source.dataIssue}
            </span>
          )}
          {!isDerived(f) && f.issue && f.note && (
            <span className="mt-1 block max-w-prose text-xs whitespace-normal">{f.note[lang]}</span>
          )}
          {f.conflict && (
            <span className="ml-1" title={t.source.conflict} data-testid="conflict-mark">
              <span aria-hidden="true">⚠</span>
              <span className="sr-only">{t.source.conflict}</span>
            </span>
          )}
        </td>
        <td className="p-2 print:px-1 print:py-0 max-sm:whitespace-nowrap">{t.kinds[f.kind]}</td>
        <td className="p-2 print:px-1 print:py-0 max-sm:whitespace-nowrap">
          {isDerived(f)
            ? derivedQualifierText(f)
            : f.qualifier
              ? t.qualifiers[f.qualifier]
              : t.table.none}
        </td>
        <td className="p-2 print:px-1 print:py-0 whitespace-nowrap tabular-nums">
          {!isDerived(f) && f.yoyPercent !== undefined
            ? formatChange(f.yoyPercent, lang, 2)
            : t.table.none}
        </td>
        <td className="p-2 print:px-1 print:py-0 max-sm:min-w-[20rem]">{sourceLabel(f)}</td>
      </tr>
    );
  };

  return (
    <TableScroll tallRef={virtual ? scrollRef : undefined} tallLabel={caption}>
      <table
        className="w-full border-collapse text-left text-sm"
        data-testid="data-table"
        aria-rowcount={virtual ? sorted.length + 1 : undefined}
      >
        <caption className="p-2 print:px-1 print:py-0 text-left font-semibold">{caption}</caption>
        <thead className={virtual ? 'sticky top-0 z-20 bg-page' : 'bg-page'}>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={`border-b border-line p-2 print:px-1 print:py-0 ${c.id === 'series' ? 'sticky-col max-sm:bg-page' : ''}`}
                aria-sort={
                  sort.column === c.id ? (sort.ascending ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className="inline-flex items-center gap-1 font-semibold"
                  onClick={() =>
                    setSort((s) => ({
                      column: c.id,
                      ascending: s.column === c.id ? !s.ascending : true,
                    }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true" className="print:hidden">
                    {sort.column === c.id ? (sort.ascending ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {virtual ? (
            <Suspense fallback={sorted.slice(0, 20).map((r) => rowOf(r))}>
              <VirtualRows
                count={sorted.length}
                columns={columns.length}
                scrollRef={scrollRef}
                row={(i, place) => {
                  const r = sorted[i];
                  return r ? rowOf(r, place) : null;
                }}
              />
            </Suspense>
          ) : (
            sorted.map((r) => rowOf(r))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
