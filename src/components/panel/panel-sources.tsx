import { useMessages } from '../../i18n/use-messages';
import type { SectionId } from '../../data/view-vocabulary';
import { panelLink } from './panel-link';

/** The articles behind a panel's figures, in full. */
export function PanelSources({ line }: { line: string }) {
  const t = useMessages();
  if (line === '') return null;
  return (
    <p className="text-sm text-ink-muted" data-testid="panel-sources" data-panel-end>
      <span className="font-semibold">
        {t.panel.sources}
        {t.punct.colon}
      </span>
      {line}
    </p>
  );
}

/** On paper: the link that opens this panel with the printed filters. */
export function PanelLinkLine({ id }: { id: SectionId }) {
  const t = useMessages();
  return (
    <p className="text-sm break-all" data-testid="panel-link" data-panel-end>
      <span className="font-semibold">
        {t.exportText.link}
        {t.punct.colon}
      </span>
      {panelLink(id)}
    </p>
  );
}
