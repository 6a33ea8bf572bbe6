// The in-browser half of the benchmark (scripts/bench.mjs): loads a served build, reads the app's
// performance marks, then changes every kind of filter and times each change until the page's DOM
// has settled, with the long tasks that ran meanwhile. Timing is a report, never a test.

/** Every kind of filter a reader changes, round-robin so each change starts from another state. */
export const KINDS = [
  'years',
  'measure',
  'cities',
  'citySearch',
  'peers',
  'companies',
  'companySearch',
  'scope',
  'regions',
  'growth',
  'targetYear',
];
/** Changes per kind, and a time budget for them all: fewer where each change takes seconds. */
const EFFORT = {
  1: { changes: 8, navigations: 3, minutes: 3 },
  10: { changes: 8, navigations: 3, minutes: 3 },
  100: { changes: 5, navigations: 2, minutes: 4 },
  1000: { changes: 2, navigations: 1, minutes: 4 },
};
const PROFILED_CHANGES = 5;
/** A DOM quiet for this long after a change has settled. */
const QUIET_MS = 120;

// Runs in the page before the app: long tasks are collected from the start, and each filter
// action finds its control the way a reader would (by panel and control type, not by class).
const PAGE_SCRIPT = `(() => {
  window.__cqamLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__cqamLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const radio = (name, step) => {
    const free = [...document.querySelectorAll('input[type=radio][name=' + name + ']')].filter((i) => !i.disabled && !i.checked);
    const target = free[step % Math.max(1, free.length)];
    if (!target) return false;
    target.click();
    return true;
  };
  const group = (panel) => [...document.querySelectorAll('[data-panel=' + panel + '] fieldset')]
    .find((f) => f.querySelector('input[type=checkbox]'));
  const checkbox = (panel) => {
    const inputs = group(panel)?.querySelectorAll('input[type=checkbox]') ?? [];
    const target = inputs[1] ?? inputs[0];
    if (!target) return false;
    target.click();
    return true;
  };
  const QUERIES = ['an', '', 'long', '', 'xin', '', 'motors', ''];
  const search = (panel, step) => {
    const box = group(panel)?.querySelector('input[type=search]');
    if (!box) return false;
    setValue.call(box, QUERIES[step % QUERIES.length]);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
  const years = (step) => {
    const select = document.querySelectorAll('select')[0];
    if (!select) return false;
    const options = [...select.options].filter((o) => o.value !== '' && !o.disabled);
    const pick = options[(step * 7) % Math.max(1, options.length)];
    select.value = select.value === '' && pick ? pick.value : '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  };
  const actions = {
    years,
    measure: (s) => radio('measure', s),
    cities: () => checkbox('rankings'),
    citySearch: (s) => search('rankings', s),
    peers: (s) => radio('peers', s),
    companies: () => checkbox('companies'),
    companySearch: (s) => search('companies', s),
    scope: (s) => radio('scope', s),
    regions: () => checkbox('nev'),
    growth: (s) => radio('growth', s),
    targetYear: (s) => radio('targetYear', s),
  };
  window.__cqamMeasure = (kind, step) => new Promise((resolve) => {
    const root = document.getElementById('root');
    let last = performance.now();
    const observer = new MutationObserver(() => { last = performance.now(); });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = performance.now();
    if (!actions[kind](step)) { observer.disconnect(); return resolve(null); }
    const check = () => {
      if (performance.now() - last < ${QUIET_MS}) return setTimeout(check, 20);
      observer.disconnect();
      const longTasks = window.__cqamLong
        .filter((t) => t.start + t.duration >= start && t.start <= last)
        .map((t) => t.duration);
      resolve({ ms: last - start, longTasks });
    };
    setTimeout(check, 20);
  });
})();`;

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null;
};
const round = (v) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
const stats = (values) => ({
  n: values.length,
  medianMs: round(quantile(values, 0.5)),
  p95Ms: round(quantile(values, 0.95)),
});
const longStats = (tasks) => ({
  count: tasks.length,
  maxMs: round(tasks.length ? Math.max(...tasks) : 0),
  over200: tasks.filter((t) => t > 200).length,
  over500: tasks.filter((t) => t > 500).length,
});

const DATA_FILE = /\/(sources|conflicts|observations|milestones|entities|metrics)-[^/]*\.json$/;

/** Bytes over the wire per response, read from the DevTools protocol during one navigation. */
async function watchNetwork(cdp) {
  const responses = new Map();
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, {
      url: e.response.url,
      encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'],
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return () => {
    const all = [...responses.values()].filter((r) => r.bytes !== undefined);
    const data = all.filter((r) => DATA_FILE.test(new URL(r.url).pathname));
    return {
      dataBytes: data.reduce((n, r) => n + r.bytes, 0),
      dataEncoding: [...new Set(data.map((r) => r.encoding ?? 'identity'))].join(', '),
      dataFiles: data.length,
      totalBytes: all.reduce((n, r) => n + r.bytes, 0),
    };
  };
}

async function firstMarks(page, base, timeout) {
  await page.goto(`${base}/?lang=en`);
  // The first chart, or the error screen (role=alert) when the app cannot load the data.
  const done = await page
    .waitForFunction(
      () =>
        performance.getEntriesByName('cqam:first-chart').length > 0 ||
        document.querySelector('[role=alert]') !== null,
      undefined,
      { timeout, polling: 100 },
    )
    .then(
      () => true,
      () => false,
    );
  const failure = await page
    .evaluate(() => ({
      alert: document.querySelector('[role=alert]')?.innerText?.replace(/\s+/g, ' ').trim(),
      at: performance.now(),
    }))
    .catch(() => ({ alert: '(the page did not answer)', at: null }));
  if (!done) throw new Error(`no chart within ${timeout / 1000} s`);
  if (failure.alert)
    throw new Error(
      `the app failed after ${Math.round(failure.at / 100) / 10} s: ${failure.alert}`,
    );
  return page.evaluate(() => ({
    figure: performance.getEntriesByName('cqam:first-figure')[0]?.startTime ?? null,
    chart: performance.getEntriesByName('cqam:first-chart')[0]?.startTime ?? null,
  }));
}

/** Charts draw when scrolled near, then stay: draw them all, so each change redraws them all. */
async function drawEveryChart(page, timeout) {
  for (const id of ['rankings', 'companies', 'nev', 'targets'])
    await page.locator(`[data-panel=${id}]`).waitFor({ timeout });
  for (;;) {
    const placeholder = await page.$('[data-testid=chart-placeholder]');
    if (!placeholder) break;
    await placeholder.scrollIntoViewIfNeeded();
    await placeholder.waitForElementState('hidden', { timeout });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** One filter change, or null when the page lacks that control (few entries: no search box). */
async function change(page, kind, step, timeout) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`a ${kind} change took over ${timeout / 1000} s`)),
      timeout,
    );
  });
  try {
    return await Promise.race([
      page.evaluate(({ kind, step }) => window.__cqamMeasure(kind, step), { kind, step }),
      limit,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Measures one served build. With `profileKind`, instead records a CPU profile of that kind of
 * change and returns it.
 */
export async function runScenario(browser, base, { scale = 1, profileKind = null } = {}) {
  const effort = EFFORT[scale] ?? EFFORT[1000];
  const timeout = scale >= 100 ? 300_000 : 60_000;
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(PAGE_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const out = { navigations: [] };
  try {
    // Cold first (empty cache: the transfer size), then warm reloads; the median is reported.
    const network = await watchNetwork(cdp);
    const navigations = profileKind ? 1 : effort.navigations;
    for (let i = 0; i < navigations; i++) {
      try {
        out.navigations.push(await firstMarks(page, base, timeout));
      } finally {
        // Also when the app fails: what it had to download is part of the report.
        if (i === 0) {
          out.transfer = network();
          await cdp.send('Network.disable').catch(() => {});
        }
      }
    }
    out.firstFigureMs = round(
      quantile(
        out.navigations.map((n) => n.figure ?? Infinity),
        0.5,
      ),
    );
    out.firstChartMs = round(
      quantile(
        out.navigations.map((n) => n.chart ?? Infinity),
        0.5,
      ),
    );
    await drawEveryChart(page, timeout);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    out.heapMB = heap === null ? null : round(heap / 2 ** 20);

    if (profileKind) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const durations = [];
      for (let step = 0; step < PROFILED_CHANGES; step++) {
        const r = await change(page, profileKind, step, timeout);
        if (r) durations.push(r.ms);
      }
      const { profile } = await cdp.send('Profiler.stop');
      return { profile, durations };
    }

    const durations = Object.fromEntries(KINDS.map((k) => [k, []]));
    const longTasks = Object.fromEntries(KINDS.map((k) => [k, []]));
    const missing = new Set();
    const budget = Date.now() + effort.minutes * 60_000;
    for (let step = 0; step < effort.changes && Date.now() < budget; step++)
      for (const kind of KINDS) {
        if (missing.has(kind)) continue;
        const r = await change(page, kind, step, timeout);
        if (r === null) missing.add(kind);
        else {
          durations[kind].push(r.ms);
          longTasks[kind].push(...r.longTasks);
        }
      }
    const measured = KINDS.filter((k) => durations[k].length > 0);
    out.filterChange = stats(measured.flatMap((k) => durations[k]));
    out.byFilter = Object.fromEntries(
      measured.map((k) => [k, { ...stats(durations[k]), longTasks: longStats(longTasks[k]) }]),
    );
    out.notOffered = [...missing];
    out.stoppedEarly = Date.now() >= budget;
    out.longTasks = longStats(measured.flatMap((k) => longTasks[k]));
  } catch (error) {
    // Honest baseline: a dataset the app cannot load (or change) in time is recorded as such.
    out.error = error instanceof Error ? error.message : String(error);
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}
