import { describe, expect, it } from 'vitest';
import { embedCode, embedLink } from '../../../src/lib/embed-code';

describe('embedLink', () => {
  it.each([
    ['http://h/?panel=nev&lang=zh&v=3', 'http://h/?panel=nev&lang=zh&embed=1&v=3'],
    [
      'http://h/app/?panel=companies&companies=changan,seres&v=3',
      'http://h/app/?panel=companies&companies=changan,seres&embed=1&v=3',
    ],
    ['http://h/?panel=nev&embed=1&v=3', 'http://h/?panel=nev&embed=1&v=3'],
    ['http://h/?panel=nev', 'http://h/?panel=nev&embed=1'],
  ])('%s → %s', (link, expected) => expect(embedLink(link)).toBe(expected));
});

describe('embedCode', () => {
  it('is one iframe with the embed link, a title, full width, lazy and no border', () => {
    expect(embedCode('http://h/?panel=nev&v=3', 'NEV development')).toBe(
      '<iframe src="http://h/?panel=nev&amp;embed=1&amp;v=3" title="NEV development" width="100%" height="480" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('escapes a title that would break out of its attribute', () => {
    expect(embedCode('http://h/?v=3', 'A "quoted" <b>', 300)).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt;" width="100%" height="300"',
    );
  });
});
