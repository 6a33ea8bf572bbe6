import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useDatasetContext } from '../../components/dataset-context';
import { useRenderMode } from '../../components/render-mode';
import { useOpenSource } from '../../components/source-dialog-context';
import { FigureButton } from '../../components/figure-button';
import { useNames } from '../../components/use-names';
import type { MeasureContribution } from '../../lib/contribution';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatFigure } from '../../lib/format';
import { contributionTitle } from './companies-titles';
import { formulaText } from '../../lib/formula-text';
import { textWidthEstimate } from '../../lib/label-layout';
import { seriesStyle } from '../../lib/series-style';
import { niceTicks } from '../../lib/time-series';
import { useNarrowScreen } from '../../lib/present-scale';

interface Bar {
  /** The increment's id: a click opens its formula and inputs. */
  id: string;
  name: string;
  value: number;
  label: string;
  colour: string;
  /** The formula, for the bar's hover text. */
  formula: string;
}

/**
 * One measure's contribution to growth: a bar per company for its increment between the two
 * years (derived, so drawn hollow with a dotted outline, as derived marks are), labelled with
 * the increment and its share of the total; the total under it. A click on a bar opens its
 * formula and inputs, as a click on any mark does.
 */
export function ContributionChart({
  measure,
  span,
}: {
  measure: MeasureContribution;
  span: { from: number; to: number };
}) {
  const t = useMessages();
  const lang = useLang();
  const names = useNames();
  const dataset = useDatasetContext();
  const openSource = useOpenSource();
  const { mode, chart } = useRenderMode();
  const { theme, fontSize, height, paperWidth } = chart;
  const c = t.growth.contribution;
  const measureName = names.metric(measure.metric);
  const title = contributionTitle(t, lang, measureName, span);
  const bars: Bar[] = measure.rows.map((r) => ({
    id: r.increment.id,
    name: names.entity(r.increment.entity),
    value: r.increment.value,
    label: c.bar(formatFigure(r.increment, lang), r.share ? formatFigure(r.share, lang) : null),
    colour: theme.series[seriesStyle(dataset, r.increment.entity).colour] ?? theme.ink,
    formula: formulaText(r.increment, dataset, lang),
  }));
  const ticks = niceTicks(
    Math.min(0, ...bars.map((b) => b.value)),
    Math.max(0, ...bars.map((b) => b.value)),
    4,
  );
  const nameWidth = Math.max(...bars.map((b) => textWidthEstimate(b.name, fontSize))) + fontSize;
  const labelWidth = Math.max(...bars.map((b) => textWidthEstimate(b.label, fontSize)));
  // A phone: a label beside the bar would leave the bar no room, so it goes above the bar.
  const narrow = useNarrowScreen() && mode !== 'paper';
  const barsHeight = bars.length * fontSize * (narrow ? 3.6 : 2.6) + fontSize * 4;
  const fill = height === null;
  const paperSize = paperWidth === null ? null : { width: paperWidth * 2, height: barsHeight };
  const barChart = (
    <BarChart
      {...paperSize}
      accessibilityLayer={false}
      data={bars}
      layout="vertical"
      margin={{
        top: fontSize * (narrow ? 2 : 1),
        right: narrow ? fontSize : labelWidth + fontSize,
        bottom: 8,
        left: 8,
      }}
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[ticks[0] ?? 0, ticks.at(-1) ?? 1]}
        ticks={ticks}
        tickFormatter={(v: number) => formatAxisNumber(v, lang)}
        tick={{ fontSize, fill: theme.ink }}
        stroke={theme.muted}
        height={Math.max(30, fontSize * 1.8)}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={nameWidth}
        tick={{ fontSize, fill: theme.ink }}
        stroke={theme.muted}
      />
      <ReferenceLine x={0} stroke={theme.ink} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        maxBarSize={fontSize * (narrow ? 1.2 : 1.6)}
        shape={(props: BarShapeProps) => {
          const bar = props.payload as Bar;
          return (
            <g
              className="cursor-pointer"
              data-point-id={bar.id}
              data-kind="derived"
              onClick={() => openSource(bar.id)}
            >
              <title>{bar.formula}</title>
              <Rectangle
                {...props}
                fill={bar.colour}
                fillOpacity={0.25}
                stroke={bar.colour}
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            </g>
          );
        }}
      >
        {narrow ? (
          <LabelList
            dataKey="label"
            content={(props) => (
              <text
                x={Number(props.x ?? 0)}
                y={Number(props.y ?? 0) - fontSize * 0.5}
                fill={theme.ink}
                fontSize={fontSize}
              >
                {props.value}
              </text>
            )}
          />
        ) : (
          <LabelList dataKey="label" position="right" fill={theme.ink} fontSize={fontSize} />
        )}
      </Bar>
    </BarChart>
  );
  return (
    <figure
      aria-label={title}
      data-chart-cell
      data-chart-title={title}
      data-chart-min-height={Math.ceil(bars.length * fontSize * 2.1 + fontSize * 4)}
      data-testid="contribution-chart"
      className={fill ? 'm-0 flex min-h-0 flex-1 flex-col' : paperSize ? 'paper-chart m-0' : 'm-0'}
    >
      <h3 className="mb-1 font-semibold">{title}</h3>
      <figcaption className="sr-only">{c.description}</figcaption>
      <div
        aria-hidden="true"
        className={fill ? 'min-h-0 flex-1' : undefined}
        style={fill || paperSize ? undefined : { height: barsHeight }}
      >
        {paperSize ? (
          barChart
        ) : (
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 800, height: barsHeight }}
          >
            {barChart}
          </ResponsiveContainer>
        )}
      </div>
      <p className="mt-1 text-sm" data-testid="contribution-total">
        {measure.gap ? (
          c.noTotal(measureName)
        ) : (
          <>
            {c.total(measureName)}
            <FigureButton figure={measure.total} />
          </>
        )}
      </p>
    </figure>
  );
}
