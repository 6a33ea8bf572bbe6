import { useId } from 'react';
import type { SectionId } from '../../data/view-vocabulary';
import { useLang } from '../../i18n/use-messages';
import { useViewStore } from '../../state/view-store';
import { useDatasetContext } from '../dataset-context';
import { LazyQrCode } from '../lazy-qr';
import { shortAddress } from '../../lib/short-address';
import { useRenderMode } from '../render-mode';
import { SlideChips } from '../slide-chips';
import { PanelBody } from './panel-body';
import { PanelConflicts } from './panel-conflicts';
import { PanelHeader } from './panel-header';
import { panelLink } from './panel-link';
import type { PanelProps } from './panel-props';
import { PanelLinkLine, PanelSources } from './panel-sources';
import { SlideFrame } from './slide-frame';
import { panelConflicts, panelSources, shortSourceLine, sourceLine } from './source-lines';

/** T shows the panel's data as a table (or back), but not while typing or choosing in a control. */
function isTableKey(e: React.KeyboardEvent): boolean {
  const target = e.target as HTMLElement;
  return (
    (e.key === 't' || e.key === 'T') &&
    !e.altKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    !target.closest('input:not([type=radio]):not([type=checkbox]), select, textarea')
  );
}

/**
 * On a briefing page, top right: this panel's view for a phone, about 21 mm on paper, its short
 * address beside it. No taller than the title block beside it, so the page breaks as before.
 */
export function PanelQr({ id }: { id: SectionId }) {
  const link = panelLink(id);
  return (
    <div className="flex shrink-0 items-end gap-2" data-testid="panel-qr">
      <p className="w-[96px] text-right font-mono text-[7px] leading-tight break-all">
        {shortAddress(link, 48)}
      </p>
      <LazyQrCode value={link} size={78} />
    </div>
  );
}

/**
 * What every panel shares: title, question, headline sentence, its filters, a chart/table
 * switch kept in the URL, exports, the legend, the sources and conflicts behind the view and an
 * empty state. On a slide it becomes a SlideFrame; in the print briefing it shows chart and
 * table together, with its filters and link, on its own page.
 */
export function PanelFrame(props: PanelProps) {
  const { id, rows } = props;
  const lang = useLang();
  const dataset = useDatasetContext();
  const headingId = useId();
  const { mode } = useRenderMode();
  const display = useViewStore((s) => (s.tables.includes(id) ? 'table' : 'chart'));
  const setDisplay = useViewStore((s) => s.setDisplay);
  const sources = panelSources(rows, dataset);
  const short = shortSourceLine(sources, lang);

  if (mode === 'slide') return <SlideFrame {...props} headingId={headingId} sources={short} />;

  const paper = mode === 'paper';
  const full = sourceLine(sources, lang);
  return (
    <section
      aria-labelledby={headingId}
      className="panel flex flex-col gap-3 print:gap-1 rounded-lg border border-line bg-surface p-4 print:rounded-none print:border-0 print:p-0"
      data-panel={id}
      aria-keyshortcuts="T"
      onKeyDown={(e) => {
        // A quick way to the numbers for screen-reader and keyboard users.
        if (isTableKey(e)) setDisplay(id, display === 'chart' ? 'table' : 'chart');
      }}
    >
      {/* On paper the title block shares its row with the QR code; on screen it is as before. */}
      <div className={paper ? 'flex items-start gap-4' : 'contents'}>
        <div className={paper ? 'flex min-w-0 flex-1 flex-col gap-3 print:gap-1' : 'contents'}>
          <PanelHeader
            props={props}
            headingId={headingId}
            display={display}
            paper={paper}
            sources={{ full, short }}
          />
          <p className="text-base font-medium" data-testid="panel-headline">
            {props.headline}
          </p>
          {paper ? (
            <SlideChips slide={id} always />
          ) : (
            <div className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">{props.filters}</div>
          )}
        </div>
        {paper && <PanelQr id={id} />}
      </div>
      <PanelBody props={props} display={display} />
      {props.children}
      {!props.isEmpty && <PanelConflicts ids={panelConflicts(rows)} />}
      {!props.isEmpty && <PanelSources line={sources.length > 0 ? full : ''} />}
      {paper && <PanelLinkLine id={id} />}
    </section>
  );
}
