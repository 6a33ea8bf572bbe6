import { describe, expect, it } from 'vitest';
import {
  checkFiles,
  formatProblem,
  verbatimProblems,
  type RawFiles,
} from '../../../src/data/checks';
import conflicts from '../../../src/data/conflicts.json';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import milestones from '../../../src/data/milestones.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';

type Rec = Record<string, unknown>;
const real = { sources, conflicts, observations, milestones, entities, metrics };
/** A deep copy of the real data with one observation changed. */
function withRecord(id: string, change: (o: Rec) => void): RawFiles {
  const files = structuredClone(real) as unknown as Record<keyof RawFiles, Rec[]>;
  const o = files.observations.find((r) => r.id === id);
  if (!o) throw new Error(id);
  change(o);
  return files;
}
const messages = (files: RawFiles) => checkFiles(files).map(formatProblem);
const ID = 'chongqing-vehicle-production-2014'; // 2.6 million vehicles, 2014

describe('checkFiles', () => {
  it('passes the real data', () => {
    expect(messages(real)).toEqual([]);
  });

  it.each<[string, (o: Rec) => void, string]>([
    [
      'a value that is not a number',
      (o) => (o.value = '2.1 million'),
      `observations.json: record ${ID}, field value: expected a number of vehicles, got '2.1 million'`,
    ],
    [
      'an unknown entity',
      (o) => (o.entity = 'atlantis'),
      `observations.json: record ${ID}, field entity: no entity with id 'atlantis' in entities.json (add it there first)`,
    ],
    [
      'an unknown metric',
      (o) => (o.metric = 'happiness'),
      `observations.json: record ${ID}, field metric: no metric with id 'happiness' in metrics.json`,
    ],
    [
      "a unit other than the metric's",
      (o) => (o.unit = 'yuan'),
      `observations.json: record ${ID}, field unit: vehicle_production is measured in vehicles, not yuan`,
    ],
    [
      'a bad period',
      (o) => (o.period = '2014-13'),
      `observations.json: record ${ID}, field period: '2014-13' is not a period: write 2025, 2024-H1, 2024-Q1, 2023-07 or 2015/2017`,
    ],
    [
      'a figure missing from its excerpt',
      (o) => (o.figure = '2.7 million'),
      `observations.json: record ${ID}, field figure: the excerpt does not contain the figure '2.7 million'`,
    ],
    [
      'a value its own excerpt contradicts',
      (o) => (o.value = 2700000),
      `observations.json: record ${ID}, field value: 2700000 contradicts the figure '2.6 million', which says 2600000`,
    ],
    [
      'an unknown source',
      (o) => (o.source = 'nowhere-2026'),
      `observations.json: record ${ID}, field source: no source with id 'nowhere-2026' in sources.json`,
    ],
    [
      'an id used twice',
      (o) => (o.id = 'chongqing-production-rank-2014-h1art'),
      'observations.json: record chongqing-production-rank-2014-h1art, field id: the id chongqing-production-rank-2014-h1art is used twice',
    ],
  ])('names %s', (_what, change, expected) => {
    expect(messages(withRecord(ID, change))).toContain(expected);
  });

  it('names a conflict that links fewer than two records', () => {
    const files = withRecord('seres-nev-sales-2024-a', (o) => delete o.conflict);
    expect(messages(files)).toContain(
      'conflicts.json: record seres-nev-sales-2024, field id: conflict seres-nev-sales-2024 links fewer than two records',
    );
  });
});

describe('verbatimProblems', () => {
  const files = withRecord(ID, (o) => (o.excerpt = 'By 2014, output was 2.6 million.'));
  const source = sources.find((s) => s.id === 'icq-2024-07-h1-top-producer');
  const article = (name: string) =>
    name === source?.file
      ? observations
          .filter((o) => o.source === source.id)
          .map((o) => o.excerpt)
          .join('\n') +
        milestones
          .filter((m) => m.source === source.id)
          .map((m) => m.excerpt)
          .join('\n')
      : null;

  it('names an excerpt that is not in its article, and an article that cannot be read', () => {
    const found = verbatimProblems(files, article).map(formatProblem);
    expect(found).toContain(
      `observations.json: record ${ID}, field excerpt: the excerpt is not word for word in the article ${source?.file ?? ''}`,
    );
    expect(found.some((m) => /cannot be read/.test(m))).toBe(true);
    expect(found.filter((m) => /not word for word/.test(m))).toHaveLength(1);
  });
});
