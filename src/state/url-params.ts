import { TOPICS } from '../data/types';
import {
  COMPANY_GROWTH_VIEWS,
  GROWTH_VIEWS,
  LANGS,
  PANELS,
  PEER_VIEWS,
  SCOPES,
  SECTIONS,
  SLIDE_IDS,
  SUBJECTS,
  TARGET_YEARS,
  THEMES,
} from '../data/view-vocabulary';
import { MEASURES } from '../data/vocabulary';
import { currentChoices, type Choices } from './choices';
import { STEP_TEXT_MAX, cleanStepText, escapeStepText, unescapeStepText } from './step-text';
import type { SlideId } from '../data/view-vocabulary';
import { YEAR_BOUNDS, defaultFilters, type Filters, type RunStep, type View } from './view';

/**
 * Every URL parameter: how it reads its text into the view and writes the view back. After OWID
 * Grapher, a reading is valid, partly valid (some list items ignored) or invalid; a parameter
 * whose value is the default is not written. Names are stable: links in minutes rely on them.
 */
export type Reading =
  { ok: true; patch: Partial<View>; ignored?: string[]; reversed?: boolean } | { ok: false };

export interface Param {
  name: string;
  read(raw: string): Reading;
  /** The text to write, or null when the view holds the default. */
  write(view: View, defaults: View): string | null;
}

const norm = (raw: string) => raw.trim().toLowerCase();
const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

function choice(name: string, key: keyof View, values: readonly string[]): Param {
  return {
    name,
    read: (raw) =>
      values.includes(norm(raw)) ? { ok: true, patch: { [key]: norm(raw) } } : { ok: false },
    write: (view, d) => (view[key] === d[key] ? null : (view[key] as string)),
  };
}

/** A comma-separated subset in canonical order; `none` is the empty selection. */
function subset(name: string, key: keyof View, all: () => readonly string[] | null): Param {
  return {
    name,
    read(raw) {
      if (norm(raw) === 'none') return { ok: true, patch: { [key]: [] } };
      const items = [
        ...new Set(
          raw
            .split(',')
            .map(norm)
            .filter((s) => s !== ''),
        ),
      ];
      // Before the registry is known, any well-formed id is kept; it is checked when it is.
      const allowed = all() ?? items.filter((s) => ENTITY_ID.test(s));
      const known = canonical(allowed, items);
      const ignored = items.filter((s) => !allowed.includes(s));
      if (known.length === 0) return { ok: false };
      return { ok: true, patch: { [key]: known }, ...(ignored.length > 0 ? { ignored } : {}) };
    },
    write(view, d) {
      const value = view[key] as unknown as string[];
      if (same(value, d[key] as unknown as string[])) return null;
      return value.length === 0 ? 'none' : canonical(all() ?? value, value).join(',');
    },
  };
}

const ENTITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The chosen ids in the order of the full list (so one selection has one link). */
const canonical = (all: readonly string[], chosen: readonly string[]) =>
  all.filter((v) => chosen.includes(v));

const registry = (key: keyof Omit<Choices, 'defaults'>) => () => currentChoices()?.[key] ?? null;

function integer(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

function flag(name: string, key: keyof View): Param {
  return {
    name,
    read(raw) {
      const v = norm(raw);
      if (['1', 'true', 'yes', 'on', ''].includes(v)) return { ok: true, patch: { [key]: true } };
      if (['0', 'false', 'no', 'off'].includes(v)) return { ok: true, patch: { [key]: false } };
      return { ok: false };
    },
    write: (view, d) => (view[key] === d[key] ? null : view[key] ? '1' : '0'),
  };
}

const year = (raw: string) => integer(raw, YEAR_BOUNDS.min, YEAR_BOUNDS.max);

/**
 * A year a growth view is computed from: an index's base year (null, not written, takes the
 * earliest year the series share) or a year a contribution compares (null: the latest two).
 */
function baseYear(name: string, key: 'base' | 'companyBase' | 'companyFrom' | 'companyTo'): Param {
  return {
    name,
    read: (raw) => {
      const n = year(raw);
      return n === null ? { ok: false } : { ok: true, patch: { [key]: n } };
    },
    write: (view) => (view[key] === null ? null : String(view[key])),
  };
}

/** `years=2016-2025`, `years=2016-` (from 2016), `years=-2025` (up to 2025), `years=2024`. */
const years: Param = {
  name: 'years',
  read(raw) {
    const m = /^\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*$/.exec(raw);
    if (!m || (!m[1] && !m[3])) return { ok: false };
    const from = m[1] ? year(m[1]) : null;
    const to = m[3] ? year(m[3]) : m[2] ? null : from;
    if ((m[1] && from === null) || (m[3] && to === null)) return { ok: false };
    if (from !== null && to !== null && from > to) return { ok: true, patch: {}, reversed: true };
    return { ok: true, patch: { from, to } };
  },
  write(view) {
    if (view.from === null && view.to === null) return null;
    if (view.from !== null && view.from === view.to) return String(view.from);
    return `${view.from ?? ''}-${view.to ?? ''}`;
  },
};

/** The parameters a run-sheet step may carry: the filters. */
export const FILTER_PARAMS: Param[] = [
  years,
  subset('cities', 'cities', registry('cities')),
  choice('peers', 'peers', PEER_VIEWS),
  subset('companies', 'companies', registry('companies')),
  choice('scope', 'scope', SCOPES),
  choice('measure', 'measure', MEASURES),
  subset('regions', 'regions', registry('regions')),
  choice('target', 'targetYear', TARGET_YEARS),
  subset('subjects', 'subjects', () => SUBJECTS),
];

/**
 * A step's growth view, named `growth:` and `base:` inside the step (since version 4): the step's
 * slide says whose, as `nev.growth` and `companies.growth` say it for the whole view.
 */
const STEP_GROWTH: Partial<Record<SlideId, Param[]>> = {
  nev: [choice('growth', 'growth', GROWTH_VIEWS), baseYear('base', 'base')],
  companies: [
    choice('growth', 'companyGrowth', COMPANY_GROWTH_VIEWS),
    baseYear('base', 'companyBase'),
    baseYear('from', 'companyFrom'),
    baseYear('to', 'companyTo'),
  ],
};

/** The parameters a step of this slide may carry. */
const stepParams = (slide: SlideId): Param[] => [...FILTER_PARAMS, ...(STEP_GROWTH[slide] ?? [])];

const STEP_TEXTS = ['title', 'notes'] as const;

/** A step's `title:` or `notes:` field: its text, or null when it cannot be read. */
function readStepText(name: string, raw: string): Partial<RunStep> | null {
  const key = STEP_TEXTS.find((k) => k === name);
  const text = key ? unescapeStepText(raw) : null;
  if (!key || text === null) return null;
  const clean = cleanStepText(text, STEP_TEXT_MAX[key]);
  return clean === '' ? {} : { [key]: clean };
}

/**
 * A run sheet: steps joined by `~`, each a slide name then `.name:value` filters, e.g.
 * `run=rankings.cities:chongqing,guangzhou~targets.target:2027`. A step may also carry
 * `.title:` and `.notes:` text (escaped: see step-text.ts); links without them still read. A NEV
 * or company step carries its growth view, e.g. `companies.growth:index.base:2021`.
 */
export const run: Param = {
  name: 'run',
  read(raw) {
    const steps: RunStep[] = [];
    const ignored: string[] = [];
    for (const text of raw
      .split('~')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .slice(0, 20)) {
      const [slideText = '', ...parts] = text.split('.');
      const slide = SLIDE_IDS.find((s) => s === norm(slideText));
      if (!slide) {
        ignored.push(text);
        continue;
      }
      let filters: Filters = defaultFilters();
      let texts: Partial<RunStep> = {};
      for (const part of parts) {
        const at = part.indexOf(':');
        const name = norm(part.slice(0, at));
        const text = at > 0 ? readStepText(name, part.slice(at + 1)) : null;
        if (text) {
          texts = { ...texts, ...text };
          continue;
        }
        const param = stepParams(slide).find((p) => p.name === name);
        const reading = param && at > 0 ? param.read(part.slice(at + 1)) : { ok: false as const };
        if (reading.ok && !reading.reversed)
          filters = { ...filters, ...(reading.patch as Partial<Filters>) };
        else ignored.push(`${slideText}.${part}`);
      }
      steps.push({ slide, filters, ...texts });
    }
    if (steps.length === 0) return { ok: false };
    return { ok: true, patch: { run: steps }, ...(ignored.length > 0 ? { ignored } : {}) };
  },
  write(view) {
    if (view.run.length === 0) return null;
    const defaults = { ...view, ...defaultFilters() };
    return view.run
      .map((step) => {
        const stepView = { ...view, ...step.filters };
        const parts = stepParams(step.slide).flatMap((p) => {
          const v = p.write(stepView, defaults);
          return v === null ? [] : [`${p.name}:${v}`];
        });
        const texts = STEP_TEXTS.flatMap((k) => {
          const text = step[k];
          return text ? [`${k}:${escapeStepText(text)}`] : [];
        });
        return [step.slide, ...parts, ...texts].join('.');
      })
      .join('~');
  },
};

/** Every parameter, in the order they are written. `v` (format version) is handled apart. */
export const PARAMS: Param[] = [
  choice('panel', 'panel', SECTIONS),
  ...FILTER_PARAMS,
  subset('table', 'tables', () => PANELS),
  flag('events', 'events'),
  subset('topics', 'topics', () => TOPICS),
  // A panel's own display settings are named `panel.setting` (since version 3).
  choice('nev.growth', 'growth', GROWTH_VIEWS),
  baseYear('nev.base', 'base'),
  choice('companies.growth', 'companyGrowth', COMPANY_GROWTH_VIEWS),
  baseYear('companies.base', 'companyBase'),
  // Contribution to growth: the two years compared (since version 4, which reads them as new).
  baseYear('companies.from', 'companyFrom'),
  baseYear('companies.to', 'companyTo'),
  choice('theme', 'theme', THEMES),
  flag('present', 'present'),
  flag('presenter', 'presenter'),
  {
    name: 'slide',
    read: (raw) => {
      const n = integer(raw, 1, 99);
      return n === null ? { ok: false } : { ok: true, patch: { slide: n } };
    },
    write: (view) => (view.slide === 1 ? null : String(view.slide)),
  },
  {
    name: 'autoplay',
    read: (raw) => {
      const n = integer(raw, 1, 3600);
      return n === null ? { ok: false } : { ok: true, patch: { autoplay: n } };
    },
    write: (view) => (view.autoplay === null ? null : String(view.autoplay)),
  },
  flag('chips', 'chips'),
  flag('qr', 'qr'),
  run,
  flag('embed', 'embed'),
  {
    name: 'lang',
    read: (raw) =>
      (LANGS as readonly string[]).includes(norm(raw))
        ? { ok: true, patch: { lang: norm(raw) as View['lang'], langChosen: true } }
        : { ok: false },
    // Written only when chosen: a link the sender did not set a language on opens in the
    // recipient's (their browser's), like a plain visit.
    write: (view) => (view.langChosen ? view.lang : null),
  },
];
