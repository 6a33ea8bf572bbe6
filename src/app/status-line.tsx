import { useMessages } from '../i18n/use-messages';
import { useNetworkNews } from './network-news';

/**
 * The header's tagline, and in its place the network's news: "offline" while there is no
 * network, or once per browser that the dashboard now works offline. The news sits in the
 * tagline's own cell of the header, in the page's flow, so it never covers a chart, a table, the
 * key figures or a QR code (a pill fixed to a corner of the screen did), and the cell keeps its
 * height, so nothing moves when it comes or goes. The line is one live region, announced as it
 * changes.
 */
export function StatusLine() {
  const t = useMessages();
  const news = useNetworkNews();
  return (
    <div className="grid text-sm">
      <p className={`[grid-area:1/1] text-ink-muted ${news ? 'invisible print:visible' : ''}`}>
        {t.app.tagline}
      </p>
      <p
        role="status"
        className="[grid-area:1/1] self-start print:hidden"
        data-testid="network-status"
        data-state={news ?? undefined}
      >
        {news && (
          <span
            className={
              news === 'offline'
                ? 'inline-block rounded-lg border border-warn bg-warn-bg px-2 font-medium text-ink'
                : 'inline-block rounded-lg border border-line bg-surface px-2 text-ink-muted'
            }
          >
            <span aria-hidden="true">{news === 'offline' ? '⚠ ' : '✓ '}</span>
            {news === 'offline' ? t.network.offline : t.offline.ready}
          </span>
        )}
      </p>
    </div>
  );
}
