import { useEffect } from 'react';
import { DatasetContext } from '../components/dataset-context';
import { SourceDialogProvider } from '../components/source-dialog';
import { useDataset } from '../data/use-dataset';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { useMessages } from '../i18n/use-messages';
import { useViewStore } from '../state/view-store';
import { ErrorScreen } from './error-screen';
import { FilterBar } from './filter-bar';
import { Header } from './header';
import { NoticeBar } from './notice-bar';
import { PanelNav } from './panel-nav';
import { Panels } from './panels';

/** Keeps <html lang>, the theme and the tab title in step with the view. */
function useDocumentSettings() {
  const t = useMessages();
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = t.app.title;
  }, [lang, theme, t]);
}

export function App() {
  const t = useMessages();
  const dataset = useDataset();
  useDocumentSettings();
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
          <DatasetContext value={dataset.data}>
            <SourceDialogProvider dataset={dataset.data}>
              <FilterBar years={dataset.data.years} />
              <HeadlineStrip dataset={dataset.data} />
              <PanelNav />
              <Panels dataset={dataset.data} />
            </SourceDialogProvider>
          </DatasetContext>
        )}
        <p className="text-sm text-ink-muted">{t.app.dataNote}</p>
      </main>
    </>
  );
}
