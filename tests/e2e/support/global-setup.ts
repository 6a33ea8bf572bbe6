import type { TestProject } from 'vitest/node';
import { findChromium, startPreview } from '../../../scripts/preview-server.mjs';
import { findFirefox } from './find-firefox';

// E2E_PORT lets two work trees run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
    /** Firefox ESR for tests/e2e/firefox.e2e.ts; its absence is reported there. */
    firefoxPath: string | null;
  }
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
  const firefox = findFirefox();
  project.provide('firefoxPath', firefox);
  project.provide('baseUrl', `http://127.0.0.1:${PORT}`);
  if (!chromium && !firefox) return;
  // vite preview of the build; it refuses a port another server already answers on.
  const { stop } = await startPreview(PORT);
  return stop;
}
