import { describe, expect, it } from 'vitest';
import conflicts from '../../../src/data/conflicts.json';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { DatasetError } from '../../../src/data/dataset-error';
import { recordedWithImplied } from '../../../src/data/implied';
import { parseDataset } from '../../../src/data/schema';
import { seriesStyle } from '../../../src/lib/series-style';
import { decodeView, encodeView } from '../../../src/state/url-codec';
import { setChoices } from '../../../src/state/choices';
import { dataset } from '../support/dataset';
import { datasetWithCities } from '../support/extra-entities';
import { defaultSelection, filterChoices, nevRegions } from '../../../src/data/registry';

const raw = { sources, conflicts, observations, entities, metrics };

function problemsOf(data: unknown) {
  try {
    parseDataset(data);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('the registry (entities.json, metrics.json)', () => {
  it.each([
    [
      'a duplicate entity id',
      { ...raw, entities: [...entities, entities[0]] },
      { record: `entities[${entities.length}]`, field: 'id', code: 'duplicate' },
    ],
    [
      'a parent that does not exist',
      {
        ...raw,
        entities: [
          ...entities,
          { id: 'x-m1', type: 'model', name: { en: 'X', zh: 'X' }, parent: 'nobody' },
        ],
      },
      { field: 'parent', code: 'unknown-entity', detail: 'nobody' },
    ],
    [
      'an entity id that is not kebab-case',
      {
        ...raw,
        entities: [...entities, { id: 'Xi_an', type: 'city', name: { en: "Xi'an", zh: '西安' } }],
      },
      { field: 'id', code: 'format' },
    ],
    [
      'a metric unit outside UNITS',
      {
        ...raw,
        metrics: [
          ...metrics,
          { id: 'gdp', unit: 'dollars', name: { en: 'GDP', zh: 'GDP' }, panels: [] },
        ],
      },
      { field: 'unit', code: 'value' },
    ],
    [
      'an observation of an unknown entity',
      {
        ...raw,
        observations: observations.map((o, i) => (i === 0 ? { ...o, entity: 'atlantis' } : o)),
      },
      { record: 'observations[0]', field: 'entity', code: 'unknown-entity', detail: 'atlantis' },
    ],
    [
      "a unit other than its metric's",
      { ...raw, observations: observations.map((o, i) => (i === 0 ? { ...o, unit: 'yuan' } : o)) },
      { record: 'observations[0]', field: 'unit', code: 'unit' },
    ],
  ])('rejects %s', (_label, data, expected) => {
    expect(problemsOf(data)).toContainEqual(expect.objectContaining(expected));
  });

  it('gives every entity its name in both languages', () => {
    expect(dataset.entities.get('chongqing')?.name).toEqual({ en: 'Chongqing', zh: '重庆' });
    expect(dataset.metrics.get('vehicle_production')?.unit).toBe('vehicles');
  });
});

describe('series colours', () => {
  const withNew = (...ids: string[]) => ({
    entities: new Map(
      [
        ...dataset.entities.values(),
        ...ids.map((id) => ({ id, type: 'city' as const, name: { en: id, zh: id } })),
      ].map((e) => [e.id, e]),
    ),
  });
  const fixedSlots = new Set(
    [...dataset.entities.values()].flatMap((e) => (e.colour === undefined ? [] : [e.colour])),
  );

  it('keeps the fixed colours of today', () => {
    expect(seriesStyle(dataset, 'chongqing')).toEqual({ colour: 0, shape: 'circle' });
    expect(seriesStyle(dataset, 'guangzhou')).toEqual({ colour: 1, shape: 'square' });
    expect(seriesStyle(dataset, 'shenzhen')).toEqual({ colour: 2, shape: 'triangle' });
  });

  it('never gives a new entity a slot a fixed one holds, and adding more changes no colour', () => {
    const one = withNew('test-city');
    const three = withNew('test-city', 'xian', 'byd');
    expect(fixedSlots.has(seriesStyle(one, 'test-city').colour)).toBe(false);
    expect(seriesStyle(three, 'test-city')).toEqual(seriesStyle(one, 'test-city'));
    expect(seriesStyle(three, 'xian').colour).not.toBe(seriesStyle(three, 'test-city').colour);
    expect(seriesStyle(three, 'chongqing')).toEqual(seriesStyle(dataset, 'chongqing'));
  });

  it("never draws an entity with the target's diamond or the part-year half marker", () => {
    const many = withNew('test-city', 'xian', 'byd', 'li-auto', 'nio', 'xpeng', 'geely');
    for (const id of many.entities.keys())
      expect(['diamond', 'half'], id).not.toContain(seriesStyle(many, id).shape);
  });
});

describe('recordedWithImplied', () => {
  it.each([
    // [from, to, periods expected]
    [null, null, 'all recorded, plus implied years with nothing recorded'],
    [2024, 2025, 'only 2024 and 2025'],
  ] as [number | null, number | null, string][])(
    'range %s–%s: %s',
    (from: number | null, to: number | null) => {
      const figures = recordedWithImplied(dataset, 'chongqing', 'vehicle_production', { from, to });
      const periods = figures.map((f) => f.period);
      // No period appears twice (a recorded figure wins over an implied one) and no target shows.
      expect(new Set(periods).size).toBe(periods.length);
      expect(figures.every((f) => f.kind !== 'target')).toBe(true);
      if (from !== null) expect(periods.every((p) => Number(p.slice(0, 4)) >= from)).toBe(true);
      if (to !== null) expect(periods.every((p) => Number(p.slice(0, 4)) <= to)).toBe(true);
    },
  );

  it('fills a year with an implied value only where nothing was recorded', () => {
    const all = recordedWithImplied(dataset, 'chongqing', 'vehicle_production', {
      from: null,
      to: null,
    });
    const implied = all.filter((f) => f.kind === 'derived');
    const recorded = new Set(all.filter((f) => f.kind !== 'derived').map((f) => f.period));
    expect(implied.length).toBeGreaterThan(0);
    expect(implied.every((f) => !recorded.has(f.period))).toBe(true);
  });
});

describe('the URL codec and the registry', () => {
  it('accepts any city of the registry and names an unknown one', () => {
    expect(decodeView('?cities=shenzhen&v=3', 'en').view.cities).toEqual(['shenzhen']);
    const { notices } = decodeView('?cities=atlantis&v=3', 'en');
    expect(notices).toContainEqual(expect.objectContaining({ param: 'cities', reason: 'invalid' }));
  });

  it('accepts a new city once the registry names it, and notices it while it does not', () => {
    const link = '?cities=chongqing,test-city&lang=en&v=3';
    try {
      setChoices(
        filterChoices(
          datasetWithCities([{ id: 'test-city', en: 'Testville', zh: '测试市', value: 1e6 }]),
        ),
      );
      const known = decodeView(link, 'en');
      expect(known.view.cities).toEqual(['chongqing', 'test-city']);
      expect(known.notices).toEqual([]);
      expect(encodeView(known.view)).toContain('cities=chongqing,test-city');
    } finally {
      setChoices(filterChoices(dataset));
    }
    const unknown = decodeView(link, 'en');
    expect(unknown.view.cities).toEqual(['chongqing']);
    expect(unknown.notices).toEqual([
      { param: 'cities', value: 'test-city', reason: 'partly-invalid' },
    ]);
  });
});

describe('NEV regions', () => {
  it('are every city, province or country with NEV figures, Chongqing first', () => {
    expect(nevRegions(dataset)).toEqual(['chongqing', 'china']);
    expect(filterChoices(dataset).defaults.regions).toEqual(['chongqing', 'china']);
  });

  it.each([
    ['?regions=china&v=3', ['china'], []],
    ['?regions=chongqing,china&v=3', ['chongqing', 'china'], []],
    [
      '?regions=china,guangzhou&v=3',
      ['china'],
      [{ param: 'regions', value: 'guangzhou', reason: 'partly-invalid' }],
    ],
  ])('old links keep working: %s', (link, regions, notices) => {
    const decoded = decodeView(link, 'en');
    expect(decoded.view.regions).toEqual(regions);
    expect(decoded.notices).toEqual(notices);
  });
});

describe('defaultSelection', () => {
  const cities = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `test-city-${i + 1}`,
      en: `Testville ${i + 1}`,
      zh: `测试市${i + 1}`,
      value: (i + 1) * 1e5,
    }));
  const real = ['chongqing', 'guangzhou', 'shenzhen'];
  it.each([
    ['few cities: all of them', 0, real],
    ['eight: still all', 5, [...real, ...cities(5).map((c) => c.id)]],
    [
      'nine: Chongqing, the No.1s, then the largest by latest production',
      6,
      [...real, 'test-city-2', 'test-city-3', 'test-city-4', 'test-city-5', 'test-city-6'],
    ],
  ])('%s', (_label, extra, expected) => {
    const ds = datasetWithCities(cities(extra));
    expect(filterChoices(ds).defaults.cities).toEqual(expected);
  });

  it.each([
    ['no focus: the largest first', undefined, ['test-city-2', 'test-city-9']],
    ['the focus entity is always kept', 'test-city-1', ['test-city-1', 'test-city-9']],
  ])('%s', (_label, focus, mustHold) => {
    const ds = datasetWithCities(cities(9));
    const ids = cities(9).map((c) => c.id);
    const chosen = defaultSelection(ds, ids, 'vehicle_production', focus);
    expect(chosen).toHaveLength(8);
    for (const id of mustHold) expect(chosen).toContain(id);
    if (!focus) expect(chosen).not.toContain('test-city-1');
  });
});
