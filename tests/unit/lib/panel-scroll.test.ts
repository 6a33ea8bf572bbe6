import { describe, expect, it } from 'vitest';
import { panelScrollTarget } from '../../../src/lib/panel-scroll';

describe('panelScrollTarget', () => {
  it.each([
    // A phone: the panel starts 1.4 screens down, so it comes to the top.
    { panelTop: 1157, scrollY: 0, viewportHeight: 844, expected: 1149 },
    // A 1366 × 768 laptop: the panel's heading is on the first screen, its chart is not.
    { panelTop: 521, scrollY: 0, viewportHeight: 768, expected: 513 },
    // A 1080p screen: the panel starts halfway down; filters and key figures stay in sight.
    { panelTop: 525, scrollY: 0, viewportHeight: 1080, expected: null },
    // The reader has scrolled already (or the browser restored a position): leave it.
    { panelTop: 1157, scrollY: 300, viewportHeight: 844, expected: null },
  ])('panel at $panelTop, scrolled $scrollY, screen $viewportHeight → $expected', (c) => {
    expect(panelScrollTarget({ ...c, margin: 8 })).toBe(c.expected);
  });
});
