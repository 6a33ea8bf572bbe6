import { describe, expect, it } from 'vitest';
import { dataYear, targetsView } from '../../../src/features/targets/targets-series';
import { SUBJECTS } from '../../../src/state/view';
import { dataset } from '../support/dataset';

const view = targetsView(dataset, { targetYear: 'all', subjects: [...SUBJECTS] });
const byId = new Map(view.assessments.map((a) => [a.target.id, a]));

describe('targetsView', () => {
  it('judges on the last year with actual figures', () => {
    expect(dataYear(dataset)).toBe(2025);
  });

  it.each([
    // target id, status, attainment %, gap, mismatch
    ['chongqing-vehicle-production-target-2025', 'met', (2788000 / 2600000) * 100, 188000, null],
    ['chongqing-nev-production-target-2025', 'missed', (1296000 / 1300000) * 100, -4000, null],
    ['chongqing-icv-nev-target-2025', 'missed', (1296000 / 1500000) * 100, -204000, 'icv-vs-nev'],
    [
      'changan-nev-sales-share-target-2025',
      'missed',
      (1110000 / 2913000) * 100,
      (1110000 / 2913000) * 100 - 100,
      'phaseout-reading',
    ],
    [
      'chongqing-icv-nev-national-share-target-2025',
      'no-actual',
      null,
      null,
      'icv-share-vs-nev-share',
    ],
    ['chongqing-charging-stations-target-2025', 'no-actual', null, null, null],
    ['chongqing-charging-piles-target-2025', 'no-actual', null, null, null],
    ['chongqing-cluster-scale-target-2027', 'no-trend', 80, -200e9, null],
    ['chongqing-icv-nev-target-2027', 'on-track', (1296000 / 2000000) * 100, -704000, 'icv-vs-nev'],
    ['guangzhou-industry-scale-target-2035', 'no-actual', null, null, null],
  ])('%s: %s', (id, status, attainment, gap, mismatch) => {
    const a = byId.get(id);
    expect(a?.status).toBe(status);
    if (attainment === null) expect(a?.attainment).toBeNull();
    else expect(a?.attainment).toBeCloseTo(attainment, 6);
    if (gap === null) expect(a?.gap).toBeNull();
    else expect(a?.gap).toBeCloseTo(gap, 3);
    expect(a?.mismatch).toBe(mismatch);
  });

  it('computes the growth a 2027 target still needs against the growth achieved', () => {
    const icv = byId.get('chongqing-icv-nev-target-2027');
    expect(icv?.requiredGrowth).toBeCloseTo((Math.sqrt(2000000 / 1296000) - 1) * 100, 6); // 24.2%
    expect(icv?.recentGrowth).toBe(36);
    const cluster = byId.get('chongqing-cluster-scale-target-2027');
    expect(cluster?.requiredGrowth).toBeCloseTo((Math.sqrt(1000 / 800) - 1) * 100, 6); // 11.8%
    expect(cluster?.recentGrowth).toBeNull();
  });

  it('shows an older actual only as context once the target year has passed', () => {
    const share = byId.get('chongqing-icv-nev-national-share-target-2025');
    expect(share?.actual?.period).toBe('2020');
    expect(share?.actualIsContext).toBe(true);
  });

  it('counts statuses', () => {
    expect(view.counts).toEqual({
      met: 1,
      missed: 3,
      'on-track': 1,
      'off-track': 0,
      'no-actual': 4,
      'no-trend': 1,
    });
  });

  it.each([
    ['2025', ['production', 'nev'], 4],
    ['2027', [...SUBJECTS], 2],
    ['all', ['charging'], 2],
    ['all', [], 0],
  ] as const)('filters by target year %s and subjects %j', (targetYear, subjects, n) => {
    expect(targetsView(dataset, { targetYear, subjects: [...subjects] }).assessments).toHaveLength(
      n,
    );
  });

  it('draws a chart per subject and unit only where actuals exist', () => {
    expect(view.charts.map((c) => `${c.subject}|${c.unit}`)).toEqual([
      'production|vehicles',
      'nev|vehicles',
      'nev|percent',
      'cluster|yuan',
      'companies|percent',
    ]);
  });
});
