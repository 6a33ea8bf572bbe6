import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../src/state/url-codec';
import { defaultView, type View } from '../../../src/state/view';

describe('encodeView', () => {
  it('writes only lang for the default view', () => {
    expect(encodeView(defaultView('zh'))).toBe('lang=zh');
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
    };
    expect(encodeView(view)).toBe(
      'panel=targets&from=2016&to=2025&cities=chongqing,guangzhou&measure=sales&theme=dark&present=1&lang=en',
    );
  });

  it('writes an empty selection as none', () => {
    expect(encodeView({ ...defaultView('en'), companies: [] })).toBe('companies=none&lang=en');
  });
});

describe('decodeView', () => {
  const views: View[] = [
    defaultView('en'),
    { ...defaultView('zh'), panel: 'nev', from: 2020 },
    { ...defaultView('en'), to: 2023, companies: ['seres'], scope: 'nev' },
    {
      ...defaultView('en'),
      cities: [],
      companies: [],
      present: true,
      theme: 'dark',
      measure: 'sales',
    },
  ];
  it.each(views.map((v) => [encodeView(v), v] as const))('round-trips %s', (search, view) => {
    const decoded = decodeView(`?${search}`, view.lang === 'zh' ? 'en' : 'zh');
    expect(decoded.view).toEqual(view);
    expect(decoded.notices).toEqual([]);
  });

  it('uses the browser language when the link has none', () => {
    expect(decodeView('', 'zh').view.lang).toBe('zh');
    expect(decodeView('?lang=en', 'zh').view.lang).toBe('en');
  });

  it.each([
    ['panel=charts', 'panel', 'invalid'],
    ['from=20x6', 'from', 'invalid'],
    ['from=1850', 'from', 'invalid'],
    ['to=-2025', 'to', 'invalid'],
    ['to=99999', 'to', 'invalid'],
    ['cities=beijing', 'cities', 'invalid'],
    ['scope=hybrid', 'scope', 'invalid'],
    ['measure=revenue', 'measure', 'invalid'],
    ['lang=fr', 'lang', 'invalid'],
    ['present=maybe', 'present', 'invalid'],
    ['theme=neon', 'theme', 'invalid'],
    ['colour=red', 'colour', 'unknown'],
    ['lang=en&lang=zh', 'lang', 'repeated'],
    ['cities=chongqing,beijing', 'cities', 'partly-invalid'],
    ['from=2025&to=2016', 'from', 'reversed'],
  ])('falls back to the default for %s and says so', (search, param, reason) => {
    const { view, notices } = decodeView(`?${search}`, 'en');
    expect(notices).toContainEqual(expect.objectContaining({ param, reason }));
    const fallback = defaultView('en');
    if (reason !== 'partly-invalid' && reason !== 'repeated' && param in fallback) {
      expect(view[param as keyof View]).toEqual(fallback[param as keyof View]);
    }
  });

  it('keeps the valid part of a partly valid list', () => {
    expect(decodeView('?cities=chongqing,beijing', 'en').view.cities).toEqual(['chongqing']);
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

  // Seeded so a failure can be reproduced: mulberry32.
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const ALPHABET = [
    '=',
    '&',
    '%',
    '%E0%A4%A',
    '%zz',
    ',',
    '?',
    '#',
    '<script>',
    '"',
    "'",
    '重庆',
    '😀',
    'panel',
    'from',
    'to',
    'lang',
    'cities',
    'none',
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
        { length: Math.floor(rand() * 12) },
        () => ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '',
      );
      const search = parts.join('');
      const { view } = decodeView(search, 'en');
      expect(Object.keys(view).sort()).toEqual(Object.keys(defaultView('en')).sort());
      expect(typeof encodeView(view)).toBe('string');
      // What was decoded re-encodes to a link that decodes to the same view.
      expect(decodeView(encodeView(view), 'en').view).toEqual(view);
    }
  });
});
