import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeBrowser,
  inject,
  useBrowser,
  waitForFigures,
  chooseLanguage,
} from './support/browser';

/** The tags a chat or mail client reads for its link card, without running the page. */
const PREVIEW_TAGS = [
  'description',
  'og:type',
  'og:site_name',
  'og:title',
  'og:description',
  'og:locale',
  'og:locale:alternate',
  'og:image',
  'og:image:type',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

/** Title, meta description and <html lang> as the page has them now. */
const documentState = (page: Page) =>
  page.evaluate(() => ({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
    lang: document.documentElement.lang,
  }));

/** Waits for the effect that writes the title (it runs after the view changes). */
const titleBecomes = (page: Page, title: string) =>
  page.waitForFunction((t) => document.title === t, title);

describeBrowser('Link previews and the tab title', () => {
  const session = useBrowser();

  it('serves index.html with every preview tag filled and an image that loads', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(`${base}/`)).text();
    const { page } = await session.open('/');
    // The served HTML as a crawler reads it: parsed, never run.
    const tags = await page.evaluate(
      ({ source, keys }) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return keys.map((key) => {
          const tag = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
          return [key, tag?.getAttribute('content')?.trim() ?? ''] as const;
        });
      },
      { source: html, keys: PREVIEW_TAGS },
    );
    expect(tags.filter(([, content]) => content === '').map(([key]) => key)).toEqual([]);
    const content = Object.fromEntries(tags);
    expect(content['twitter:card']).toBe('summary_large_image');

    const image = await fetch(new URL(content['og:image'] ?? '', `${base}/`));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/png/);
    const bytes = Buffer.from(await image.arrayBuffer());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
      Number(content['og:image:width']),
      Number(content['og:image:height']),
    ]);
  });

  it('names the panel and language in the title and description, and follows a switch', async () => {
    const { page, errors } = await session.open('/?panel=nev&lang=zh');
    await waitForFigures(page);
    await titleBecomes(page, '新能源汽车发展 · 重庆汽车产业监测');
    const zh = await documentState(page);
    expect(zh.lang).toBe('zh-CN');
    expect(zh.description).toMatch(/^新能源汽车转型有多快？数据来自2024—2026年发表的五篇文章/);

    await chooseLanguage(page, 'English');
    await titleBecomes(page, 'NEV development · Chongqing Auto Monitor');
    const en = await documentState(page);
    expect(en.lang).toBe('en');
    expect(en.description).toMatch(/^How fast is the shift to new-energy vehicles\? Figures from/);

    // Back to the overview: the app's own name.
    await page.getByRole('button', { name: 'All panels', exact: true }).click();
    await titleBecomes(page, 'Chongqing Auto Monitor');
    expect((await documentState(page)).description).toMatch(/^Chongqing's automotive industry/);
    expect(errors).toEqual([]);
  });

  it('names the slide while presenting', async () => {
    const { page } = await session.open('/?lang=en&present=1');
    await waitForFigures(page);
    await titleBecomes(page, 'Key figures · Slide 1 of 6 · Chongqing Auto Monitor');
    await page.keyboard.press('PageDown');
    await titleBecomes(page, 'City rankings · Slide 2 of 6 · Chongqing Auto Monitor');
  });
});
