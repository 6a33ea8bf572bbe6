import { useMessages } from '../i18n/use-messages';
import { chartTheme } from '../lib/palette';
import { useViewStore } from '../state/view-store';
import { PointMarker } from './charts/point-marker';
import type { ChartPoint, Shape } from '../lib/time-series';

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
  dashed,
}: {
  shape: Shape;
  colour: string;
  kind: ChartPoint['kind'];
  dashed?: boolean;
}) {
  const theme = chartTheme(useViewStore((s) => s.theme));
  const point = {
    kind,
    tentative: kind === 'estimate',
    qualifier: null,
    conflict: null,
  } as unknown as ChartPoint;
  return (
    <svg width="34" height="18" viewBox="0 0 34 18" aria-hidden="true" className="shrink-0">
      <line
        x1="1"
        y1="9"
        x2="33"
        y2="9"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={dashed ? '6 4' : undefined}
      />
      <PointMarker
        cx={17}
        cy={9}
        point={point}
        shape={shape}
        colour={colour}
        size={5}
        surface={theme.surface}
        warn={theme.warn}
        fontSize={10}
        partialLabel={null}
        onSelect={() => undefined}
      />
    </svg>
  );
}

/** Which series is which (colour and shape), and how kinds and marks are drawn. */
export function ChartLegend({ series }: { series: readonly LegendSeries[] }) {
  const t = useMessages();
  const theme = chartTheme(useViewStore((s) => s.theme));
  const ink = theme.ink;
  return (
    <div className="space-y-2 text-sm" data-testid="chart-legend">
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t.legend.series}>
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
      </ul>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-ink-muted" aria-label={t.legend.heading}>
        <li className="flex items-center gap-1.5">
          <Swatch shape="circle" colour={ink} kind="actual" />
          {t.legend.actual}
        </li>
        <li className="flex items-center gap-1.5">
          <Swatch shape="circle" colour={ink} kind="estimate" dashed />
          {t.legend.estimate}
        </li>
        <li className="flex items-center gap-1.5">
          <Swatch shape="circle" colour={ink} kind="target" />
          {t.legend.target}
        </li>
        <li className="flex items-center gap-1.5">
          <Swatch shape="circle" colour={ink} kind="derived" dashed />
          {t.legend.derived}
        </li>
      </ul>
      <details className="text-ink-muted">
        <summary className="cursor-pointer">{t.legend.more}</summary>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          <li>{t.legend.partial}</li>
          <li>{t.legend.qualifier}</li>
          <li>{t.legend.conflict}</li>
          <li>{t.legend.span}</li>
          <li>{t.legend.gap}</li>
        </ul>
      </details>
    </div>
  );
}
