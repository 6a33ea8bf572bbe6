interface Option<T extends string> {
  value: T;
  label: string;
  /** Language of the label when it differs from the page's (the language switch). */
  lang?: string;
  /** Not available now; the caller says why next to the control. */
  disabled?: boolean;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

/** A radio group drawn as joined buttons: arrow keys move between options natively. */
export function SegmentedControl<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: Props<T>) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="float-left mr-2 text-sm font-medium">{legend}</legend>
      <div className="inline-flex overflow-hidden rounded-md border border-line">
        {options.map((o) => (
          <label
            key={o.value}
            lang={o.lang}
            className={o.disabled ? 'segment segment-disabled' : 'segment'}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              disabled={o.disabled}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
