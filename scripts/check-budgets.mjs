#!/usr/bin/env node
// Size budgets for the production build (gzip). Sizes are deterministic, so this may fail the
// build: the first screen's JavaScript (entry chunk and its static imports), all JavaScript
// together, and the CSS. Prints every chunk so a regression shows where it came from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { firstScreenJs: 110, allJs: 260, css: 25 }; // kB gzip
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

const assets = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => {
    const file = `assets/${f}`;
    return { file, kb: gz(file), first: firstScreen.has(file) };
  })
  .sort((a, b) => b.kb - a.kb);

const sum = (list) => list.reduce((s, a) => s + a.kb, 0);
const js = assets.filter((a) => a.file.endsWith('.js'));
const totals = {
  firstScreenJs: sum(js.filter((a) => a.first)),
  allJs: sum(js),
  css: sum(assets.filter((a) => a.file.endsWith('.css'))),
};

console.log('chunk                                          gzip kB  first screen');
for (const a of assets)
  console.log(`${a.file.padEnd(46)} ${a.kb.toFixed(2).padStart(8)}  ${a.first ? 'yes' : ''}`);
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
  console.error('Size budget exceeded: load the new code lazily or trim it.');
  process.exit(1);
}
