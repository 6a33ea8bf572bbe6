import { useMemo } from 'react';
import { useDatasetContext } from '../../components/dataset-context';
import { shortSourceLine } from '../../components/panel/source-lines';
import { SlideChips } from '../../components/slide-chips';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatMilestoneDate } from '../../lib/format';
import { placeMilestones } from '../../lib/milestones';
import { useFilters } from '../../state/use-filters';
import { useViewStore } from '../../state/view-store';
import { TOPIC_MARK } from './milestones-section';

/**
 * The milestones timeline as a slide: each event's number, date, topic and title on a line, in two
 * columns that read from the back of the room, the year filter as a chip and a sources line. The
 * descriptions and excerpts stay in the full view; a slide has no controls.
 */
export function MilestonesSlide() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  // A run-sheet step's own years while it is presented.
  const { from, to } = useFilters((s) => ({ from: s.from, to: s.to }));
  const topics = useViewStore((s) => s.topics);
  const placed = useMemo(
    () => placeMilestones(dataset.milestones, { topics, from, to }),
    [dataset, topics, from, to],
  );
  const sources = shortSourceLine(
    [...new Set(placed.map((p) => p.milestone.source))].flatMap(
      (id) => dataset.sources.get(id) ?? [],
    ),
    lang,
  );
  return (
    <section
      aria-labelledby="milestones-slide-heading"
      className="flex h-full flex-col gap-[0.4rem] in-[.embed]:h-auto in-[.embed]:min-h-full max-sm:h-auto max-sm:min-h-full"
      data-testid="milestones"
    >
      <div className="flex flex-wrap items-baseline gap-x-[1rem] gap-y-[0.3rem]">
        <h2 id="milestones-slide-heading" className="text-[1.5rem] leading-tight font-bold">
          {t.milestones.title}
        </h2>
        <SlideChips slide="milestones" />
      </div>
      <p className="text-[1.1rem] leading-snug font-medium" data-testid="milestones-count">
        {t.milestones.count(placed.length, dataset.milestones.length)}
      </p>
      {/* On a screen two columns fill the slide. In an embed and on a phone the list is as tall
          as its content and scrolls with the slide, so no milestone lands in a column beyond the
          frame's width; one column where the frame is narrow. */}
      <ol className="min-h-0 flex-1 columns-2 gap-x-[2rem] overflow-hidden text-[1.1rem] leading-snug in-[.embed]:flex-none in-[.embed]:overflow-visible max-sm:flex-none max-sm:columns-1 max-sm:overflow-visible">
        {placed.map(({ milestone: m, number }) => (
          <li
            key={m.id}
            data-milestone={m.id}
            // Positioned, so its sr-only number stays inside the scrolling slide: placed against
            // the page, it would stretch the document below the slide and the page would scroll.
            className="relative mb-[0.45rem] flex break-inside-avoid items-baseline gap-x-[0.5em]"
          >
            <span
              className="event-badge h-[1.3em] min-w-[1.3em] self-center text-[1rem]"
              aria-hidden="true"
            >
              {number}
            </span>
            {/* A long title wraps under its own start, not under the number. */}
            <span className="flex flex-wrap items-baseline gap-x-[0.5em]">
              <span className="sr-only">{t.milestones.number(number)}</span>
              <time dateTime={m.date} className="font-semibold tabular-nums">
                {formatMilestoneDate(m.date, lang)}
              </time>
              <span className="text-ink-muted">
                <span aria-hidden="true">{TOPIC_MARK[m.topic]} </span>
                {t.milestones.topicNames[m.topic]}
              </span>
              <span className="font-medium">{m.title[lang]}</span>
            </span>
          </li>
        ))}
      </ol>
      {sources !== '' && (
        // One line on a screen; wrapped in an embed or on a phone, as SlideFrame's sources line.
        <p
          className="truncate text-ink-muted in-[.embed]:whitespace-normal max-sm:whitespace-normal"
          data-testid="panel-sources"
        >
          {t.panel.sources}
          {t.punct.colon}
          {sources}
        </p>
      )}
    </section>
  );
}
