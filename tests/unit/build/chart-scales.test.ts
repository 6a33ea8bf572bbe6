// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Resolved through vite.config.ts's alias, as in the app: src/components/charts/d3-scales.ts.
import * as scales from 'victory-vendor/d3-scale';

/** Every .tsx file under a folder. */
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsxFiles(join(dir, e.name))
      : e.name.endsWith('.tsx')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the chart scales (only the ones the charts use are bundled)', () => {
  it('Recharts gets exactly point, band and linear, and they map as d3 does', () => {
    expect(Object.keys(scales).sort()).toEqual(['scaleBand', 'scaleLinear', 'scalePoint']);
    expect(scales.scaleLinear().domain([0, 100]).range([0, 500])(20)).toBe(100);
    expect(scales.scaleBand().domain(['a', 'b']).range([0, 100]).bandwidth()).toBe(50);
    expect(scales.scalePoint().domain(['a', 'b', 'c']).range([0, 100])('b')).toBe(50);
  });

  it("Recharts' automatic choice asks for no other scale", () => {
    // The names combineRealScaleType can return for `scale="auto"` (the default): a Recharts
    // upgrade that picks another one must extend d3-scales.ts.
    const code = readFileSync(
      'node_modules/recharts/es6/state/selectors/combiners/combineRealScaleType.js',
      'utf8',
    );
    const auto = code.slice(
      code.indexOf("scale === 'auto'"),
      code.indexOf("typeof scale === 'string'"),
    );
    const names = [...auto.matchAll(/return '(\w+)'/g)].map((m) => m[1] ?? '');
    expect(names.sort()).toEqual(['band', 'linear', 'point']);
  });

  it('no chart sets a scale of its own', () => {
    const offenders = tsxFiles('src').filter((file) =>
      /<[XYZ]Axis\b[^>]*\bscale=/s.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
