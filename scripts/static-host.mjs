// A static host for a build, as the README asks of one (nginx `try_files $uri $uri.html $uri/ /index.html`):
// `/growth` is growth.html, `/ru/growth` ru/growth.html, `/ru/` ru/index.html, any other path index.html.
// Text is sent gzip-compressed and the hashed assets are cached for a year, as a real host does, so a
// measurement of it (scripts/bench-lighthouse.mjs) sees the bytes a visitor's phone would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/** woff2 and png are compressed already; gzip would only cost time. */
const COMPRESSED = new Set(['.woff2', '.png']);

const isFile = (file) => existsSync(file) && statSync(file).isFile();

/** The file a host answers `pathname` with. */
export function fileFor(root, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [
    join(root, path),
    join(root, `${path.replace(/\/$/, '')}.html`),
    join(root, path, 'index.html'),
  ];
  return candidates.find((f) => f.startsWith(root) && isFile(f)) ?? join(root, 'index.html');
}

/** Serves `root` on 127.0.0.1:`port`; resolves to `{ close }` once it listens. */
export function serveStatic(root, port) {
  const cache = new Map(); // file → gzipped bytes: compressed once, as a host's pre-compression would
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const file = fileFor(root, url.pathname);
    const ext = extname(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'Accept-Encoding',
    };
    let body = readFileSync(file);
    if (!COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 9 }));
      body = cache.get(file);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ close: () => new Promise((r) => server.close(r)) }));
  });
}
