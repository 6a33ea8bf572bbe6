import { isDerived, type Figure, type Observation } from '../data/types';

/**
 * When two records state the same fact. Charts draw one mark for records that agree (same
 * entity, metric and peer set, same place on the axis, compatible values) and list every source
 * on it; records that disagree keep a mark each. Pure.
 */

/** How far an "about" or "nearly" figure may sit from an exact one and still agree. */
const LOOSE = 0.05;

/** The exact value is one the bounded figure allows ("over 3 M" allows 3.156 M). */
function allows(bounded: Observation, exact: number): boolean {
  const v = bounded.value;
  switch (bounded.qualifier) {
    case 'over':
      return exact > v;
    case 'at_least':
      return exact >= v;
    case 'within':
      return exact <= v;
    case 'nearly':
      return exact <= v && exact >= v * (1 - LOOSE);
    case 'about':
      return Math.abs(exact - v) <= v * LOOSE;
    case undefined:
      return exact === v;
  }
}

/** True when two records state one fact: equal, or one bounded and consistent with the exact other. */
export function agree(a: Figure, b: Figure): boolean {
  // Computed values are never merged: each carries its own formula and inputs.
  if (isDerived(a) || isDerived(b)) return false;
  if (a.entity !== b.entity || a.metric !== b.metric || a.unit !== b.unit) return false;
  if (a.kind !== b.kind || (a.peerSet ?? 'unspecified') !== (b.peerSet ?? 'unspecified'))
    return false;
  if (a.qualifier && b.qualifier) return a.qualifier === b.qualifier && a.value === b.value;
  if (a.qualifier) return allows(a, b.value);
  if (b.qualifier) return allows(b, a.value);
  return a.value === b.value;
}

/** Of records that agree, the one a mark shows: an exact figure before a bounded one. */
export function primaryOf(records: readonly Figure[]): Figure | undefined {
  return (
    records.find((f) => isDerived(f) || f.qualifier === undefined) ??
    // A span's claim is weaker than a single year's: prefer the year.
    records.find((f) => !f.period.includes('/')) ??
    records[0]
  );
}

/**
 * Groups figures into facts: each group's records all agree with its first record. Order is kept
 * (a group sits where its first record was).
 */
export function groupFacts(figures: readonly Figure[], slot: (f: Figure) => number): Figure[][] {
  const groups: Figure[][] = [];
  // Only groups in the same slot can take a figure: look there, not through every group (a long
  // monthly series made this quadratic).
  const bySlot = new Map<number, Figure[][]>();
  for (const f of figures) {
    const x = slot(f);
    const candidates = bySlot.get(x);
    const home = candidates?.find((g) => g.every((r) => agree(r, f)));
    if (home) home.push(f);
    else {
      const group = [f];
      groups.push(group);
      if (candidates) candidates.push(group);
      else bySlot.set(x, [group]);
    }
  }
  return groups;
}
