import { beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages-en';
import { zh } from '../../../src/i18n/messages-zh';
import { filterLine } from '../../../src/lib/filter-summary';
import { exportFileName } from '../../../src/export/file-name';
import { decodeView, encodeView } from '../../../src/state/url-codec';
import { slideView } from '../../../src/state/slide-view';
import { defaultFilters, defaultView, type RunStep, type View } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import type { Names } from '../../../src/data/registry';
import type { Messages } from '../../../src/i18n/messages';

const withRun = (run: RunStep[]): View => ({ ...defaultView('en'), run });
const roundTrip = (view: View) => decodeView(`?${encodeView(view)}`, 'en');
const names = { entity: (id: string) => id } as unknown as Names;

const volumes: RunStep = { slide: 'companies', filters: defaultFilters() };
const index2021: RunStep = {
  slide: 'companies',
  filters: { ...defaultFilters(), companyGrowth: 'index', companyBase: 2021 },
};
const nevYoy: RunStep = { slide: 'nev', filters: { ...defaultFilters(), growth: 'yoy' } };

describe('a run-sheet step’s growth view in the link', () => {
  it.each<[string, RunStep[], string]>([
    [
      'volumes, then an index',
      [volumes, index2021],
      'run=companies~companies.growth:index.base:2021',
    ],
    ['a NEV step’s view', [nevYoy], 'run=nev.growth:yoy'],
    [
      'a contribution between two chosen years',
      [
        {
          slide: 'companies',
          filters: {
            ...defaultFilters(),
            companyGrowth: 'contribution',
            companyFrom: 2024,
            companyTo: 2025,
          },
        },
      ],
      'run=companies.growth:contribution.from:2024.to:2025',
    ],
    [
      'an index on its earliest shared year',
      [{ slide: 'nev', filters: { ...defaultFilters(), growth: 'index' } }],
      'run=nev.growth:index',
    ],
  ])('writes and reads back %s', (_, run, written) => {
    expect(encodeView(withRun(run))).toBe(`${written}&lang=en&v=4`);
    const { view, notices } = roundTrip(withRun(run));
    expect(notices).toEqual([]);
    expect(view.run).toEqual(run);
  });

  it('keeps it apart from the dashboard’s own view', () => {
    const view = { ...withRun([index2021]), companyGrowth: 'yoy' as const };
    expect(encodeView(view)).toBe(
      'companies.growth=yoy&run=companies.growth:index.base:2021&lang=en&v=4',
    );
    expect(roundTrip(view).view).toMatchObject({ companyGrowth: 'yoy', run: [index2021] });
  });

  it('reads a view a panel cannot show, or one on another slide, as not part of the step', () => {
    const { view, notices } = decodeView(
      '?run=companies.growth:share~rankings.growth:index&lang=en&v=4',
      'en',
    );
    expect(view.run.map((s) => s.filters.companyGrowth)).toEqual(['level', 'level']);
    expect(view.run[1]?.filters.growth).toBe('level');
    expect(notices).toEqual([
      {
        param: 'run',
        value: 'companies.growth:share, rankings.growth:…',
        reason: 'partly-invalid',
      },
    ]);
  });
});

describe('older links: the link-wide view plays on each of that panel’s steps, as it did', () => {
  it.each<[string, string, Partial<RunStep['filters']>[]]>([
    [
      'version 3',
      'run=companies~nev~rankings&companies.growth=index&companies.base=2021&nev.growth=share&v=3',
      [
        { companyGrowth: 'index', companyBase: 2021, growth: 'level' },
        { growth: 'share', companyGrowth: 'level' },
        { growth: 'level', companyGrowth: 'level' },
      ],
    ],
    [
      'version 2',
      'run=nev.regions:china~companies&growth=index&base=2020&v=2',
      [
        { growth: 'index', base: 2020, regions: ['china'] },
        { growth: 'level', companyGrowth: 'level' },
      ],
    ],
    [
      'version 3 without a growth view',
      'run=companies~nev&v=3',
      [{ companyGrowth: 'level' }, { growth: 'level' }],
    ],
  ])('%s', (_, query, steps) => {
    const { view, notices } = decodeView(`?${query}`, 'en');
    expect(notices).toEqual([]);
    steps.forEach((step, i) => expect(view.run[i]?.filters).toMatchObject(step));
    expect(view.run).toHaveLength(steps.length);
  });

  it('reports a bad old value once, under its own name', () => {
    const { view, notices } = decodeView('?run=companies&companies.growth=cagr&v=3', 'en');
    expect(view.run[0]?.filters.companyGrowth).toBe('level');
    expect(notices).toEqual([
      expect.objectContaining({ param: 'companies.growth', reason: 'invalid' }),
    ]);
  });

  it('writes the step’s view in the new format', () => {
    const { view } = decodeView('?run=companies&companies.growth=yoy&v=3', 'en');
    expect(encodeView(view)).toBe('companies.growth=yoy&run=companies.growth:yoy&v=4');
  });
});

describe('the slide of a step with its own growth view', () => {
  it.each<[string, View, RunStep, string]>([
    [
      'an index step opens the panel as an index, whatever the view shows',
      { ...defaultView('en'), present: true, companyGrowth: 'yoy', run: [volumes, index2021] },
      index2021,
      'panel=companies&companies.growth=index&companies.base=2021&lang=en&v=4',
    ],
    [
      'a volumes step opens the panel in volumes',
      { ...defaultView('en'), present: true, companyGrowth: 'index', run: [volumes, index2021] },
      volumes,
      'panel=companies&lang=en&v=4',
    ],
  ])('%s', (_, view, step, link) => {
    expect(encodeView(slideView(view, step))).toBe(link);
  });
});

describe('the step’s summary says the view', () => {
  it.each<[Messages, RunStep, string]>([
    [en, index2021, 'Shown as: Index, 2021 = 100'],
    [en, volumes, 'Shown as: Sales'],
    [
      en,
      { slide: 'nev', filters: { ...defaultFilters(), growth: 'index' } },
      'Shown as: Index, earliest shared year = 100',
    ],
    [zh, index2021, '显示为：指数，2021 = 100'],
  ])('%#', (t, step, text) => {
    expect(filterLine(step.slide, step.filters, t, 'en', names)).toContain(text);
  });

  it('names an index step’s file by it', () => {
    expect(exportFileName('companies', index2021.filters, '2026-11-25', 'png')).toBe(
      'cq-auto_companies_2026-11-25_index-2021.png',
    );
  });
});

describe('adding a step', () => {
  beforeEach(() => useViewStore.setState({ ...defaultView('en'), run: [] }));

  it('keeps the panel’s growth view as it is then', () => {
    const { setView, addRunStep } = useViewStore.getState();
    setView({ panel: 'companies', companyGrowth: 'index', companyBase: 2021, growth: 'yoy' });
    addRunStep();
    setView({ companyGrowth: 'level', companyBase: null });
    addRunStep();
    setView({ panel: 'nev' });
    addRunStep();
    const run = useViewStore.getState().run;
    expect(run.map((s) => [s.filters.companyGrowth, s.filters.companyBase])).toEqual([
      ['index', 2021],
      ['level', null],
      // Another panel's view is not part of a step: it stays at its default.
      ['level', null],
    ]);
    expect(run.map((s) => s.filters.growth)).toEqual(['level', 'level', 'yoy']);
  });
});
