import { useEffect, type ReactNode } from 'react';
import { DatasetContext } from '../components/dataset-context';
import { SourceDialogProvider } from '../components/source-dialog';
import type { Dataset } from '../data/dataset';
import { useDataset } from '../data/use-dataset';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { useMessages } from '../i18n/use-messages';
import { presentFontSize, useViewportSize } from '../lib/present-scale';
import { useViewStore } from '../state/view-store';
import { BriefingTools } from './briefing-tools';
import { ErrorScreen } from './error-screen';
import { FilterBar } from './filter-bar';
import { Header } from './header';
import { NoticeBar } from './notice-bar';
import { PanelNav } from './panel-nav';
import { Panels } from './panels';
import { Presentation } from './presentation/presentation';
import { PrintBriefing } from './print-briefing';
import { RunSheet } from './run-sheet';
import { useStartPresentation } from './use-start-presentation';

/** Keeps <html lang>, the theme, the type scale and the tab title in step with the view. */
function useDocumentSettings() {
  const t = useMessages();
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const present = useViewStore((s) => s.present);
  const printing = useViewStore((s) => s.printing);
  const { width, height } = useViewportSize();
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // Paper is white: the briefing prints in the light theme whatever the screen shows.
    root.dataset.theme = printing ? 'light' : theme;
    // Slides are sized in rem, so the root size scales the whole slide to the screen.
    root.style.fontSize = present ? `${presentFontSize(width, height)}px` : '';
    root.classList.toggle('presenting', present);
    document.title = t.app.title;
  }, [lang, theme, t, present, printing, width, height]);
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

function Loaded({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  return (
    <DatasetContext value={dataset}>
      <SourceDialogProvider dataset={dataset}>{children}</SourceDialogProvider>
    </DatasetContext>
  );
}

export function App() {
  const t = useMessages();
  const dataset = useDataset();
  const present = useViewStore((s) => s.present);
  const printing = useViewStore((s) => s.printing);
  useDocumentSettings();
  usePresentShortcut();

  if (printing && dataset.data) {
    return (
      <Loaded dataset={dataset.data}>
        <PrintBriefing dataset={dataset.data} />
      </Loaded>
    );
  }
  if (present && dataset.data) {
    return (
      <Loaded dataset={dataset.data}>
        <div className="fixed inset-x-0 top-0 z-20 m-[0.5rem]">
          <NoticeBar />
        </div>
        <Presentation dataset={dataset.data} />
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
        {dataset.isError ? (
          <ErrorScreen error={dataset.error} />
        ) : dataset.isPending ? (
          <p aria-busy="true">{t.app.loading}</p>
        ) : (
          <Loaded dataset={dataset.data}>
            <FilterBar years={dataset.data.years} />
            <HeadlineStrip dataset={dataset.data} />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <PanelNav />
              <BriefingTools dataset={dataset.data} />
            </div>
            <RunSheet />
            <Panels dataset={dataset.data} />
          </Loaded>
        )}
        <p className="text-sm text-ink-muted">{t.app.dataNote}</p>
      </main>
    </>
  );
}
