import { encodeView, pickView } from '../../state/url-codec';
import type { PanelId } from '../../data/view-vocabulary';
import { useViewStore } from '../../state/view-store';

/**
 * The link that opens this panel with the current filters. Defaults are left out of the query
 * (`encodeView`), which keeps it short enough to print whole under a chart.
 */
export function panelLink(id: PanelId): string {
  const view = { ...pickView(useViewStore.getState()), panel: id };
  return `${window.location.origin}${window.location.pathname}?${encodeView(view)}`;
}
