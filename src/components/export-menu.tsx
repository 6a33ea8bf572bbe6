import { useRef, useState } from 'react';
import type { FigureShape } from '../export/figure-layout';
import type { Figure } from '../data/types';
import { namesOf } from '../data/registry';
import { exportContext } from '../export/export-context';
import { useLang, useMessages } from '../i18n/use-messages';
import { filterLine } from '../lib/filter-summary';
import { chartTheme, seriesColour } from '../lib/palette';
import { effectiveFilters } from '../state/view';
import type { PanelId } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';
import { useBackCloses } from '../state/use-back-closes';
import { useDatasetContext } from './dataset-context';
import { CopyEmbedButton } from './copy-embed-button';
import type { LegendSeries } from './kind-legend';
import { panelLink } from './panel/panel-link';

type Choice = { kind: 'csv' } | { kind: 'png' | 'svg'; shape: FigureShape };
const CHOICES: readonly Choice[] = [
  { kind: 'csv' },
  { kind: 'png', shape: 'a4' },
  { kind: 'png', shape: 'slide' },
  { kind: 'svg', shape: 'a4' },
  { kind: 'svg', shape: 'slide' },
];

interface Props {
  id: PanelId;
  title: string;
  headline: string;
  figures: readonly Figure[];
  legend: readonly LegendSeries[];
  /** One line of sources for the CSV: full references. */
  sources: string;
  /** Sources under an exported chart: outlets and dates, as under a published figure. */
  shortSources: string;
  /** Images need the chart on screen. */
  chartShown: boolean;
}

/**
 * The panel's downloads: data as CSV, chart as PNG or SVG. The export code is loaded on the first
 * click, so it costs the first screen nothing.
 */
export function ExportMenu(props: Props) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const theme = useViewStore((s) => s.theme);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  const close = () => {
    if (details.current) details.current.open = false;
  };
  // Back closes the open menu, not the view behind it.
  useBackCloses(open, close);

  const run = async (choice: Choice) => {
    const panel = details.current?.closest<HTMLElement>('[data-panel]');
    if (!panel) return;
    setBusy(true);
    // Read when exporting, not subscribed to: a change of another panel's filter must not
    // re-render this panel (every filter is in the store's view).
    const filters = effectiveFilters(useViewStore.getState());
    try {
      const { exportPanel } = await import('../export/run-export');
      const context = exportContext(dataset, t, lang, {
        subject: props.title,
        headline: props.headline,
        filters: filterLine(props.id, filters, t, lang, namesOf(dataset, lang)),
        sources: choice.kind === 'csv' ? props.sources : props.shortSources,
        // This panel's own link, not whichever panel the page has in focus.
        link: panelLink(props.id),
      });
      await exportPanel({
        kind: choice.kind,
        shape: choice.kind === 'csv' ? 'a4' : choice.shape,
        slide: props.id,
        panel,
        figures: props.figures,
        dataset,
        context,
        filters,
        legend: props.legend.map((l) => ({
          label: l.label,
          colour: seriesColour(theme, l.colour),
          shape: l.shape,
        })),
        theme: chartTheme(theme),
        marks: { ...t.exportText.marks, qualifier: t.legend.qualifier },
      });
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <details
      ref={details}
      className="relative"
      data-testid="export-menu"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        // Esc closes the menu like any other popup, and leaves focus on its button.
        if (e.key !== 'Escape' || !details.current?.open) return;
        e.preventDefault();
        e.stopPropagation();
        close();
        details.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="btn cursor-pointer list-none" aria-busy={busy}>
        {t.exportText.menu}
      </summary>
      <ul className="absolute right-0 z-30 mt-1 w-64 space-y-1 rounded-md border border-line bg-surface p-2 shadow-lg">
        {CHOICES.map((choice) => (
          <li key={choice.kind === 'csv' ? 'csv' : `${choice.kind}-${choice.shape}`}>
            <button
              type="button"
              className="btn w-full"
              onClick={() => void run(choice)}
              // The images are of the chart: not while the panel shows its table.
              disabled={choice.kind !== 'csv' && !props.chartShown}
            >
              {choice.kind === 'csv'
                ? t.exportText.csv
                : t.exportText.image(choice.kind === 'png' ? 'PNG' : 'SVG', choice.shape)}
            </button>
          </li>
        ))}
        {!props.chartShown && <li className="text-sm text-ink-muted">{t.exportText.needsChart}</li>}
        <li>
          <CopyEmbedButton link={() => panelLink(props.id)} title={props.title} />
        </li>
      </ul>
    </details>
  );
}
