import { describe, expect, it } from 'vitest';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import conflicts from '../../../src/data/conflicts.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { DatasetError } from '../../../src/data/dataset-error';
import { parseDataset } from '../../../src/data/schema';

type Obs = (typeof observations)[number];
const good = observations[0] as Obs;

function withRecord(patch: Record<string, unknown>, index = 0) {
  const obs: unknown[] = observations.map((o, i) => (i === index ? { ...o, ...patch } : o));
  return { sources, conflicts, observations: obs, entities, metrics };
}

function problemsOf(raw: unknown) {
  try {
    parseDataset(raw);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('parseDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(() =>
      parseDataset({ sources, conflicts, observations, entities, metrics }),
    ).not.toThrow();
  });

  it.each([
    ['a missing value', { value: undefined }, 'value', 'type', 'number'],
    ['a string value', { value: '2.788 million' }, 'value', 'type', 'number'],
    ['an unknown unit', { unit: 'cars' }, 'unit', 'value', 'vehicles'],
    ['the wrong unit for the metric', { unit: 'yuan' }, 'unit', 'unit', 'vehicles'],
    ['a malformed period', { period: '2024H1' }, 'period', 'period', ''],
    ['a reversed span', { period: '2017/2015' }, 'period', 'period', ''],
    ['a fifth quarter', { period: '2024-Q5' }, 'period', 'period', ''],
    ['an unknown kind', { kind: 'derived' }, 'kind', 'value', 'actual'],
    ['an unknown entity', { entity: 'beijing' }, 'entity', 'unknown-entity', 'beijing'],
    ['an unknown metric', { metric: 'gdp' }, 'metric', 'unknown-metric', 'gdp'],
    [
      'a derived metric recorded',
      { metric: 'nev_share_of_production', unit: 'percent' },
      'metric',
      'derived-metric',
      'nev_share_of_production',
    ],
    [
      'an unknown source',
      { source: 'no-such-article' },
      'source',
      'unknown-source',
      'no-such-article',
    ],
    ['a figure not in the excerpt', { figure: '9.99 million' }, 'figure', 'figure', '9.99 million'],
    [
      'an excerpt that is too long',
      { excerpt: 'x'.repeat(400), figure: 'x' },
      'excerpt',
      'too-long',
      '300',
    ],
    ['an empty translation', { excerptZh: '' }, 'excerptZh', 'too-short', '1'],
    [
      'a translation that is too long',
      { excerptZh: '译'.repeat(400) },
      'excerptZh',
      'too-long',
      '300',
    ],
    ['an unknown field', { valeu: 1 }, '(record)', 'unknown-field', 'valeu'],
  ])(
    'rejects %s, naming the record, the field and the problem',
    (_label, patch, field, code, detail) => {
      const problems = problemsOf(withRecord(patch));
      const problem = problems.find((p) => p.field === field);
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem?.record).toBe('observations[0]');
      expect(problem?.recordId).toBe(good.id);
      expect(problem?.code).toBe(code);
      expect(problem?.detail).toContain(detail);
    },
  );

  it('rejects a duplicate id', () => {
    const problems = problemsOf({
      sources,
      conflicts,
      entities,
      metrics,
      observations: [...observations, good],
    });
    expect(problems[0]).toMatchObject({ code: 'duplicate', detail: good.id });
  });

  it('rejects a conflict that links only one record', () => {
    const lonely = observations.filter((o) => o.id !== 'seres-nev-sales-2024-a');
    const problems = problemsOf({ sources, conflicts, entities, metrics, observations: lonely });
    expect(problems[0]).toMatchObject({ code: 'lonely-conflict', detail: 'seres-nev-sales-2024' });
  });

  it('rejects something that is not a dataset at all', () => {
    expect(problemsOf('not json').length).toBeGreaterThan(0);
    expect(problemsOf(null).length).toBeGreaterThan(0);
  });
});
