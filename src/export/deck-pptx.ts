import type PptxGenJS from 'pptxgenjs';
import type { Lang } from '../data/view-vocabulary';
import {
  CHART_SLIDE,
  DECK,
  DECK_TYPE,
  EVENTS_BOX,
  EVENTS_GAP,
  containIn,
  deckFont,
  grid,
  type Box,
} from './deck-layout';
import { columnsOf, type DeckEvent } from './deck-milestones';

/** A PNG as a data URL, with its size in pixels (placed in its box at its own proportions). */
export interface DeckImage {
  data: string;
  width: number;
  height: number;
}

/** One key-figures tile: its label, the figure as the app shows it, and what it says beside it. */
export interface DeckTile {
  label: string;
  value: string;
  lines: string[];
}

/** What one step's slide says; everything is in the deck's language, read from the app. */
export interface DeckSlide {
  title: string;
  headline: string;
  filters: string;
  /** Sources and data date, one paragraph. */
  footer: string;
  notes?: string;
  /** The chart (charts and their key); absent on the key-figures slide and an empty panel. */
  image?: DeckImage;
  tiles?: DeckTile[];
  /** Said where the chart would be when the filters leave no figure. */
  empty?: string;
  /** Milestones where the chart would be: date and event, in two columns. */
  events?: DeckEvent[];
}

export interface DeckSpec {
  lang: Lang;
  /** The file's title (document properties). */
  title: string;
  slides: DeckSlide[];
  closing: {
    title: string;
    /** What the code and link open, one sentence. */
    caption: string;
    link: string;
    /** The QR code of `link` as a PNG; null when it could not be made (the link is still there). */
    qr: DeckImage | null;
    footer: string;
  };
}

const INK = '1F2937';
const MUTED = '4B5563';
const LINE = 'D1D5DB';

type Text = PptxGenJS.TextPropsOptions;

/**
 * Writes the deck: one slide per step and a closing slide with the link and its QR code. Takes
 * the library's class so it runs alike in the browser (loaded on click) and in unit tests.
 */
export function buildDeck(Pptx: typeof PptxGenJS, spec: DeckSpec): PptxGenJS {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = spec.title;
  pptx.company = '';
  const lang = spec.lang === 'zh' ? 'zh-CN' : 'en-US';
  const fontFace = deckFont(spec.lang);
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };
  const text = (box: Box, extra: Text): Text => ({
    ...box,
    fontFace,
    lang,
    color: INK,
    margin: 0,
    valign: 'top',
    ...extra,
  });
  // A title too long for one line at full size shrinks to two rather than running off the slide.
  const titleSize = (title: string) =>
    Array.from(title).length > (spec.lang === 'zh' ? 34 : 60) ? 22 : DECK_TYPE.title;

  spec.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(
      s.title,
      text(CHART_SLIDE.title, { fontSize: titleSize(s.title), bold: true, valign: 'bottom' }),
    );
    if (s.image) {
      slide.addImage({
        data: s.image.data,
        ...containIn(CHART_SLIDE.image, s.image.width, s.image.height),
        altText: s.headline || s.title,
      });
    } else if (s.tiles && s.tiles.length > 0) {
      const cells = grid(
        { x: DECK.margin, y: CHART_SLIDE.image.y, w: DECK.width - 2 * DECK.margin, h: 4.3 },
        s.tiles.length,
        s.tiles.length === 4 ? 2 : 3,
        0.25,
      );
      s.tiles.forEach((tile, j) => {
        const cell = cells[j];
        if (!cell) return;
        slide.addShape('rect', { ...cell, fill: { color: 'F9FAFB' }, line: { color: LINE } });
        slide.addText(
          [
            {
              text: tile.label,
              options: { fontSize: 14, color: MUTED, bold: true, breakLine: true },
            },
            {
              text: tile.value,
              options: { fontSize: DECK_TYPE.tileValue, bold: true, breakLine: true },
            },
            { text: tile.lines.join('\n'), options: { fontSize: 12, color: MUTED } },
          ],
          text(cell, { margin: 8, fit: 'shrink' }),
        );
      });
    } else if (s.events && s.events.length > 0) {
      const columns = grid(EVENTS_BOX, 2, 2, EVENTS_GAP);
      columnsOf(s.events).forEach((events, j) => {
        const box = columns[j];
        if (!box || events.length === 0) return;
        // No shrink-to-fit: the size is chosen so ten events fit; shrinking is what made the
        // old slide unreadable.
        slide.addText(
          events.flatMap((e) => [
            { text: e.date, options: { bold: true } },
            { text: `  ${e.text}`, options: { breakLine: true } },
          ]),
          text(box, { fontSize: DECK_TYPE.event, paraSpaceAfter: 14 }),
        );
      });
    } else if (s.empty) {
      slide.addText(
        s.empty,
        text(CHART_SLIDE.image, { fontSize: 20, color: MUTED, align: 'center', valign: 'middle' }),
      );
    }
    // Tiles take the slide's width: the filters go under them, not in a column beside.
    const wide =
      !s.image &&
      ((s.tiles !== undefined && s.tiles.length > 0) ||
        (s.events !== undefined && s.events.length > 0));
    if (s.headline !== '')
      slide.addText(s.headline, text(CHART_SLIDE.headline, { fontSize: DECK_TYPE.headline }));
    slide.addText(
      s.filters,
      text(
        wide
          ? { x: DECK.margin, y: 5.75, w: DECK.width - 2 * DECK.margin, h: 0.5 }
          : CHART_SLIDE.filters,
        {
          fontSize: DECK_TYPE.filters,
          color: MUTED,
          valign: 'bottom',
        },
      ),
    );
    slide.addShape('line', {
      x: DECK.margin,
      y: CHART_SLIDE.footer.y - 0.12,
      w: DECK.width - 2 * DECK.margin,
      h: 0,
      line: { color: LINE, width: 0.75 },
    });
    slide.addText(s.footer, text(CHART_SLIDE.footer, { fontSize: DECK_TYPE.footer, color: MUTED }));
    slide.addText(
      `${i + 1} / ${spec.slides.length + 1}`,
      text(CHART_SLIDE.number, { fontSize: DECK_TYPE.footer, color: MUTED, align: 'right' }),
    );
    if (s.notes) slide.addNotes(s.notes);
  });

  const { closing } = spec;
  const last = pptx.addSlide();
  last.background = { color: 'FFFFFF' };
  last.addText(
    closing.title,
    text(CHART_SLIDE.title, { fontSize: DECK_TYPE.title, bold: true, valign: 'bottom' }),
  );
  const qrBox = { x: DECK.margin, y: 1.5, w: 3.6, h: 3.6 };
  if (closing.qr) {
    last.addImage({ data: closing.qr.data, ...qrBox, altText: closing.link });
  }
  const right = {
    x: qrBox.x + qrBox.w + 0.5,
    w: DECK.width - DECK.margin - (qrBox.x + qrBox.w + 0.5),
  };
  last.addText(closing.caption, text({ ...right, y: 1.5, h: 1.2 }, { fontSize: 20 }));
  last.addText(
    [{ text: closing.link, options: { hyperlink: { url: closing.link }, color: '1D4ED8' } }],
    text({ ...right, y: 2.8, h: 2.3 }, { fontSize: 14, breakLine: false }),
  );
  last.addText(
    closing.footer,
    text(CHART_SLIDE.footer, { fontSize: DECK_TYPE.footer, color: MUTED }),
  );
  return pptx;
}
