import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
  }
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI) {
      throw new Error(
        'CI: Chromium is required for the end-to-end tests but was not found (apt-get install -y chromium).',
      );
    }
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! END-TO-END TESTS SKIPPED: no Chromium found at /usr/bin/chromium or $CHROMIUM_PATH.\n` +
        `!! Install it with:  sudo apt-get install -y chromium fonts-noto-cjk\n` +
        `!! (CI installs it itself and fails instead of skipping.)\n${line}\n`,
    );
  }
  project.provide('chromiumPath', chromium);
  project.provide('baseUrl', BASE_URL);
  if (!chromium) return;

  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  // Another server on the port would be tested instead of this build: refuse rather than guess.
  const stale = await fetch(BASE_URL).then(
    () => true,
    () => false,
  );
  if (stale) {
    throw new Error(
      `Something already listens on ${BASE_URL}; stop it (e.g. a leftover \`npm run preview\`).`,
    );
  }
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForServer(BASE_URL, server);
  return () => {
    server.kill();
  };
}
