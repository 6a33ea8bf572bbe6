#!/usr/bin/env node
// Interaction benchmark (timing: a report, not a pass/fail test). In Chromium against the
// production build: the time from a filter change (years, cities, vehicle scope, regions) until
// the page's DOM has settled, measured with the browser's own performance marks, on the real
// dataset and on a synthetic one about 100 times larger; and the time to the first headline
// figure and the first chart after navigation. Writes bench-results/latest.json and the table
// between the bench markers in README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  findChromium,
  startPreview,
  writeReadmeSection,
} from './preview-server.mjs';
import { syntheticDataset } from './synthetic-dataset.mjs';

const CHANGES = 40;
const NAVIGATIONS = 5;

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (v) => Math.round(v * 10) / 10;

/** Runs one filter change in the page and resolves with ms until the DOM stopped changing. */
const MEASURE = `window.__cqamMeasure = (action) => new Promise((resolve) => {
  const root = document.getElementById('root');
  let last = performance.now();
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  performance.mark('cqam:change-start');
  action();
  const check = () => {
    if (performance.now() - last < 120) return setTimeout(check, 20);
    observer.disconnect();
    performance.mark('cqam:dom-settled', { startTime: last });
    resolve(performance.measure('cqam:filter-change', 'cqam:change-start', 'cqam:dom-settled').duration);
  };
  setTimeout(check, 20);
});`;

async function scenario(browser, name, dataset) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'block',
  });
  if (dataset)
    await context.addInitScript((d) => {
      window.__CQAM_TEST_DATASET__ = d;
    }, dataset);
  await context.addInitScript(MEASURE);
  const page = await context.newPage();

  // Time to the first headline figure and first chart after navigation (cache warm after the first).
  const firsts = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    await page.goto(`${BASE}/?lang=en`);
    await page
      .waitForFunction(
        () => performance.getEntriesByName('cqam:first-chart').length > 0,
        undefined,
        { timeout: 60_000 },
      )
      .catch(async (e) => {
        console.error(
          await page.evaluate(() => [
            location.href,
            document.body.innerText.slice(0, 600),
            performance.getEntriesByType('mark').map((m) => m.name),
          ]),
        );
        throw e;
      });
    firsts.push(
      await page.evaluate(() => ({
        figure: performance.getEntriesByName('cqam:first-figure')[0]?.startTime ?? NaN,
        chart: performance.getEntriesByName('cqam:first-chart')[0]?.startTime ?? NaN,
      })),
    );
  }
  // Charts draw when they come near the view and then stay: scroll to each placeholder until
  // none is left, so every filter change below redraws all the panels' charts, the worst case.
  for (const id of ['rankings', 'companies', 'nev', 'targets'])
    await page.locator(`[data-panel=${id}]`).waitFor({ timeout: 60_000 });
  for (;;) {
    const placeholder = await page.$('[data-testid=chart-placeholder]');
    if (!placeholder) break;
    await placeholder.scrollIntoViewIfNeeded();
    await placeholder.waitForElementState('hidden', { timeout: 60_000 });
  }
  const years = await page.evaluate(() =>
    [...document.querySelectorAll('select')[0].options].map((o) => o.value).filter((v) => v !== ''),
  );
  const kinds = ['years', 'cities', 'scope', 'regions'];
  const durations = { years: [], cities: [], scope: [], regions: [] };
  for (let i = 0; i < CHANGES; i++) {
    const kind = kinds[i % kinds.length];
    const from = years[Math.floor((i * 7919) % Math.max(1, years.length - 10))];
    const ms = await page.evaluate(
      ({ kind, from }) =>
        window.__cqamMeasure(() => {
          if (kind === 'years') {
            const select = document.querySelectorAll('select')[0];
            select.value = select.value === '' ? from : '';
            select.dispatchEvent(new Event('change', { bubbles: true }));
          } else {
            const panel = { cities: 'rankings', scope: 'companies', regions: 'nev' }[kind];
            const inputs = document.querySelectorAll(
              `[data-panel=${panel}] input[type=${kind === 'scope' ? 'radio' : 'checkbox'}]`,
            );
            const target = kind === 'scope' ? [...inputs].find((el) => !el.checked) : inputs[1];
            target.click();
          }
        }),
      { kind, from },
    );
    durations[kind].push(ms);
  }
  await context.close();
  const all = Object.values(durations).flat();
  return {
    name,
    observations: dataset ? dataset.observations.length : null,
    changes: all.length,
    filterChange: { medianMs: round(quantile(all, 0.5)), p95Ms: round(quantile(all, 0.95)) },
    byFilter: Object.fromEntries(
      Object.entries(durations).map(([k, v]) => [
        k,
        { medianMs: round(quantile(v, 0.5)), p95Ms: round(quantile(v, 0.95)) },
      ]),
    ),
    firstFigureMs: round(
      quantile(
        firsts.map((f) => f.figure),
        0.5,
      ),
    ),
    firstChartMs: round(
      quantile(
        firsts.map((f) => f.chart),
        0.5,
      ),
    ),
  };
}

const { base: BASE, stop } = await startPreview(4174);
try {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const realCount = JSON.parse(readFileSync('src/data/observations.json', 'utf8')).length;
  const real = await scenario(browser, 'real', null);
  real.observations = realCount;
  const big = await scenario(browser, 'synthetic ×100', syntheticDataset());
  await browser.close();
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: '2 cores, headless Chromium',
    scenarios: [real, big],
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);

  const rows = [real, big].map(
    (s) =>
      `| ${s.name} | ${s.observations} | ${s.filterChange.medianMs} | ${s.filterChange.p95Ms} | ${s.firstFigureMs} | ${s.firstChartMs} |`,
  );
  const table = [
    `Measured ${result.date} (${result.machine}), ${real.changes} filter changes per dataset:`,
    '',
    '| dataset | observations | filter change median ms | p95 ms | first figure ms | first chart ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  console.log(table);
  await writeReadmeSection('bench', table);
} finally {
  stop();
}
