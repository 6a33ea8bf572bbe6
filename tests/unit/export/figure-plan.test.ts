import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIN_CHART_SHARE, planFigure } from '../../../src/export/figure-image';
import type { MarkKey } from '../../../src/export/figure-key';
import { SHAPES, type FigureShape } from '../../../src/export/figure-layout';
import { chartTheme } from '../../../src/lib/palette';
import type { Shape } from '../../../src/lib/time-series';

// jsdom has no canvas: measure text about as Noto Sans draws it (CJK a full em, Latin text
// about 0.52 em a character on average).
beforeAll(() => {
  const ctx = {
    font: '12px sans-serif',
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 12);
      let em = 0;
      for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.52;
      return { width: em * size };
    },
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ctx) as never);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const series = (labels: string[], shapes: Shape[] = ['circle']) =>
  labels.map((label, i) => ({
    label,
    colour: `#${i}`,
    shape: shapes[i % shapes.length] ?? 'circle',
  }));
const marks = {
  actual: 'actual',
  estimate: 'estimate (dotted, hollow)',
  target: 'target',
  derived: 'derived by the app (dotted, ƒ)',
  conflict: 'articles disagree',
  partial: 'half-year or month',
  partialMark: 'H1, Jul',
  span: 'one figure for a span of years',
  qualifier: '> over · ≥ at least · ≲ nearly · ≈ about · ≤ within',
};
const context = (panel: string, title: string) => ({
  lang: 'en' as const,
  title: `Chongqing Auto Monitor — ${title}`,
  headline:
    'NEV sales of Changan: 1.11 M vehicles in 2025 (+51.1% year on year). NEVs were 38.1% of Changan’s sales in 2025.',
  filters: 'Years: 2016–2025 · Regions: All',
  sources: 'Sources: iChongqing (Jan 2024, Jul 2024, Mar 2025, 5 Mar 2025) · 36Kr (Jan 2026)',
  dataDate: 'Data as of Jan 2026 (latest source) · exported 25 Nov 2026',
  link: `http://127.0.0.1:4173/?panel=${panel}&years=2016-2025&lang=en&v=3`,
  exportedOn: '2026-11-25',
});
const allMarks: MarkKey[] = ['actual', 'estimate', 'derived', 'conflict', 'partial', 'qualifier'];

/** The four panels as exported: their series, marks, charts (least heights) and chart titles. */
const PANELS = [
  {
    panel: 'rankings',
    legend: series([
      'Chongqing · rank',
      'Chongqing · rank · half-year figures',
      'Chongqing · Vehicle production',
      'Guangzhou · rank',
      'Shenzhen · rank',
    ]),
    shown: allMarks.filter((m) => m !== 'qualifier'),
    minHeights: [0, 0],
    titles: ['Who was No.1: production rank', 'Chongqing’s vehicle production and rank'],
  },
  {
    panel: 'companies',
    legend: series([
      'Changan · Vehicle sales',
      'Changan · NEV sales',
      'Seres · NEV sales',
      'AITO M9 · Cumulative firm orders',
      'AITO M9 · Cumulative pre-orders',
      'AITO M9 · Deliveries',
    ]),
    shown: allMarks,
    minHeights: [0, 0],
    titles: ['Vehicles sold by company', 'AITO M9: orders and deliveries'],
  },
  {
    panel: 'nev',
    legend: series([
      'Chongqing · NEV share of production',
      'Chongqing · Share of models priced above 200,000 yuan',
      'Chongqing · NEV production',
      'Chongqing · NEV sales',
      'China · NEV share of production',
      'China · NEV retail penetration',
      'China · NEV production',
      'China · NEV sales',
    ]),
    shown: allMarks,
    minHeights: [0, 0, 0],
    titles: [
      'NEV shares, in percent',
      'Chongqing: NEVs made and sold',
      'China: NEVs made and sold',
    ],
  },
  // Bars only: no key; six targets need 216 units of rows.
  { panel: 'targets', legend: [], shown: [], minHeights: [216], titles: ['Attainment'] },
];

describe('planFigure: the charts dominate the image', () => {
  it.each(
    PANELS.flatMap((p) =>
      (['a4', 'slide'] as FigureShape[]).map((shape) => [p.panel, shape, p] as const),
    ),
  )(
    '%s, %s: charts take ≥ 55 %% of the height (NEV slide ≥ 50 %%), in the exact shape',
    (panel, shape, p) => {
      const plan = planFigure(
        {
          context: context(panel, panel),
          legend: p.legend,
          theme: chartTheme('light'),
          marks,
          shown: new Set(p.shown),
          // Most qualified figures say "over"; the key lists the signs drawn only.
          qualifiers: new Set(['over'] as const),
        },
        shape,
        p.minHeights,
        p.titles,
      );
      const { layout } = plan;
      expect(layout.fits).toBe(true);
      expect(layout.height).toBe(SHAPES[shape].height);
      // The one exception: three charts, eight series and their marks on a 16:9 slide. The key
      // takes four rows and no other arrangement keeps the charts at least 120 units tall and
      // 150 wide; the charts still take over half the slide (before: about 38 %).
      const least = panel === 'nev' && shape === 'slide' ? 0.5 : MIN_CHART_SHARE;
      expect(layout.share).toBeGreaterThanOrEqual(least);
      // Every chart title fits its chart's width; the key's column, if any, is right of them.
      for (const c of layout.charts) {
        expect(c.x + c.width).toBeLessThanOrEqual(layout.side?.x ?? layout.width);
        expect(c.height).toBeGreaterThanOrEqual(120);
      }
    },
  );
});
