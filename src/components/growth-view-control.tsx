import { useId, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { SegmentedControl } from './segmented-control';

/**
 * The growth-view control a panel's charts share: levels or a derived view (year on year, an
 * index with its base year, …), views the data cannot show disabled, and the panel's own notes
 * (why a view is unavailable, what it leaves out, how it is computed) under it.
 */
export function GrowthViewControl<V extends string>(props: {
  name: string;
  legend: string;
  views: readonly V[];
  value: V;
  label: (view: V) => string;
  /** A view is disabled where this says why it cannot be shown. */
  unavailable: (view: V) => boolean;
  onView: (view: V) => void;
  /** The index's chosen base year (null: the earliest shared one) and the years to choose from. */
  base: number | null;
  baseYears: readonly number[];
  onBase: (year: number | null) => void;
  lines: readonly string[];
  /** A view's own settings beside the views (a contribution's two years). */
  children?: ReactNode;
}) {
  const t = useMessages();
  const baseId = useId();
  return (
    <div className="flex flex-col gap-1" data-testid="growth-control">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SegmentedControl
          name={props.name}
          legend={props.legend}
          value={props.value}
          options={props.views.map((v) => ({
            value: v,
            label: props.label(v),
            disabled: props.unavailable(v),
          }))}
          onChange={props.onView}
        />
        {props.value === 'index' && (
          <span className="inline-flex items-center gap-2 text-sm">
            <label htmlFor={baseId}>{t.nev.baseYear}</label>
            <select
              id={baseId}
              className="select"
              value={props.base ?? ''}
              onChange={(e) => props.onBase(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t.nev.baseAuto}</option>
              {props.baseYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </span>
        )}
        {props.children}
      </div>
      {props.lines.map((line) => (
        <p key={line} className="text-sm text-ink-muted" data-testid="growth-note">
          {line}
        </p>
      ))}
    </div>
  );
}
