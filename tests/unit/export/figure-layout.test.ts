import { describe, expect, it } from 'vitest';
import { keyItems, marksShown, seriesGroups } from '../../../src/export/figure-key';
import { chartTheme } from '../../../src/lib/palette';
import { wrap } from '../../../src/export/figure-text';
import {
  CHART_TICK,
  CHART_TITLE,
  FIGURE_SHAPES,
  LEAST_CHART_SCALE,
  MIN_CHART_HEIGHT,
  SHAPES,
  TYPE,
  layoutFigure,
  linkLines,
  pointsOnA4,
} from '../../../src/export/figure-layout';
import { dataset } from '../support/dataset';

describe('report shapes', () => {
  it.each([
    ['a4', 1920, 1200, 16 / 10],
    ['slide', 1920, 1080, 16 / 9],
  ] as const)('%s is %i × %i px, aspect %f', (shape, px, py, aspect) => {
    const s = SHAPES[shape];
    expect(s.width * s.scale).toBe(px);
    expect(s.height * s.scale).toBe(py);
    expect(s.width / s.height).toBeCloseTo(aspect, 3);
  });

  it.each(FIGURE_SHAPES)(
    '%s: every type size is at least 9 pt across the A4 text width',
    (shape) => {
      const { width } = SHAPES[shape];
      for (const size of [...Object.values(TYPE), CHART_TICK])
        expect(pointsOnA4(size, width)).toBeGreaterThanOrEqual(9);
      // The smallest, key and link: 12 / 640 × 170 mm ≈ 9.0 pt.
      expect(pointsOnA4(TYPE.small, width)).toBeCloseTo(9.04, 2);
    },
  );

  it('the old 3596 px strip put 13 px type at about 5 pt', () => {
    expect(pointsOnA4(13 * 2, 3596)).toBeLessThan(5.5);
  });
});

describe('layoutFigure', () => {
  it.each([
    ['a4', 70, 90, [0, 0], true],
    ['slide', 70, 90, [0, 0], true],
    ['slide', 70, 90, [0, 0, 0], true],
    ['a4', 70, 250, [0, 0], false],
    ['a4', 70, 40, [300], false],
    // 223 units of room: a 230-unit bar chart is drawn at 230 and scaled to 223 (≥ 12/13).
    ['a4', 70, 40, [230], true],
    ['slide', 37.5, 130, [0, 0, 0], true],
  ] as const)(
    '%s, header %i, footer %i, charts %j: fits %s',
    (shape, header, footer, mins, fits) => {
      const l = layoutFigure(shape, header, footer, mins);
      const spec = SHAPES[shape];
      expect(l.fits).toBe(fits);
      expect(l.width).toBe(spec.width);
      if (fits) expect(l.height).toBe(spec.height);
      else expect(l.height).toBeGreaterThan(spec.height);
      expect(l.charts).toHaveLength(mins.length);
      for (const [i, box] of l.charts.entries()) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(spec.width);
        const least = Math.max(MIN_CHART_HEIGHT, mins[i] ?? 0);
        // Drawn at least at its own least height, scaled to its box no further than 12/13.
        expect(box.draw.height).toBeGreaterThanOrEqual(least - 0.5);
        expect(box.height / box.draw.height).toBeGreaterThanOrEqual(LEAST_CHART_SCALE - 0.005);
        expect(box.draw.width / box.draw.height).toBeCloseTo(box.width / box.height, 1);
        expect(box.y + box.height).toBeLessThanOrEqual(l.footerTop);
      }
      expect(l.footerTop + footer).toBeLessThanOrEqual(l.height);
    },
  );
});

describe('layoutFigure arrangements', () => {
  it('puts three charts two to a row, the third under the first', () => {
    const l = layoutFigure('a4', 22.5, 45, [0, 0, 0], { columns: 2, side: null });
    const [a, b, c] = l.charts;
    expect(a?.y).toBe(b?.y);
    expect(c?.x).toBe(a?.x);
    expect(c && a && c.y > a.y + a.height).toBe(true);
    expect(l.share).toBeCloseTo((2 * ((a?.height ?? 0) + CHART_TITLE) + 16) / l.height, 3);
  });

  it('keeps a key column right of the charts, as tall as they are at most', () => {
    const l = layoutFigure('slide', 22.5, 30, [0, 0], {
      columns: 2,
      side: { width: 180, height: 150 },
    });
    expect(l.fits).toBe(true);
    expect(l.side?.x).toBe(640 - 16 - 180);
    for (const c of l.charts) expect(c.x + c.width).toBeLessThanOrEqual((l.side?.x ?? 0) - 16);
    // A key taller than the charts does not fit the shape.
    expect(
      layoutFigure('slide', 22.5, 30, [0, 0], { columns: 2, side: { width: 180, height: 400 } })
        .fits,
    ).toBe(false);
  });
});

describe('linkLines', () => {
  const link =
    'http://127.0.0.1:4173/?panel=rankings&years=2016-2025&cities=chongqing,guangzhou&lang=zh&v=3';
  it.each([200, 40, 25, 5])(
    'breaks before parameters only, joined it is the link (max %i chars)',
    (max) => {
      const lines = linkLines(link, (t) => t.length <= max);
      expect(lines.join('')).toBe(link);
      for (const line of lines.slice(1)) expect(line).toMatch(/^[?&]/);
      if (max >= 40) for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
    },
  );
});

describe('wrap', () => {
  it('never starts a line with 。 or ， and never ends one with （', () => {
    const text =
      '长安汽车2025年新能源汽车销量111万辆（+51.1%）。2025年新能源汽车占长安汽车销量的38.1%。赛力斯（问界）';
    for (const width of [60, 80, 100, 130, 160, 200]) {
      const lines = wrap(text, 13, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line).not.toMatch(/^[。，、）]/);
        expect(line).not.toMatch(/（$/);
      }
    }
  });
});

describe('the key under an image', () => {
  it('explains only the marks the figures are drawn with', () => {
    const rankings = dataset.observations.filter((f) => f.kind === 'rank');
    const shown = marksShown(rankings);
    expect(shown.has('actual')).toBe(true);
    expect(shown.has('target')).toBe(false);
    expect(marksShown(dataset.derived).has('derived')).toBe(true);
    expect(marksShown([]).size).toBe(0);
  });

  it('groups series by their entity', () => {
    const s = { colour: '#000', shape: 'circle' as const };
    expect(
      seriesGroups([
        { ...s, label: 'Chongqing · NEV sales' },
        { ...s, label: 'China · NEV sales' },
        { ...s, label: 'Chongqing · NEV production' },
        { ...s, label: 'Targets' },
      ]).map((g) => [g.head, g.series.map((x) => x.label)]),
    ).toEqual([
      ['Chongqing', ['NEV sales', 'NEV production']],
      ['China', ['NEV sales']],
      [null, ['Targets']],
    ]);
  });
});

describe('the condensed key', () => {
  const marks = {
    actual: 'actual',
    estimate: 'estimate (dotted, hollow)',
    target: 'target',
    derived: '本应用推算（点线、空心）',
    conflict: 'articles disagree',
    partial: 'half-year or month',
    partialMark: 'H1, Jul',
    span: 'one figure for a span of years',
    qualifier: '> over',
  };
  const legend = [
    { label: 'Chongqing · NEV production', colour: '#1', shape: 'circle' as const },
    {
      label: 'Chongqing · NEV production · half-year figures',
      colour: '#1',
      shape: 'half' as const,
    },
    { label: 'Chongqing · NEV sales', colour: '#2', shape: 'triangle' as const },
  ];
  const parts = {
    legend,
    theme: chartTheme('light'),
    marks,
    shown: new Set(['estimate', 'derived'] as const),
  };
  it.each([
    [
      false,
      [
        'Chongqing',
        'NEV production',
        'NEV production · half-year figures',
        'NEV sales',
        'estimate (dotted, hollow)',
        '本应用推算（点线、空心）',
      ],
    ],
    [true, ['Chongqing', 'NEV production', 'NEV sales', 'estimate', '本应用推算']],
  ] as const)('condensed %s: %j', (condensed, labels) => {
    const items = keyItems(parts, condensed);
    expect(items.map((i) => i.label)).toEqual(labels);
    // The part-year series keeps its own mark, beside its year series' mark.
    const production = items.find((i) => i.label === 'NEV production');
    expect(production?.mark?.(0, 0).length).toBe(condensed ? 4 : 2);
  });
});
