import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cappedOptions, LIST_CAP } from '../../../src/components/checkbox-group';
import { filterChoices } from '../../../src/data/registry';
import { RankingsPanel } from '../../../src/features/rankings/rankings-panel';
import { setChoices } from '../../../src/state/choices';
import { encodeView, pickView } from '../../../src/state/url-codec';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from '../support/dataset';
import { datasetWithCities } from '../support/extra-entities';
import { renderPanel } from '../support/render-panel';

const cityFilter = () => screen.getByRole('group', { name: /^(Cities|城市)/ });
const link = () => encodeView(pickView(useViewStore.getState()));

// Each test sets the registry's choices for its dataset, as App does once the data has loaded.
afterEach(() => setChoices(filterChoices(dataset)));

describe('a city added to the registry', () => {
  const ds = datasetWithCities([{ id: 'test-city', en: 'Testville', zh: '测试市', value: 1e6 }]);

  it.each([
    ['en', 'Testville'],
    ['zh', '测试市'],
  ] as const)('is offered by the rankings filter and listed in the table (%s)', (lang, name) => {
    setChoices(filterChoices(ds));
    renderPanel(<RankingsPanel />, { ...defaultView(lang), tables: ['rankings'] }, ds);
    const box = within(cityFilter()).getByRole('checkbox', { name });
    // Few cities: every one is chosen by default.
    expect(box).toBeChecked();
    expect(
      within(screen.getByTestId('data-table')).getAllByText(new RegExp(name)).length,
    ).toBeGreaterThan(0);
  });
});

describe('a long city list', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({
    id: `test-city-${i + 1}`,
    en: `Testville ${i + 1}`,
    zh: `测试市${i + 1}`,
    value: (i + 1) * 1e5,
  }));
  const ds = datasetWithCities(many);

  it('gets a labelled search box that filters by name and keeps chosen cities in view', async () => {
    const user = userEvent.setup();
    setChoices(filterChoices(ds));
    renderPanel(<RankingsPanel />, {}, ds);
    const search = within(cityFilter()).getByRole('searchbox', { name: 'Find a city' });
    // Defaults: Chongqing, the No.1s Guangzhou and Shenzhen, then the five largest test cities.
    expect(within(cityFilter()).getByRole('checkbox', { name: 'Testville 2' })).not.toBeChecked();
    await user.type(search, 'ville 1');
    const names = within(cityFilter())
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent);
    // Chosen cities stay in view; an unchosen city that does not match is hidden.
    expect(names).toContain('Testville 1');
    expect(names).toContain('Chongqing');
    expect(names).toContain('Testville 7');
    expect(names).not.toContain('Testville 2');
  });

  it('searches the Chinese names in Chinese', async () => {
    const user = userEvent.setup();
    setChoices(filterChoices(ds));
    renderPanel(<RankingsPanel />, defaultView('zh'), ds);
    await user.type(within(cityFilter()).getByRole('searchbox', { name: '查找城市' }), '测试市1');
    expect(within(cityFilter()).getByRole('checkbox', { name: '测试市1' })).toBeInTheDocument();
    expect(within(cityFilter()).queryByRole('checkbox', { name: '测试市2' })).toBeNull();
  });
});

describe('a filter back at its default', () => {
  it('leaves cities out of the link after every city is chosen again by hand', async () => {
    const user = userEvent.setup();
    renderPanel(<RankingsPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Shenzhen' }));
    expect(link()).toContain('cities=');
    await user.click(screen.getByRole('checkbox', { name: 'Shenzhen' }));
    expect(link()).not.toContain('cities=');
  });
});

describe('a city list of hundreds', () => {
  const many = Array.from({ length: 300 }, (_, i) => ({
    id: `test-city-${i + 1}`,
    en: `Testville ${i + 1}`,
    zh: `测试市${i + 1}`,
    value: (i + 1) * 1e3,
  }));
  const ds = datasetWithCities(many);

  it('lists the chosen cities and a few dozen others until asked for all', async () => {
    const user = userEvent.setup();
    setChoices(filterChoices(ds));
    renderPanel(<RankingsPanel />, {}, ds);
    const boxes = () => within(cityFilter()).getAllByRole('checkbox');
    const chosen = boxes().filter((b) => (b as HTMLInputElement).checked).length;
    expect(boxes()).toHaveLength(chosen + LIST_CAP);
    // Searching looks through every city, listed or not.
    await user.type(within(cityFilter()).getByRole('searchbox'), 'Testville 299');
    expect(within(cityFilter()).getByRole('checkbox', { name: 'Testville 299' })).toBeVisible();
    await user.clear(within(cityFilter()).getByRole('searchbox'));
    await user.click(within(cityFilter()).getByRole('button', { name: 'Show all 303' }));
    expect(boxes()).toHaveLength(303);
    await user.click(within(cityFilter()).getByRole('button', { name: 'Show fewer' }));
    expect(boxes()).toHaveLength(chosen + LIST_CAP);
  });
});

describe('cappedOptions', () => {
  const opts = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ value, label: value }));
  it.each([
    [[], 2, ['a', 'b'], 3],
    [['e'], 2, ['a', 'b', 'e'], 2],
    [['a', 'd'], 1, ['a', 'b', 'd'], 2],
    [[], 9, ['a', 'b', 'c', 'd', 'e'], 0],
  ])('chosen %j, cap %i: shows %j, hides %i', (selected, cap, shown, hidden) => {
    const out = cappedOptions(opts, selected, cap);
    expect(out.shown.map((o) => o.value)).toEqual(shown);
    expect(out.hidden).toBe(hidden);
  });
});
