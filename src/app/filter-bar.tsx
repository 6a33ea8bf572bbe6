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

interface YearSelectProps {
  label: string;
  anyYear: string;
  value: number | null;
  options: readonly number[];
  allowed: (year: number) => boolean;
  onChange: (year: number | null) => void;
}

/** One end of the year range: a year, or none ("any") to leave that end open. */
function YearSelect({ label, anyYear, value, options, allowed, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{anyYear}</option>
        {options.map((y) => (
          <option key={y} value={y} disabled={!allowed(y)}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}

/** Filters shared by every panel: year range and measure. Bound to the store, so to the URL. */
export function FilterBar({ years }: Props) {
  const t = useMessages();
  const { from, to, measure } = useViewStore(
    useShallow((s) => ({ from: s.from, to: s.to, measure: s.measure })),
  );
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  // A link may name a year outside the data; keep it selectable so the select shows the truth.
  const options = range(
    Math.min(years.min, from ?? years.min),
    Math.max(years.max, to ?? years.max),
  );

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
          <YearSelect
            label={t.filters.from}
            anyYear={t.filters.anyYear}
            value={from}
            options={options}
            // A start after the end would select nothing: those years are offered but disabled.
            allowed={(y) => to === null || y <= to}
            onChange={(year) => setView({ from: year })}
          />
          <YearSelect
            label={t.filters.to}
            anyYear={t.filters.anyYear}
            value={to}
            options={options}
            allowed={(y) => from === null || y >= from}
            onChange={(year) => setView({ to: year })}
          />
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
