import { beforeEach, describe, expect, it } from 'vitest';
import type { PanelId } from '../../../src/data/view-vocabulary';
import { pickView } from '../../../src/state/url-codec';
import { defaultView, type View } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';

/** Every filter and panel setting away from its default, and the rest of the view too. */
const changed: View = {
  ...defaultView('zh'),
  panel: 'nev',
  from: 2018,
  to: 2024,
  cities: ['chongqing'],
  peers: 'provinces',
  companies: [],
  scope: 'nev',
  measure: 'sales',
  regions: ['china'],
  targetYear: '2027',
  subjects: ['nev'],
  growth: 'index',
  base: 2020,
  theme: 'dark',
  events: true,
};

/** The fields of the view that differ from the defaults. */
function stillChanged(): string[] {
  const now = pickView(useViewStore.getState());
  const d = defaultView('zh');
  return (Object.keys(d) as (keyof View)[]).filter(
    (k) => JSON.stringify(now[k]) !== JSON.stringify(d[k]),
  );
}

describe('resetFilters', () => {
  beforeEach(() => useViewStore.setState(changed));

  it.each([
    ['rankings', ['cities', 'from', 'peers', 'to']],
    ['companies', ['companies', 'from', 'scope', 'to']],
    ['nev', ['base', 'from', 'growth', 'regions', 'to']],
    // Issue 22: the years limit the targets panel's actual series too.
    ['targets', ['from', 'subjects', 'targetYear', 'to']],
  ] as const)('for the %s panel restores exactly %j', (panel: PanelId, restored) => {
    const before = stillChanged();
    useViewStore.getState().resetFilters(panel);
    const after = new Set(stillChanged());
    expect(before.filter((k) => !after.has(k)).sort()).toEqual(restored);
  });

  it('without a panel restores every filter; panel, theme, milestones and growth view stay', () => {
    useViewStore.getState().resetFilters();
    expect(stillChanged().sort()).toEqual(['base', 'events', 'growth', 'panel', 'theme']);
  });
});
