import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { startUrlSync } from '../../../src/state/url-sync';

/** Renders the whole app as main.tsx does, starting from the given URL. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const stop = startUrlSync(window);
  const client = new QueryClient();
  const result = render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { ...result, stop };
}
