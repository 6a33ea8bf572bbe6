// The HTTP headers a deployment of the production build should send, in one place: the build's
// CSP meta tag (vite-csp.ts), the local production server (serve-dist.mjs, which the end-to-end
// tests, the bench and Lighthouse run against) and the examples in docs/deploy.md (checked by
// tests/unit/deploy/deploy-headers.test.ts) all read them from here. Plain JavaScript so the
// server runs without a build; deploy-headers.d.mts types it.

/**
 * Content-Security-Policy: the site's own origin only, no inline scripts, no third-party hosts.
 * Images may be blob: and data: (chart exports are drawn from them).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as the build's meta tag carries it (the fallback where no header is sent). */
export const CSP = CSP_DIRECTIVES.join('; ');

/**
 * Who may show the dashboard in a frame. Browsers ignore frame-ancestors in a meta tag, so only
 * the header can say it. 'self' by default; an intranet page that embeds the dashboard needs its
 * origin added, e.g. "'self' https://portal.intranet.example".
 */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

/** The policy as the HTTP header sends it: the meta tag's plus frame-ancestors. */
export function headerCsp(frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  return `${CSP}; frame-ancestors ${frameAncestors}`;
}

/** Vite names every file under assets/ by a hash of its content: a changed file is a new URL. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else keeps its name across deploys (index.html, sw.js, the web manifest, workbox,
 * favicon, data/template.csv): the browser may keep a copy but asks the server (ETag) each time,
 * so a new deploy is seen at once and an unchanged file costs a 304.
 */
export const CACHE_REVALIDATE = 'no-cache';

/** Cache-Control for a file, by its path relative to the build directory ('assets/x-1a2b.js'). */
export function cacheControlFor(relPath) {
  return relPath.startsWith('assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Sent with every response. Referrer-Policy same-origin: the dashboard links out to published
 * articles, and an intranet host name and a view's filters need not travel with those clicks.
 */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/** Content types by file extension; anything else is application/octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing (text); images and fonts are compressed already. */
export function isCompressible(contentType) {
  return /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/.test(contentType);
}

/** Every header a successful response for `relPath` carries, except the encoding and validators. */
export function headersFor(relPath, { frameAncestors = DEFAULT_FRAME_ANCESTORS } = {}) {
  const dot = relPath.lastIndexOf('.');
  const ext = dot > relPath.lastIndexOf('/') ? relPath.slice(dot).toLowerCase() : '';
  return {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControlFor(relPath),
    'Content-Security-Policy': headerCsp(frameAncestors),
    ...COMMON_HEADERS,
  };
}
