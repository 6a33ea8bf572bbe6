import {
  Suspense,
  lazy,
  startTransition,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react';
import { DatasetContext } from '../components/dataset-context';
import { SourceDialogProvider } from '../components/source-dialog';
import type { Dataset } from '../data/dataset';
import { filterChoices } from '../data/registry';
import { useDataset } from '../data/use-dataset';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { useMessages } from '../i18n/use-messages';
import { presentFontSize, useSlideReserve, useViewportSize } from '../lib/present-scale';
import { applyChoices } from '../state/url-sync';
import { useViewStore } from '../state/view-store';
import { BriefingTools } from './briefing-tools';
import { DataStamp } from './data-stamp';
import { ErrorScreen } from './error-screen';
import { FilterBar } from './filter-bar';
import { Header } from './header';
import { LoadingLine } from './loading-line';
import { NoticeBar } from './notice-bar';
import { PanelNav } from './panel-nav';
import { useDocumentMeta } from './use-document-meta';
import { useStartPresentation } from './use-start-presentation';
import { ViewRenderMode } from './view-render-mode';

// The first screen is the header, filters and key figures; panels, slides, the print briefing
// and the run sheet load right after, in their own chunks.
const Panels = lazy(() => import('./panels').then((m) => ({ default: m.Panels })));
const Presentation = lazy(() =>
  import('./presentation/presentation').then((m) => ({ default: m.Presentation })),
);
const PresenterView = lazy(() =>
  import('./presentation/presenter-view').then((m) => ({ default: m.PresenterView })),
);
const PrintBriefing = lazy(() =>
  import('./print-briefing').then((m) => ({ default: m.PrintBriefing })),
);
const EmbedView = lazy(() => import('./embed-view'));
const RunSheet = lazy(() => import('./run-sheet').then((m) => ({ default: m.RunSheet })));
// Only the production build has a service worker (the dev server and unit tests do not).
const UpdatePrompt = import.meta.env.PROD ? lazy(() => import('./update-prompt')) : () => null;

/** Keeps <html lang>, the theme and the type scale in step with the view. */
function useDocumentSettings() {
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const present = useViewStore((s) => s.present);
  const printing = useViewStore((s) => s.printing);
  const { width, height } = useViewportSize();
  const reserve = useSlideReserve();
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // Paper is white: the briefing prints in the light theme whatever the screen shows.
    root.dataset.theme = printing ? 'light' : theme;
    // Slides are sized in rem, so the root size scales the whole slide to the screen.
    root.style.fontSize = present ? `${presentFontSize(width, height, reserve)}px` : '';
    root.classList.toggle('presenting', present);
  }, [lang, theme, present, printing, width, height, reserve]);
}

/** `P` starts the presentation from anywhere but a text field. */
function usePresentShortcut() {
  const present = useViewStore((s) => s.present);
  const start = useStartPresentation();
  useEffect(() => {
    if (present) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        target?.closest('input, select, textarea, [contenteditable]')
      )
        return;
      if (e.key === 'p' || e.key === 'P') start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present, start]);
}

/**
 * True once the first screen has painted: the panels then render as a transition, in slices
 * that keep the page responsive, instead of in one long task.
 */
function useAfterFirstScreen(loaded: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (loaded) startTransition(() => setReady(true));
  }, [loaded]);
  return ready;
}

function Loaded({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  // The registry decides which ids the link's list filters may hold: checked before first paint.
  useLayoutEffect(() => {
    const choices = filterChoices(dataset);
    applyChoices(choices, window);
    // The data also decides whether a link's index base years (and a contribution's two years)
    // have figures. That check needs the panels' series code (5 kB), so it loads only for a link
    // that sets such a year, and the link is read once more with it.
    const { base, companyBase, companyFrom, companyTo } = useViewStore.getState();
    if ([base, companyBase, companyFrom, companyTo].every((y) => y === null)) return;
    let live = true;
    void import('./link-base-years').then(({ checkBaseYears }) => {
      if (live) applyChoices(choices, window, (view) => checkBaseYears(dataset, view));
    });
    return () => {
      live = false;
    };
  }, [dataset]);
  return (
    <DatasetContext value={dataset}>
      <SourceDialogProvider>{children}</SourceDialogProvider>
    </DatasetContext>
  );
}

export function App() {
  const t = useMessages();
  const dataset = useDataset();
  // The data arrives through an external store, which React renders synchronously; deferring
  // it renders the first screen as a transition, in slices, instead.
  const data = useDeferredValue(dataset.data);
  const present = useViewStore((s) => s.present);
  const presenter = useViewStore((s) => s.presenter);
  const printing = useViewStore((s) => s.printing);
  const embed = useViewStore((s) => s.embed);
  useDocumentSettings();
  useDocumentMeta();
  usePresentShortcut();
  const panelsReady = useAfterFirstScreen(data !== undefined);

  if (printing && data) {
    return (
      <Loaded dataset={data}>
        <ViewRenderMode mode="paper">
          <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
            <PrintBriefing />
          </Suspense>
        </ViewRenderMode>
      </Loaded>
    );
  }
  if (embed && !present && !printing) {
    // No page chrome while loading either, and no update prompt: a notice about offline use
    // means nothing inside another page.
    if (!data) return dataset.isError ? <ErrorScreen error={dataset.error} /> : <LoadingLine />;
    return (
      <Loaded dataset={data}>
        <div className="fixed inset-x-0 top-0 z-20 m-2">
          <NoticeBar />
        </div>
        <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
          <EmbedView />
        </Suspense>
      </Loaded>
    );
  }
  if (present && data) {
    return (
      <Loaded dataset={data}>
        {/* The slides show the link's notice in their own layout, above the slide. */}
        {presenter && (
          <div className="fixed inset-x-0 top-0 z-20 m-[0.5rem]">
            <NoticeBar />
          </div>
        )}
        <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
          {presenter ? <PresenterView /> : <Presentation />}
        </Suspense>
      </Loaded>
    );
  }
  return (
    <>
      <a href="#main" className="skip-link">
        {t.app.skip}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="mx-auto max-w-[1800px] space-y-4 px-4 py-4">
        <NoticeBar />
        {/* At least a screen tall, so the note below starts out of view and the panels arriving
            after the first paint do not push it about (a layout shift). */}
        <div className="min-h-svh space-y-4 print:min-h-0">
          {dataset.isError ? (
            <ErrorScreen error={dataset.error} />
          ) : !data ? (
            <LoadingLine />
          ) : (
            <Loaded dataset={data}>
              <ViewRenderMode mode="screen">
                <FilterBar years={data.years} />
                <HeadlineStrip />
                <p className="hidden text-sm text-ink-muted print:block">{t.app.dataNote}</p>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <PanelNav />
                  <BriefingTools />
                </div>
                {panelsReady && (
                  <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
                    <RunSheet />
                    <Panels />
                  </Suspense>
                )}
              </ViewRenderMode>
            </Loaded>
          )}
        </div>
        {/* On paper it follows the key figures (below), as on the briefing's cover: at the end
            it was left alone on a last page. */}
        <p className="text-sm text-ink-muted print:hidden">
          {t.app.dataNote}
          {data && (
            <>
              {t.punct.sentenceSep}
              <DataStamp dataset={data} />
            </>
          )}
        </p>
      </main>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
