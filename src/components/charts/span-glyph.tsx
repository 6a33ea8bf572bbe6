import type { DisplayKind, Qualifier } from '../../data/vocabulary';
import { QUALIFIER_MARK } from '../../lib/marker-outline';

export interface SpanGlyphProps {
  /** Pixel positions of the span's first and last year, and of its value. */
  x1: number;
  x2: number;
  y: number;
  kind: DisplayKind;
  tentative: boolean;
  qualifier: Qualifier | null;
  colour: string;
  surface: string;
  warn: string;
  size: number;
  fontSize: number;
  /** The span's years as the page writes them ("2017—2023年", "2017–2023"). */
  label: string;
  /** A label above the band, e.g. "No.1". */
  topLabel?: string | null;
  /** Another record disagrees: ⚠ before the band. */
  warned?: boolean;
}

/**
 * A figure for a span of years, drawn as a bracket: a band from its first year to its last with
 * an end mark at each, and its years written under it. No mark in the middle year: a square at
 * 2020 for "No.1 from 2017 to 2023" was read as a separate 2020 figure. Kinds as for points:
 * actual and rank filled, estimate and derived hollow, target dashed.
 */
export function SpanGlyph({
  x1,
  x2,
  y,
  kind,
  tentative,
  qualifier,
  colour,
  surface,
  warn,
  size,
  fontSize,
  label,
  topLabel = null,
  warned = false,
}: SpanGlyphProps) {
  const filled = (kind === 'actual' || kind === 'rank') && !tentative;
  const dash = kind === 'target' ? '3 2' : kind === 'derived' ? '1.5 1.5' : undefined;
  const band = size * 0.6;
  const cap = size * 1.6;
  const small = Math.round(fontSize * 0.85);
  const left = Math.min(x1, x2);
  const right = Math.max(x1, x2);
  const middle = (left + right) / 2;
  const text = { fontSize: small, fill: colour, fontWeight: 700 } as const;
  return (
    <g data-span={label}>
      <rect
        x={left}
        y={y - band}
        width={right - left}
        height={band * 2}
        fill={filled ? colour : surface}
        fillOpacity={filled ? 0.45 : 1}
        stroke={colour}
        strokeWidth={1.5}
        strokeDasharray={dash}
      />
      {[left, right].map((x) => (
        <line
          key={x}
          data-span-cap
          x1={x}
          x2={x}
          y1={y - cap}
          y2={y + cap}
          stroke={colour}
          strokeWidth={2.5}
        />
      ))}
      <text x={middle} y={y + cap + small} textAnchor="middle" {...text}>
        {label}
      </text>
      {topLabel && (
        <text x={middle} y={y - cap - small * 0.4} textAnchor="middle" {...text}>
          {topLabel}
        </text>
      )}
      {qualifier && (
        <text x={right + 3} y={y - size} {...text}>
          {QUALIFIER_MARK[qualifier]}
        </text>
      )}
      {warned && (
        <text x={left - 3} y={y - size} textAnchor="end" {...text} fill={warn}>
          ⚠
        </text>
      )}
    </g>
  );
}
