import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Panels } from '../../../src/app/panels';
import { DatasetContext } from '../../../src/components/dataset-context';
import { SourceDialogProvider } from '../../../src/components/source-dialog';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from '../support/dataset';

// One panel's series logic fails; the boundary must contain it.
vi.mock('../../../src/features/nev/nev-series', () => ({
  nevView: () => {
    throw new Error('NEV series exploded');
  },
}));

describe('a failing panel', () => {
  it('shows its own error box while the other panels work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useViewStore.setState({
      ...defaultView('en'),
      notices: [],
      tables: ['rankings', 'companies', 'targets'],
    });
    render(
      <DatasetContext value={dataset}>
        <SourceDialogProvider>
          <Panels />
        </SourceDialogProvider>
      </DatasetContext>,
    );
    // Panels mount one per task (see useStaggered), so wait for the last one.
    await screen.findByRole('region', { name: 'Targets vs actuals' });
    const error = screen.getByTestId('panel-error');
    expect(error).toHaveTextContent('The NEV development panel could not be shown');
    expect(error).toHaveTextContent('NEV series exploded');
    expect(screen.getByRole('region', { name: 'City rankings' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Company sales' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Targets vs actuals' })).toBeInTheDocument();
    expect(screen.getAllByTestId('data-table')).toHaveLength(3);
  });
});
