import { useEffect } from 'react';
import { LazyQrCode, preloadQr } from '../components/lazy-qr';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { shortAddress } from '../lib/short-address';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatDate } from '../lib/format';
import { pickView, viewLink } from '../state/url-codec';
import { PANELS } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';
import { Panels } from './panels';

/**
 * Waits until every panel in view is on the page (they arrive one per task) and each has drawn
 * its chart, says it is empty or has failed, and every QR code (the cover's, each panel's and the milestones')
 * is drawn or has failed, or 10 s have passed (a chart that failed to load must not stop
 * the print). Counting only the panels already there printed the later ones blank.
 */
async function chartsDrawn(panels: number, milestones: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  // The cover's code, each panel's and the milestones page's.
  const qrCodes = 1 + panels + (milestones ? 1 : 0);
  while (Date.now() < deadline) {
    const drawn = document.querySelectorAll(
      '[data-panel]:is(:has(svg.recharts-surface), :has([data-testid=empty-state])), [data-testid=panel-error]',
    );
    const codes = document.querySelectorAll('[data-qr=ready], [data-qr=failed]');
    if (drawn.length >= panels && codes.length >= qrCodes) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The print briefing: a cover with the key figures, filters and link, then each panel in view on
 * its own A4 landscape page with chart, table, filters, sources and link. Laid out at paper width
 * on screen too, so what is previewed is what prints.
 */
export function PrintBriefing() {
  const t = useMessages();
  const lang = useLang();
  const link = viewLink(pickView(useViewStore.getState()));
  const close = () => useViewStore.setState({ printing: false });
  const panels = useViewStore((s) => (s.panel === 'milestones' ? 0 : s.panel ? 1 : PANELS.length));
  const milestones = useViewStore((s) => s.panel === null || s.panel === 'milestones');

  useEffect(() => {
    let cancelled = false;
    // The codes' module loads alongside the charts (a failure shows as a failed code).
    void preloadQr().catch(() => undefined);
    void chartsDrawn(panels, milestones).then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [panels, milestones]);

  return (
    <div
      className="print-briefing mx-auto w-[1040px] max-w-full space-y-6 py-4 print:w-auto print:py-0"
      data-testid="print-briefing"
    >
      <div className="flex items-center justify-between gap-3 rounded-lg border-2 border-accent bg-surface p-3 print:hidden">
        <p className="font-semibold">{t.exportText.printTitle}</p>
        <div className="flex gap-2">
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t.exportText.printNow}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t.exportText.printClose}
          </button>
        </div>
      </div>
      <section className="space-y-3" aria-labelledby="briefing-title">
        <div className="flex items-start justify-between gap-6">
          <div className="min-w-0 space-y-3">
            <h1 id="briefing-title" className="text-2xl font-bold">
              {t.app.title}
            </h1>
            <p className="text-ink-muted">
              {t.exportText.briefing(formatDate(new Date().toISOString().slice(0, 10), lang))} ·{' '}
              {t.app.tagline}
            </p>
          </div>
          {/* The whole view, for a reader with a phone: about 34 mm on paper. */}
          <div className="w-[130px] shrink-0" data-testid="briefing-qr">
            <LazyQrCode value={link} size={130} caption={shortAddress(link, 64)} />
          </div>
        </div>
        <HeadlineStrip />
        <p className="text-sm break-all">
          <span className="font-semibold">
            {t.exportText.link}
            {t.punct.colon}
          </span>
          {link}
        </p>
        <p className="text-sm text-ink-muted">{t.app.dataNote}</p>
      </section>
      <Panels />
    </div>
  );
}
