import { isDerived, type Figure } from '../../data/types';
import { QUALIFIER_MARK, outline } from '../../lib/marker-outline';
import type { ChartPoint, Shape } from '../../lib/time-series';
import { SpanGlyph } from './span-glyph';

/** A figure flagged as a data issue (a likely misprint) is marked on the chart like a conflict. */
function hasIssue(point: ChartPoint): boolean {
  const f: Figure = point.figure;
  return !isDerived(f) && f.issue === true;
}

/** What a marker's look depends on: its kind and text marks, not the figure behind it. */
export interface MarkLook {
  kind: ChartPoint['kind'];
  tentative: boolean;
  qualifier: ChartPoint['qualifier'];
  /** Another record disagrees, or the figure is flagged as a likely misprint: ⚠. */
  warned: boolean;
  /**
   * The ⚠ goes on the right: the mark was nudged right of a disagreeing one, whose own ⚠ sits on
   * its left, so neither ⚠ lands on the other's marker.
   */
  warnRight?: boolean;
}

interface GlyphProps {
  cx: number;
  cy: number;
  mark: MarkLook;
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
}

interface Props extends Omit<GlyphProps, 'mark'> {
  point: ChartPoint;
  /**
   * For a figure about a span of years: where its first and last year sit (pixels) and its years
   * as written. The span is drawn as a bracket over those years, never as a mark in the middle.
   */
  span?: { x1: number; x2: number; label: string } | null;
  onSelect: (id: string) => void;
  /** Pointer entered (true) or left (false) the mark. */
  onHover?: (point: ChartPoint, hovered: boolean) => void;
}

/**
 * One mark as drawn: kind without relying on colour (actual and rank filled, estimate hollow,
 * target a dashed hollow diamond, derived hollow with a dotted outline); qualifiers, half-years
 * and conflicts get a text mark. The legend draws its samples with it.
 */
export function MarkGlyph({
  cx,
  cy,
  mark,
  shape,
  colour,
  size,
  surface,
  warn,
  fontSize,
  partialLabel,
  topLabel,
  lean = false,
}: GlyphProps) {
  const kind = mark.kind;
  const markerShape: Shape = kind === 'target' ? 'diamond' : shape;
  const filled = (kind === 'actual' || kind === 'rank') && !mark.tentative;
  const dash = kind === 'target' ? '3 2' : kind === 'derived' ? '1.5 1.5' : undefined;
  const small = Math.round(fontSize * 0.85);
  return (
    <>
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
      {mark.qualifier && (
        <text x={cx + size + 2} y={cy - size} fontSize={small} fill={colour} fontWeight={700}>
          {QUALIFIER_MARK[mark.qualifier]}
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
      {mark.warned && (
        <text
          // On the right, after the qualifier's symbol when there is one.
          x={mark.warnRight ? cx + size + 2 + (mark.qualifier ? small : 0) : cx - size - 2}
          y={cy - size}
          fontSize={small}
          textAnchor={mark.warnRight ? 'start' : 'end'}
          fill={warn}
          fontWeight={700}
        >
          ⚠
        </text>
      )}
    </>
  );
}

/** How much larger a target's diamond is than a recorded figure's mark. */
const TARGET_SCALE = 1.25;

/** One data point: its mark, which opens its source and shows its tooltip. */
export function PointMarker({ point, onSelect, onHover, span = null, ...glyph }: Props) {
  const mark: MarkLook = {
    kind: point.kind,
    tentative: point.tentative,
    qualifier: point.qualifier,
    warned: point.conflict !== null || hasIssue(point),
    warnRight: point.x > point.slot,
  };
  return (
    <g
      className="cursor-pointer"
      onClick={() => onSelect(point.id)}
      onMouseEnter={() => onHover?.(point, true)}
      onMouseLeave={() => onHover?.(point, false)}
      data-point-id={point.id}
      data-series={point.seriesKey}
      data-figure-ids={point.records.map((r) => r.id).join(' ')}
      data-kind={point.kind}
      data-partial={point.partial ?? undefined}
      role="presentation"
    >
      {span ? (
        <>
          {/* The whole bracket is the target: the span has no point of its own to aim at. */}
          <rect
            x={Math.min(span.x1, span.x2) - 6}
            y={glyph.cy - glyph.size * 1.6 - 4}
            width={Math.abs(span.x2 - span.x1) + 12}
            height={glyph.size * 3.2 + 8}
            fill="transparent"
          />
          <SpanGlyph
            x1={span.x1}
            x2={span.x2}
            y={glyph.cy}
            kind={mark.kind}
            tentative={mark.tentative}
            qualifier={mark.qualifier}
            colour={glyph.colour}
            surface={glyph.surface}
            warn={glyph.warn}
            size={glyph.size}
            fontSize={glyph.fontSize}
            label={span.label}
            topLabel={glyph.topLabel ?? null}
            warned={mark.warned}
          />
        </>
      ) : (
        <>
          {/* A larger, invisible target so small marks are easy to hover, tap and click. */}
          {!glyph.lean && (
            <circle cx={glyph.cx} cy={glyph.cy} r={glyph.size + 6} fill="transparent" />
          )}
          {/* A target's diamond is drawn larger and see-through, under the recorded marks
              (MarksLayer): it frames an actual of about its value (1.296 M beside 1.3 M) instead
              of covering it, and a nearby target's outline shows through it. */}
          {point.kind === 'target' ? (
            <MarkGlyph mark={mark} {...glyph} size={glyph.size * TARGET_SCALE} surface="none" />
          ) : (
            <MarkGlyph mark={mark} {...glyph} />
          )}
        </>
      )}
    </g>
  );
}
