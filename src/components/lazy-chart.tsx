import { lazy, type ComponentType } from 'react';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

const loaders: (() => Promise<unknown>)[] = [];

/**
 * React.lazy that can be loaded ahead of use and then renders without suspending. React.lazy
 * suspends on its first render even when the module is already in memory; a browser printing
 * lays the page out right after `beforeprint`, so a chart that suspends then prints its
 * "Loading chart…" text instead of the chart.
 */
export function lazyChart<P extends object>(load: Loader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  loaders.push(preload);
  const Lazy = lazy(preload);
  function LazyChart(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return LazyChart;
}

/**
 * Loads every chart chunk registered so far, once the page is idle: the charts still render only
 * when scrolled to (or printed), but a print right after loading finds their code ready.
 */
export function preloadCharts(): () => void {
  const run = () => {
    for (const load of loaders) void load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
