import { afterEach, describe, expect, it } from 'vitest';
import { checkBaseYears } from '../../../src/app/link-base-years';
import { filterChoices } from '../../../src/data/registry';
import { setChoices } from '../../../src/state/choices';
import { applyChoices, startUrlSync } from '../../../src/state/url-sync';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from '../support/dataset';

describe('index base years a link asks for', () => {
  it.each([
    // link settings, what is dropped, the notices
    [{ companyBase: 2024 }, {}, []],
    [{ companyBase: 2016 }, {}, []],
    // No company has a 2023 figure (an implied one is not an actual): the default applies.
    [
      { companyBase: 2023 },
      { companyBase: null },
      [{ param: 'companies.base', value: '2023', reason: 'no-base-year' }],
    ],
    // A year outside the link's own range has no figure in view either.
    [
      { companyBase: 2016, from: 2024 },
      { companyBase: null },
      [{ param: 'companies.base', value: '2016', reason: 'no-base-year' }],
    ],
    [{ base: 2020 }, {}, []],
    // Within the years a link may name, but no region has a 2019 figure.
    [
      { base: 2019 },
      { base: null },
      [{ param: 'nev.base', value: '2019', reason: 'no-base-year' }],
    ],
    [
      { base: 1990 },
      { base: null },
      [{ param: 'nev.base', value: '1990', reason: 'no-base-year' }],
    ],
    [
      { base: 1990, companyBase: 1990 },
      { base: null, companyBase: null },
      [
        { param: 'companies.base', value: '1990', reason: 'no-base-year' },
        { param: 'nev.base', value: '1990', reason: 'no-base-year' },
      ],
    ],
    [{}, {}, []],
  ] as const)('%o', (settings, patch, notices) => {
    const check = checkBaseYears(dataset, { ...defaultView('en'), ...settings });
    expect(check.patch).toEqual(patch);
    expect(check.notices).toEqual(notices);
  });
});

describe('a link whose base year has no figure', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    setChoices(filterChoices(dataset));
    window.history.replaceState(null, '', '/');
  });

  it('is told, and the year leaves the link', () => {
    setChoices(null);
    window.history.replaceState(
      null,
      '',
      '/?panel=companies&companies.growth=index&companies.base=2023&lang=en&v=3',
    );
    stop = startUrlSync(window);
    applyChoices(filterChoices(dataset), window, (view) => checkBaseYears(dataset, view));
    const state = useViewStore.getState();
    expect(state.notices).toContainEqual({
      param: 'companies.base',
      value: '2023',
      reason: 'no-base-year',
    });
    expect(state.companyBase).toBeNull();
    expect(state.companyGrowth).toBe('index');
    expect(new URLSearchParams(window.location.search).get('companies.base')).toBeNull();
  });
});
