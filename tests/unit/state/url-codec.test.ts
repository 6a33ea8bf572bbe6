import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../src/state/url-codec';
// Seeded, so a failure can be reproduced.
import { random } from '../../../scripts/random.mjs';
import { defaultFilters, defaultView, type View } from '../../../src/state/view';

describe('encodeView', () => {
  it('writes only lang and the format version for the default view', () => {
    expect(encodeView(defaultView('zh'))).toBe('lang=zh&v=4');
  });

  it('writes non-default values in a stable, readable order', () => {
    const view: View = {
      ...defaultView('en'),
      panel: 'targets',
      from: 2016,
      to: 2025,
      cities: ['guangzhou', 'chongqing'],
      measure: 'sales',
      theme: 'dark',
      present: true,
      slide: 3,
      autoplay: 20,
      chips: false,
    };
    expect(encodeView(view)).toBe(
      'panel=targets&years=2016-2025&cities=chongqing,guangzhou&measure=sales&theme=dark&present=1&slide=3&autoplay=20&chips=0&lang=en&v=4',
    );
  });

  it.each([
    [{ from: 2016, to: null }, 'years=2016-'],
    [{ from: null, to: 2023 }, 'years=-2023'],
    [{ from: 2024, to: 2024 }, 'years=2024'],
  ])('writes an open or single-year range %j as %s', (range, text) => {
    expect(encodeView({ ...defaultView('en'), ...range })).toBe(`${text}&lang=en&v=4`);
  });

  it('writes an empty selection as none', () => {
    expect(encodeView({ ...defaultView('en'), companies: [] })).toBe('companies=none&lang=en&v=4');
  });

  it('writes a run sheet with only each step’s non-default filters', () => {
    const view: View = {
      ...defaultView('en'),
      run: [
        { slide: 'figures', filters: defaultFilters() },
        {
          slide: 'rankings',
          filters: { ...defaultFilters(), cities: ['chongqing', 'guangzhou'], from: 2014 },
        },
        { slide: 'targets', filters: { ...defaultFilters(), targetYear: '2027' } },
      ],
    };
    expect(encodeView(view)).toBe(
      'run=figures~rankings.years:2014-.cities:chongqing,guangzhou~targets.target:2027&lang=en&v=4',
    );
  });
});

/** Which view fields each parameter sets, to check an invalid one left them at their default. */
const KEYS_OF: Record<string, (keyof View)[]> = {
  panel: ['panel'],
  years: ['from', 'to'],
  cities: ['cities'],
  peers: ['peers'],
  scope: ['scope'],
  measure: ['measure'],
  lang: ['lang'],
  present: ['present'],
  theme: ['theme'],
  slide: ['slide'],
  autoplay: ['autoplay'],
  run: ['run'],
};

describe('decodeView', () => {
  const views: View[] = [
    defaultView('en'),
    { ...defaultView('zh'), panel: 'nev', from: 2020 },
    {
      ...defaultView('en'),
      to: 2023,
      peers: 'provinces',
      companies: ['seres'],
      scope: 'nev',
      tables: ['nev', 'targets'],
    },
    {
      ...defaultView('en'),
      cities: [],
      companies: [],
      present: true,
      theme: 'dark',
      measure: 'sales',
      slide: 5,
    },
    {
      ...defaultView('en'),
      targetYear: '2027',
      subjects: ['nev'],
      regions: ['china'],
      autoplay: 1,
      chips: false,
    },
    {
      ...defaultView('zh'),
      present: true,
      slide: 2,
      run: [
        { slide: 'nev', filters: { ...defaultFilters(), regions: ['chongqing'] } },
        {
          slide: 'companies',
          filters: { ...defaultFilters(), scope: 'nev', from: 2023, to: 2025 },
        },
      ],
    },
  ];
  it.each(views.map((v) => [encodeView(v), v] as const))('round-trips %s', (search, view) => {
    const decoded = decodeView(`?${search}`, view.lang === 'zh' ? 'en' : 'zh');
    expect(decoded.view).toEqual(view);
    expect(decoded.notices).toEqual([]);
  });

  it('opens a link written in format version 1 (from/to) as the same view', () => {
    const { view, notices } = decodeView(
      '?panel=rankings&from=2016&to=2025&cities=chongqing,guangzhou&table=rankings&lang=en',
      'zh',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      ...defaultView('en'),
      panel: 'rankings',
      from: 2016,
      to: 2025,
      cities: ['chongqing', 'guangzhou'],
      tables: ['rankings'],
    });
    expect(encodeView(view)).toBe(
      'panel=rankings&years=2016-2025&cities=chongqing,guangzhou&table=rankings&lang=en&v=4',
    );
  });

  it('migrates a version 1 link with only one end of the range', () => {
    expect(decodeView('?to=2023&lang=en', 'en').view).toMatchObject({ from: null, to: 2023 });
  });

  it('reads an unknown future version as the current one, and says so', () => {
    const { view, notices } = decodeView('?years=2020-&v=9&lang=en', 'en');
    expect(view.from).toBe(2020);
    expect(notices).toContainEqual({ param: 'v', value: '9', reason: 'version' });
  });

  it('uses the browser language when the link has none', () => {
    expect(decodeView('', 'zh').view.lang).toBe('zh');
    expect(decodeView('?lang=en', 'zh').view.lang).toBe('en');
  });

  it.each([
    ['panel=charts', 'panel', 'invalid'],
    ['years=20x6', 'years', 'invalid'],
    ['years=1850-2020', 'years', 'invalid'],
    ['years=-2025-', 'years', 'invalid'],
    ['years=2025-99999', 'years', 'invalid'],
    ['cities=beijing', 'cities', 'invalid'],
    ['scope=hybrid', 'scope', 'invalid'],
    ['peers=countries', 'peers', 'invalid'],
    ['measure=revenue', 'measure', 'invalid'],
    ['lang=fr', 'lang', 'invalid'],
    ['present=maybe', 'present', 'invalid'],
    ['theme=neon', 'theme', 'invalid'],
    ['slide=0', 'slide', 'invalid'],
    ['slide=7', 'slide', 'invalid'],
    ['autoplay=-5', 'autoplay', 'invalid'],
    ['autoplay=fast', 'autoplay', 'invalid'],
    ['run=overview~nothing', 'run', 'invalid'],
    ['colour=red', 'colour', 'unknown'],
    ['lang=en&lang=zh', 'lang', 'repeated'],
    ['cities=chongqing,beijing', 'cities', 'partly-invalid'],
    ['run=rankings.cities:beijing~nev', 'run', 'partly-invalid'],
    ['years=2025-2016', 'years', 'reversed'],
    ['v=two', 'v', 'version'],
  ])('falls back for %s and says so', (search, param, reason) => {
    const { view, notices } = decodeView(
      search.includes('v=') ? `?${search}` : `?${search}&v=3`,
      'en',
    );
    expect(notices).toContainEqual(expect.objectContaining({ param, reason }));
    if (reason === 'invalid' || reason === 'reversed') {
      const fallback = defaultView('en');
      for (const key of KEYS_OF[param] ?? []) expect(view[key], key).toEqual(fallback[key]);
    }
  });

  it('keeps the valid part of a partly valid list and run sheet', () => {
    expect(decodeView('?cities=chongqing,beijing&v=3', 'en').view.cities).toEqual(['chongqing']);
    const { view } = decodeView('?run=rankings.cities:beijing~nev.regions:china&v=3', 'en');
    expect(view.run.map((s) => s.slide)).toEqual(['rankings', 'nev']);
    expect(view.run[1]?.filters.regions).toEqual(['china']);
  });

  it('checks the slide against the number of slides', () => {
    expect(decodeView('?present=1&slide=5&v=3', 'en').view.slide).toBe(5);
    expect(decodeView('?present=1&slide=3&run=nev~targets&v=3', 'en').view.slide).toBe(1);
  });

  it('shortens very long values in notices', () => {
    const { notices } = decodeView(`?panel=${'x'.repeat(5000)}`, 'en');
    expect(notices[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('accepts values in any case and with stray spaces', () => {
    expect(decodeView('?panel=%20Targets%20&lang=EN', 'zh').view).toMatchObject({
      panel: 'targets',
      lang: 'en',
    });
  });

  const ALPHABET = [
    '=',
    '&',
    '%',
    '%E0%A4%A',
    '%zz',
    ',',
    '?',
    '#',
    '~',
    '.',
    ':',
    '-',
    '<script>',
    '"',
    "'",
    '重庆',
    '😀',
    'panel',
    'years',
    'run',
    'slide',
    'v',
    'lang',
    'cities',
    'none',
    'nev',
    'targets',
    '2025',
    '-1',
    '1e9',
    ' ',
    '+',
    'chongqing',
    '\u0000',
    '__proto__',
    'constructor',
    'toString',
  ];
  it('never throws on 1,000 arbitrary query strings and always yields a complete view', () => {
    const rand = random(20261124);
    for (let i = 0; i < 1000; i++) {
      const parts = Array.from(
        { length: Math.floor(rand() * 14) },
        () => ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '',
      );
      const search = parts.join('');
      const { view } = decodeView(search, 'en');
      expect(Object.keys(view).sort()).toEqual(Object.keys(defaultView('en')).sort());
      // What was decoded re-encodes to a link that decodes to the same view.
      expect(decodeView(encodeView(view), 'en').view).toEqual(view);
    }
  });
});

describe('milestones and growth views in the link', () => {
  it.each([
    ['events=1&topics=policy,technology', { events: true, topics: ['policy', 'technology'] }],
    ['nev.growth=index&nev.base=2020', { growth: 'index', base: 2020 }],
    ['nev.growth=yoy', { growth: 'yoy', base: null }],
    ['companies.growth=index&companies.base=2024', { companyGrowth: 'index', companyBase: 2024 }],
    ['companies.growth=yoy&nev.growth=share', { companyGrowth: 'yoy', growth: 'share' }],
    // Contribution to growth and the two years it compares (issue 22 §2).
    ['companies.growth=contribution', { companyGrowth: 'contribution', companyFrom: null }],
    [
      'companies.growth=contribution&companies.from=2016&companies.to=2025',
      { companyGrowth: 'contribution', companyFrom: 2016, companyTo: 2025 },
    ],
    ['embed=1&panel=nev', { embed: true, panel: 'nev' }],
  ] as const)('%s round-trips', (query, patch) => {
    const { view, notices } = decodeView(`${query}&lang=en&v=3`, 'en');
    expect(notices).toEqual([]);
    expect(view).toMatchObject(patch);
    expect(decodeView(encodeView(view), 'en').view).toEqual(view);
  });

  it.each([
    ['nev.growth=cagr', 'nev.growth', 'invalid'],
    ['nev.base=1066', 'nev.base', 'invalid'],
    // A company has no national figure to take a share of.
    ['companies.growth=share', 'companies.growth', 'invalid'],
    ['companies.base=1066', 'companies.base', 'invalid'],
    ['companies.from=last', 'companies.from', 'invalid'],
    ['companies.to=1066', 'companies.to', 'invalid'],
    ['embed=maybe', 'embed', 'invalid'],
    ['events=maybe', 'events', 'invalid'],
    ['topics=gossip', 'topics', 'invalid'],
  ] as const)('%s is ignored with a notice', (query, param, reason) => {
    const { view, notices } = decodeView(`${query}&lang=en&v=3`, 'en');
    expect(notices).toEqual([expect.objectContaining({ param, reason })]);
    expect(view).toEqual(defaultView('en'));
  });
});

describe('the qr parameter (a QR code on each slide)', () => {
  it('is off by default and not written then', () => {
    expect(decodeView('lang=en', 'en').view.qr).toBe(false);
    expect(encodeView(defaultView('en'))).not.toContain('qr');
  });
  it('reads qr=1 and writes it back', () => {
    const { view, notices } = decodeView('present=1&qr=1&lang=en', 'en');
    expect(view.qr).toBe(true);
    expect(notices).toEqual([]);
    expect(encodeView(view)).toBe('present=1&qr=1&lang=en&v=4');
  });
  it('ignores a bad value with the usual notice', () => {
    const { view, notices } = decodeView('qr=maybe&lang=en', 'en');
    expect(view.qr).toBe(false);
    expect(notices).toEqual([{ param: 'qr', value: 'maybe', reason: 'invalid' }]);
  });
});

describe('links of version 2 (growth views on the NEV panel only)', () => {
  it.each([
    [
      'growth=yoy&lang=en&v=2',
      { growth: 'yoy', companyGrowth: 'level' },
      'nev.growth=yoy&lang=en&v=4',
    ],
    [
      'panel=nev&growth=index&base=2020&lang=en&v=2',
      { growth: 'index', base: 2020, companyGrowth: 'level', companyBase: null },
      'panel=nev&nev.growth=index&nev.base=2020&lang=en&v=4',
    ],
    // Version 1 had no growth views, but its migration chain runs through version 2's.
    [
      'from=2016&growth=share&lang=en',
      { from: 2016, growth: 'share' },
      'years=2016-&nev.growth=share&lang=en&v=4',
    ],
  ] as const)('%s opens the same view', (query, patch, written) => {
    const { view, notices } = decodeView(`?${query}`, 'en');
    expect(notices).toEqual([]);
    expect(view).toMatchObject(patch);
    expect(encodeView(view)).toBe(written);
  });

  it('keeps reporting a bad old value under its old name', () => {
    const { notices } = decodeView('?growth=cagr&v=2', 'en');
    expect(notices).toEqual([expect.objectContaining({ param: 'nev.growth', reason: 'invalid' })]);
  });

  it('does not read the old names in a current link', () => {
    const { view, notices } = decodeView('?growth=yoy&v=3', 'en');
    expect(view.growth).toBe('level');
    expect(notices).toEqual([expect.objectContaining({ param: 'growth', reason: 'unknown' })]);
  });
});

describe('the milestones slide in a run sheet', () => {
  it('reads, writes and keeps old steps as they were', () => {
    const { view, notices } = decodeView(
      '?run=rankings~milestones.years:2020-~targets.target:2027&lang=en&v=2',
      'en',
    );
    expect(notices).toEqual([]);
    expect(view.run.map((s) => s.slide)).toEqual(['rankings', 'milestones', 'targets']);
    expect(view.run[1]?.filters.from).toBe(2020);
    expect(encodeView(view)).toBe(
      'run=rankings~milestones.years:2020-~targets.target:2027&lang=en&v=4',
    );
  });
});

describe('the milestones’ own address (panel=milestones)', () => {
  it.each([
    ['panel=milestones&lang=en&v=3', { panel: 'milestones' }],
    ['panel=milestones&years=2020-&topics=policy&lang=en&v=3', { panel: 'milestones', from: 2020 }],
    ['panel=%20Milestones%20&lang=en&v=3', { panel: 'milestones' }],
    // The value is new, the format is not: a link without a version or of version 2 reads it too.
    ['panel=milestones&lang=en', { panel: 'milestones' }],
    ['panel=milestones&lang=en&v=2', { panel: 'milestones' }],
    // Links to panels read as before.
    ['panel=targets&lang=en&v=3', { panel: 'targets' }],
  ] as const)('%s opens at it', (query, patch) => {
    const { view, notices } = decodeView(`?${query}`, 'en');
    expect(notices).toEqual([]);
    expect(view).toMatchObject(patch);
    expect(decodeView(encodeView(view), 'en').view).toEqual(view);
  });

  it.each([
    ['panel=milestones&lang=en&v=4', { panel: 'milestones' as const }],
    ['panel=milestones&years=2020-&lang=en&v=4', { panel: 'milestones' as const, from: 2020 }],
  ])('writes %s', (query, patch) => {
    const view = { ...defaultView('en'), ...patch };
    expect(encodeView(view)).toBe(query);
  });

  it('still ignores a section that does not exist, with a notice', () => {
    const { view, notices } = decodeView('?panel=timeline&lang=en&v=3', 'en');
    expect(view.panel).toBeNull();
    expect(notices).toEqual([expect.objectContaining({ param: 'panel', reason: 'invalid' })]);
  });
});
