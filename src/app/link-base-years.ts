import type { Dataset } from '../data/dataset';
import { companiesView } from '../features/companies/companies-series';
import { nevView } from '../features/nev/nev-series';
import type { Notice } from '../state/url-codec';
import type { View } from '../state/view';

/** What checking a link against the data changes in its view, and what it tells the reader. */
export interface LinkCheck {
  patch: Partial<View>;
  notices: Notice[];
}

/**
 * A link's index base years (and a contribution's two years) that no series of their panel has
 * a figure for, under the link's
 * own filters: the panel would quietly fall back to its default base, so the year is dropped
 * from the view (and the link) and a notice names it, as for any other ignored part of a link.
 * Only the data can tell, so this runs once it has loaded.
 */
export function checkBaseYears(ds: Dataset, view: View): LinkCheck {
  const patch: Partial<View> = {};
  const notices: Notice[] = [];
  const { companyBase, base } = view;
  if (companyBase !== null) {
    const companies = companiesView(ds, { ...view, growth: 'index', base: companyBase });
    if (companies.growth.chosen !== companyBase) {
      patch.companyBase = null;
      notices.push({ param: 'companies.base', value: String(companyBase), reason: 'no-base-year' });
    }
  }
  const { companyFrom, companyTo } = view;
  if (companyFrom !== null || companyTo !== null) {
    // The years a contribution compares, checked as the panel will use them.
    const companies = companiesView(ds, {
      ...view,
      growth: 'contribution',
      contributionFrom: companyFrom,
      contributionTo: companyTo,
    });
    const pair = companies.growth.contribution?.pair;
    const ends = [
      ['companyFrom', 'companies.from', companyFrom, pair?.from],
      ['companyTo', 'companies.to', companyTo, pair?.to],
    ] as const;
    for (const [key, param, chosen, used] of ends) {
      if (chosen === null || chosen === used) continue;
      patch[key] = null;
      notices.push({ param, value: String(chosen), reason: 'no-compare-year' });
    }
  }
  if (base !== null) {
    const nev = nevView(ds, { ...view, growth: 'index', base });
    if (nev.growth.base !== base) {
      patch.base = null;
      notices.push({ param: 'nev.base', value: String(base), reason: 'no-base-year' });
    }
  }
  return { patch, notices };
}
