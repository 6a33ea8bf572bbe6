import { useDatasetContext } from '../../components/dataset-context';
import { articleTitle } from '../../lib/article-title';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CheckboxGroup } from '../../components/checkbox-group';
import { EventsToggle } from '../../components/events-toggle';
import { ExcerptTranslation } from '../../components/excerpt-translation';
import { PanelQr } from '../../components/panel/panel-frame';
import { PanelLinkLine } from '../../components/panel/panel-sources';
import { useRenderMode } from '../../components/render-mode';
import { TOPICS, type Topic } from '../../data/types';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatDate, formatMilestoneDate, formatYearRange } from '../../lib/format';
import { placeMilestones } from '../../lib/milestones';
import { useViewStore } from '../../state/view-store';

/** A glyph per topic, so the topic does not rest on colour or position alone. */
export const TOPIC_MARK: Record<Topic, string> = { policy: '§', company: '◆', technology: '⚙' };

/** The milestones timeline: what happened and when, from the articles, filterable by topic. */
export function MilestonesSection() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  const { topics, from, to } = useViewStore(
    useShallow((s) => ({ topics: s.topics, from: s.from, to: s.to })),
  );
  const setView = useViewStore((s) => s.setView);
  // In the print briefing the timeline is a page like a panel's: its QR code and link.
  const paper = useRenderMode().mode === 'paper';
  const placed = useMemo(
    () => placeMilestones(dataset.milestones, { topics, from, to }),
    [dataset, topics, from, to],
  );

  return (
    <section
      aria-labelledby="milestones-heading"
      id="milestones"
      data-testid="milestones"
      className="milestones space-y-3 rounded-lg border border-line bg-surface p-4"
    >
      <div className={paper ? 'flex items-start justify-between gap-4' : undefined}>
        <div>
          <h2 id="milestones-heading" className="text-xl font-bold">
            {t.milestones.title}
          </h2>
          <p className="text-sm text-ink-muted">{t.milestones.question}</p>
        </div>
        {paper && <PanelQr id="milestones" />}
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        {/* Controls stay on screen; paper keeps the line saying which years are listed. */}
        <div className="contents print:hidden">
          <CheckboxGroup
            legend={t.milestones.topics}
            options={TOPICS.map((topic) => ({
              value: topic,
              label: `${TOPIC_MARK[topic]} ${t.milestones.topicNames[topic]}`,
            }))}
            selected={topics}
            onChange={(next) => setView({ topics: next })}
          />
        </div>
        <p className="text-sm">{t.milestones.yearsNote(formatYearRange(from, to, lang))}</p>
        <div className="contents print:hidden">
          <EventsToggle />
        </div>
      </div>
      <p className="text-base font-medium" aria-live="polite" data-testid="milestones-count">
        {t.milestones.count(placed.length, dataset.milestones.length)}
      </p>
      {placed.length > 0 && (
        <ol className="relative space-y-3 border-l-2 border-line pl-5">
          {placed.map(({ milestone: m, number, precision }) => {
            const source = dataset.sources.get(m.source);
            return (
              <li key={m.id} data-milestone={m.id} data-topic={m.topic} className="relative">
                <span
                  className="event-badge absolute top-1 -left-[1.95rem] bg-surface"
                  aria-hidden="true"
                >
                  {number}
                </span>
                <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <span className="sr-only">{t.milestones.number(number)}</span>
                  <time dateTime={m.date} className="font-semibold">
                    {formatMilestoneDate(m.date, lang)}
                  </time>
                  <span className="text-ink-muted">{t.milestones.precision[precision]}</span>
                  <span className="rounded border border-line px-1.5 text-xs">
                    <span aria-hidden="true">{TOPIC_MARK[m.topic]} </span>
                    {t.milestones.topicNames[m.topic]}
                  </span>
                </p>
                <h3 className="font-semibold">{m.title[lang]}</h3>
                <p className="text-sm">{m.description[lang]}</p>
                {m.dateNote && (
                  <p className="text-sm text-ink-muted">
                    {t.milestones.dateNote}
                    {m.dateNote[lang]}
                  </p>
                )}
                <details className="text-sm print:hidden">
                  <summary className="link cursor-pointer">{t.milestones.excerpt}</summary>
                  <blockquote
                    lang={source?.language}
                    className="mt-1 border-l-2 border-line pl-2 italic"
                  >
                    “{m.excerpt}”
                  </blockquote>
                  {source && <ExcerptTranslation record={m} articleLang={source.language} />}
                  {source && (
                    <p className="text-ink-muted">
                      {articleTitle(source, lang)} · {source.outlet[lang]} ·{' '}
                      {formatDate(source.date, lang)}
                    </p>
                  )}
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {paper && <PanelLinkLine id="milestones" />}
    </section>
  );
}
