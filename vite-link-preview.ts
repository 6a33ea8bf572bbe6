import type { Plugin } from 'vite';

/** The tags whose content is a URL a link-preview crawler fetches: it must be absolute. */
const IMAGE_META =
  /(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")\/([^"]*)(")/g;

/** SITE_URL as the address of the app's index.html, always ending in `/`. */
export function normaliseSiteUrl(siteUrl: string): URL {
  const url = new URL(siteUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${siteUrl}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * index.html with the preview image's root-relative URL (`/og-image.png`, a file of public/)
 * resolved against the site's address, and an og:url naming that address.
 */
export function absolutePreviewUrls(html: string, siteUrl: URL): string {
  return html
    .replace(IMAGE_META, (_m, open: string, path: string, close: string) =>
      [open, new URL(path, siteUrl).href, close].join(''),
    )
    .replace(
      /(<meta\s+property="og:type"[^>]*>)/,
      `$1\n    <meta property="og:url" content="${siteUrl.href}" />`,
    );
}

/**
 * Chat apps and mail clients fetch og:image without running the page, and most accept only an
 * absolute URL. `SITE_URL=https://intranet.example/cq-auto/` (where index.html is served) makes
 * og:image, twitter:image and og:url absolute; without it they stay relative to the base path.
 */
export function linkPreview(siteUrl = process.env.SITE_URL): Plugin {
  const site = siteUrl ? normaliseSiteUrl(siteUrl) : null;
  return {
    name: 'link-preview',
    apply: 'build',
    configResolved(config) {
      // A site under /cq-auto/ needs a build for /cq-auto/: the image would be looked for elsewhere.
      if (site && config.base.startsWith('/') && site.pathname !== config.base)
        throw new Error(
          `SITE_URL's path ${site.pathname} differs from the build's base path ${config.base}`,
        );
    },
    transformIndexHtml: {
      // Before Vite prefixes the base: an absolute URL is left as it is.
      order: 'pre',
      handler: (html) => (site ? absolutePreviewUrls(html, site) : html),
    },
  };
}
