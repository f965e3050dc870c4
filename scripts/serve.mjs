// The static server of `npm start` and the browser tests: web/dist as any static host would serve
// it, gzip-compressed (each file compressed once, kept in memory), with the CORS header that
// embeds in sandboxed iframes need (docs/EMBEDDING.md). Loopback only.
//
//   node scripts/serve.mjs [--port 5173] [--root web/dist]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), option('root', 'web/dist'));
const PORT = Number(option('port', '5173'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.ttf', '.txt']);
const cache = new Map(); // path -> { mtime, body, gzip }

function load(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  const hit = cache.get(file);
  if (hit && hit.mtime === stat.mtimeMs) return hit;
  const body = readFileSync(file);
  const entry = { mtime: stat.mtimeMs, body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : null };
  cache.set(file, entry);
  return entry;
}

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  const entry = file.startsWith(ROOT) ? load(file) : null;
  if (!entry) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    // Hashed assets never change; pages and the rest are revalidated.
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? entry.gzip : entry.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(PORT, '127.0.0.1', () => console.log(`serving ${ROOT} at http://127.0.0.1:${PORT}/`));
