import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { escapeStepText } from '../../src/state/step-text';
import { describeBrowser, inject, useBrowser, waitForFigures } from './support/browser';

/** The decks are kept for a look in LibreOffice (`soffice --headless --convert-to pdf`). */
const OUT = 'test-results/deck';

async function downloadDeck(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('deck-download').click(),
  ]);
  const bytes = readFileSync(await file.path());
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.pptx`, bytes);
  return { name: file.suggestedFilename(), zip: await JSZip.loadAsync(bytes) };
}

const text = async (zip: JSZip, path: string) => {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the deck`);
  return file.async('string');
};
const readBytes = async (zip: JSZip, path: string) => {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the deck`);
  return file.async('uint8array');
};
/** The text runs of a slide, in the order they were written (the title first). */
const runsOf = (xml: string) =>
  Array.from(xml.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );

async function slides(zip: JSZip) {
  const count = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const n = i + 1;
      const xml = await text(zip, `ppt/slides/slide${n}.xml`);
      const rels = await text(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
      const media = Array.from(rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g), (m) => m[1] ?? '');
      const images = await Promise.all(
        media.map(async (f) => {
          const bytes = Buffer.from(await readBytes(zip, `ppt/media/${f}`));
          const png = bytes.subarray(1, 4).toString('latin1') === 'PNG';
          return { png, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
        }),
      );
      return { xml, runs: runsOf(xml), images };
    }),
  );
}

describeBrowser('PowerPoint deck', () => {
  const session = useBrowser();

  it('makes a slide per run-sheet step with title, chart image and notes, then the link', async () => {
    const notes = 'Point at the 2025 lead. Then take questions.';
    const run = [
      `rankings.years:2016-2025.title:${escapeStepText('Who leads: Chongqing vs. Guangzhou')}.notes:${escapeStepText(notes)}`,
      'figures',
      'nev.years:2015-2025',
      'targets',
    ].join('~');
    const { page, errors } = await session.open(`/?lang=en&run=${encodeURIComponent(run)}`, {
      acceptDownloads: true,
    });
    await waitForFigures(page);
    // A page opened with a run sheet shows it open.
    await page.getByTestId('deck-download').first().waitFor();
    const before = await page.evaluate(() => ({ url: location.href, length: history.length }));

    const { name, zip } = await downloadDeck(page, 'deck-en');
    expect(name).toMatch(/^cq-auto_run-sheet_\d{4}-\d{2}-\d{2}\.pptx$/);
    const deck = await slides(zip);
    // Four steps and the closing slide.
    expect(deck).toHaveLength(5);
    expect(deck.map((s) => s.runs[0])).toEqual([
      'Who leads: Chongqing vs. Guangzhou',
      'Key figures',
      'NEV development',
      'Targets vs actuals',
      'Open these slides on your own screen',
    ]);
    // Each chart slide: one PNG, the 16:9 image export's 1920 × 1080, plus headline and sources.
    for (const i of [0, 2, 3]) {
      expect(deck[i]?.images).toEqual([{ png: true, width: 1920, height: 1080 }]);
      expect(deck[i]?.runs.join(' ')).toMatch(/Sources: /);
    }
    expect(deck[0]?.runs.join(' ')).toMatch(/Years: 2016–2025/);
    // Key figures: the tiles as text (a figure and its period), no picture.
    expect(deck[1]?.images).toEqual([]);
    expect(deck[1]?.runs.join(' ')).toMatch(/\d{4}/);
    // Speaker notes of the step that has them, in the notes pane.
    const notesOf = async (n: number) =>
      runsOf(await text(zip, `ppt/notesSlides/notesSlide${n}.xml`)).join(' ');
    expect(await notesOf(1)).toContain(notes);
    expect(await notesOf(3)).not.toContain(notes);
    // The closing slide: the link that opens the walk-through ready to present, and its QR code.
    const closing = deck[4];
    if (!closing) throw new Error('no closing slide');
    const link = closing.runs.find((r) => r.startsWith('http')) ?? '';
    const url = new URL(link);
    expect(`${url.origin}/`).toBe(`${inject('baseUrl')}/`);
    expect(url.searchParams.get('present')).toBe('1');
    expect(url.searchParams.get('run')).toContain('title:Who leads');
    // The audience's link: the slides' titles, never the presenter's notes (nor in its QR).
    expect(link).not.toMatch(/notes|Point%20at|take%20questions/i);
    expect(closing.runs.join(' ')).not.toContain('Point at');
    expect(closing.images).toEqual([{ png: true, width: 720, height: 720 }]);
    expect(closing.xml).toContain(`<a:hlinkClick`);
    expect(deck[0]?.xml).toContain('typeface="Calibri"');

    // The page is back where it was, with no history entries from walking the slides.
    await page.getByTestId('run-sheet').waitFor();
    expect(await page.evaluate(() => ({ url: location.href, length: history.length }))).toEqual(
      before,
    );
    expect(errors).toEqual([]);
  });

  it('makes every slide in Chinese from the presentation controls when there is no run sheet', async () => {
    const { page, errors } = await session.open('/?lang=zh&present=1&slide=2', {
      acceptDownloads: true,
    });
    await page.getByTestId('slide-counter').waitFor();
    const { name, zip } = await downloadDeck(page, 'deck-zh');
    expect(name).toMatch(/^cq-auto_slides_\d{4}-\d{2}-\d{2}\.pptx$/);
    const deck = await slides(zip);
    // Key figures, the four panels, the milestones timeline (two slides of at most ten events),
    // the closing slide.
    expect(deck).toHaveLength(8);
    expect(deck.slice(5, 7).map((s) => s.runs[0])).toEqual(['大事记（1/2）', '大事记（2/2）']);
    for (const s of deck) expect(s.runs[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(deck[0]?.runs[0]).toBe('关键数据');
    for (const s of deck.slice(1, 5))
      expect(s.images).toEqual([{ png: true, width: 1920, height: 1080 }]);
    expect(deck[1]?.runs.join('')).toMatch(/来源/);
    expect(deck[1]?.xml).toContain('typeface="Microsoft YaHei"');
    expect(deck[1]?.xml).toContain('lang="zh-CN"');
    // Still presenting the slide it was on.
    expect(await page.getByTestId('slide-counter').textContent()).toMatch(/^2\s*\/\s*6$/);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', 'Milestones ({n}/{m})', 'Sources: ', /Milestone \d|Source excerpt|year only|exact day/],
    ['zh', '大事记（{n}/{m}）', '来源', /大事记\d+：|原文摘录|仅知年份|精确到/],
  ])(
    'lists the milestones (%s) from the data: readable type, split over slides, a sources footer',
    async (lang, heading, sources, srOnly) => {
      const notes = 'Only for me.';
      const run = `milestones.notes:${escapeStepText(notes)}`;
      const { page, errors } = await session.open(`/?lang=${lang}&run=${encodeURIComponent(run)}`, {
        acceptDownloads: true,
      });
      await page.getByTestId('deck-download').first().waitFor();
      const { zip } = await downloadDeck(page, `deck-milestones-${lang}`);
      const deck = await slides(zip);
      const timeline = deck.slice(0, -1);
      // Every milestone, no slide with more than ten, titled "… (1/2)".
      expect(timeline.length).toBeGreaterThan(1);
      timeline.forEach((s, i) =>
        expect(s.runs[0]).toBe(
          heading.replace('{n}', String(i + 1)).replace('{m}', String(timeline.length)),
        ),
      );
      // An event is a date run then its title run (after two spaces): at most ten a slide, and
      // together as many as the slide's count line says.
      const events = timeline.map((s) => s.runs.filter((r) => r.startsWith('  ')).length);
      for (const n of events) expect(n).toBeGreaterThan(0);
      for (const n of events) expect(n).toBeLessThanOrEqual(10);
      const total = events.reduce((a, b) => a + b, 0);
      expect(timeline[0]?.runs.join(' ')).toContain(String(total));
      for (const s of timeline) {
        const words = s.runs.join(' ');
        expect(words).not.toMatch(srOnly);
        expect(words).toContain(sources);
        // Every run at 12 pt or more, bar the footer and the slide number (10 pt, as on
        // every slide); nothing shrunk to fit.
        const sizes = Array.from(
          s.xml.matchAll(/<a:rPr[^>]* sz="(\d+)"/g),
          (m) => Number(m[1]) / 100,
        );
        expect(sizes.filter((pt) => pt < 12).length).toBeLessThanOrEqual(2);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
        expect(s.xml).not.toContain('normAutofit');
      }
      // The closing slide's link: the walk-through without the notes.
      const link = deck.at(-1)?.runs.find((r) => r.startsWith('http')) ?? '';
      expect(new URL(link).searchParams.get('run')).toBe('milestones');
      expect(errors).toEqual([]);
    },
  );
});
