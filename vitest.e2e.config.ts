import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi) against `vite preview` of dist/.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: one browser at a time keeps timings honest and runs stable.
    fileParallelism: false,
  },
});
