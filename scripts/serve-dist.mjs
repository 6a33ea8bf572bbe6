#!/usr/bin/env node
// Serves a production build (dist/) the way docs/deploy.md tells a real server to: the CSP as a
// header with frame-ancestors, long-lived caching for hashed assets and revalidation for the rest
// (deploy-headers.mjs), gzip or brotli, ETag/Last-Modified with 304s, the SPA fallback to
// index.html, all under an optional base path. The end-to-end tests, the bench and Lighthouse run
// against it, so the headers the guide recommends are the ones tested.
//
//   node scripts/serve-dist.mjs [--port 4173] [--host 127.0.0.1] [--base /cq-auto/] [--dir dist]
//                               [--frame-ancestors "'self' https://portal.example"]
// or the environment: PORT, HOST, BASE_PATH, OUT_DIR, FRAME_ANCESTORS.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { DEFAULT_FRAME_ANCESTORS, headersFor, isCompressible } from './deploy-headers.mjs';

const compressors = {
  br: (buf) =>
    promisify(brotliCompress)(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }),
  gzip: (buf) => promisify(gzip)(buf, { level: 9 }),
};

/** '/cq-auto' or 'cq-auto/' → '/cq-auto/'; '' → '/'. */
export function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The encoding to send for an Accept-Encoding header: br, then gzip, or null (identity). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*q=/))
      .filter(([name]) => name)
      .map(([name, q]) => [name.toLowerCase(), q === undefined ? 1 : Number(q)]),
  );
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/**
 * The request handler for a build directory. `root`: the build; `base`: the path it is served
 * under; `frameAncestors`: the CSP header's frame-ancestors sources.
 */
export function createHandler({ root = 'dist', base = '/', frameAncestors } = {}) {
  const rootDir = resolve(root);
  const basePath = normalizeBase(base);
  // Compressed copies, keyed by file, size and mtime: a rewritten file (a "deploy" in the
  // offline test) is compressed anew. Small: the build is about 1 MB.
  const cache = new Map();

  async function compressed(file, info, body, encoding) {
    const key = `${file}\0${info.size}\0${info.mtimeMs}\0${encoding}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = await compressors[encoding](body);
      if (cache.size > 500) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  }

  /** The file under the build for a path below the base, or null (missing, a dotfile, outside). */
  async function findFile(rel) {
    if (rel.split('/').some((seg) => seg.startsWith('.'))) return null;
    const file = resolve(rootDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return null;
    const info = await stat(file).catch(() => null);
    return info?.isFile()
      ? { file, info, rel: file.slice(rootDir.length + 1).replaceAll(sep, '/') }
      : null;
  }

  function send(res, status, headers, body) {
    res.writeHead(status, headers);
    res.end(body);
  }

  return async function handle(req, res) {
    const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, { ...plain, Allow: 'GET, HEAD' }, 'Method Not Allowed\n');
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, plain, 'Bad Request\n');
    }
    if (basePath !== '/' && path === basePath.slice(0, -1))
      return send(res, 301, { ...plain, Location: `${basePath}${url.search}` }, '');
    if (!path.startsWith(basePath)) return send(res, 404, plain, 'Not Found\n');
    const rel = path.slice(basePath.length);
    let found = await findFile(rel);
    // SPA fallback: a path without a file extension is a view of the app (a deep link); a
    // missing file with one (/assets/nope.js) stays a 404, never HTML in place of a script.
    if (!found && extname(rel) === '') found = await findFile('index.html');
    if (!found) return send(res, 404, plain, 'Not Found\n');

    const { file, info } = found;
    const headers = headersFor(found.rel, { frameAncestors });
    let body =
      req.method === 'HEAD' && !isCompressible(headers['Content-Type'])
        ? null
        : await readFile(file);
    const encoding = isCompressible(headers['Content-Type'])
      ? pickEncoding(req.headers['accept-encoding'])
      : null;
    if (isCompressible(headers['Content-Type'])) headers.Vary = 'Accept-Encoding';
    if (encoding && body) {
      body = await compressed(file, info, body, encoding);
      headers['Content-Encoding'] = encoding;
    }
    headers.ETag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    headers['Last-Modified'] = new Date(info.mtimeMs).toUTCString();
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh =
      inm !== undefined
        ? inm.split(',').some((tag) => tag.trim() === headers.ETag)
        : ims !== undefined && Math.floor(info.mtimeMs / 1000) <= Date.parse(ims) / 1000;
    if (fresh) {
      delete headers['Content-Type'];
      return send(res, 304, headers);
    }
    headers['Content-Length'] = String(body ? body.length : info.size);
    return send(res, 200, headers, req.method === 'HEAD' ? undefined : body);
  };
}

/** Starts serving; resolves with the listening server. */
export function serveDist({ port = 4173, host = '127.0.0.1', ...options } = {}) {
  const handle = createHandler(options);
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    });
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      base: { type: 'string' },
      dir: { type: 'string' },
      'frame-ancestors': { type: 'string' },
    },
  });
  const options = {
    port: Number(values.port ?? process.env.PORT ?? 4173),
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    base: normalizeBase(values.base ?? process.env.BASE_PATH ?? '/'),
    root: values.dir ?? process.env.OUT_DIR ?? 'dist',
    frameAncestors:
      values['frame-ancestors'] ?? process.env.FRAME_ANCESTORS ?? DEFAULT_FRAME_ANCESTORS,
  };
  const stats = await stat(resolve(options.root, 'index.html')).catch(() => null);
  if (!stats) {
    console.error(`${options.root}/index.html is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveDist(options).catch((err) => {
    console.error(`serve-dist: ${err.message}`);
    process.exit(1);
  });
  console.log(`Serving ${options.root}/ at http://${options.host}:${options.port}${options.base}`);
}
