import { describe, expect, it } from 'vitest';
import { shownDifference } from '../../../src/data/precision';
import type { Figure } from '../../../src/data/types';
import { nevView } from '../../../src/features/nev/nev-series';
import { withEstimateNote } from '../../../src/lib/estimate-note';
import { dataset } from '../support/dataset';

const figure = (id: string): Figure => {
  const f = dataset.figure(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

// Issue 22: "提高24.7个百分点" beside shares shown as 46.5 % and 21.7 % (24.8 apart).
describe('shownDifference: each figure rounded as shown, then subtracted', () => {
  const { chongqing } = nevView(dataset, { regions: ['chongqing'], from: null, to: null }).headline;

  it('gives 24.8 points between the 46.5 % and 21.7 % shown, not 24.7', () => {
    if (!chongqing) throw new Error('no NEV share headline');
    expect(chongqing.last.value - chongqing.first.value).toBeCloseTo(24.746, 3);
    expect(shownDifference(chongqing.last, chongqing.first)).toEqual({ value: 24.8, digits: 1 });
  });

  it.each([
    [2788000, 2600000, 188000, 0],
    [46.55, 21.7, 24.85, 2],
    [10, 3.5, 6.5, 1],
  ])('%d − %d = %d (%i decimals)', (a, b, value, digits) => {
    const base = figure('chongqing-vehicle-production-2025');
    expect(shownDifference({ ...base, value: a }, { ...base, value: b })).toEqual({
      value,
      digits,
    });
  });
});

describe('withEstimateNote', () => {
  const expected = figure('chongqing-nev-production-2023');
  const actual = figure('chongqing-nev-production-2025');
  const share2023 = dataset.derivedSeries('chongqing', 'nev_share_of_production')[0];

  it.each([
    ['zh', [actual], '重庆2025年产量。', '重庆2025年产量。'],
    ['zh', [expected], '重庆2023年产量50万辆。', '重庆2023年产量50万辆（据预计数）。'],
    ['zh', [expected, actual], '提高24.8个百分点。', '提高24.8个百分点（2023年据预计数）。'],
    [
      'en',
      [expected],
      'Chongqing made 0.5 M in 2023.',
      'Chongqing made 0.5 M in 2023, based on expected figures.',
    ],
    ['en', [expected, actual], 'Up 24.8 pp.', 'Up 24.8 pp, 2023 based on expected figures.'],
  ] as const)('%s: %j', (lang, figures, sentence, out) => {
    expect(withEstimateNote(sentence, figures, lang)).toBe(out);
  });

  it('counts a share computed from expected figures as expected', () => {
    expect(share2023?.period).toBe('2023');
    if (!share2023) return;
    expect(withEstimateNote('x。', [share2023, actual], 'zh')).toBe('x（2023年据预计数）。');
  });
});
