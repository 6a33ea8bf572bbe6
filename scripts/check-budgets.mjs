#!/usr/bin/env node
// Size budgets for the production build (gzip). Sizes are deterministic, so this may fail the
// build: the first screen's JavaScript (entry chunk and its static imports), the JavaScript a
// reader needs to view every panel and slide, the code loaded only when an export is made, the
// data (the emitted .json files: its own budget, so a growing dataset does not eat the code's),
// and the CSS.
// Prints every chunk and its group so a regression shows where it came from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { firstScreenJs: 110, viewingJs: 250, onDemandJs: 40, data: 60, css: 25 }; // kB gzip
// Chunks by the module that starts them: exports load on a click.
// Loaded on a user's request, or (virtual rows) only by a table of more than 200 rows.
// An embed link's view and the milestones slide load only when such a link or slide is opened.
const ON_DEMAND = [
  'src/export/run-export.ts',
  'src/components/virtual-rows.tsx',
  'src/app/embed-view.tsx',
  'src/features/milestones/milestones-slide.tsx',
  'src/lib/embed-code.ts',
];
// Worker scripts are assets, not chunks: the parse worker starts only for a large dataset.
const ON_DEMAND_ASSET = /^parse-worker-/;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

// The first screen: the entry chunk and, recursively, what it imports statically.
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('no entry chunk in the Vite manifest');
const firstScreen = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstScreen.has(chunk.file)) return;
  firstScreen.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entry[0]);
const chunkOf = (keys) => new Set(keys.flatMap((k) => (manifest[k] ? [manifest[k].file] : [])));

const assets = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css|json)$/.test(f))
  .map((f) => {
    const file = `assets/${f}`;
    const group = f.endsWith('.css')
      ? 'css'
      : f.endsWith('.json')
        ? 'data'
        : chunkOf(ON_DEMAND).has(file) || ON_DEMAND_ASSET.test(f)
          ? 'on demand'
          : 'viewing';
    return { file, kb: gz(file), first: firstScreen.has(file), group };
  })
  .sort((a, b) => b.kb - a.kb);

const sum = (list) => list.reduce((s, a) => s + a.kb, 0);
const js = assets.filter((a) => a.file.endsWith('.js'));
const totals = {
  firstScreenJs: sum(js.filter((a) => a.first)),
  viewingJs: sum(js.filter((a) => a.group === 'viewing')),
  onDemandJs: sum(js.filter((a) => a.group === 'on demand')),
  data: sum(assets.filter((a) => a.group === 'data')),
  css: sum(assets.filter((a) => a.group === 'css')),
};

console.log('asset                                          gzip kB  group      first screen');
for (const a of assets)
  console.log(
    `${a.file.padEnd(46)} ${a.kb.toFixed(2).padStart(8)}  ${a.group.padEnd(10)} ${a.first ? 'yes' : ''}`,
  );
let failed = false;
for (const [key, limit] of Object.entries(BUDGET)) {
  const value = totals[key];
  const ok = value <= limit;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${key.padEnd(14)} ${value.toFixed(1).padStart(6)} kB of ${limit} kB`,
  );
}
if (failed) {
  console.error('Size budget exceeded: load the new code lazily or trim it (or the data).');
  process.exit(1);
}
