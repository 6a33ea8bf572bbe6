// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerCsp } from '../../../scripts/deploy-headers.mjs';
import { normalizeBase, pickEncoding, serveDist } from '../../../scripts/serve-dist.mjs';

/** A miniature build: what the server must tell apart (hashed asset, fixed names, dotfiles). */
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>app</title>',
  'assets/index-AbC12_-x.js': 'console.log("app");'.repeat(50),
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'manifest.webmanifest': '{"start_url":"/cq-auto/"}',
  'data/template.csv': 'a,b\n1,2\n',
  '.vite/manifest.json': '{}',
};

let dir = '';
const servers: Server[] = [];

async function start(options: { base?: string; frameAncestors?: string }) {
  const server = await serveDist({ port: 0, root: dir, ...options });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('normalizeBase and pickEncoding', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/cq-auto', '/cq-auto/'],
    ['cq-auto/', '/cq-auto/'],
    ['/a/b/', '/a/b/'],
  ])('base %j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    ['', null],
    ['*', 'br'],
  ])('Accept-Encoding %j → %j', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('serve-dist under a base path', () => {
  let origin = '';
  beforeAll(async () => {
    origin = await start({ base: '/cq-auto/' });
  });

  it.each([
    // path, status, content type, cache-control, body starts with
    ['/cq-auto/', 200, 'text/html', 'no-cache', '<!doctype html>'],
    ['/cq-auto/some/deep/link?panel=nev', 200, 'text/html', 'no-cache', '<!doctype html>'],
    ['/cq-auto/assets/index-AbC12_-x.js', 200, 'text/javascript', 'immutable', 'console.log'],
    ['/cq-auto/sw.js', 200, 'text/javascript', 'no-cache', 'self.'],
    ['/cq-auto/manifest.webmanifest', 200, 'application/manifest+json', 'no-cache', '{'],
    ['/cq-auto/data/template.csv', 200, 'text/csv', 'no-cache', 'a,b'],
    ['/cq-auto/assets/nope.js', 404, 'text/plain', 'no-cache', 'Not Found'],
    ['/cq-auto/.vite/manifest.json', 404, 'text/plain', 'no-cache', 'Not Found'],
    ['/cq-auto/%2e%2e/%2e%2e/etc/passwd', 404, 'text/plain', 'no-cache', 'Not Found'],
    ['/index.html', 404, 'text/plain', 'no-cache', 'Not Found'],
    ['/some/deep/link', 404, 'text/plain', 'no-cache', 'Not Found'],
  ])('%s → %i %s', async (path, status, type, cache, body) => {
    const res = await fetch(origin + path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('cache-control')).toContain(cache);
    expect(await res.text()).toMatch(new RegExp(`^${body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('redirects the base without its slash, keeping the query', async () => {
    const res = await fetch(`${origin}/cq-auto?lang=zh`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/cq-auto/?lang=zh');
  });

  it('sends the CSP header with frame-ancestors and the common headers', async () => {
    const res = await fetch(`${origin}/cq-auto/`);
    expect(res.headers.get('content-security-policy')).toBe(headerCsp("'self'"));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'compresses with %s when asked, and answers a revalidation with 304',
    async (enc, inflate) => {
      // node's fetch decompresses on its own; ask through the raw http client instead.
      const { request } = await import('node:http');
      const raw = await new Promise<{
        headers: Record<string, string | string[] | undefined>;
        body: Buffer;
      }>((resolve, reject) => {
        request(
          `${origin}/cq-auto/assets/index-AbC12_-x.js`,
          { headers: { 'Accept-Encoding': enc } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        )
          .on('error', reject)
          .end();
      });
      expect(raw.headers['content-encoding']).toBe(enc);
      expect(raw.headers.vary).toBe('Accept-Encoding');
      expect(inflate(raw.body).toString()).toBe(FILES['assets/index-AbC12_-x.js']);
      const again = await fetch(`${origin}/cq-auto/assets/index-AbC12_-x.js`, {
        headers: { 'Accept-Encoding': enc, 'If-None-Match': String(raw.headers.etag) },
      });
      expect(again.status).toBe(304);
    },
  );

  it('does not compress a client that does not ask for it', async () => {
    const res = await fetch(`${origin}/cq-auto/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});

describe('serve-dist at the root', () => {
  it('falls back to index.html at any depth and takes frame-ancestors from its options', async () => {
    const origin = await start({ frameAncestors: "'self' https://portal.intranet.example" });
    const res = await fetch(`${origin}/nev/2024`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(FILES['index.html']);
    expect(res.headers.get('content-security-policy')).toMatch(
      /; frame-ancestors 'self' https:\/\/portal\.intranet\.example$/,
    );
    expect((await fetch(`${origin}/favicon.svg`)).status).toBe(404);
  });
});
