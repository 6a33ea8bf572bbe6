import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_VERSION } from '../../../src/data/dataset-version';
import { renderApp } from '../support/render-app';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
  delete window.__CQAM_TEST_DATASET__;
});

describe('the first screen', () => {
  it('shows the headline figures with kind and period', async () => {
    ({ stop } = renderApp('?lang=en'));
    const tile = await screen.findByRole('article', { name: 'Chongqing vehicle production' });
    expect(within(tile).getByText('2.788 M vehicles')).toBeInTheDocument();
    expect(within(tile).getByText('2025')).toBeInTheDocument();
    expect(within(tile).getByText('Actual')).toBeInTheDocument();
    expect(within(tile).getByText('+9.7% year on year')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Auto industry cluster scale' })).toHaveTextContent(
      'over ¥800 bn',
    );
  });

  it('updates the figures and the URL when the year range changes', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp('?lang=en'));
    await screen.findByRole('article', { name: 'Chongqing vehicle production' });
    await user.selectOptions(screen.getByLabelText('To'), '2023');
    expect(window.location.search).toContain('years=-2023');
    const tile = screen.getByRole('article', { name: 'Chongqing vehicle production' });
    expect(within(tile).getByText('2.3 M vehicles')).toBeInTheDocument();
    expect(within(tile).getByText('Estimate')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(window.location.search).not.toContain('years=');
  });

  it('switches the NEV figure to sales', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp('?lang=en'));
    await screen.findByRole('article', { name: 'Chongqing NEV production' });
    await user.click(screen.getByRole('radio', { name: 'Sales' }));
    const tile = screen.getByRole('article', { name: 'Chongqing NEV sales' });
    expect(tile).toHaveTextContent('953,200 vehicles');
    expect(tile).toHaveTextContent('Conflicting figures');
    expect(window.location.search).toContain('measure=sales');
  });

  it('opens the source of a figure with its verbatim excerpt', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp('?lang=en'));
    await user.click(
      await screen.findByRole('button', { name: 'Source of: Chongqing vehicle production' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Where this figure comes from' });
    expect(await within(dialog).findByText('2.788 million')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Chongqing regains the title of China');
    expect(dialog).toHaveTextContent('36Kr');
  });

  it('shows the formula of a derived figure', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp('?lang=en'));
    await user.click(
      await screen.findByRole('button', { name: "Source of: NEV share of Chongqing's production" }),
    );
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(dialog).toHaveTextContent('1.296 M vehicles ÷ 2.788 M vehicles = 46.5%'),
    );
  });

  it('says which part of a link was ignored, and lets the user dismiss it', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp('?lang=en&panel=<b>x</b>&colour=red'));
    const notice = await screen.findByRole('status', { name: 'Part of this link was ignored' });
    expect(notice).toHaveTextContent('“<b>x</b>” is not a valid value for “panel”');
    expect(notice).toHaveTextContent('Unknown setting “colour” was ignored.');
    expect(document.querySelector('b')).toBeNull();
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Part of this link was ignored' })).toBeNull();
  });

  it('shows Chinese text and numbers with lang=zh', async () => {
    ({ stop } = renderApp('?lang=zh'));
    const tile = await screen.findByRole('article', { name: '重庆汽车产量' });
    expect(tile).toHaveTextContent('278.8万辆');
    expect(tile).toHaveTextContent('2025年');
  });

  it('shows an error screen naming the bad record when the data is invalid', async () => {
    window.__CQAM_TEST_DATASET__ = {
      sources: [],
      conflicts: [],
      observations: [{ id: 'broken-record', value: 'lots' }],
    };
    ({ stop } = renderApp('?lang=en'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    await waitFor(() =>
      expect(alert).toHaveTextContent('observations[0] (broken-record), field “value”'),
    );
    expect(screen.getByRole('heading', { name: 'Chongqing Auto Monitor' })).toBeInTheDocument();
  });

  it.each([
    {
      broken: 'a 404',
      response: () => new Response('gone', { status: 404 }),
      says: 'observations.json could not be fetched (HTTP 404)',
    },
    {
      broken: 'bad JSON',
      response: () => new Response('[{"id": '),
      says: 'observations.json is not valid JSON',
    },
  ])('names the data file when it cannot be read ($broken)', async ({ response, says }) => {
    const fetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
      (input instanceof Request ? input.url : input.toString()).includes('observations')
        ? Promise.resolve(response())
        : fetch(input, init),
    );
    ({ stop } = renderApp('?lang=en'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent(says);
  });
});

describe('the footer note', () => {
  it.each([
    { lang: 'en', stamp: `Data as of Jan 2026 · dataset ${DATASET_VERSION}.` },
    { lang: 'zh', stamp: `数据截至2026年1月 · 数据版本 ${DATASET_VERSION}。` },
  ])('says how current the data is and which version ($lang)', async ({ lang, stamp }) => {
    ({ stop } = renderApp(`?lang=${lang}`));
    expect(await screen.findByTestId('data-stamp')).toHaveTextContent(stamp);
    // The build's hash of the data files, not a placeholder.
    expect(DATASET_VERSION).toMatch(/^[0-9a-f]{7}$/);
  });
});
