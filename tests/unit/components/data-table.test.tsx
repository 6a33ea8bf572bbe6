import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataTable, VIRTUAL_ABOVE, type TableRow } from '../../../src/components/data-table';
import { DatasetContext } from '../../../src/components/dataset-context';
import { RenderModeProvider, type RenderMode } from '../../../src/components/render-mode';
import { SourceDialogProvider } from '../../../src/components/source-dialog';
import { defaultFilters } from '../../../src/state/view';
import { dataset } from '../support/dataset';

const base = dataset.observations[0];
if (!base) throw new Error('no observations');
/** `n` monthly figures of one series, oldest first. */
const rowsOf = (n: number): TableRow[] =>
  Array.from({ length: n }, (_, i) => ({
    seriesKey: 'chongqing',
    figure: {
      ...base,
      id: `month-${i}`,
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 1000 + i,
    },
  }));

const renderTable = (n: number, mode: RenderMode = 'screen') =>
  render(
    <DatasetContext value={dataset}>
      <RenderModeProvider mode={mode} theme="light" filters={defaultFilters()} milestones={null}>
        <SourceDialogProvider>
          <DataTable caption="Data behind the chart" rows={rowsOf(n)} seriesLabel={(k) => k} />
        </SourceDialogProvider>
      </RenderModeProvider>
    </DatasetContext>,
  );

const bodyRows = () =>
  within(screen.getByTestId('data-table'))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-figure-id'));

// jsdom lays nothing out: the scroll box gets the height a browser would give it.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'region' ? 600 : 0;
    },
  });
});
beforeAll(() => {
  // …and each row a one-line row's height.
  Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => 41,
  });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLTableRowElement.prototype, 'offsetHeight');
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

describe('a long table', () => {
  it('draws every row up to the limit, as a plain table', () => {
    renderTable(VIRTUAL_ABOVE);
    expect(bodyRows()).toHaveLength(VIRTUAL_ABOVE);
    expect(screen.getByTestId('data-table')).not.toHaveAttribute('aria-rowcount');
  });

  it('above it draws the rows in view, saying how many there are and where each sits', async () => {
    renderTable(1000);
    const table = screen.getByTestId('data-table');
    // The virtualizer is loaded on demand: wait for its spacer row below the rows drawn.
    await waitFor(() => expect(table.querySelector('tr[aria-hidden]')).not.toBeNull());
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    // The box it scrolls in can be reached and scrolled by keyboard.
    expect(screen.getByRole('region', { name: 'Data behind the chart' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('prints every row on paper', () => {
    renderTable(1000, 'paper');
    expect(bodyRows()).toHaveLength(1000);
    expect(screen.getByTestId('data-table')).not.toHaveAttribute('aria-rowcount');
  });
});
