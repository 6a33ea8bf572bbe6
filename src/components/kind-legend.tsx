import { useMessages } from '../i18n/use-messages';
import { useRenderMode } from './render-mode';
import { MarkGlyph, type MarkLook } from './charts/point-marker';
import { INFERRED_DASH, type Shape } from '../lib/time-series';

export interface LegendSeries {
  key: string;
  label: string;
  colour: number;
  shape: Shape;
}

function Swatch({
  shape,
  colour,
  kind,
  dotted,
}: {
  shape: Shape;
  colour: string;
  kind: MarkLook['kind'];
  dotted?: boolean;
}) {
  // The charts' own colours: light on paper whatever the screen's theme (the screen's would
  // draw the Actual sample white on white paper).
  const theme = useRenderMode().chart.theme;
  const mark: MarkLook = { kind, tentative: kind === 'estimate', qualifier: null, warned: false };
  return (
    <svg
      width="2.1em"
      height="1.1em"
      viewBox="0 0 34 18"
      aria-hidden="true"
      className="shrink-0"
      data-icon
    >
      <line
        x1="1"
        y1="9"
        x2="33"
        y2="9"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={dotted ? INFERRED_DASH : undefined}
        strokeLinecap={dotted ? 'round' : undefined}
        data-line={dotted ? 'dotted' : 'solid'}
      />
      <MarkGlyph
        cx={17}
        cy={9}
        mark={mark}
        shape={shape}
        colour={colour}
        size={5}
        surface={theme.surface}
        warn={theme.warn}
        fontSize={10}
        partialLabel={null}
      />
    </svg>
  );
}

/** Which series is which (colour and shape), and how kinds and marks are drawn. */
export function ChartLegend({
  series,
  compact = false,
}: {
  series: readonly LegendSeries[];
  /** One line, for slides: series, then the kinds by their short names. */
  compact?: boolean;
}) {
  const t = useMessages();
  const theme = useRenderMode().chart.theme;
  const ink = theme.ink;
  const kinds = (
    [
      ['actual', false, compact ? t.kinds.actual : t.legend.actual],
      ['estimate', true, compact ? t.kinds.estimate : t.legend.estimate],
      ['target', false, compact ? t.kinds.target : t.legend.target],
      ['derived', true, compact ? t.kinds.derived : t.legend.derived],
    ] as const
  ).map(([kind, dotted, label]) => (
    <li key={kind} className="flex items-center gap-1.5 text-ink-muted">
      <Swatch shape="circle" colour={ink} kind={kind} dotted={dotted} />
      {label}
    </li>
  ));
  return (
    <div className="space-y-2 text-sm" data-testid="chart-legend">
      <ul className="flex flex-wrap gap-x-[1em] gap-y-1" aria-label={t.legend.series}>
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <Swatch
              shape={s.shape}
              colour={theme.series[s.colour % theme.series.length] ?? ink}
              kind="actual"
            />
            {s.label}
          </li>
        ))}
        {compact && kinds}
      </ul>
      {!compact && (
        <>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t.legend.heading}>
            {kinds}
          </ul>
          {/* A closed disclosure prints only its toggle: a control, not a key (off paper). */}
          <details className="text-ink-muted print:hidden">
            <summary className="cursor-pointer">{t.legend.more}</summary>
            <ul className="mt-1 grid gap-1 sm:grid-cols-2">
              <li>{t.legend.partial}</li>
              <li>{t.legend.qualifier}</li>
              <li>{t.legend.conflict}</li>
              <li>{t.legend.merged}</li>
              <li>{t.legend.span}</li>
              <li>{t.legend.gap}</li>
              {/* A key to press: not on a touch screen. */}
              <li className="touch:hidden">{t.legend.tableKey}</li>
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
