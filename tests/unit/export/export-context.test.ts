import { describe, expect, it } from 'vitest';
import { exportContext, latestSourceDate } from '../../../src/export/export-context';
import { messagesOf } from '../../../src/i18n/catalogs';

describe('latestSourceDate', () => {
  it.each([
    [[], ''],
    [['2025-03-01'], '2025-03-01'],
    [['2024-12-31', '2026-01-15', '2025-06-30'], '2026-01-15'],
  ] as const)('of %j is %j', (dates, expected) => {
    expect(latestSourceDate(dates.map((date) => ({ date })))).toBe(expected);
  });
});

describe('exportContext', () => {
  const dataset = {
    sources: new Map([
      ['a', { date: '2025-11-02' }],
      ['b', { date: '2026-01-15' }],
    ]),
  } as unknown as Parameters<typeof exportContext>[0];

  it('says what, from where, of when and how to get back, the same for every export', () => {
    const context = exportContext(
      dataset,
      messagesOf('en'),
      'en',
      {
        subject: 'City rankings',
        headline: 'Chongqing ranks first.',
        filters: 'Years: all',
        sources: 'Xinhua, 2026-01-15',
        link: 'http://127.0.0.1/?lang=en&v=3',
      },
      '2026-11-25',
    );
    expect(context).toEqual({
      lang: 'en',
      title: 'Chongqing Auto Monitor — City rankings',
      headline: 'Chongqing ranks first.',
      filters: 'Years: all',
      sources: 'Sources: Xinhua, 2026-01-15',
      dataDate: expect.stringContaining('15 Jan 2026') as unknown,
      exportedOn: '2026-11-25',
      link: 'http://127.0.0.1/?lang=en&v=3',
    });
  });
});
