import { useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';

/** Above this many options a group gets a search box: a long list is found, not scanned. */
export const SEARCH_ABOVE = 8;

/** A disabled option keeps its selection (for a view where it applies) but cannot change. */
export interface Option<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

interface Props<T extends string> {
  legend: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** The search box's label ("Find a city"); shown once there are more than SEARCH_ABOVE options. */
  searchLabel?: string;
  /** Why the disabled options are disabled: shown after them and read with each. */
  note?: string | undefined;
}

/** Options whose label contains the query (any case); selected ones always stay visible. */
export function visibleOptions<T extends string>(
  options: readonly Option<T>[],
  selected: readonly T[],
  query: string,
): Option<T>[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [...options];
  return options.filter(
    (o) => selected.includes(o.value) || o.label.toLocaleLowerCase().includes(q),
  );
}

/** Unselected options listed before "Show all": hundreds of checkboxes are scanned by no one. */
export const LIST_CAP = 24;

/**
 * What a long list shows: every selected option and the first `cap` others, in options' order;
 * `hidden` counts the rest.
 */
export function cappedOptions<T extends string>(
  options: readonly Option<T>[],
  selected: readonly T[],
  cap: number,
): { shown: Option<T>[]; hidden: number } {
  const chosen = new Set(selected);
  let others = 0;
  const shown = options.filter((o) => chosen.has(o.value) || others++ < cap);
  return { shown, hidden: options.length - shown.length };
}

/** A labelled group of checkboxes; the selection keeps the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  searchLabel,
  note,
}: Props<T>) {
  const t = useMessages();
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  const searchId = useId();
  const noteId = useId();
  const searchable = searchLabel !== undefined && options.length > SEARCH_ABOVE;
  const matches = searchable ? visibleOptions(options, selected, query) : options;
  const { shown, hidden } = all
    ? { shown: matches, hidden: 0 }
    : cappedOptions(matches, selected, LIST_CAP);
  const chosen = new Set(selected);
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v))));
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="float-left mr-1 text-sm font-medium">{legend}</legend>
      {searchable && (
        <span className="inline-flex items-center gap-1.5">
          <label htmlFor={searchId} className="sr-only">
            {searchLabel}
          </label>
          <input
            id={searchId}
            type="search"
            className="select w-36"
            placeholder={searchLabel}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </span>
      )}
      {shown.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            className="size-4 accent-accent"
            checked={chosen.has(o.value)}
            disabled={o.disabled}
            aria-describedby={o.disabled && note ? noteId : undefined}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      {note && (
        <span id={noteId} className="text-sm text-ink-muted" data-testid="filter-note">
          {note}
        </span>
      )}
      {(hidden > 0 || (all && matches.length > LIST_CAP)) && (
        <button
          type="button"
          className="text-sm underline"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? t.filters.showFewer : t.filters.showAll(matches.length)}
        </button>
      )}
    </fieldset>
  );
}
