import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EventsToggle } from '../components/events-toggle';
import { SegmentedControl } from '../components/segmented-control';
import { MEASURES } from '../data/vocabulary';
import { useMessages } from '../i18n/use-messages';
import { useViewStore } from '../state/view-store';

interface Props {
  /** First and last year the dataset covers. */
  years: { min: number; max: number };
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** Filters shared by every panel: year range and measure. Bound to the store, so to the URL. */
export function FilterBar({ years }: Props) {
  const t = useMessages();
  const { from, to, measure } = useViewStore(
    useShallow((s) => ({ from: s.from, to: s.to, measure: s.measure })),
  );
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const fromId = useId();
  const toId = useId();
  // A link may name a year outside the data; keep it selectable so the select shows the truth.
  const options = range(
    Math.min(years.min, from ?? years.min),
    Math.max(years.max, to ?? years.max),
  );
  const toYear = (v: string) => (v === '' ? null : Number(v));

  return (
    <section
      aria-labelledby="filters-heading"
      className="rounded-lg border border-line bg-surface p-3 print:hidden"
    >
      <h2 id="filters-heading" className="sr-only">
        {t.filters.heading}
      </h2>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="float-left mr-2 text-sm font-medium">{t.filters.years}</legend>
          <label htmlFor={fromId} className="text-sm">
            {t.filters.from}
          </label>
          <select
            id={fromId}
            className="select"
            value={from ?? ''}
            onChange={(e) => setView({ from: toYear(e.target.value) })}
          >
            <option value="">{t.filters.anyYear}</option>
            {options.map((y) => (
              <option key={y} value={y} disabled={to !== null && y > to}>
                {y}
              </option>
            ))}
          </select>
          <label htmlFor={toId} className="text-sm">
            {t.filters.to}
          </label>
          <select
            id={toId}
            className="select"
            value={to ?? ''}
            onChange={(e) => setView({ to: toYear(e.target.value) })}
          >
            <option value="">{t.filters.anyYear}</option>
            {options.map((y) => (
              <option key={y} value={y} disabled={from !== null && y < from}>
                {y}
              </option>
            ))}
          </select>
        </fieldset>
        <SegmentedControl
          name="measure"
          legend={t.filters.measure}
          value={measure}
          options={MEASURES.map((m) => ({ value: m, label: t.filters[m] }))}
          onChange={(value) => setView({ measure: value })}
        />
        <EventsToggle />
        <button type="button" className="btn" onClick={() => resetFilters()}>
          {t.filters.reset}
        </button>
      </div>
    </section>
  );
}
