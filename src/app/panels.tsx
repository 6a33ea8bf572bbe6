import { startTransition, useEffect, useRef, useState, type ComponentType } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { preloadCharts } from '../components/lazy-chart';
import { CompaniesPanel } from '../features/companies/companies-panel';
import { MilestonesSection } from '../features/milestones/milestones-section';
import { NevPanel } from '../features/nev/nev-panel';
import { RankingsPanel } from '../features/rankings/rankings-panel';
import { TargetsPanel } from '../features/targets/targets-panel';
import { useMessages } from '../i18n/use-messages';
import { panelScrollTarget } from '../lib/panel-scroll';
import { PANELS, type PanelId, type SectionId } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';

const PANEL_COMPONENTS: Record<PanelId, ComponentType> = {
  rankings: RankingsPanel,
  companies: CompaniesPanel,
  nev: NevPanel,
  targets: TargetsPanel,
};

function PanelError({ title, error, retry }: { title: string; error: Error; retry: () => void }) {
  const t = useMessages();
  return (
    <section
      role="alert"
      className="rounded-lg border-2 border-danger bg-surface p-4"
      data-testid="panel-error"
    >
      <h2 className="text-lg font-bold">
        <span aria-hidden="true">✖ </span>
        {t.panel.failed(title)}
      </h2>
      <p className="mt-1 font-mono text-sm">{error.message}</p>
      <button type="button" className="btn mt-2" onClick={retry}>
        {t.panel.retry}
      </button>
    </section>
  );
}

declare global {
  interface Window {
    __CQAM_FAIL_PANEL__?: string;
  }
}

function FailingPanel(): never {
  throw new Error('Simulated panel failure (test seam)');
}

/** One panel inside its own error boundary: a failure stays in its box. */
export function PanelSlot({ id }: { id: PanelId }) {
  const t = useMessages();
  // Test-only seam: end-to-end tests make one panel fail to check that the others carry on.
  const Panel = window.__CQAM_FAIL_PANEL__ === id ? FailingPanel : PANEL_COMPONENTS[id];
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <PanelError title={t.panels[id].title} error={error} retry={retry} />
      )}
    >
      <Panel />
    </ErrorBoundary>
  );
}

/**
 * How many of `total` items to show: one more per task, so each commit, and the browser's style
 * and layout work after it, stays short while the page is loading.
 */
function useStaggered(total: number): number {
  const [count, setCount] = useState(1);
  useEffect(() => {
    if (count >= total) return;
    const id = setTimeout(() => startTransition(() => setCount((c) => c + 1)), 0);
    return () => clearTimeout(id);
  }, [count, total]);
  return Math.min(count, total);
}

/**
 * A link that opens on one panel (or the milestones) opens at it: once the panel is in (the
 * header, filters and key figures above it have their size by then, and its lazy chart grows
 * below its heading), the page scrolls to it once, if it starts low on the screen. Later panel
 * changes come from the panel menu just above and need no scroll.
 */
function useScrollToLinkedPanel(panel: SectionId | null, ready: boolean) {
  const linked = useRef(panel);
  useEffect(() => {
    const id = linked.current;
    if (!ready || id === null) return;
    const frame = requestAnimationFrame(() => {
      linked.current = null;
      const el = document.querySelector(
        id === 'milestones' ? '[data-testid=milestones]' : `[data-panel=${id}]`,
      );
      if (!el) return;
      const top = panelScrollTarget({
        panelTop: el.getBoundingClientRect().top,
        scrollY: window.scrollY,
        viewportHeight: window.innerHeight,
        margin: 8,
      });
      if (top !== null) window.scrollTo({ top: top + window.scrollY, behavior: 'instant' });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}

/** The panels in view: all four and the milestones in the overview, or the one in focus. */
export function Panels() {
  const t = useMessages();
  const panel = useViewStore((s) => s.panel);
  const shown: readonly PanelId[] = panel === 'milestones' ? [] : panel ? [panel] : PANELS;
  const count = useStaggered(shown.length);
  // Chart code loads when the page is idle, so a print (Ctrl+P) can draw every chart at once.
  useEffect(() => preloadCharts(), []);
  useScrollToLinkedPanel(panel, count === shown.length);
  return (
    <div className="flex flex-col gap-4">
      {shown.slice(0, count).map((id) => (
        <PanelSlot key={id} id={id} />
      ))}
      {/* The story behind the numbers, after the panels of the overview. */}
      {(!panel || panel === 'milestones') && count >= shown.length && (
        <ErrorBoundary
          fallback={(error, retry) => (
            <PanelError title={t.milestones.title} error={error} retry={retry} />
          )}
        >
          <MilestonesSection />
        </ErrorBoundary>
      )}
    </div>
  );
}
