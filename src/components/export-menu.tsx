import { useRef, useState } from 'react';
import type { Figure } from '../data/types';
import type { ExportContext } from '../export/export-context';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatDate } from '../lib/format';
import { filterChips } from '../lib/filter-summary';
import { chartTheme, seriesColour } from '../lib/palette';
import { useFilters } from '../state/use-filters';
import type { PanelId } from '../state/view';
import { useViewStore } from '../state/view-store';
import { useDatasetContext } from './dataset-context';
import type { LegendSeries } from './kind-legend';

interface Props {
  id: PanelId;
  title: string;
  headline: string;
  figures: readonly Figure[];
  legend: readonly LegendSeries[];
  /** One line of sources for the files. */
  sources: string;
  /** Images need the chart on screen. */
  chartShown: boolean;
}

/** Today as YYYY-MM-DD, for file names and the "exported" line. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * The panel's downloads: data as CSV, chart as PNG or SVG. The export code is loaded on the first
 * click, so it costs the first screen nothing.
 */
export function ExportMenu(props: Props) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const filters = useFilters((f) => f);
  const theme = useViewStore((s) => s.theme);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  const run = async (kind: 'csv' | 'png' | 'svg') => {
    const panel = details.current?.closest<HTMLElement>('[data-panel]');
    if (!panel) return;
    setBusy(true);
    try {
      const { exportPanel } = await import('../export/run-export');
      const latest =
        [...dataset.sources.values()]
          .map((s) => s.date)
          .sort()
          .at(-1) ?? '';
      const context: ExportContext = {
        lang,
        title: `${t.app.title} — ${props.title}`,
        headline: props.headline,
        filters: filterChips(props.id, filters, t, lang)
          .map((c) => `${c.label}${t.punct.colon}${c.value}`)
          .join(' · '),
        sources: `${t.panel.sources}${t.punct.colon}${props.sources}`,
        dataDate: t.exportText.dataDate(formatDate(latest, lang), formatDate(today(), lang)),
        exportedOn: today(),
        link: window.location.href,
      };
      await exportPanel({
        kind,
        slide: props.id,
        panel,
        figures: props.figures,
        dataset,
        context,
        filters,
        legend: [
          ...props.legend.map((l) => ({
            label: l.label,
            colour: seriesColour(theme, l.colour),
            shape: l.shape,
          })),
          // How lines are drawn: an image pasted into a report keeps the key to dotted lines.
          ...(['actual', 'inferred'] as const).map((k) => ({
            label: t.legend.lines[k],
            colour: chartTheme(theme).ink,
            shape: 'circle' as const,
            line: k === 'actual' ? ('solid' as const) : ('dotted' as const),
            hollow: k === 'inferred',
          })),
        ],
        theme: chartTheme(theme),
      });
    } finally {
      setBusy(false);
      if (details.current) details.current.open = false;
    }
  };

  return (
    <details ref={details} className="relative" data-testid="export-menu">
      <summary className="btn cursor-pointer list-none" aria-busy={busy}>
        {t.exportText.menu}
      </summary>
      <ul className="absolute right-0 z-30 mt-1 w-64 space-y-1 rounded-md border border-line bg-surface p-2 shadow-lg">
        {(['csv', 'png', 'svg'] as const).map((format) => (
          <li key={format}>
            <button
              type="button"
              className="btn w-full"
              onClick={() => void run(format)}
              // The images are of the chart: not while the panel shows its table.
              disabled={format !== 'csv' && !props.chartShown}
            >
              {t.exportText[format]}
            </button>
          </li>
        ))}
        {!props.chartShown && <li className="text-sm text-ink-muted">{t.exportText.needsChart}</li>}
      </ul>
    </details>
  );
}
