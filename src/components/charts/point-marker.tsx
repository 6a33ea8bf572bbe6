import { isDerived, type Figure } from '../../data/types';
import { outline } from '../../lib/marker-outline';
import type { ChartPoint, Shape } from '../../lib/time-series';

/** A figure flagged as a data issue (a likely misprint) is marked on the chart like a conflict. */
function hasIssue(point: ChartPoint): boolean {
  // The legend's sample marks carry no figure.
  const f = point.figure as Figure | undefined;
  return f !== undefined && !isDerived(f) && f.issue === true;
}

interface Props {
  cx: number;
  cy: number;
  point: ChartPoint;
  shape: Shape;
  colour: string;
  size: number;
  surface: string;
  warn: string;
  fontSize: number;
  /** The mark for a half-year or month point ("H1", "7月"), or null. */
  partialLabel: string | null;
  /** A label above the point, e.g. "No.1". */
  topLabel?: string | null;
  /** Many marks: skip the enlarged hit area and the ƒ glyph. */
  lean?: boolean;
  onSelect: (id: string) => void;
  /** Pointer entered (true) or left (false) the mark. */
  onHover?: (point: ChartPoint, hovered: boolean) => void;
}

/** Short marks drawn beside a point: the qualifier as a symbol. */
const QUALIFIER_MARK = { over: '>', at_least: '≥', nearly: '≲', about: '≈', within: '≤' } as const;

/**
 * One data point. Kind is drawn without relying on colour: actual and rank filled, estimate
 * hollow, target a dashed hollow diamond, derived hollow with a dotted outline. Qualifiers,
 * half-years and conflicts get a text mark.
 */
export function PointMarker({
  cx,
  cy,
  point,
  shape,
  colour,
  size,
  surface,
  warn,
  fontSize,
  partialLabel,
  topLabel,
  lean = false,
  onSelect,
  onHover,
}: Props) {
  const kind = point.kind;
  const markerShape: Shape = kind === 'target' ? 'diamond' : shape;
  const filled = (kind === 'actual' || kind === 'rank') && !point.tentative;
  const dash = kind === 'target' ? '3 2' : kind === 'derived' ? '1.5 1.5' : undefined;
  const small = Math.round(fontSize * 0.85);
  return (
    <g
      className="cursor-pointer"
      onClick={() => onSelect(point.id)}
      onMouseEnter={() => onHover?.(point, true)}
      onMouseLeave={() => onHover?.(point, false)}
      data-point-id={point.id}
      data-series={point.seriesKey}
      data-figure-ids={point.records.map((r) => r.id).join(' ')}
      data-kind={kind}
      data-partial={point.partial ?? undefined}
      role="presentation"
    >
      {/* A larger, invisible target so small marks are easy to hover, tap and click. */}
      {!lean && <circle cx={cx} cy={cy} r={size + 6} fill="transparent" />}
      <path
        d={outline(markerShape, cx, cy, size)}
        fill={filled ? colour : surface}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      {kind === 'derived' && !lean && (
        <text
          x={cx}
          y={cy + small * 0.35}
          fontSize={small}
          textAnchor="middle"
          fill={colour}
          fontStyle="italic"
        >
          ƒ
        </text>
      )}
      {point.qualifier && (
        <text x={cx + size + 2} y={cy - size} fontSize={small} fill={colour} fontWeight={700}>
          {QUALIFIER_MARK[point.qualifier]}
        </text>
      )}
      {partialLabel && (
        <text
          x={cx}
          y={cy + size + small + 1}
          fontSize={small}
          textAnchor="middle"
          fill={colour}
          fontWeight={700}
        >
          {partialLabel}
        </text>
      )}
      {topLabel && (
        <text
          x={cx}
          y={cy - size - small * 0.9}
          fontSize={small}
          textAnchor="middle"
          fill={colour}
          fontWeight={700}
        >
          {topLabel}
        </text>
      )}
      {(point.conflict !== null || hasIssue(point)) && (
        <text
          x={cx - size - 2}
          y={cy - size}
          fontSize={small}
          textAnchor="end"
          fill={warn}
          fontWeight={700}
        >
          ⚠
        </text>
      )}
    </g>
  );
}
