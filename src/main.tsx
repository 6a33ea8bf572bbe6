import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { datasetQuery } from './data/use-dataset';
import { isCatalogLoaded, loadCatalog } from './i18n/catalogs';
import { warmFormatters } from './lib/format';
import { startUrlSync } from './state/url-sync';
import { beforeLangSwitch, useViewStore } from './state/view-store';

beforeLangSwitch((lang) => (isCatalogLoaded(lang) ? null : loadCatalog(lang)));
startUrlSync();
const queryClient = new QueryClient();
// The data chunks start loading now, not after the first render has committed. A failure is
// not lost: useDataset reads it from the cache and shows the error screen.
queryClient.query(datasetQuery).catch(() => undefined);
const root = document.getElementById('root');
// The reader's language only (catalogs.ts); it loads beside the data chunks.
const words = loadCatalog(useViewStore.getState().lang);
if (root) {
  words.then(
    () => {
      // While the data is on its way: the browser's first number and date formatters cost tens
      // of milliseconds to build, better spent now than inside the render of the key figures.
      // (Not before the words are here: dates are written with the catalog's month names.)
      setTimeout(() => warmFormatters(useViewStore.getState().lang), 0);
      render(root);
    },
    () => unavailable(root),
  );
}

function render(root: HTMLElement) {
  // A transition renders in slices that leave the page responsive, rather than in one long task.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}

/** No words to say it with: the page's own two-language line (the catalog chunk did not load). */
function unavailable(root: HTMLElement) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'p-6';
  p.textContent =
    'This page could not finish loading. Please reload it. · 页面未能加载完成，请刷新页面。';
  root.replaceChildren(p);
}
