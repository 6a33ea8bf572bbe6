import {
  compoundGrowth,
  indexed,
  make,
  shareOfNational,
  sideOf,
  yearOnYear,
  type Input,
} from './derived';
import type { DerivedValue, Figure, Observation, StatedGrowth } from './types';

/**
 * The values growth views build on demand, not at load: rates as articles state them, and the
 * increments and shares of a contribution to growth; and every view-built value rebuilt from its
 * id, for the source dialog. Pure.
 */

/** The words of an excerpt that state a rate ("52.8%", "183 percent"); null when none do. */
export function rateWords(excerpt: string, percent: number): string | null {
  const digits = String(Math.abs(percent)).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}\\s*(?:%|percent|per cent|％)`).exec(excerpt)?.[0] ?? null;
}

/**
 * The growth rate a record states (its `yoyPercent`) as a figure of its own: the rate, with the
 * record's kind, source and excerpt, and the change computed from the annual figures beside it
 * (null where they do not allow one). The id names both, so any view can rebuild it.
 */
export function statedYoy(o: Observation, computed: DerivedValue | null): StatedGrowth | null {
  if (o.yoyPercent === undefined) return null;
  return {
    id: `stated-yoy:${o.id}${computed ? `|${computed.id}` : ''}`,
    entity: o.entity,
    metric: 'yoy_change',
    period: o.period,
    value: o.yoyPercent,
    unit: 'percent',
    kind: o.kind,
    source: o.source,
    excerpt: o.excerpt,
    figure: rateWords(o.excerpt, o.yoyPercent) ?? o.figure,
    ...(o.basis ? { basis: o.basis } : {}),
    ...(o.note ? { note: o.note } : {}),
    ...(o.conflict ? { conflict: o.conflict } : {}),
    statedWith: o.id,
    computed,
  };
}

/** The change of a count from an earlier period to a later one: a − b, in a's unit. */
export function increment(later: Input, earlier: Input): DerivedValue {
  return make(
    'increment',
    [later, earlier],
    {
      entity: later.entity,
      metric: 'increment',
      period: `${earlier.period}/${later.period}`,
      unit: later.unit,
    },
    later.value - earlier.value,
  );
}

/** Pairs of (later, earlier) figures, one per company, as an id: `a+b;c+d`. */
const pairsId = (pairs: readonly (readonly [Input, Input])[]) =>
  pairs.map(([a, b]) => `${a.id}+${b.id}`).join(';');

/**
 * The sum of the increments of several pairs: the total that contributions are shares of. Its
 * inputs are the increments, so its formula lists each.
 */
export function totalIncrement(pairs: readonly (readonly [Input, Input])[]): DerivedValue {
  const parts = pairs.map(([a, b]) => increment(a, b));
  const [first] = parts;
  const sides = new Set(parts.map(sideOf));
  const side = sides.size === 1 ? [...sides][0] : 'both';
  const total: DerivedValue = {
    ...make(
      'increment-total',
      parts,
      {
        entity: first?.entity ?? '',
        metric: 'increment',
        period: first?.period ?? '',
        unit: first?.unit ?? 'vehicles',
      },
      parts.reduce((sum, p) => sum + p.value, 0),
    ),
    id: `increment-total:${pairsId(pairs)}`,
  };
  if (side === 'lower' || side === 'upper') return { ...total, bound: side };
  return total;
}

/**
 * Each pair's share of the total increment of all pairs, in percent: (a − b) ÷ Σ(a − b) × 100.
 * The first pair is the one whose share this is. Null when the total is not positive (a share of
 * a fall, or of nothing, reads as nonsense).
 */
export function contribution(pairs: readonly (readonly [Input, Input])[]): DerivedValue | null {
  const [own] = pairs;
  if (!own) return null;
  const part = increment(own[0], own[1]);
  const total = totalIncrement(pairs);
  if (!(total.value > 0)) return null;
  const share = make(
    'contribution',
    [part, total],
    { entity: part.entity, metric: 'increment_share', period: part.period, unit: 'percent' },
    (part.value / total.value) * 100,
  );
  return { ...share, id: `contribution:${pairsId(pairs)}` };
}

/** `a+b;c+d` back to pairs of figures; null when an id is unknown. */
function readPairs(
  text: string,
  lookup: (id: string) => Figure | undefined,
): [Figure, Figure][] | null {
  const pairs: [Figure, Figure][] = [];
  for (const part of text.split(';')) {
    const [aId = '', bId = ''] = part.split('+');
    const a = lookup(aId);
    const b = lookup(bId);
    if (!a || !b) return null;
    pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Recomputes a derived value from its id (`op:input+input`), for values a view computes on
 * demand (growth views) and so are not among those derived at load; null when it cannot.
 */
export function resolveDerived(
  id: string,
  lookup: (id: string) => Figure | undefined,
): DerivedValue | null {
  const many = /^(increment-total|contribution):(.+)$/.exec(id);
  if (many) {
    const pairs = readPairs(many[2] ?? '', lookup);
    if (!pairs) return null;
    return many[1] === 'contribution' ? contribution(pairs) : totalIncrement(pairs);
  }
  const m = /^(yoy|index|ratio|increment|cagr):(.+)$/.exec(id);
  const resolve = m?.[1] === undefined ? undefined : PAIR_OPS[m[1]];
  const rest = m?.[2] ?? '';
  if (!resolve) return null;
  // An input may itself be derived (`ratio:a+b`), so the id is split at the `+` where both
  // sides name a figure.
  for (let at = rest.indexOf('+'); at > 0; at = rest.indexOf('+', at + 1)) {
    const a = lookup(rest.slice(0, at));
    const b = lookup(rest.slice(at + 1));
    if (a && b && b.value !== 0) return resolve(a, b);
  }
  return null;
}

const PAIR_OPS: Record<string, (a: Figure, b: Figure) => DerivedValue | null> = {
  yoy: yearOnYear,
  index: indexed,
  ratio: shareOfNational,
  increment,
  cagr: compoundGrowth,
};

/**
 * A figure a view builds, from its id: a derived value (see resolveDerived) or a stated growth
 * rate (`stated-yoy:record` or `stated-yoy:record|computed-id`); null when it cannot.
 */
export function resolveViewFigure(
  id: string,
  lookup: (id: string) => Figure | undefined,
): Figure | null {
  const m = /^stated-yoy:([^|]+)(?:\|(.+))?$/.exec(id);
  if (!m) return resolveDerived(id, lookup);
  const o = lookup(m[1] ?? '');
  if (!o || o.kind === 'derived') return null;
  const computed = m[2] ? resolveDerived(m[2], lookup) : null;
  return statedYoy(o, computed);
}
