// Shared by the end-to-end tests, the benchmark and the Lighthouse run: Debian's Chromium and the
// flags that work on this kind of machine (../shared/TOOLCHAIN.md), and the production build
// served on a port of its own with the deploy guide's headers (serve-dist.mjs). Plain JavaScript
// so the scripts run without a build; preview-server.d.mts types it for the TypeScript tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from './serve-dist.mjs';

/** Debian's Chromium (Playwright's own browser download does not work on this machine). */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p !== undefined && p !== '' && existsSync(p)) ?? null;
}

/** Flags that work as root on a machine without network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serves dist/ (or `outDir`, a build made elsewhere) on `port` with serve-dist.mjs, the headers
 * docs/deploy.md recommends, under `base` (a build made with that BASE_PATH), and resolves, once
 * it answers, with its URL (origin plus the base path, without the trailing slash, so
 * `${base}/?panel=x` works either way) and a stop function. Refuses when something already
 * listens there: that would be tested instead.
 */
export async function startPreview(port, outDir = 'dist', { base: basePath = '/' } = {}) {
  const sub = normalizeBase(basePath);
  const origin = `http://127.0.0.1:${port}`;
  const base = `${origin}${sub.slice(0, -1)}`;
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first.`);
  const stale = await fetch(origin).then(
    () => true,
    () => false,
  );
  if (stale)
    throw new Error(
      `Something already listens on ${origin}; stop it (e.g. a leftover \`npm run preview\`).`,
    );
  // A process of its own: the browser under test and the server then share the two cores as
  // they would on separate machines, and stop() ends it like a real server going away.
  const server = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./serve-dist.mjs', import.meta.url)),
      '--port',
      String(port),
      '--dir',
      outDir,
      '--base',
      sub,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => server.kill();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`serve-dist exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`serve-dist did not answer at ${base}/ within 30 s`);
}

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in README.md, formatted
 * by Prettier as the test run's format check expects.
 */
export async function writeReadmeSection(name, text) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const prettier = await import('prettier');
  const readme = readFileSync('README.md', 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  if (!pattern.test(readme)) throw new Error(`README.md has no ${name} markers`);
  const updated = readme.replace(pattern, `<!-- ${name}:start -->\n${text}\n<!-- ${name}:end -->`);
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  writeFileSync('README.md', await prettier.format(updated, { ...options, filepath: 'README.md' }));
}
