#!/usr/bin/env node
// Checks a deployment against docs/deploy.md: `node scripts/check-deploy.mjs https://host/cq-auto/`
// (or `npm run check:deploy -- URL`). Asks for the page, a hashed script, sw.js, the manifest, a
// deep link and a missing asset, and compares the answers with deploy-headers.mjs. Prints one
// line per check; exits 1 when one fails. FRAME_ANCESTORS: the value the deployment is meant to
// send, when it is not 'self'.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  COMMON_HEADERS,
  DEFAULT_FRAME_ANCESTORS,
  headerCsp,
} from './deploy-headers.mjs';

/** A GET without decompression, so Content-Encoding is what the server sent. */
function get(url, headers = {}) {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** Runs every check against the deployment at `pageUrl` (ending in /); resolves with results. */
export async function checkDeploy(pageUrl, frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  const url = pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`;
  const results = [];
  const check = (name, ok, got) => results.push({ name, ok, got });
  const csp = headerCsp(frameAncestors);

  const page = await get(url, { 'Accept-Encoding': 'identity' });
  const html = page.body.toString('utf8');
  check(
    'page: 200 text/html',
    page.status === 200 && /^text\/html/.test(page.headers['content-type'] ?? ''),
    `${page.status} ${page.headers['content-type']}`,
  );
  check(
    'page: Content-Security-Policy header',
    page.headers['content-security-policy'] === csp,
    page.headers['content-security-policy'],
  );
  for (const [name, value] of Object.entries(COMMON_HEADERS))
    check(
      `page: ${name}`,
      page.headers[name.toLowerCase()] === value,
      page.headers[name.toLowerCase()],
    );
  check(
    'page: Cache-Control no-cache',
    page.headers['cache-control'] === CACHE_REVALIDATE,
    page.headers['cache-control'],
  );

  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  check('page names its hashed script', script !== undefined, script);
  if (script) {
    const assetUrl = new URL(script, url).href;
    const asset = await get(assetUrl);
    check(
      'hashed script: long immutable cache',
      asset.status === 200 && asset.headers['cache-control'] === CACHE_IMMUTABLE,
      `${asset.status} ${asset.headers['cache-control']}`,
    );
    for (const encoding of ['br', 'gzip']) {
      const res = await get(assetUrl, { 'Accept-Encoding': encoding });
      check(
        `hashed script: ${encoding} when asked`,
        res.headers['content-encoding'] === encoding,
        res.headers['content-encoding'],
      );
    }
  }
  for (const file of ['sw.js', 'manifest.webmanifest']) {
    const res = await get(new URL(file, url).href);
    check(
      `${file}: no-cache`,
      res.status === 200 && res.headers['cache-control'] === CACHE_REVALIDATE,
      `${res.status} ${res.headers['cache-control']}`,
    );
  }
  const manifest = await get(new URL('manifest.webmanifest', url).href);
  check(
    'manifest: application/manifest+json',
    /^application\/manifest\+json/.test(manifest.headers['content-type'] ?? ''),
    manifest.headers['content-type'],
  );
  const deep = await get(new URL('some/deep/link', url).href, { 'Accept-Encoding': 'identity' });
  check(
    'deep link: index.html (SPA fallback)',
    deep.status === 200 && deep.body.toString('utf8') === html,
    `${deep.status} ${deep.headers['content-type']}`,
  );
  const missing = await get(new URL('assets/nope.js', url).href);
  check('missing asset: 404', missing.status === 404, String(missing.status));
  const dotted = await get(new URL('.vite/manifest.json', url).href);
  check('build manifest (.vite/) not served', dotted.status === 404, String(dotted.status));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/check-deploy.mjs https://host/path/');
    process.exit(2);
  }
  const results = await checkDeploy(target, process.env.FRAME_ANCESTORS);
  for (const r of results)
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : `: got ${r.got}`}`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
