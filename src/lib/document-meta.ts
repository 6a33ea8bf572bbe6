import type { Messages } from '../i18n/messages';
import { SLIDE_IDS, type SlideId } from '../data/view-vocabulary';
import type { RunStep, View } from '../state/view';

export interface DocumentMeta {
  title: string;
  description: string;
}

/** Joins the parts of a tab title, most specific first: the app's name ends it. */
const SEP = ' · ';

/** A slide's name, as its heading says it. */
export function slideTitle(slide: SlideId, t: Messages): string {
  if (slide === 'figures') return t.present.figuresTitle;
  return slide === 'milestones' ? t.milestones.title : t.panels[slide].title;
}

function slideDescription(slide: SlideId, t: Messages): string {
  if (slide === 'figures') return t.app.description;
  const question = slide === 'milestones' ? t.milestones.question : t.panels[slide].question;
  return t.app.panelDescription(question);
}

/**
 * The tab title and meta description for a view, in its language: the slide while presenting,
 * else the focused panel, else the overview. A bookmarked or shared tab then says what it shows.
 */
export function documentMeta(
  view: Pick<View, 'panel' | 'present' | 'slide'> & { run: readonly RunStep[] },
  t: Messages,
): DocumentMeta {
  if (view.present) {
    // As the presentation counts them: a run sheet's steps, or the standard slides.
    const slides = view.run.length > 0 ? view.run.map((step) => step.slide) : SLIDE_IDS;
    const n = Math.min(Math.max(view.slide, 1), slides.length);
    const slide = slides[n - 1] ?? 'figures';
    return {
      title: [slideTitle(slide, t), t.present.counter(n, slides.length), t.app.title].join(SEP),
      description: slideDescription(slide, t),
    };
  }
  if (view.panel) {
    return {
      title: [slideTitle(view.panel, t), t.app.title].join(SEP),
      description: slideDescription(view.panel, t),
    };
  }
  return { title: t.app.title, description: t.app.description };
}
