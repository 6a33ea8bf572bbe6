import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CompaniesPanel } from '../../../src/features/companies/companies-panel';
import { NevPanel } from '../../../src/features/nev/nev-panel';
import { RankingsPanel } from '../../../src/features/rankings/rankings-panel';
import { TargetsPanel } from '../../../src/features/targets/targets-panel';
import { useViewStore } from '../../../src/state/view-store';
import { renderPanel } from '../support/render-panel';

const region = (name: string) => screen.getByRole('region', { name });
const tableRows = () => within(screen.getByTestId('data-table')).getAllByRole('row').slice(1);

describe('City rankings panel', () => {
  it('says who leads, and its table lists the ranks and production behind the chart', async () => {
    const user = userEvent.setup();
    renderPanel(<RankingsPanel />);
    expect(screen.getByTestId('panel-headline')).toHaveTextContent(
      'Chongqing was No.1 (among cities) in 2025.',
    );
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(useViewStore.getState().tables).toEqual(['rankings']);
    const table = screen.getByRole('table', { name: 'Data behind the City rankings chart' });
    expect(within(table).getByRole('button', { name: '3.156 M vehicles' })).toBeInTheDocument();
    expect(within(table).getAllByText('Rank').length).toBeGreaterThan(3);
    // Issue 12 §3: ranks among cities by default; the No.3 among provinces is in the provinces view.
    expect(tableRows()).toHaveLength(17);
  });

  it('filters by city and shows an empty state with a one-click reset', async () => {
    const user = userEvent.setup();
    renderPanel(<RankingsPanel />, { tables: ['rankings'] });
    await user.click(screen.getByRole('checkbox', { name: 'Chongqing' }));
    expect(tableRows()).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Guangzhou' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shenzhen' }));
    expect(screen.getByText('No figures match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Reset this panel's filters" }));
    expect(tableRows()).toHaveLength(17);
  });

  it('sorts the table by value', async () => {
    const user = userEvent.setup();
    renderPanel(<RankingsPanel />, {
      tables: ['rankings'],
      cities: ['chongqing'],
    });
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(tableRows()[0] as HTMLElement).getByRole('button')).toHaveTextContent(
      '3.156 M vehicles',
    );
  });
});

describe('Company sales panel', () => {
  it('headlines each company and keeps NEVs only with the scope filter', async () => {
    const user = userEvent.setup();
    renderPanel(<CompaniesPanel />, { tables: ['companies'] });
    expect(screen.getByTestId('panel-headline')).toHaveTextContent(
      'NEV sales of Changan: 1.11 M vehicles in 2025 (+51.1% year on year).',
    );
    expect(screen.getByTestId('panel-headline')).toHaveTextContent(
      "NEVs were 38.1% of Changan's sales in 2025.",
    );
    expect(screen.getAllByText('Changan · Vehicle sales').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: 'NEVs only' }));
    expect(screen.queryByText('Changan · Vehicle sales')).toBeNull();
    expect(useViewStore.getState().scope).toBe('nev');
  });

  it('shows an empty state when no company is selected', async () => {
    const user = userEvent.setup();
    renderPanel(<CompaniesPanel />, { tables: ['companies'] });
    await user.click(screen.getByRole('checkbox', { name: 'Changan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Seres' }));
    expect(screen.getByTestId('empty-state')).toBeInTheDocument();
  });

  it('lists the Seres conflict with both figures in the table', () => {
    renderPanel(<CompaniesPanel />, {
      tables: ['companies'],
      companies: ['seres'],
    });
    const table = screen.getByTestId('data-table');
    expect(
      within(table).getByRole('button', { name: 'over 420,000 vehicles' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: '426,900 vehicles' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seres NEV sales in 2024' })).toBeInTheDocument();
  });
});

describe('NEV development panel', () => {
  it('headlines the rise in percentage points and filters by region', async () => {
    const user = userEvent.setup();
    renderPanel(<NevPanel />, { tables: ['nev'] });
    expect(screen.getByTestId('panel-headline')).toHaveTextContent(
      "The NEV share of Chongqing's production went from 21.7% in 2023 to 46.5% in 2025 (+24.8 pp), 2023 based on expected figures.",
    );
    expect(
      within(screen.getByTestId('data-table')).getByRole('button', { name: '46.5%' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Chongqing' }));
    expect(
      within(screen.getByTestId('data-table')).queryByRole('button', { name: '46.5%' }),
    ).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'China' }));
    expect(screen.getByTestId('empty-state')).toBeInTheDocument();
  });
});

describe('Targets panel', () => {
  it('lists every target with its status and warns where measures differ', () => {
    renderPanel(<TargetsPanel />);
    const table = screen.getByTestId('targets-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const production = rows.find((r) => r.textContent.includes('2.6 M vehicles'));
    expect(production).toHaveTextContent('107.2%');
    expect(production).toHaveTextContent('Met');
    expect(within(table).getAllByTestId('mismatch').length).toBe(4);
    expect(screen.getByTestId('panel-headline')).toHaveTextContent(
      '10 targets in view, judged on figures up to 2025',
    );
  });

  it('filters by target year and subject, with an empty state', async () => {
    const user = userEvent.setup();
    renderPanel(<TargetsPanel />);
    await user.click(screen.getByRole('radio', { name: '2027' }));
    expect(within(screen.getByTestId('targets-table')).getAllByRole('row')).toHaveLength(3);
    expect(useViewStore.getState().targetYear).toBe('2027');
    await user.click(screen.getByRole('checkbox', { name: 'Industry cluster' }));
    await user.click(screen.getByRole('checkbox', { name: 'NEVs' }));
    expect(screen.getByTestId('empty-state')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Reset this panel's filters" }));
    expect(within(screen.getByTestId('targets-table')).getAllByRole('row')).toHaveLength(11);
  });

  it('shows the region heading', () => {
    renderPanel(<TargetsPanel />);
    expect(region('Targets vs actuals')).toBeInTheDocument();
  });
});
