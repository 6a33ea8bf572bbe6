import { CITIES, COMPANIES, MEASURES } from '../data/vocabulary';
import {
  LANGS,
  PANELS,
  REGIONS,
  SCOPES,
  SUBJECTS,
  TARGET_YEARS,
  THEMES,
  YEAR_BOUNDS,
  defaultView,
  type Lang,
  type View,
} from './view';

/** Why part of a link was ignored. Rendered through the message catalog. */
export type NoticeReason = 'unknown' | 'invalid' | 'repeated' | 'partly-invalid' | 'reversed';
export interface Notice {
  param: string;
  /** The offending text, shortened; always shown as plain text. */
  value: string;
  reason: NoticeReason;
}

/** A parameter's reading, after OWID Grapher: valid, invalid or missing. */
type Parsed<T> =
  { status: 'valid'; value: T; ignored?: string[] } | { status: 'invalid' } | { status: 'missing' };

interface Param<K extends keyof View> {
  key: K;
  parse(raw: string): Parsed<View[K]>;
  format(value: View[K]): string;
}

const MAX_SHOWN = 40;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> => {
    const v = raw.trim().toLowerCase();
    return (values as readonly string[]).includes(v)
      ? { status: 'valid', value: v as T }
      : { status: 'invalid' };
  };
}

function year(raw: string): Parsed<number | null> {
  if (!/^\d{4}$/.test(raw.trim())) return { status: 'invalid' };
  const y = Number(raw);
  return y >= YEAR_BOUNDS.min && y <= YEAR_BOUNDS.max
    ? { status: 'valid', value: y }
    : { status: 'invalid' };
}

/** A comma-separated subset in canonical order; `none` is the empty selection. */
function subset<T extends string>(all: readonly T[]) {
  return {
    parse(raw: string): Parsed<T[]> {
      if (raw.trim().toLowerCase() === 'none') return { status: 'valid', value: [] };
      const items = raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
      const known = all.filter((v) => items.includes(v));
      const ignored = items.filter((s) => !(all as readonly string[]).includes(s));
      if (known.length === 0) return { status: 'invalid' };
      return { status: 'valid', value: known, ...(ignored.length > 0 ? { ignored } : {}) };
    },
    format: (value: T[]) =>
      value.length === 0 ? 'none' : all.filter((v) => value.includes(v)).join(','),
  };
}

const flag = (raw: string): Parsed<boolean> =>
  ['1', 'true', 'yes', ''].includes(raw.trim().toLowerCase())
    ? { status: 'valid', value: true }
    : ['0', 'false', 'no'].includes(raw.trim().toLowerCase())
      ? { status: 'valid', value: false }
      : { status: 'invalid' };

type AnyParam = { [K in keyof View]: Param<K> }[keyof View];

/** URL parameter names, in the order they are written. Stable: links in minutes rely on them. */
export const PARAMS: Record<string, AnyParam> = {
  panel: { key: 'panel', parse: oneOf(PANELS), format: String },
  from: { key: 'from', parse: year, format: String },
  to: { key: 'to', parse: year, format: String },
  cities: { key: 'cities', ...subset(CITIES) },
  companies: { key: 'companies', ...subset(COMPANIES) },
  scope: { key: 'scope', parse: oneOf(SCOPES), format: String },
  measure: { key: 'measure', parse: oneOf(MEASURES), format: String },
  regions: { key: 'regions', ...subset(REGIONS) },
  target: { key: 'targetYear', parse: oneOf(TARGET_YEARS), format: String },
  subjects: { key: 'subjects', ...subset(SUBJECTS) },
  table: { key: 'tables', ...subset(PANELS) },
  theme: { key: 'theme', parse: oneOf(THEMES), format: String },
  present: { key: 'present', parse: flag, format: () => '1' },
  lang: { key: 'lang', parse: oneOf(LANGS), format: String },
};

/** `lang` is always written: its default follows the browser, so a link must carry it. */
const ALWAYS_WRITTEN: ReadonlySet<keyof View> = new Set(['lang']);

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : a === b;
}

/** Reads a query string into a full view; whatever is invalid falls back to its default. */
export function decodeView(search: string, fallbackLang: Lang): { view: View; notices: Notice[] } {
  const view = defaultView(fallbackLang);
  const notices: Notice[] = [];
  const seen = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, notices: [{ param: '?', value: shorten(search), reason: 'invalid' }] };
  }
  for (const [name, raw] of params) {
    const spec = Object.hasOwn(PARAMS, name) ? PARAMS[name] : undefined;
    if (!spec) {
      notices.push({ param: shorten(name), value: shorten(raw), reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      notices.push({ param: name, value: shorten(raw), reason: 'repeated' });
      continue;
    }
    seen.add(name);
    const parsed = spec.parse(raw) as Parsed<unknown>;
    if (parsed.status === 'valid') {
      (view as unknown as Record<string, unknown>)[spec.key] = parsed.value;
      if (parsed.ignored)
        notices.push({
          param: name,
          value: shorten(parsed.ignored.join(',')),
          reason: 'partly-invalid',
        });
    } else if (parsed.status === 'invalid') {
      notices.push({ param: name, value: shorten(raw), reason: 'invalid' });
    }
  }
  if (view.from !== null && view.to !== null && view.from > view.to) {
    notices.push({ param: 'from', value: `${view.from}-${view.to}`, reason: 'reversed' });
    view.from = null;
    view.to = null;
  }
  return { view, notices };
}

/** Writes a view as a short query string (no leading `?`), leaving out default values. */
export function encodeView(view: View): string {
  const defaults = defaultView(view.lang);
  const parts: string[] = [];
  for (const [name, spec] of Object.entries(PARAMS)) {
    const value = view[spec.key];
    if (!ALWAYS_WRITTEN.has(spec.key) && sameValue(value, defaults[spec.key])) continue;
    // Values come from closed vocabularies and digits; commas stay readable unescaped.
    parts.push(`${name}=${(spec.format as (v: unknown) => string)(value)}`);
  }
  return parts.join('&');
}

/** The view's own fields only (the store also holds notices and actions). */
export function pickView(state: View): View {
  const view = {} as Record<string, unknown>;
  for (const spec of Object.values(PARAMS)) view[spec.key] = state[spec.key];
  return view as unknown as View;
}
