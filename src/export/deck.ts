import type { Dataset } from '../data/dataset';
import { namesOf } from '../data/registry';
import { isDerived, type Source } from '../data/types';
import type { Lang, SlideId } from '../data/view-vocabulary';
import type { Messages } from '../i18n/messages';
import { filterLine } from '../lib/filter-summary';
import { placeMilestones } from '../lib/milestones';
import { chartTheme } from '../lib/palette';
import { withoutNotes } from '../state/run-link';
import { pickView, viewLink } from '../state/url-codec';
import { slidesOf } from '../state/view';
import { useViewStore } from '../state/view-store';
import { swatchShape } from './deck-layout';
import { milestonePages, pageTitle } from './deck-milestones';
import { DECK_TEXT } from './deck-text';
import { buildDeck, type DeckImage, type DeckSlide, type DeckTile } from './deck-pptx';
import { download } from './download';
import { exportContext, today } from './export-context';
import { exportFileName } from './file-name';
import { drawFigure, planFigure, svgToPng } from './figure-image';
import { marksShown, qualifiersShown, type KeyParts } from './figure-key';
import { chartsIn, drawnAt } from './run-export';

/**
 * The PowerPoint deck, loaded on click with pptxgenjs: each slide of the presentation (the run
 * sheet's steps, or key figures then each panel) is drawn in turn on the page, in the light
 * theme, behind a progress screen, and read from there: the charts through the image export
 * (redrawn at the image's size, every point), the headline and the tiles as text. Then the view
 * is put back as it was, presentation and all.
 */
export async function downloadDeck(
  dataset: Dataset,
  t: Messages,
  lang: Lang,
  /** Sources by outlet and date, as under an exported chart (the panels' own wording). */
  sourceLine: (sources: readonly Source[]) => string,
): Promise<void> {
  const [{ default: Pptx }] = await Promise.all([import('pptxgenjs')]);
  const before = pickView(useViewStore.getState());
  const steps = slidesOf(before);
  const exportedOn = today();
  const blank = { subject: '', headline: '', filters: '', sources: '', link: '' };
  const { dataDate } = exportContext(dataset, t, lang, blank, exportedOn);
  const overlay = progressScreen();
  // Walking the steps must leave no history behind: Back after a download would otherwise step
  // through them. The view store writes every change as a history entry; here they replace.
  const history = window.history;
  history.pushState = history.replaceState.bind(history);
  const slides: DeckSlide[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      overlay.textContent = DECK_TEXT[lang].building(i + 1, steps.length);
      // Each step is drawn as the page draws it (where the image export is made and tested):
      // its filters, its panel alone, as a chart, in the light theme, out of the presentation.
      useViewStore.getState().setView({
        ...step.filters,
        present: false,
        panel: step.slide === 'figures' || step.slide === 'milestones' ? null : step.slide,
        tables: [],
        theme: 'light',
      });
      const filters = filterLine(step.slide, step.filters, t, lang, namesOf(dataset, lang));
      const title =
        step.title?.trim() ||
        (step.slide === 'figures'
          ? t.present.figuresTitle
          : step.slide === 'milestones'
            ? t.milestones.title
            : t.panels[step.slide].title);
      const notes = step.notes ? { notes: step.notes } : {};
      if (step.slide === 'milestones') {
        // From the data, with the step's years and the timeline's topics as the slide shows.
        const placed = placeMilestones(dataset.milestones, {
          topics: before.topics,
          from: step.filters.from,
          to: step.filters.to,
        });
        const count = t.milestones.count(placed.length, dataset.milestones.length);
        const pages = milestonePages(placed, lang);
        if (pages.length === 0)
          slides.push({ title, headline: '', filters, footer: dataDate, empty: count, ...notes });
        pages.forEach((page, p) => {
          const articles = page.sources.flatMap((id) => dataset.sources.get(id) ?? []);
          slides.push({
            title: pageTitle(title, p + 1, pages.length, lang),
            headline: '',
            filters: `${count}${lang === 'zh' ? '' : ' '}${filters}`,
            footer: [`${t.panel.sources}${t.punct.colon}${sourceLine(articles)}`, dataDate].join(
              ' · ',
            ),
            events: page.events,
            // The notes with the step's first slide: where the presenter starts to speak to it.
            ...(p === 0 ? notes : {}),
          });
        });
        continue;
      }
      const root = await stepDrawn(step.slide);
      const drawn =
        root === null
          ? {}
          : step.slide === 'figures'
            ? { tiles: tilesIn(root) }
            : root.querySelector('[data-testid=empty-state]')
              ? { empty: t.panel.empty }
              : await chartImage(root, dataset, t, sourceLine);
      slides.push({
        title,
        headline: root?.querySelector('[data-testid=panel-headline]')?.textContent ?? '',
        filters,
        footer: ['sources' in drawn ? drawn.sources : '', dataDate]
          .filter((s) => s !== '')
          .join(' · '),
        ...notes,
        ...drawn,
      });
    }
  } finally {
    useViewStore.getState().setView(before);
    // The own property goes; History.prototype.pushState shows through again.
    delete (history as Partial<History>).pushState;
    overlay.remove();
  }
  // The whole walk-through, opened ready to present: the audience's copy, so no speaker notes.
  const link = viewLink(withoutNotes({ ...before, present: true, slide: 1, autoplay: null }));
  const deck = buildDeck(Pptx, {
    lang,
    title: `${t.app.title} — ${before.run.length > 0 ? t.run.heading(before.run.length) : t.present.start}`,
    slides,
    closing: {
      title: DECK_TEXT[lang].closing,
      caption: DECK_TEXT[lang].caption,
      link,
      qr: await qrImage(link).catch(() => null),
      footer: `${t.app.title} · ${dataDate}`,
    },
  });
  const blob = (await deck.write({ outputType: 'blob', compression: true })) as Blob;
  download(
    blob,
    exportFileName(before.run.length > 0 ? 'run-sheet' : 'slides', null, exportedOn, 'pptx'),
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  );
}

/** Covers the page while the slides are walked through: the audience sees no flicker. */
function progressScreen(): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'status');
  el.className = 'fixed inset-0 z-50 flex items-center justify-center bg-page text-ink text-lg';
  el.dataset.testid = 'deck-progress';
  document.body.appendChild(el);
  return el;
}

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * The step's panel (or the key figures) once its charts are drawn, or its empty state shows;
 * null when that did not happen within ten seconds (the slide keeps its text).
 */
async function stepDrawn(slide: SlideId): Promise<HTMLElement | null> {
  // The store's change renders at once; a frame or two more lets the charts take the new data.
  await pause(100);
  for (let tries = 0; tries < 200; tries++) {
    const root = document.querySelector<HTMLElement>(
      slide === 'figures'
        ? 'section[aria-labelledby="headline-heading"]'
        : `[data-panel="${slide}"]`,
    );
    if (root && slide === 'figures') {
      if (root.querySelector('[data-testid=kpi-tile]')) return root;
    } else if (root) {
      if (root.querySelector('[data-testid=empty-state]')) return root;
      // A chart is drawn when it comes near the screen: bring it there (under the progress screen).
      const placeholder = root.querySelector('[data-testid=chart-placeholder]');
      if (placeholder) placeholder.scrollIntoView({ block: 'center', behavior: 'instant' });
      const cells = Array.from(root.querySelectorAll('[data-chart-cell]'));
      if (
        !placeholder &&
        cells.length > 0 &&
        cells.every((c) => c.querySelector('svg.recharts-surface'))
      )
        return root;
    }
    await pause(50);
  }
  return null;
}

/** The slide's legend as the image key takes it: label, colour and marker shape per series. */
function legendOf(root: HTMLElement): KeyParts['legend'] {
  // The series, not the kinds the compact legend appends (those are muted).
  const items = root.querySelectorAll(
    '[data-testid=chart-legend] > ul:first-child > li:not(.text-ink-muted)',
  );
  return Array.from(items, (li) => ({
    label: li.textContent.trim(),
    colour: li.querySelector('line')?.getAttribute('stroke') ?? '#000',
    shape: swatchShape(li.querySelector('path')?.getAttribute('d') ?? null),
  }));
}

/** The charts and their key as a 16:9 PNG (1920 × 1080), drawn as the image export draws. */
async function chartImage(
  root: HTMLElement,
  dataset: Dataset,
  t: Messages,
  sourceLine: (sources: readonly Source[]) => string,
): Promise<{ image?: DeckImage; sources: string }> {
  const charts = chartsIn(root);
  if (charts.length === 0) return { sources: '' };
  const ids = new Set(
    charts.flatMap((c) =>
      Array.from(c.svg.querySelectorAll('[data-point-id]'), (g) => g.getAttribute('data-point-id')),
    ),
  );
  const figures = [...ids].flatMap((id) => (id ? (dataset.figure(id) ?? []) : []));
  // The articles behind the figures drawn, by outlet and date, as under an exported chart.
  const articles = [...new Set(figures.flatMap((f) => (isDerived(f) ? [] : [f.source])))].flatMap(
    (id) => dataset.sources.get(id) ?? [],
  );
  const theme = chartTheme('light');
  // No words in the image: the slide says title, headline, filters and sources as its own text.
  const context = { lang: 'en' as const, title: '', headline: '', filters: '', sources: '' };
  const plan = planFigure(
    {
      context: { ...context, dataDate: '', exportedOn: '', link: '' },
      legend: ids.size > 0 ? legendOf(root) : [],
      theme,
      marks: { ...t.exportText.marks, qualifier: t.legend.qualifier },
      shown: marksShown(figures),
      qualifiers: qualifiersShown(figures),
    },
    'slide',
    charts.map((c) => c.minHeight),
    charts.map((c) => c.title),
  );
  const composed = await drawnAt(root, plan.layout.charts, () =>
    drawFigure(plan, chartsIn(root), theme),
  );
  const scale = plan.layout.scale;
  const png = await svgToPng(composed.svg, composed.width, composed.height, scale);
  return {
    // Bars carry no figure ids: then the panel's own sources line, in full.
    sources:
      articles.length === 0
        ? (root.querySelector('[data-testid=panel-sources]')?.textContent ?? '')
        : `${t.panel.sources}${t.punct.colon}${sourceLine(articles)}`,
    image: {
      data: await dataUrl(png),
      width: composed.width * scale,
      height: composed.height * scale,
    },
  };
}

/** A key-figures tile's words as the slide shows them. */
function tilesIn(root: HTMLElement): DeckTile[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-testid=kpi-tile]'), (tile) => {
    const value = tile.querySelector('[data-testid=kpi-value]');
    const paragraphs = Array.from(tile.querySelectorAll('p'));
    // Words of a line's parts joined by a space (period, kind, notes sit side by side).
    const words = (p: Element) =>
      Array.from(p.childNodes, (n) => n.textContent?.trim() ?? '')
        .filter((s) => s !== '')
        .join(' ');
    const rest = paragraphs.filter((p) => p !== value).map(words);
    return {
      label: tile.querySelector('h3')?.textContent.trim() ?? '',
      value: value ? words(value) : (rest.shift() ?? ''),
      lines: rest.filter((s) => s !== ''),
    };
  });
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('could not read the image'));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });
}

/** The link's QR code as a PNG, drawn from uqr's SVG on a canvas (pptx takes no SVG). */
async function qrImage(link: string): Promise<DeckImage> {
  const { renderSVG } = await import('uqr');
  const svg = renderSVG(link, { border: 2 });
  const size = 720;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    // Crisp modules: no smoothing between the black and white squares.
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    return { data: canvas.toDataURL('image/png'), width: size, height: size };
  } finally {
    URL.revokeObjectURL(url);
  }
}
