import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../src/data/types';
import { DECK_TEXT } from '../../../src/export/deck-text';
import {
  columnsOf,
  EVENTS_PER_SLIDE,
  milestonePages,
  pageTitle,
} from '../../../src/export/deck-milestones';
import { buildDeck } from '../../../src/export/deck-pptx';
import { placeMilestones } from '../../../src/lib/milestones';

const milestone = (i: number, date: string): Milestone => ({
  id: `m${i}`,
  date,
  topic: 'company',
  title: { en: `Event ${i}`, zh: `事件${i}` },
  description: { en: 'Long description', zh: '长描述' },
  source: `s${i % 3}`,
  excerpt: 'Verbatim excerpt',
});
const placed = (n: number) =>
  placeMilestones(
    Array.from({ length: n }, (_, i) => milestone(i + 1, `${2010 + i}`)),
    { topics: ['company'], from: null, to: null },
  );

describe('milestone slides', () => {
  it.each([
    [0, []],
    [1, [1]],
    [10, [10]],
    [11, [6, 5]],
    [18, [9, 9]],
    [21, [7, 7, 7]],
  ])('%i events go %j to a slide', (n, sizes) => {
    const pages = milestonePages(placed(n), 'en');
    expect(pages.map((p) => p.events.length)).toEqual(sizes);
    for (const p of pages) expect(p.events.length).toBeLessThanOrEqual(EVENTS_PER_SLIDE);
  });

  it('says the date and the short title only, in the deck’s language, with its sources', () => {
    const [en] = milestonePages(placed(4), 'en');
    expect(en?.events[0]).toEqual({ date: '2010', text: 'Event 1' });
    expect(en?.sources).toEqual(['s1', 's2', 's0']);
    expect(milestonePages(placed(1), 'zh')[0]?.events[0]).toEqual({
      date: '2010年',
      text: '事件1',
    });
  });

  it.each([
    ['Milestones', 1, 1, 'en', 'Milestones'],
    ['Milestones', 1, 2, 'en', 'Milestones (1/2)'],
    ['大事记', 2, 2, 'zh', '大事记（2/2）'],
  ] as const)('titles %s slide %i of %i', (title, page, pages, lang, expected) => {
    expect(pageTitle(title, page, pages, lang)).toBe(expected);
  });

  it.each([
    [
      [1, 2, 3, 4, 5],
      [
        [1, 2, 3],
        [4, 5],
      ],
    ],
    [[1], [[1], []]],
  ])('reads down the first column, then the second: %j', (events, columns) => {
    expect(columnsOf(events)).toEqual(columns);
  });

  it('writes the events at a readable size, with no shrink-to-fit, and its footer', async () => {
    const [page] = milestonePages(placed(10), 'en');
    const pptx = buildDeck(PptxGenJS, {
      lang: 'en',
      title: 'Deck',
      slides: [
        {
          title: 'Milestones',
          headline: '',
          filters: 'Years: all',
          footer: 'Sources: iChongqing (Jan 2024)',
          events: page?.events ?? [],
        },
      ],
      closing: {
        title: DECK_TEXT.en.closing,
        caption: DECK_TEXT.en.caption,
        link: 'https://example.org/',
        qr: null,
        footer: '',
      },
    });
    const zip = await JSZip.loadAsync(await pptx.write({ outputType: 'uint8array' }));
    const xml = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    for (let i = 1; i <= 10; i++) expect(xml).toContain(`<a:t>  Event ${i}</a:t>`);
    expect(xml).toContain('Sources: iChongqing (Jan 2024)');
    expect(xml).not.toContain('normAutofit');
    const sizes = Array.from(xml.matchAll(/ sz="(\d+)"/g), (m) => Number(m[1]) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    const eventSize = xml.match(/<a:rPr[^>]* sz="(\d+)"[^>]*>(?:(?!<\/a:r>).)*<a:t>2010<\/a:t>/s);
    expect(Number(eventSize?.[1]) / 100).toBeGreaterThanOrEqual(12);
  });
});
