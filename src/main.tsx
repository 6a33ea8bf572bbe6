import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { datasetQuery } from './data/use-dataset';
import { warmFormatters } from './lib/format';
import { startUrlSync } from './state/url-sync';
import { useViewStore } from './state/view-store';

startUrlSync();
const queryClient = new QueryClient();
// The data chunks start loading now, not after the first render has committed. A failure is
// not lost: useDataset reads it from the cache and shows the error screen.
queryClient.query(datasetQuery).catch(() => undefined);
const root = document.getElementById('root');
if (root) {
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
  // While the data is on its way: the browser's first number and date formatters cost tens of
  // milliseconds to build, better spent now than inside the render of the key figures.
  setTimeout(() => warmFormatters(useViewStore.getState().lang), 0);
}
