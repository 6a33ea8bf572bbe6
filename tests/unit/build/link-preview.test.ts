import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/i18n/catalogs';
import { absolutePreviewUrls, normaliseSiteUrl } from '../../../vite-link-preview';

const html = readFileSync('index.html', 'utf8');

/** The content of the meta tag whose property (og:…) or name (twitter:…, description) is `key`. */
function meta(source: string, key: string): string | null {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const tag = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return tag?.getAttribute('content') ?? null;
}

describe('the link-preview image', () => {
  const png = readFileSync('public/og-image.png');

  it('is a PNG of exactly 1200×630, well under 300 kB', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
    expect(statSync('public/og-image.png').size).toBeLessThan(300_000);
  });

  it("is what index.html's og:image and twitter:image name, with its size", () => {
    // A root-relative path to a file of public/: Vite prefixes the base path when it builds.
    expect(meta(html, 'og:image')).toBe('/og-image.png');
    expect(meta(html, 'twitter:image')).toBe('/og-image.png');
    expect(meta(html, 'og:image:type')).toBe('image/png');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });
});

describe("index.html's texts", () => {
  it.each(['en', 'zh'] as const)('carry the app title and description in %s', (lang) => {
    const t = messagesOf(lang);
    for (const key of ['og:title', 'og:site_name', 'twitter:title'])
      expect(meta(html, key)).toContain(t.app.title);
    for (const key of ['description', 'og:description', 'twitter:description'])
      expect(meta(html, key)).toContain(t.app.description);
  });

  it('name English as the locale and Chinese as the alternate', () => {
    expect(meta(html, 'og:locale')).toBe('en_GB');
    expect(meta(html, 'og:locale:alternate')).toBe('zh_CN');
  });
});

describe('SITE_URL', () => {
  it.each([
    ['https://intranet.example/cq-auto/', 'https://intranet.example/cq-auto/'],
    ['https://intranet.example/cq-auto', 'https://intranet.example/cq-auto/'],
    ['https://example.org', 'https://example.org/'],
    ['http://10.0.0.5:8080/a/b/?x=1#top', 'http://10.0.0.5:8080/a/b/'],
  ])('%s is the site at %s', (input, site) => {
    expect(normaliseSiteUrl(input).href).toBe(site);
  });

  it.each(['/cq-auto/', 'ftp://example.org/', 'intranet.example'])('rejects %s', (input) => {
    expect(() => normaliseSiteUrl(input)).toThrow();
  });

  it('makes og:image, twitter:image and og:url absolute in index.html', () => {
    const out = absolutePreviewUrls(html, normaliseSiteUrl('https://intranet.example/cq-auto'));
    expect(meta(out, 'og:image')).toBe('https://intranet.example/cq-auto/og-image.png');
    expect(meta(out, 'twitter:image')).toBe('https://intranet.example/cq-auto/og-image.png');
    expect(meta(out, 'og:url')).toBe('https://intranet.example/cq-auto/');
    // Without SITE_URL there is no og:url: a relative one means nothing to a crawler.
    expect(meta(html, 'og:url')).toBeNull();
  });
});
