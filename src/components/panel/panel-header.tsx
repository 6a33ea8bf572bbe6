import { useMessages } from '../../i18n/use-messages';
import { useViewStore } from '../../state/view-store';
import { ExportMenu } from '../export-menu';
import { SegmentedControl } from '../segmented-control';
import type { PanelProps } from './panel-props';

/**
 * A panel's title and question, and on screen its controls: chart or table, exports and a way
 * to focus it. Paper has the title alone.
 */
export function PanelHeader({
  props,
  headingId,
  display,
  paper,
  sources,
}: {
  props: PanelProps;
  headingId: string;
  display: 'chart' | 'table';
  paper: boolean;
  sources: { full: string; short: string };
}) {
  const { id, title } = props;
  const t = useMessages();
  const setDisplay = useViewStore((s) => s.setDisplay);
  const focused = useViewStore((s) => s.panel === id);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h2 id={headingId} className="text-xl font-bold">
          {title}
        </h2>
        <p className="text-sm text-ink-muted">{props.question}</p>
      </div>
      {!paper && (
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <SegmentedControl
            name={`display-${id}`}
            legend={t.panel.display}
            value={display}
            options={[
              { value: 'chart', label: t.panel.chart },
              { value: 'table', label: t.panel.table },
            ]}
            onChange={(value) => setDisplay(id, value)}
          />
          <ExportMenu
            id={id}
            title={title}
            headline={props.headline}
            figures={props.rows.map((r) => r.figure)}
            legend={props.legend}
            sources={sources.full}
            shortSources={sources.short}
            chartShown={display === 'chart' && !props.isEmpty}
          />
          {!focused && (
            <button
              type="button"
              className="btn"
              onClick={() => setView({ panel: id })}
              aria-label={t.panel.focus(title)}
            >
              {t.panel.focusShort}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
