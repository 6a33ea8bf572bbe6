/**
 * Links written by older versions of the app, brought up to the current format before they are
 * read (after OWID Grapher's GrapherUrlMigrations). A link without `v` is version 1.
 */
export const CURRENT_VERSION = 3;

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
];

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
