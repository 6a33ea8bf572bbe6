import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './vite-csp.ts';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
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
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        globIgnores: ['screenshots/**'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
