import type { SectionId } from '../../data/view-vocabulary';
import { pickView, viewLink } from '../../state/url-codec';
import { useViewStore } from '../../state/view-store';

/**
 * The link that opens this panel (or the milestones) with the current filters. Defaults are left out of the query
 * (`encodeView`), which keeps it short enough to print whole under a chart.
 */
export function panelLink(id: SectionId): string {
  return viewLink({ ...pickView(useViewStore.getState()), panel: id });
}
