import { parsePeriod } from '../data/period';
import { isDerived, type Figure } from '../data/types';
import type { Qualifier } from '../data/vocabulary';
import { outline } from '../lib/marker-outline';
import type { ChartTheme } from '../lib/palette';
import { INFERRED_DASH, type Shape } from '../lib/time-series';
import { TYPE } from './figure-layout';
import { el, textWidth } from './figure-text';

/** What the key says about the marks, in the export's language. */
export interface MarkLabels {
  actual: string;
  estimate: string;
  target: string;
  derived: string;
  conflict: string;
  partial: string;
  /** How the charts mark part-year points: "H1, Jul", "上半年、7月". */
  partialMark: string;
  /** A figure for a span of years, drawn as a bracket over its years. */
  span: string;
  qualifier: string;
}

/** What the key needs: the series in view, the theme's colours, its words and which marks show. */
export interface KeyParts {
  legend: { label: string; colour: string; shape: Shape }[];
  theme: ChartTheme;
  marks: MarkLabels;
  shown: ReadonlySet<MarkKey>;
  /** The qualifiers drawn: the key lists their signs only (all five when not given). */
  qualifiers?: ReadonlySet<Qualifier>;
}

/** The order of the signs in the `qualifier` mark label ("> over · ≥ at least · …"). */
const QUALIFIER_ORDER: readonly Qualifier[] = ['over', 'at_least', 'nearly', 'about', 'within'];

/** The qualifiers the figures in view carry. */
export function qualifiersShown(figures: readonly Figure[]): Set<Qualifier> {
  return new Set(figures.flatMap((f) => (!isDerived(f) && f.qualifier ? [f.qualifier] : [])));
}

export type MarkKey = Exclude<keyof MarkLabels, 'partialMark'>;

/** The marks the figures in view are drawn with: the key explains those and no others. */
export function marksShown(figures: readonly Figure[]): Set<MarkKey> {
  const shown = new Set<MarkKey>();
  for (const f of figures) {
    if (f.kind === 'rank') shown.add('actual');
    else shown.add(f.kind);
    if (!isDerived(f) && f.qualifier) shown.add('qualifier');
    if (!isDerived(f) && f.conflict) shown.add('conflict');
    const type = parsePeriod(f.period)?.type;
    if (type === 'half' || type === 'quarter' || type === 'month') shown.add('partial');
    if (type === 'span') shown.add('span');
  }
  return shown;
}

export type KeyItem = {
  label: string;
  key?: MarkKey;
  bold?: boolean;
  markWidth?: number;
  mark: ((x: number, y: number) => SVGElement[]) | null;
};

/** Room a key item's mark takes before its label. */
export const markSpace = (item: KeyItem) => (item.mark ? (item.markWidth ?? 26) : 0);
/**
 * Series labelled "Chongqing · NEV sales", "Chongqing · NEV production" share one head
 * ("Chongqing") in the key, so a panel with many series still leaves the chart its room.
 */
export function seriesGroups(
  legend: KeyParts['legend'],
): { head: string | null; series: KeyParts['legend'] }[] {
  const groups: { head: string | null; series: KeyParts['legend'] }[] = [];
  for (const item of legend) {
    const cut = item.label.indexOf(' · ');
    const head = cut > 0 ? item.label.slice(0, cut) : null;
    const entry = { ...item, label: cut > 0 ? item.label.slice(cut + 3) : item.label };
    const group = groups.find((g) => g.head !== null && g.head === head);
    if (group) group.series.push(entry);
    else groups.push({ head, series: [entry] });
  }
  return groups;
}

/** A mark's words without the note on how it looks ("estimate (dotted, hollow)" → "estimate"). */
export const withoutLook = (label: string) => label.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');

/**
 * The key under an image. `condensed`, for a panel whose full key leaves the charts too little
 * room: a part-year series ("NEV production · half-year figures") shares its year series' entry,
 * its mark drawn beside the year mark, and the marks lose the words on how they look (shown by
 * the mark itself). Every series and mark drawn is still explained.
 */
type Series = KeyParts['legend'][number];
/** Part-year series folded into the year series they extend: same colour, label + " · …". */
function mergeParts(series: Series[]): (Series & { parts: Series[] })[] {
  const merged: (Series & { parts: Series[] })[] = [];
  for (const s of series) {
    const base = merged.find((m) => m.colour === s.colour && s.label.startsWith(`${m.label} · `));
    if (base) base.parts.push(s);
    else merged.push({ ...s, parts: [] });
  }
  return merged;
}

export function keyItems(parts: KeyParts, condensed = false): KeyItem[] {
  const { theme } = parts;
  const look = condensed ? withoutLook : (label: string) => label;
  const marks = { ...parts.marks, estimate: look(parts.marks.estimate) };
  marks.derived = look(parts.marks.derived);
  const ink = theme.ink;
  // The marks as the charts draw them (point-marker.tsx): line style, fill and outline dash.
  const swatch =
    (shape: Shape, colour: string, filled: boolean, lineDash?: string, markDash?: string) =>
    (x: number, y: number) => [
      el('line', {
        x1: x,
        y1: y,
        x2: x + 22,
        y2: y,
        stroke: colour,
        'stroke-width': 2,
        // Round caps turn the inferred dash pattern into dots, as on the charts.
        ...(lineDash ? { 'stroke-dasharray': lineDash, 'stroke-linecap': 'round' } : {}),
      }),
      el('path', {
        d: outline(shape, x + 11, y, 5),
        fill: filled ? colour : theme.surface,
        stroke: colour,
        'stroke-width': 2,
        ...(markDash ? { 'stroke-dasharray': markDash } : {}),
      }),
    ];
  const glyph = (text: string, colour: string) => (x: number, y: number) => [
    el(
      'text',
      {
        x,
        y: y + TYPE.small * 0.35,
        'font-size': TYPE.small,
        'font-weight': 700,
        fill: colour,
      },
      text,
    ),
  ];
  // A span as the charts draw it (span-glyph.tsx): a band between two end marks.
  const bracket = (colour: string) => (x: number, y: number) => [
    el('rect', {
      x: x + 1,
      y: y - 3,
      width: 20,
      height: 6,
      fill: colour,
      'fill-opacity': 0.45,
      stroke: colour,
      'stroke-width': 1.5,
    }),
    ...[x + 1, x + 21].map((cx) =>
      el('line', { x1: cx, x2: cx, y1: y - 7, y2: y + 7, stroke: colour, 'stroke-width': 2.5 }),
    ),
  ];
  const derived = (x: number, y: number) => [
    ...swatch('circle', ink, false, INFERRED_DASH, '1.5 1.5')(x, y),
    el(
      'text',
      {
        x: x + 11,
        y: y + 3.5,
        'font-size': 9,
        'text-anchor': 'middle',
        fill: ink,
        'font-style': 'italic',
      },
      'ƒ',
    ),
  ];
  const items: KeyItem[] = [
    ...seriesGroups(parts.legend).flatMap(({ head, series }) => [
      ...(head ? [{ label: head, bold: true, mark: null }] : []),
      ...(condensed ? mergeParts(series) : series.map((s) => ({ ...s, parts: [] }))).map(
        (s): KeyItem => ({
          label: s.label,
          markWidth: 26 * (1 + s.parts.length),
          mark: (x, y) =>
            [s, ...s.parts].flatMap((m, i) => swatch(m.shape, m.colour, true)(x + 26 * i, y)),
        }),
      ),
    ]),
    { key: 'actual', label: marks.actual, mark: swatch('circle', ink, true) },
    { key: 'estimate', label: marks.estimate, mark: swatch('circle', ink, false, INFERRED_DASH) },
    { key: 'target', label: marks.target, mark: swatch('diamond', ink, false, '3 2', '3 2') },
    { key: 'derived', label: marks.derived, mark: derived },
    { key: 'conflict', label: marks.conflict, markWidth: 18, mark: glyph('⚠', theme.warn) },
    {
      key: 'partial',
      label: marks.partial,
      markWidth: textWidth(marks.partialMark, TYPE.small, 700) + 5,
      mark: glyph(marks.partialMark, ink),
    },
    { key: 'span', label: marks.span, mark: bracket(ink) },
    // One entry per sign ("> over", "≥ at least"…), so a narrow key column can break between them.
    ...marks.qualifier
      .split(/\s+·\s+/)
      .filter((_, i) => {
        const q = QUALIFIER_ORDER[i];
        return !parts.qualifiers || !q || parts.qualifiers.has(q);
      })
      .map((label): KeyItem => ({ key: 'qualifier', label, mark: null })),
  ];
  return items.filter((item) => !item.key || parts.shown.has(item.key));
}
