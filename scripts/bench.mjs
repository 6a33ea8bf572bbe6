#!/usr/bin/env node
// Scale benchmark (issue 16; timing is a report, never a pass/fail test). For the real data and
// synthetic datasets about 10× and 100× its size (1000× with --with-1000x) from
// scripts/synthetic-dataset.mjs: writes the data files to a temporary folder, builds the app from
// them (DATA_DIR) into a folder of its own, serves that build with the deploy headers (gzip/br)
// and measures in headless Chromium: time to the first figure and first chart, every kind of
// filter change (median, p95, long tasks), the JS heap after load and the data's bytes over the
// wire. Then a CPU profile of the worst filter change at 100× on an unminified build of the same
// data. Writes bench-results/latest.json, bench-results/profile-summary.md and the README table,
// beside bench-results/baseline.json (the numbers before issue 16's performance work).
//
//   npm run bench [-- --with-1000x] [--baseline] [--port 4301] [--no-profile] [--only 1,10]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { profileMarkdown, summariseProfile } from './bench-profile.mjs';
import { runScenario } from './bench-page.mjs';
import {
  CHROMIUM_FLAGS,
  findChromium,
  startPreview,
  writeReadmeSection,
} from './preview-server.mjs';
import { DATA_FILES, syntheticDataset, writeDataset } from './synthetic-dataset.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const WITH_1000 = args.includes('--with-1000x');
const SAVE_BASELINE = args.includes('--baseline');
const PROFILE = !args.includes('--no-profile');
const PORT = Number(option('--port', process.env.BENCH_PORT ?? '4301'));

const DATASETS = [
  { name: 'real', scale: 1 },
  { name: '10×', scale: 10 },
  { name: '100×', scale: 100 },
  ...(WITH_1000 ? [{ name: '1000×', scale: 1000 }] : []),
].filter((d) => !option('--only') || option('--only').split(',').includes(String(d.scale)));

function build(dataDir, outDir, { readable = false } = {}) {
  const started = Date.now();
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
      // The profile's build: names as written, so the summary reads without a source map.
      ...(readable ? ['--minify', 'false'] : []),
    ],
    {
      // NODE_ENV: an inherited 'test' or 'development' would make a development build.
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 26,
    },
  );
  return Date.now() - started;
}

/** Compresses the data files once before the browser asks, as a deploy that precompresses would. */
async function warmCompression(base, outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const files = Object.values(manifest)
    .map((m) => m.file)
    .filter((f) => f.endsWith('.json'));
  for (const f of files)
    for (const encoding of ['br', 'gzip'])
      await fetch(`${base}/${f}`, { headers: { 'accept-encoding': encoding } }).then((r) =>
        r.arrayBuffer(),
      );
}

function countsOf(dataset) {
  const entities = {};
  for (const e of dataset.entities) entities[e.type] = (entities[e.type] ?? 0) + 1;
  return {
    observations: dataset.observations.length,
    entities,
    sources: dataset.sources.length,
    conflicts: dataset.conflicts.length,
    dataBytes: DATA_FILES.reduce((n, f) => n + Buffer.byteLength(JSON.stringify(dataset[f])), 0),
  };
}

const realDataset = () =>
  Object.fromEntries(
    DATA_FILES.map((f) => [f, JSON.parse(readFileSync(`src/data/${f}.json`, 'utf8'))]),
  );

const executablePath = findChromium();
if (!executablePath)
  throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
const tmp = mkdtempSync(join(tmpdir(), 'cqam-bench-'));
const started = new Date();
const load = loadavg()[0];
const scenarios = [];
let profiled = null;
try {
  for (const d of DATASETS) {
    const dataset = d.scale === 1 ? realDataset() : syntheticDataset({ scale: d.scale, seed: 42 });
    const dataDir = join(tmp, `data-${d.scale}`);
    writeDataset(dataset, dataDir);
    const counts = countsOf(dataset);
    console.log(`${d.name}: ${counts.observations} observations, building…`);
    const outDir = join(tmp, `dist-${d.scale}`);
    const buildMs = build(dataDir, outDir);
    const { base, stop } = await startPreview(PORT, outDir);
    try {
      await warmCompression(base, outDir);
      const result = await runScenario(browser, base, { scale: d.scale });
      scenarios.push({ name: d.name, scale: d.scale, ...counts, buildMs, ...result });
      console.log(JSON.stringify(scenarios.at(-1).filterChange), result.error ?? '');
    } finally {
      stop();
    }
    if (d.scale === 100 && PROFILE) profiled = { dataDir, scenario: scenarios.at(-1) };
  }

  // The worst filter change at 100× (highest median), profiled on a build with minify off.
  let profileNote = null;
  if (profiled && !profiled.scenario.error) {
    const worst = Object.entries(profiled.scenario.byFilter).sort(
      (a, b) => b[1].medianMs - a[1].medianMs,
    )[0]?.[0];
    if (worst) {
      console.log(`profiling "${worst}" at 100× (unminified build)…`);
      const outDir = join(tmp, 'dist-profile');
      build(profiled.dataDir, outDir, { readable: true });
      const { base, stop } = await startPreview(PORT, outDir);
      try {
        await warmCompression(base, outDir);
        const { profile, durations, error } = await runScenario(browser, base, {
          scale: 100,
          profileKind: worst,
        });
        if (!profile) throw new Error(`the profile run failed: ${error}`);
        const summary = summariseProfile(profile);
        profileNote = { kind: worst, changes: durations.length, sampledMs: summary.total };
        mkdirSync('bench-results', { recursive: true });
        writeFileSync(
          'bench-results/profile-summary.md',
          profileMarkdown(summary, {
            title: `CPU profile: "${worst}" filter change at 100× (${started.toISOString().slice(0, 10)})`,
            note: [
              `The filter kind with the highest median at 100× in this run, changed ${durations.length} times`,
              `(${durations.map((v) => Math.round(v)).join(', ')} ms) under the CDP Profiler, on a build of the`,
              'same data with `--minify false` (no source maps needed: the names are as written; a',
              'minified build spends its time in the same functions). Produced by `npm run bench`.',
            ].join('\n'),
          }),
        );
      } finally {
        stop();
      }
    }
  }

  const result = {
    date: started.toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      chromium: browser.version(),
      loadAverageAtStart: Math.round(load * 100) / 100,
      note: 'headless Chromium, 1920×1080, service workers blocked; the cores may be shared',
    },
    profile: profileNote,
    scenarios,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  if (SAVE_BASELINE)
    writeFileSync('bench-results/baseline.json', `${JSON.stringify(result, null, 2)}\n`);
  const baseline = existsSync('bench-results/baseline.json')
    ? JSON.parse(readFileSync('bench-results/baseline.json', 'utf8'))
    : null;
  const { readmeTable } = await import('./bench-table.mjs');
  const table = readmeTable(result, baseline);
  console.log(table);
  await writeReadmeSection('bench', table);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
