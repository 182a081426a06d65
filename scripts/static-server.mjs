// A small static file server for the built app (dist/), used by `make serve` and by the
// end-to-end tests. Loopback only; no dependencies.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `dir`; resolves to { server, url } once listening (port 0 picks a free port).
 * For the benchmark's network profile (scripts/bench.mjs): `gzip` compresses as static hosts
 * do, and `shape` ({ latencyMs, bytesPerSecond, match(req) }) delays and paces the responses
 * `match` picks, as a slow network would: together, at most `bytesPerSecond`.
 */
export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', gzip = false, shape = null } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  // When the paced link (`shape`) is next free, in ms since the epoch.
  const link = { free: 0 };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      // Validators, as any static host sends: a revalidation (the service worker's precache of
      // files the page just loaded) costs a 304, not the file again.
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
      };
      if (req.headers['if-none-match'] === etag) {
        if (shape?.match(req)) await new Promise((ok) => setTimeout(ok, shape.latencyMs));
        res.writeHead(304, headers).end();
        return;
      }
      let body = await readFile(file);
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${etag}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      if (shape?.match(req)) {
        await new Promise((ok) => setTimeout(ok, shape.latencyMs));
        res.writeHead(200, headers);
        // One link for every paced response: requests made at once share its bandwidth, as
        // they do on a slow network, instead of each getting all of it.
        const chunk = Math.max(1024, Math.round(shape.bytesPerSecond / 20));
        for (let i = 0; i < body.length && req.method !== 'HEAD'; i += chunk) {
          const bytes = Math.min(chunk, body.length - i);
          const now = Date.now();
          link.free = Math.max(now, link.free) + (bytes / shape.bytesPerSecond) * 1000;
          await new Promise((ok) => setTimeout(ok, link.free - now));
          res.write(body.subarray(i, i + bytes));
        }
        res.end();
        return;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ server, url: `http://${host}:${actual}/` });
    });
  });
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(arg('port', process.env.PORT ?? 8080));
  startServer({ dir: arg('dir', 'dist'), port, host: arg('host', '127.0.0.1') })
    .then(({ url }) => console.log(`Serving the planner at ${url}  (Ctrl+C to stop)`))
    .catch((err) => {
      console.error(`Could not serve on port ${port}: ${err.message}. Try PORT=8090 make serve.`);
      process.exit(1);
    });
}
