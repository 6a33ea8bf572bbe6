// Shared by the end-to-end tests, the benchmark and the Lighthouse run: Debian's Chromium and the
// flags that work on this kind of machine (../shared/TOOLCHAIN.md), and `vite preview` of the
// production build on a port of its own. Plain JavaScript so the scripts run without a build;
// preview-server.d.mts types it for the TypeScript tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

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
 * Starts `vite preview` of dist/ (or of `outDir`, a build made elsewhere) on `port` and resolves,
 * once it answers, with its base URL and a stop function. `base` is the path a BASE_PATH build was
 * made for ('/cq-auto/'): it is served there, and the URL returned ends in it without the trailing
 * slash, so `${base}/?panel=nev` works for every build. Refuses when something already listens
 * there: that would be tested instead.
 */
export async function startPreview(port, outDir = 'dist', { base: path = '/' } = {}) {
  const base = `http://127.0.0.1:${port}${path.replace(/\/$/, '')}`;
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first.`);
  const stale = await fetch(`http://127.0.0.1:${port}`).then(
    () => true,
    () => false,
  );
  if (stale)
    throw new Error(
      `Something already listens on port ${port}; stop it (e.g. a leftover \`npm run preview\`).`,
    );
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
      '--base',
      path,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => server.kill();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${base} within 30 s`);
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
