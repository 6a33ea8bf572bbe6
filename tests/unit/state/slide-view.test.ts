import { describe, expect, it } from 'vitest';
import { encodeView } from '../../../src/state/url-codec';
import { slideView } from '../../../src/state/slide-view';
import { defaultFilters, defaultView, type RunStep, type View } from '../../../src/state/view';

const presenting: View = {
  ...defaultView('zh'),
  present: true,
  theme: 'dark',
  slide: 2,
  autoplay: 30,
  chips: false,
  qr: true,
  measure: 'sales',
  tables: ['nev'],
  run: [
    { slide: 'figures', filters: defaultFilters() },
    { slide: 'rankings', filters: { ...defaultFilters(), from: 2020, measure: 'production' } },
  ],
};

describe('slideView', () => {
  it.each<[string, RunStep, string]>([
    [
      'key figures open the overview',
      { slide: 'figures', filters: defaultFilters() },
      'table=nev&lang=zh&v=4',
    ],
    [
      'a panel slide opens that panel with its own filters, not the view’s',
      { slide: 'rankings', filters: { ...defaultFilters(), from: 2020 } },
      'panel=rankings&years=2020-&table=nev&lang=zh&v=4',
    ],
    [
      'a step’s measure replaces the view’s',
      { slide: 'nev', filters: { ...defaultFilters(), measure: 'sales' } },
      'panel=nev&measure=sales&table=nev&lang=zh&v=4',
    ],
    [
      'the milestones slide opens the milestones, not the top of the dashboard',
      { slide: 'milestones', filters: { ...defaultFilters(), from: 2020 } },
      'panel=milestones&years=2020-&table=nev&lang=zh&v=4',
    ],
  ])('%s, without presentation, theme, run or QR', (_, step, link) => {
    expect(encodeView(slideView(presenting, step))).toBe(link);
  });

  it('keeps the presentation’s language', () => {
    const view = { ...presenting, lang: 'en' as const };
    expect(slideView(view, { slide: 'targets', filters: defaultFilters() }).lang).toBe('en');
  });
});

describe('the slide QR’s link', () => {
  it('never carries the run sheet, so never its speaker notes', () => {
    const step: RunStep = {
      slide: 'targets',
      filters: defaultFilters(),
      title: 'Gap',
      notes: 'Private: mention the budget.',
    };
    const query = encodeView(slideView({ ...presenting, run: [step] }, step));
    expect(query).not.toMatch(/notes|run=|budget/);
  });
});
