import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { basePath } from './vite-base.ts';
import { contentSecurityPolicy } from './vite-csp.ts';
import { linkPreview } from './vite-link-preview.ts';

/**
 * The dataset's version: a short hash of every data file, shown in the page's footer note so a
 * reader (or a bug report) can tell which data a screen showed. Computed when the build (or the
 * dev server) starts.
 */
function datasetVersion(dir = 'src/data'): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(`${dir}/${file}`))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 7);
}

/**
 * DATA_DIR=/some/folder builds (or serves) the app from the data files in that folder instead of
 * src/data, so a maintainer can preview an import into a copy before touching the real files, and
 * the maintainer end-to-end test builds from a temporary copy (docs/data.md, "Checking and
 * previewing"). Only the data files that src/data/raw-dataset.ts imports are redirected.
 */
const DATA_DIR = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : null;
const SRC_DATA = resolve('src/data');

function dataDir(dir: string | null): Plugin {
  return {
    name: 'data-dir',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!dir || !importer) return null;
      const m = /^\.\/([a-z-]+\.json)(\?.*)?$/.exec(source);
      if (!m || resolve(dirname(importer.split('?')[0] ?? '')) !== SRC_DATA) return null;
      const file = resolve(dir, m[1] ?? '');
      if (!existsSync(file)) this.error(`DATA_DIR: ${file} does not exist`);
      return file + (m[2] ?? '');
    },
  };
}

/** The size of the largest data file, in bytes. */
function largestDataFile(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => statSync(`${dir}/${f}`).size),
  );
}

/**
 * BASE_PATH=/cq-auto/ builds for a sub-path (README, "Deploying under a sub-path"): asset URLs,
 * the data preloads, the manifest, the service worker and the links the app writes all carry it.
 */
const BASE = basePath(process.env.BASE_PATH);

/** How the data files' original names start in the bundle: src/data/ or DATA_DIR's path. */
const DATA_PREFIX = `${relative(resolve('.'), DATA_DIR ?? SRC_DATA).replaceAll('\\', '/')}/`;

/**
 * Starts fetching the data files with the HTML instead of after the entry script has run: the
 * first screen's figures wait on them. `crossorigin` matches the credentials mode of fetch().
 */
function preloadData(): Plugin {
  return {
    name: 'preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.values(ctx.bundle ?? {})
          .filter(
            (a) =>
              a.type === 'asset' &&
              a.fileName.endsWith('.json') &&
              a.originalFileNames.some((f) => f.startsWith(DATA_PREFIX)),
          )
          .map((a) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${BASE}${a.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  base: BASE,
  define: { __DATASET_VERSION__: JSON.stringify(datasetVersion(DATA_DIR ?? undefined)) },
  plugins: [
    dataDir(DATA_DIR),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    linkPreview(),
    preloadData(),
    // Offline for meeting rooms: the build is precached; a new version waits until the user
    // accepts the reload the app offers (registerType 'prompt'), never swapped in silently.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Chongqing Auto Monitor · 重庆汽车产业监测',
        short_name: 'CQ Auto Monitor',
        description:
          "Chongqing's automotive industry in figures, each traced to its published source.",
        // The app's identity, start page and reach are its base path, so an installed app opens
        // the dashboard, not the host's root, and two deployments on one host stay two apps.
        id: BASE,
        start_url: BASE,
        scope: BASE,
        display: 'standalone',
        background_color: '#f4f6f8',
        theme_color: '#0b5cad',
        icons: [{ src: `${BASE}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // json: the data files, so the figures are there offline too.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest,json}'],
        globIgnores: ['screenshots/**'],
        // Offline needs every data file, however large the dataset grows (the benchmark's 100×
        // data is a 20 MB observations.json): Workbox's 2 MiB default would fail the build.
        maximumFileSizeToCacheInBytes: Math.max(2 * 2 ** 20, largestDataFile(DATA_DIR ?? SRC_DATA)),
        navigateFallback: `${BASE}index.html`,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // Only the scales the charts use (src/components/charts/d3-scales.ts says why).
    alias: [
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: resolve('src/components/charts/d3-scales.ts'),
      },
    ],
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // React and ReactDOM as one chunk. Left alone, Rolldown splits them into three small
        // chunks (react, react-dom, jsx-runtime) once a lazily loaded chunk also imports React,
        // and the split compresses worse: 1.1 kB more gzip on the first screen, measured.
        // Likewise the app's core modules that the first screen and the lazy chunks share (the
        // store, the catalogs, formatting, the registry): left alone they became ten small chunks,
        // 1.7 kB more gzip on the first screen than one, measured. The first screen loads them
        // all, so none of them arrives earlier than it did.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'app-core',
              test: /(node_modules[\\/]zustand[\\/]|src[\\/](state[\\/](choices|view|view-store)\.ts|i18n[\\/](catalogs|use-messages)\.ts|data[\\/](registry|period|precision|view-vocabulary)\.ts|lib[\\/](format|filter-summary)\.ts|components[\\/](dataset-context|use-names)\.ts))/,
            },
          ],
        },
      },
    },
    sourcemap: false,
    manifest: true,
    modulePreload: {
      // The PowerPoint deck (src/export/deck.ts) loads on a click: the list of chunks to preload
      // with it would be written into the button's chunk, 0.4 kB every reader downloads for
      // nothing. Its imports load when it runs instead.
      resolveDependencies: (file, deps) => (/(^|\/)deck-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    // The data files stay separate files however small: a data: URI would put the data back in
    // the code, and fetch() of one breaks the CSP's connect-src 'self'.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  // The dev server may read a DATA_DIR outside the project.
  server: DATA_DIR ? { fs: { allow: ['.', DATA_DIR] } } : undefined,
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Vitest's 5 s default is a race on a busy 2-core machine: the lint-boundary test runs ESLint
    // over the tree and jsdom renders of whole panels took over 5 s there under load (seen with
    // load average 15). A hung test still fails, after 30 s.
    testTimeout: 30_000,
  },
});
