import { describe, expect, it } from 'vitest';
import {
  displayValue,
  growthFactorSignificantFigures,
  statedSignificantFigures,
} from '../../../src/data/precision';
import { formatFigure } from '../../../src/lib/format';
import { derivedOrigin, formulaText } from '../../../src/lib/formula-text';
import type { DerivedValue } from '../../../src/data/types';
import { dataset } from '../support/dataset';

const implied = (inputId: string): DerivedValue => {
  const f = dataset.byId.get(`implied-prior:${inputId}`);
  if (!f || f.kind !== 'derived') throw new Error(`no implied value from ${inputId}`);
  return f;
};

describe('significant figures of stated inputs', () => {
  it.each([
    ['2.788 million', 2788000, 4],
    ['1.3 million', 1300000, 2],
    ['1.11 million', 1110000, 3],
    ['472,300', 472300, 4],
    ['953,000', 953000, 3], // trailing zeros of a whole number: taken as three figures
    ['500,000', 500000, 3],
    ['10', 10, 2],
    ['two million', 2000000, 3],
  ])('%s → %i', (figure, value, expected) => {
    expect(statedSignificantFigures({ figure, value })).toBe(expected);
  });

  it.each([
    [9.7, 4], // 1.097
    [37, 3], // 1.37
    [90.5, 4], // 1.905
    [10.63, 5], // 1.1063
    [30, 3], // 1.30
    [-4, 2], // 0.96
  ])('growth factor of %f%% → %i figures', (yoy, expected) => {
    expect(growthFactorSignificantFigures(yoy)).toBe(expected);
  });
});

describe('implied values carry only the precision of their inputs', () => {
  // Hand-computed: full quotient, then min(figures of the count, figures of the factor).
  it.each([
    // input, full value (kept for computing), shown value, en text, zh text
    [
      'chongqing-vehicle-production-2025',
      2541476.7547857794,
      2541000,
      '≈ 2.541 M vehicles',
      '约254.1万辆',
    ],
    ['chongqing-nev-production-2023', 364963.503649635, 365000, '≈ 365,000 vehicles', '约36.5万辆'],
    ['changan-nev-sales-2024', 480366.4921465969, 480000, '≈ 480,000 vehicles', '约48万辆'],
    ['chongqing-nev-sales-2024', 500367.4540682415, 500400, '≈ 500,400 vehicles', '约50.04万辆'],
    ['seres-nev-sales-2025', 426918.55735334, 426900, '≈ 426,900 vehicles', '约42.69万辆'],
  ])('%s', (id, full, shown, en, zh) => {
    const d = implied(id);
    expect(d.value).toBeCloseTo(full, 6);
    expect(displayValue(d)).toBe(shown);
    expect(formatFigure(d, 'en')).toBe(en);
    expect(formatFigure(d, 'zh')).toBe(zh);
  });

  it('computes a share from the unrounded implied count (derived of derived)', () => {
    const share = dataset.derived.find(
      (d) =>
        d.entity === 'chongqing' && d.metric === 'nev_share_of_production' && d.period === '2024',
    );
    expect(share?.value).toBeCloseTo((953000 / (2788000 / 1.097)) * 100, 9);
    expect(share && displayValue(share)).toBe(37.5);
  });

  it.each([
    ['en', '2.788 M vehicles ÷ (1 + 9.7%) = ≈ 2.541 M vehicles'],
    ['zh', '278.8万辆 ÷ (1 + 9.7%) = 约254.1万辆'],
  ] as const)('formula text has one sign (%s)', (lang, start) => {
    const text = formulaText(implied('chongqing-vehicle-production-2025'), dataset, lang);
    expect(text.startsWith(start)).toBe(true);
    expect(text).not.toMatch(/\+\s*\+/);
  });

  it('names the article each of two implied values of one quantity comes from', () => {
    const a = derivedOrigin(implied('seres-nev-sales-2024-a'), dataset, 'en');
    const b = derivedOrigin(implied('seres-nev-sales-2024-b'), dataset, 'en');
    expect(a).not.toBe(b);
    for (const [text, id] of [
      [a, 'seres-nev-sales-2024-a'],
      [b, 'seres-nev-sales-2024-b'],
    ] as const) {
      const o = dataset.byId.get(id);
      const outlet = o && o.kind !== 'derived' ? dataset.sources.get(o.source)?.outlet.en : '';
      expect(text).toContain(outlet ?? '∅');
      expect(text).toContain('implied by');
    }
  });
});
