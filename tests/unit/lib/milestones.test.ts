import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../src/data/types';
import {
  badgeRows,
  clusterEvents,
  milestoneX,
  numberRuns,
  placeMilestones,
  precisionOf,
  withinDomain,
} from '../../../src/lib/milestones';

const m = (id: string, date: string, topic: Milestone['topic']): Milestone => ({
  id,
  date,
  topic,
  title: { en: id, zh: id },
  description: { en: id, zh: id },
  source: 's',
  excerpt: id,
});

describe('dates', () => {
  it.each([
    ['2013', 'year', 2013],
    ['2021-04', 'month', 2021 - 0.5 + 3.5 / 12],
    ['2025-03-04', 'day', 2025 - 0.5 + (2 + 3.5 / 31) / 12],
    ['2024-02-29', 'day', 2024 - 0.5 + (1 + 28.5 / 29) / 12],
  ] as const)('%s is known to the %s and sits at %f', (date, precision, x) => {
    expect(precisionOf(date)).toBe(precision);
    expect(milestoneX(date)).toBeCloseTo(x, 10);
  });
});

describe('placeMilestones', () => {
  const list = [
    m('b', '2021-04', 'company'),
    m('a', '2013', 'policy'),
    m('c', '2024', 'technology'),
    m('d', '2025-03-04', 'policy'),
  ];
  it.each([
    {
      topics: ['policy', 'company', 'technology'],
      from: null,
      to: null,
      ids: ['a', 'b', 'c', 'd'],
    },
    { topics: ['policy'], from: null, to: null, ids: ['a', 'd'] },
    { topics: ['policy', 'company', 'technology'], from: 2020, to: 2024, ids: ['b', 'c'] },
    { topics: ['technology'], from: 2025, to: null, ids: [] },
  ] as const)('topics $topics, $from–$to → $ids', ({ topics, from, to, ids }) => {
    const placed = placeMilestones(list, { topics, from, to });
    expect(placed.map((p) => p.milestone.id)).toEqual(ids);
    // Numbered in date order among those shown, so the timeline and the charts agree.
    expect(placed.map((p) => p.number)).toEqual(ids.map((_, i) => i + 1));
  });

  it('keeps to a chart’s x domain', () => {
    const placed = placeMilestones(list, {
      topics: ['policy', 'company', 'technology'],
      from: null,
      to: null,
    });
    expect(withinDomain(placed, [2017, 2024]).map((p) => p.milestone.id)).toEqual(['b', 'c']);
  });
});

describe('annotation badges', () => {
  it.each([
    [[11, 12, 13, 14], '11–14'],
    [[3, 5], '3, 5'],
    [[7, 8, 10], '7–8, 10'],
    [[2], '2'],
  ] as const)('%j reads %s', (numbers, text) => {
    expect(numberRuns(numbers)).toBe(text);
  });

  it('joins events at the same pixel into one badge and stacks badges that would touch', () => {
    const clusters = clusterEvents([
      { x: 100, number: 2 },
      { x: 100.5, number: 3 },
      { x: 300, number: 4 },
      { x: 310, number: 5 },
    ]);
    expect(clusters.map((c) => c.label)).toEqual(['2–3', '4', '5']);
    expect(
      badgeRows(
        clusters.map((c) => c.x),
        20,
      ),
    ).toEqual([0, 0, 1]);
    // A badge near only the second row's neighbour goes back to the first row, not onto it.
    expect(badgeRows([0, 30, 60], 40)).toEqual([0, 1, 0]);
    expect(badgeRows([0, 30, 35], 40)).toEqual([0, 1, 2]);
  });
});
