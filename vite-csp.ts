import type { Plugin } from 'vite';
import { CSP } from './scripts/deploy-headers.mjs';

/**
 * Content-Security-Policy for the production build as a meta tag: the fallback where the server
 * sends no CSP header (docs/deploy.md). The policy itself lives in scripts/deploy-headers.mjs, so
 * the tag, the header of the local production server and the deploy guide's examples are one.
 * Added at build time only: the dev server injects inline scripts for hot reload.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}
