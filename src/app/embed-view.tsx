import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isPanel } from '../data/view-vocabulary';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { useMessages } from '../i18n/use-messages';
import { pickView, viewLink } from '../state/url-codec';
import { useViewStore } from '../state/view-store';
import { PanelSlot } from './panels';
import { ViewRenderMode } from './view-render-mode';

// The milestones timeline is drawn as its slide, loaded only when embedded.
const MilestonesSlide = lazy(() =>
  import('../features/milestones/milestones-slide').then((m) => ({
    default: m.MilestonesSlide,
  })),
);

/**
 * `embed=1`: one panel alone for an intranet page's <iframe>. No header, filter bar, key figures,
 * nav or footer; the panel is drawn as a slide (title, active filters as chips, headline, chart
 * filling the frame, sources line); in a small frame the charts stack and keep a readable height,
 * and the panel scrolls inside its frame, and a link opens the
 * same view in full in a new window. Without a panel the key figures are shown.
 */
export default function EmbedView() {
  const t = useMessages();
  const view = useViewStore(useShallow(pickView));
  const full = viewLink({ ...view, embed: false });
  return (
    <div
      className="embed flex h-dvh flex-col overflow-hidden bg-page p-2 text-ink"
      data-testid="embed"
    >
      {/* Scrolls when the frame is too small for the charts' minimum height (styles.css). */}
      <main id="main" className="min-h-0 flex-1 overflow-y-auto">
        <ViewRenderMode mode="slide">
          {isPanel(view.panel) ? (
            <PanelSlot id={view.panel} />
          ) : view.panel === 'milestones' ? (
            <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
              <MilestonesSlide />
            </Suspense>
          ) : (
            <HeadlineStrip />
          )}
        </ViewRenderMode>
      </main>
      <p className="flex justify-end pt-1 text-sm">
        <a
          href={full}
          target="_blank"
          rel="noopener"
          className="link"
          data-testid="embed-open-full"
        >
          {t.embed.openFull}
          <span aria-hidden="true"> ↗</span>
          <span className="sr-only"> {t.embed.newWindow}</span>
        </a>
      </p>
    </div>
  );
}
