import { describe, expect, it } from 'vitest';
import { createDataset, type Dataset } from '../../../src/data/dataset';
import { parsePeriod, periodOf } from '../../../src/data/period';
import { entitiesOfType, nevRegions, withFigures } from '../../../src/data/registry';
import type { Figure } from '../../../src/data/types';
import { ENTITY_TYPES, KINDS } from '../../../src/data/vocabulary';
import { agree, groupFacts } from '../../../src/lib/same-fact';
import { xOf } from '../../../src/lib/time-series';
import { dataset as real } from '../support/dataset';
import { generatedDataset } from '../support/generated-dataset';

const generated = createDataset(generatedDataset());

/** The grouping as it was before it was bucketed by slot: every group searched. */
function groupFactsByScan(figures: readonly Figure[], slot: (f: Figure) => number): Figure[][] {
  const groups: Figure[][] = [];
  for (const f of figures) {
    const home = groups.find(
      (g) => g[0] !== undefined && slot(g[0]) === slot(f) && g.every((r) => agree(r, f)),
    );
    if (home) home.push(f);
    else groups.push([f]);
  }
  return groups;
}

describe.each([
  ['the real data', real],
  ['a generated dataset', generated],
] as [string, Dataset][])('the observation index on %s', (_, ds) => {
  const entityIds = [...new Set(ds.observations.map((o) => o.entity)), 'no-such-entity'];
  const metricIds = [...new Set(ds.observations.map((o) => o.metric)), 'no-such-metric'];

  it('has generated records at all (the generator is not a no-op)', () => {
    expect(ds.observations.length).toBeGreaterThan(50);
  });

  it.each(entityIds)('ofEntity(%s) is the scan of every observation', (id) => {
    expect(ds.ofEntity(id)).toEqual(ds.observations.filter((o) => o.entity === id));
  });

  it.each(metricIds)('ofMetric(%s) is the scan of every observation', (id) => {
    expect(ds.ofMetric(id)).toEqual(ds.observations.filter((o) => o.metric === id));
  });

  it.each(KINDS)('ofKind(%s) is the scan of every observation', (kind) => {
    expect(ds.ofKind(kind)).toEqual(ds.observations.filter((o) => o.kind === kind));
  });

  it('series(entity, metric) is the scan for every pair', () => {
    for (const e of entityIds)
      for (const m of metricIds)
        expect(ds.series(e, m)).toEqual(
          ds.observations.filter((o) => o.entity === e && o.metric === m),
        );
  });

  it('the filter lists are what scans of every observation give', () => {
    const recorded = new Set(ds.observations.map((o) => o.entity));
    for (const type of ENTITY_TYPES) {
      const all = [...ds.entities.values()].filter((e) => e.type === type);
      expect(entitiesOfType(ds, type)).toEqual(all);
      expect(withFigures(ds, type)).toEqual(all.map((e) => e.id).filter((id) => recorded.has(id)));
    }
    const nev = new Set(
      ds.observations
        .filter((o) => ['nev_production', 'nev_retail_penetration'].includes(o.metric))
        .map((o) => o.entity),
    );
    expect([...nevRegions(ds)].sort()).toEqual(
      [...ds.entities.values()]
        .filter((e) => ['city', 'province', 'country'].includes(e.type) && nev.has(e.id))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('the year range is every period’s first and last year', () => {
    const years = ds.observations.flatMap((o) => {
      const p = periodOf(o.period);
      return p.type === 'span' ? [p.from, p.to] : [p.year];
    });
    expect(ds.years).toEqual({ min: Math.min(...years), max: Math.max(...years) });
  });

  it('grouping records into facts gives what the full scan gave, series by series', () => {
    const slot = (f: Figure) => xOf(periodOf(f.period));
    let merged = 0;
    for (const e of entityIds)
      for (const m of metricIds) {
        const figures = [...ds.series(e, m), ...ds.derivedSeries(e, m)];
        const groups = groupFacts(figures, slot);
        expect(groups).toEqual(groupFactsByScan(figures, slot));
        merged += figures.length - groups.length;
      }
    // Some records were stated twice and merged: the comparison covered that path too.
    expect(merged).toBeGreaterThan(0);
  });
});

describe('periodOf', () => {
  it.each(['2025', '2024-H1', '2023-07', '2015/2017'])(
    'reads %s as parsePeriod does, once',
    (t) => {
      expect(periodOf(t)).toEqual(parsePeriod(t));
      // Parsed once: the same (frozen) object again, so nobody can change a shared entry.
      expect(periodOf(t)).toBe(periodOf(t));
      expect(Object.isFrozen(periodOf(t))).toBe(true);
    },
  );

  it('still rejects text that is not a period', () => {
    expect(() => periodOf('2025-13')).toThrow('Not a period');
  });
});
