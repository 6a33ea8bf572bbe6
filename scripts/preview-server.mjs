// Shared by the benchmark and the Lighthouse run: serves the production build with `vite preview`
// on its own port, and the Chromium flags that work on this kind of machine (../shared/TOOLCHAIN.md).
import { spawn } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

/** Starts `vite preview` on `port`, resolves with its base URL and a stop function once it answers. */
export async function startPreview(port) {
  const base = `http://127.0.0.1:${port}`;
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
    ],
    { stdio: 'ignore' },
  );
  const stop = () => server.kill();
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
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
