import { useLang, useMessages } from '../i18n/use-messages';
import { filterChips } from '../lib/filter-summary';
import { useNames } from './use-names';
import { useFilters } from '../state/use-filters';
import type { SlideId } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';

/** The filters a slide is shown with, as read-only chips the audience can read. */
export function SlideChips({
  slide,
  always = false,
}: {
  slide: SlideId;
  /** Show even when `chips=0` (print). */ always?: boolean;
}) {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
  const shown = useViewStore((s) => s.chips);
  const filters = useFilters((f) => f);
  if (!shown && !always) return null;
  return (
    <ul className="flex flex-wrap gap-[0.4em]" aria-label={t.chips.label} data-testid="slide-chips">
      {filterChips(slide, filters, t, lang, names).map((c) => (
        <li
          key={c.label}
          className="rounded-full border-2 border-line bg-page px-[0.6em] py-[0.1em]"
        >
          <span className="text-ink-muted">
            {c.label}
            {t.punct.colon}
          </span>
          <span className="font-semibold">{c.value}</span>
        </li>
      ))}
    </ul>
  );
}
