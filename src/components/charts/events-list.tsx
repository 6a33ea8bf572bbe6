import { useLang, useMessages } from '../../i18n/use-messages';
import { formatMilestoneDate } from '../../lib/format';
import { useRenderMode } from '../render-mode';
import type { PlacedMilestone } from '../../lib/milestones';

/** What each numbered rule on a chart is: the annotations' key, read by everyone. */
export function EventsList({ events }: { events: readonly PlacedMilestone[] }) {
  const t = useMessages();
  const lang = useLang();
  // On a slide the key must leave the chart most of the height: two columns of small type.
  const present = useRenderMode().mode === 'slide';
  return (
    <ol
      aria-label={t.milestones.onChart}
      className={
        present
          ? 'mt-1 shrink-0 columns-2 gap-x-4 text-[0.5rem] leading-tight text-ink-muted'
          : 'mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-muted'
      }
      data-testid="chart-events-list"
    >
      {events.map((e) => (
        <li key={e.milestone.id} className="flex break-inside-avoid items-baseline gap-1">
          <span className="event-badge" aria-hidden="true">
            {e.number}
          </span>
          <span className="sr-only">{t.milestones.number(e.number)}</span>
          <time dateTime={e.milestone.date}>{formatMilestoneDate(e.milestone.date, lang)}</time>
          <span className="text-ink">{e.milestone.title[lang]}</span>
        </li>
      ))}
    </ol>
  );
}
