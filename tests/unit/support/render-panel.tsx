import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatasetContext } from '../../../src/components/dataset-context';
import { SourceDialogProvider } from '../../../src/components/source-dialog';
import type { Dataset } from '../../../src/data/dataset';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from './dataset';

/** Renders one panel with a dataset (the real one unless given) and a fresh default view. */
export function renderPanel(
  panel: ReactElement,
  view: Partial<ReturnType<typeof defaultView>> = {},
  ds: Dataset = dataset,
) {
  useViewStore.setState({ ...defaultView('en'), notices: [], ...view });
  return render(
    <DatasetContext value={ds}>
      <SourceDialogProvider>{panel}</SourceDialogProvider>
    </DatasetContext>,
  );
}
