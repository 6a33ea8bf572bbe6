import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkDeploy } from '../../scripts/check-deploy.mjs';
import { describeBrowser, drawPanels, inject, useBrowser, waitForFigures } from './support/browser';

/**
 * The headers docs/deploy.md recommends, as the server the end-to-end tests run against sends
 * them (scripts/serve-dist.mjs): what a reader's browser gets from a correct deployment.
 */
const base = () => inject('baseUrl');

/**
 * A GET without fetch's own decompression, so Content-Encoding is what the server sent. `path`
 * is below the base (`/sw.js`) or, as the page writes it, from the origin (`/cq-auto/assets/…`).
 */
function get(path: string, headers: Record<string, string> = {}, fromOrigin = false) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>(
    (resolve, reject) => {
      request(fromOrigin ? new URL(path, base()).href : `${base()}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [k, String(v)]),
            ),
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

/** The CSP meta tag's policy in the built index.html (the fallback a header-less host gets). */
function metaPolicy(html: string): string {
  const m = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('index.html has no CSP meta tag');
  return m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

describe('deploy headers (docs/deploy.md) from the local production server', () => {
  it('sends the meta tag’s CSP as a header, plus frame-ancestors', async () => {
    const page = await get('/', { 'Accept-Encoding': 'identity' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(
      `${metaPolicy(page.body)}; frame-ancestors 'self'`,
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('caches hashed assets for a year and makes the rest revalidate', async () => {
    const html = (await get('/', { 'Accept-Encoding': 'identity' })).body;
    const script = /src="([^"]*\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    const data = /href="([^"]*\/assets\/observations-[\w-]+\.json)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(data).toBeDefined();
    for (const asset of [script, data]) {
      const res = await get(asset ?? '', {}, true);
      expect([asset, res.status, res.headers['cache-control']]).toEqual([
        asset,
        200,
        'public, max-age=31536000, immutable',
      ]);
    }
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const res = await get(path);
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    }
    expect((await get('/manifest.webmanifest')).headers['content-type']).toMatch(
      /^application\/manifest\+json/,
    );
  });

  it('answers a deep link with index.html and a missing asset with 404', async () => {
    const deep = await get('/some/deep/link?panel=nev', { 'Accept-Encoding': 'identity' });
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.body).toContain('<div id="root">');
    const missing = await get('/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/html|javascript/);
  });

  it('passes every check of npm run check:deploy (the guide’s own check)', async () => {
    const failed = (await checkDeploy(`${base()}/`)).filter((r) => !r.ok);
    expect(failed).toEqual([]);
  });

  it.each(['br', 'gzip'])('serves %s when the browser asks for it', async (encoding) => {
    const res = await get('/', { 'Accept-Encoding': encoding });
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toBe('Accept-Encoding');
  });
});

describeBrowser('the page under the CSP header in Chromium', () => {
  const session = useBrowser();

  it('loads and draws every panel without a CSP violation', async () => {
    const { page, context, errors } = await session.open('/?lang=en');
    // Listen from the first byte of the document: install the listener, then load again.
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload();
    await waitForFigures(page);
    await drawPanels(page);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses to be framed by a page of another origin (frame-ancestors, header only)', async () => {
    // An intranet portal on an origin of its own (another port), without a CSP of its own,
    // embedding the dashboard. A real server: Chromium treats a route-fulfilled page as public
    // and would block the frame for a different reason (private network access).
    const portal = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>portal</title><iframe src="${base()}/?lang=en"></iframe>`);
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = portal.address() as AddressInfo;
      const { page, errors } = await session.open('/?lang=en');
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect
        .poll(() => errors.join('\n'), { timeout: 10_000 })
        .toMatch(/violates .*"frame-ancestors 'self'"/);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame?.url()).not.toContain(base());
    } finally {
      portal.close();
    }
  });
});
