// A tiny static server for the bench pages, on 127.0.0.1 and an ephemeral port (node:http, no dependencies).
//  - /dist/…      from a snapshot of dist/ taken when the bench starts (other builds may rewrite dist/ meanwhile)
//  - /__bench/…   from the run's temporary directory (the naive bundle, fixtures, generated pages)
//  - anything else from the project root (demo/data, test/bench/pages)
// Pages whose file name starts with `csp-` are sent with the strict Content-Security-Policy header. Every
// response says `Cache-Control: no-store`. Requests are counted per path (figure 4 cross-checks the browser's count).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Starts the server; resolves to { origin, counts, reset(), close() }. */
export function startServer({ root, distDir, tmpDir }) {
  const counts = new Map();
  const mounts = [
    ['/dist/', distDir],
    ['/__bench/', tmpDir],
    ['/', root],
  ];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
    const file = resolve(dir, path.slice(prefix.length));
    if ((file !== dir && !file.startsWith(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (basename(file).startsWith('csp-') && extname(file) === '.html') headers['Content-Security-Policy'] = STRICT_CSP;
    const body = readFileSync(file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 1000;
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({
        origin: `http://127.0.0.1:${port}`,
        counts,
        reset: () => counts.clear(),
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
