import type { Milestone } from '../data/types';
import type { Lang } from '../data/view-vocabulary';
import { formatMilestoneDate } from '../lib/format';
import type { PlacedMilestone } from '../lib/milestones';

/**
 * The milestones timeline as deck slides, from the milestone data (not the page's text, which
 * carries screen-reader words and excerpts): the date as the article gives it and the event's
 * short title, a slide holding at most `EVENTS_PER_SLIDE` in two columns at a size read across a
 * room. Pure: no DOM, no pptxgenjs.
 */
export const EVENTS_PER_SLIDE = 10;

/** One event as a deck slide lists it. */
export interface DeckEvent {
  date: string;
  text: string;
}

export interface MilestonePage {
  events: DeckEvent[];
  /** The articles behind this slide's events (their ids), for its sources footer. */
  sources: string[];
}

/**
 * The events split over as few slides as hold them, evened out (18 events: 9 and 9, not 10
 * and 8), in date order.
 */
export function milestonePages(
  placed: readonly PlacedMilestone[],
  lang: Lang,
  perSlide = EVENTS_PER_SLIDE,
): MilestonePage[] {
  if (placed.length === 0) return [];
  const slides = Math.ceil(placed.length / perSlide);
  const size = Math.ceil(placed.length / slides);
  return Array.from({ length: slides }, (_, i) => {
    const chunk = placed.slice(i * size, (i + 1) * size).map((p) => p.milestone);
    return {
      events: chunk.map((m: Milestone) => ({
        date: formatMilestoneDate(m.date, lang),
        text: m.title[lang],
      })),
      sources: [...new Set(chunk.map((m) => m.source))],
    };
  });
}

/** "Milestones (1/2)", "大事记（1/2）" when the timeline takes more than one slide. */
export function pageTitle(title: string, page: number, pages: number, lang: Lang): string {
  if (pages === 1) return title;
  return lang === 'zh' ? `${title}（${page}/${pages}）` : `${title} (${page}/${pages})`;
}

/** The two columns of a slide's events: the first reads down, then the second. */
export function columnsOf<T>(events: readonly T[]): [T[], T[]] {
  const half = Math.ceil(events.length / 2);
  return [events.slice(0, half), events.slice(half)];
}
