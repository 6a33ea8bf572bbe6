import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './vite-csp.ts';

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
              a.originalFileNames.some((f) => f.startsWith('src/data/')),
          )
          .map((a) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `/${a.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  define: { __DATASET_VERSION__: JSON.stringify(datasetVersion()) },
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
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
        start_url: '/',
        display: 'standalone',
        background_color: '#f4f6f8',
        theme_color: '#0b5cad',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // json: the data files, so the figures are there offline too.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest,json}'],
        globIgnores: ['screenshots/**'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The data files stay separate files however small: a data: URI would put the data back in
    // the code, and fetch() of one breaks the CSP's connect-src 'self'.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
