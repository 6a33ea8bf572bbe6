import { describe, expect, it } from 'vitest';
import { shortAddress } from '../../../src/lib/short-address';

describe('shortAddress', () => {
  it.each([
    [
      'https://auto.example.gov.cn/?panel=nev&lang=zh&v=2',
      'auto.example.gov.cn?panel=nev&lang=zh&v=2',
    ],
    ['http://127.0.0.1:4201/app/?lang=en&v=2', '127.0.0.1:4201/app?lang=en&v=2'],
    ['https://a.example/', 'a.example'],
  ])('drops the scheme and a bare trailing slash: %s', (link, short) => {
    expect(shortAddress(link)).toBe(short);
  });

  it('cuts a long link in the middle, keeping the host and the end, within the limit', () => {
    const link = `https://auto.example.gov.cn/?cities=${'chongqing,'.repeat(10)}x&panel=targets&v=2`;
    const short = shortAddress(link, 48);
    expect(short).toHaveLength(48);
    expect(short.startsWith('auto.example.gov.cn?cities=')).toBe(true);
    expect(short.endsWith('targets&v=2')).toBe(true);
    expect(short).toContain('…');
  });
});
