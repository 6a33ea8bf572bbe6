import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatasetContext } from '../../../src/components/dataset-context';
import { SourceDialogProvider } from '../../../src/components/source-dialog';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from './dataset';

/** Renders one panel with the real dataset and a fresh default view. */
export function renderPanel(
  panel: ReactElement,
  view: Partial<ReturnType<typeof defaultView>> = {},
) {
  useViewStore.setState({ ...defaultView('en'), notices: [], ...view });
  return render(
    <DatasetContext value={dataset}>
      <SourceDialogProvider dataset={dataset}>{panel}</SourceDialogProvider>
    </DatasetContext>,
  );
}
