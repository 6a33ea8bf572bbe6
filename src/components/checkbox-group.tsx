import { useId, useState } from 'react';

/** Above this many options a group gets a search box: a long list is found, not scanned. */
export const SEARCH_ABOVE = 8;

interface Props<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** The search box's label ("Find a city"); shown once there are more than SEARCH_ABOVE options. */
  searchLabel?: string;
}

/** Options whose label contains the query (any case); selected ones always stay visible. */
export function visibleOptions<T extends string>(
  options: readonly { value: T; label: string }[],
  selected: readonly T[],
  query: string,
): { value: T; label: string }[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [...options];
  return options.filter(
    (o) => selected.includes(o.value) || o.label.toLocaleLowerCase().includes(q),
  );
}

/** A labelled group of checkboxes; the selection keeps the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  searchLabel,
}: Props<T>) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searchable = searchLabel !== undefined && options.length > SEARCH_ABOVE;
  const shown = searchable ? visibleOptions(options, selected, query) : options;
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
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
            checked={selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
