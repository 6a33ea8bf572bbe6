import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHART_SLIDE,
  DECK,
  containIn,
  deckFont,
  grid,
  swatchShape,
} from '../../../src/export/deck-layout';
import { buildDeck, type DeckSlide, type DeckSpec } from '../../../src/export/deck-pptx';
import { DECK_TEXT } from '../../../src/export/deck-text';
import { exportFileName } from '../../../src/export/file-name';
import { planFigure } from '../../../src/export/figure-image';
import { outline } from '../../../src/lib/marker-outline';
import { chartTheme } from '../../../src/lib/palette';
import type { Shape } from '../../../src/lib/time-series';
import { defaultFilters } from '../../../src/state/view';

// A 1×1 PNG: pptx needs real image data, the tests only its place.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('deck layout', () => {
  it.each([
    // Same proportions: the box itself.
    [{ x: 0, y: 0, w: 16, h: 9 }, 1920, 1080, { x: 0, y: 0, w: 16, h: 9 }],
    // Taller image: full height, centred across.
    [{ x: 1, y: 1, w: 16, h: 9 }, 1920, 1398, { x: 1 + (16 - 9 * (1920 / 1398)) / 2, y: 1, h: 9 }],
    // Wider image: full width, centred down.
    [{ x: 0, y: 0, w: 10, h: 10 }, 200, 100, { x: 0, y: 2.5, w: 10, h: 5 }],
  ])('contains %o a %i × %i image at its proportions', (box, w, h, expected) => {
    const placed = containIn(box, w, h);
    for (const [k, v] of Object.entries(expected))
      expect(placed[k as keyof typeof placed]).toBeCloseTo(v, 6);
    expect(placed.w / placed.h).toBeCloseTo(w / h, 6);
  });

  it('keeps the chart slide inside the slide, text clear of the image', () => {
    for (const box of Object.values(CHART_SLIDE)) {
      expect(box.x).toBeGreaterThanOrEqual(DECK.margin - 1e-9);
      expect(box.x + box.w).toBeLessThanOrEqual(DECK.width - DECK.margin + 1e-9);
      expect(box.y + box.h).toBeLessThanOrEqual(DECK.height);
    }
    const { image, headline, footer } = CHART_SLIDE;
    expect(image.w / image.h).toBeCloseTo(16 / 9, 3);
    expect(headline.x).toBeGreaterThan(image.x + image.w);
    expect(footer.y).toBeGreaterThan(image.y + image.h);
  });

  it.each([
    [5, 3, [3, 2]],
    [4, 2, [2, 2]],
    [1, 3, [1, 1]],
  ])('lays %i tiles out at most %i to a row', (count, max, [columns, rows]) => {
    const cells = grid({ x: 0, y: 0, w: 12, h: 4 }, count, max, 0.25);
    expect(cells).toHaveLength(count);
    expect(new Set(cells.map((c) => c.x)).size).toBe(columns);
    expect(new Set(cells.map((c) => c.y)).size).toBe(rows);
    for (const c of cells) expect(c.x + c.w).toBeLessThanOrEqual(12 + 1e-9);
  });

  it.each(['circle', 'square', 'triangle', 'plus', 'diamond', 'half'] as Shape[])(
    'reads a %s legend swatch back from its path',
    (shape) => expect(swatchShape(outline(shape, 17, 9, 5))).toBe(shape),
  );
  it('takes a circle for a swatch it cannot read', () => {
    expect(swatchShape(null)).toBe('circle');
  });

  it('names a Chinese font Windows PowerPoint has, and Calibri for English', () => {
    expect(deckFont('zh')).toBe('Microsoft YaHei');
    expect(deckFont('en')).toBe('Calibri');
  });

  it('names the file after what it holds, without one slide’s filters', () => {
    expect(exportFileName('run-sheet', defaultFilters(), '2026-11-25', 'pptx')).toBe(
      'cq-auto_run-sheet_2026-11-25.pptx',
    );
    expect(exportFileName('slides', null, '2026-11-25', 'pptx')).toBe(
      'cq-auto_slides_2026-11-25.pptx',
    );
  });
});

describe('deck chart image', () => {
  beforeAll(() => {
    const ctx = { font: '', measureText: (text: string) => ({ width: text.length * 6 }) };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ctx) as never);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('has no header or footer when the slide says the words: the charts fill the 16:9 image', () => {
    const blank = { lang: 'en' as const, title: '', headline: '', filters: '', sources: '' };
    const plan = planFigure(
      {
        context: { ...blank, dataDate: '', exportedOn: '', link: '' },
        legend: [{ label: 'Chongqing', colour: '#000', shape: 'circle' }],
        theme: chartTheme('light'),
        marks: {
          actual: 'actual',
          estimate: 'estimate',
          target: 'target',
          derived: 'derived',
          conflict: 'conflict',
          partial: 'partial',
          partialMark: 'H1',
          span: 'span',
          qualifier: '>',
        },
        shown: new Set(['actual']),
      },
      'slide',
      [0, 0],
      ['A', 'B'],
    );
    expect(plan.header).toEqual([]);
    expect(plan.footer).toEqual([]);
    expect(plan.layout.fits).toBe(true);
    expect([plan.layout.width * plan.layout.scale, plan.layout.height * plan.layout.scale]).toEqual(
      [1920, 1080],
    );
  });
});

async function unzip(spec: DeckSpec) {
  const pptx = buildDeck(PptxGenJS, spec);
  const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const count = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
  return { zip, read, count };
}

const step = (title: string, extra: Partial<DeckSlide> = {}): DeckSlide => ({
  title,
  headline: `${title}: the headline.`,
  filters: 'Years: 2016–2025',
  footer: 'Sources: iChongqing (Jan 2024)',
  image: { data: PIXEL, width: 1920, height: 1080 },
  ...extra,
});
const spec = (lang: 'en' | 'zh', slides: DeckSlide[]): DeckSpec => ({
  lang,
  title: 'Chongqing Auto Monitor',
  slides,
  closing: {
    title: DECK_TEXT[lang].closing,
    caption: DECK_TEXT[lang].caption,
    link: 'https://example.org/?present=1&lang=en&v=2',
    qr: { data: PIXEL, width: 720, height: 720 },
    footer: 'Chongqing Auto Monitor',
  },
});

describe('buildDeck', () => {
  it('writes a slide per step and a closing one, notes only where a step has them', async () => {
    const { read, count } = await unzip(
      spec('en', [
        step('City rankings', { notes: 'Point at the 2025 lead.' }),
        step('Key figures', {
          image: undefined,
          tiles: [{ label: 'Production', value: '2.788 M vehicles', lines: ['2025 Actual'] }],
        }),
        step('Targets', { image: undefined, empty: 'No figures for these filters.' }),
      ]),
    );
    expect(count).toBe(4);
    const s1 = await read('ppt/slides/slide1.xml');
    expect(s1).toContain('<a:t>City rankings</a:t>');
    expect(s1).toContain('<a:t>1 / 4</a:t>');
    expect(await read('ppt/slides/slide2.xml')).toContain('<a:t>2.788 M vehicles</a:t>');
    expect(await read('ppt/slides/slide3.xml')).toContain('No figures for these filters.');
    expect(await read('ppt/notesSlides/notesSlide1.xml')).toContain('Point at the 2025 lead.');
    expect(await read('ppt/notesSlides/notesSlide2.xml')).not.toContain('Point at');
    const closing = await read('ppt/slides/slide4.xml');
    expect(closing).toContain('https://example.org/?present=1&amp;lang=en&amp;v=2');
    expect(closing).toContain('<a:hlinkClick');
    expect(await read('ppt/slides/_rels/slide4.xml.rels')).toContain('../media/');
  });

  it('sets Chinese text in Microsoft YaHei, marked zh-CN', async () => {
    const { read } = await unzip(spec('zh', [step('城市排名')]));
    const s1 = await read('ppt/slides/slide1.xml');
    expect(s1).toContain('<a:t>城市排名</a:t>');
    expect(s1).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(s1).toContain('lang="zh-CN"');
    expect(await read('ppt/slides/slide2.xml')).toContain(DECK_TEXT.zh.closing);
  });
});
