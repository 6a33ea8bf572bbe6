import { PARAMS } from './url-params';
import { CURRENT_VERSION, migrate } from './url-migrations';
import type { Lang } from '../data/view-vocabulary';
import { defaultView, slidesOf, type View } from './view';

/** Why part of a link was ignored. Rendered through the message catalog. */
export type NoticeReason =
  | 'unknown'
  | 'invalid'
  | 'repeated'
  | 'partly-invalid'
  | 'reversed'
  | 'version'
  /** A base year no series in view has a figure for (known only once the data has loaded). */
  | 'no-base-year'
  /** A year a contribution cannot compare: no figure for it, or not before the later year. */
  | 'no-compare-year';
export interface Notice {
  param: string;
  /** The offending text, shortened; always shown as plain text. */
  value: string;
  reason: NoticeReason;
}

const MAX_SHOWN = 40;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);
const BY_NAME = new Map(PARAMS.map((p) => [p.name, p]));

function readVersion(params: URLSearchParams, notices: Notice[]): number {
  const raw = params.get('v');
  if (raw === null) return 1;
  const v = /^\d{1,3}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (v >= 1 && v <= CURRENT_VERSION) return v;
  notices.push({ param: 'v', value: shorten(raw), reason: 'version' });
  return CURRENT_VERSION;
}

/** Reads a query string into a full view; whatever is invalid falls back to its default. */
export function decodeView(search: string, fallbackLang: Lang): { view: View; notices: Notice[] } {
  // The browser's language, not chosen: the `lang` parameter (if any) chooses one.
  let view: View = { ...defaultView(fallbackLang), langChosen: false };
  const notices: Notice[] = [];
  const given = new URLSearchParams(search);
  const version = readVersion(given, notices);
  given.delete('v');
  const seen = new Set<string>();
  const problems: { param: string; value: string }[] = [];
  const current = migrate(given, version, problems);
  for (const p of problems)
    notices.push({ param: p.param, value: shorten(p.value), reason: 'invalid' });
  for (const [name, raw] of current) {
    const param = BY_NAME.get(name);
    if (!param) {
      notices.push({ param: shorten(name), value: shorten(raw), reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      notices.push({ param: name, value: shorten(raw), reason: 'repeated' });
      continue;
    }
    seen.add(name);
    const reading = param.read(raw);
    if (!reading.ok) {
      notices.push({ param: name, value: shorten(raw), reason: 'invalid' });
      continue;
    }
    view = { ...view, ...reading.patch };
    if (reading.reversed) notices.push({ param: name, value: shorten(raw), reason: 'reversed' });
    if (reading.ignored)
      notices.push({
        param: name,
        value: shorten(reading.ignored.join(', ')),
        reason: 'partly-invalid',
      });
  }
  if (view.slide > slidesOf(view).length) {
    notices.push({ param: 'slide', value: String(view.slide), reason: 'invalid' });
    view = { ...view, slide: 1 };
  }
  return { view, notices };
}

/** Writes a view as a short query string (no leading `?`): defaults left out, version last. */
export function encodeView(view: View): string {
  const defaults = defaultView(view.lang);
  const parts: string[] = [];
  for (const param of PARAMS) {
    const value = param.write(view, defaults);
    if (value !== null)
      parts.push(
        `${param.name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')}`,
      );
  }
  parts.push(`v=${CURRENT_VERSION}`);
  return parts.join('&');
}

const VIEW_KEYS = Object.keys(defaultView('en')) as (keyof View)[];

/** The view's own fields only (the store also holds notices and actions). */
export function pickView(state: View): View {
  const view = {} as Record<string, unknown>;
  for (const key of VIEW_KEYS) view[key] = state[key];
  return view as unknown as View;
}

/**
 * The link that reopens a view: the app's address (its origin and the base path it was built
 * for) with the view as its query. Every link the app shows, copies, prints or exports is built
 * here, so they all carry the same format version. The base, not this page's path: a page opened
 * as …/index.html or through the server's fallback at a deeper path still shares the app's own
 * address.
 */
export function viewLink(view: View): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}?${encodeView(view)}`;
}
