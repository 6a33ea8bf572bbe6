import { COMPANY_GROWTH_VIEWS, GROWTH_VIEWS } from '../data/view-vocabulary';

/**
 * Links written by older versions of the app, brought up to the current format before they are
 * read (after OWID Grapher's GrapherUrlMigrations). A link without `v` is version 1.
 */
export const CURRENT_VERSION = 4;

/** A part of an old link that could not be carried over, named as the old link named it. */
export interface MigrationProblem {
  param: string;
  value: string;
}

interface Migration {
  from: number;
  migrate(params: URLSearchParams, problems: MigrationProblem[]): URLSearchParams;
}

const MIGRATIONS: Migration[] = [
  {
    // Version 1 wrote the year range as `from=2016&to=2025`; version 2 writes `years=2016-2025`.
    from: 1,
    migrate(params, problems) {
      const out = new URLSearchParams();
      const end = (name: 'from' | 'to') => {
        const value = params.get(name);
        if (value === null || /^\s*\d{4}\s*$/.test(value)) return value?.trim() ?? '';
        problems.push({ param: name, value });
        return '';
      };
      const from = end('from');
      const to = end('to');
      for (const [k, v] of params) if (k !== 'from' && k !== 'to') out.append(k, v);
      if (from !== '' || to !== '') out.append('years', `${from}-${to}`);
      return out;
    },
  },
  {
    // Version 2 had growth views on the NEV panel only, as `growth` and `base`; version 3 names
    // each panel's setting (`nev.growth`, `companies.growth`), so a link says whose it is.
    from: 2,
    migrate(params) {
      const renamed: Record<string, string> = { growth: 'nev.growth', base: 'nev.base' };
      const out = new URLSearchParams();
      for (const [k, v] of params) out.append(renamed[k] ?? k, v);
      return out;
    },
  },
  {
    // Version 3 kept one growth view per panel for the whole link, so every NEV (or company) step
    // of a run sheet played with it; version 4 stores it in each step (`nev.growth:index`). The
    // link-wide view goes into each of that panel's steps: an old link plays as it did.
    from: 3,
    migrate(params) {
      const run = params.get('run');
      if (run === null) return params;
      const fields: Record<string, string[]> = {
        nev: stepGrowth(params, 'nev', GROWTH_VIEWS),
        companies: stepGrowth(params, 'companies', COMPANY_GROWTH_VIEWS),
      };
      const steps = run.split('~').map((step) => {
        const slide = step.split('.')[0]?.trim().toLowerCase() ?? '';
        return [step, ...(fields[slide] ?? [])].join('.');
      });
      const out = new URLSearchParams(params);
      out.set('run', steps.join('~'));
      return out;
    },
  },
];

/**
 * A panel's link-wide growth view as step fields (`growth:index`, `base:2021`). Only values the
 * step can read are carried: a bad one is reported once, as the link-wide parameter.
 */
function stepGrowth(params: URLSearchParams, panel: string, views: readonly string[]): string[] {
  const growth = params.get(`${panel}.growth`)?.trim().toLowerCase();
  const base = params.get(`${panel}.base`)?.trim();
  return [
    ...(growth && views.includes(growth) ? [`growth:${growth}`] : []),
    ...(base && /^\d{4}$/.test(base) ? [`base:${base}`] : []),
  ];
}

/** Applies every migration from `version` up to the current one. */
export function migrate(
  params: URLSearchParams,
  version: number,
  problems: MigrationProblem[],
): URLSearchParams {
  let out = params;
  for (const m of MIGRATIONS)
    if (m.from >= version && m.from < CURRENT_VERSION) out = m.migrate(out, problems);
  return out;
}
