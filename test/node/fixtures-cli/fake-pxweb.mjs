// A fake Statistics Norway PxWebApi v2 on 127.0.0.1 for the feed builder's tests (no real network).
// Each table answers from a script of responses (used in order, the last one repeats):
//   { json }                          200 with JSON-stat, an ETag and Last-Modified; 304 when the client's
//                                     If-None-Match matches (conditional request)
//   { status: 429, retryAfter: '1' }  rate limited (any status, optional Retry-After)
//   { status: 500 }                   server error
//   { delayMs: 800, json }            a slow answer (headers after the delay)
//   { raw: '<html>…', status: 200 }   garbage
//   { json, validators: false }       200 without ETag / Last-Modified (then the client asks GET /tables/{id})
// GET /tables/{id} answers { id, label, updated } from the table's current JSON-stat.
// `log` records every request: kind (data / info), table, query, conditional headers, status and time.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, access } from 'node:fs/promises';

export const SHARED_SSB = new URL('../../../../shared/fixtures/ssb/', import.meta.url);

/** Reads a real Statistics Norway fixture from ../shared, or undefined when ../shared is absent. */
export async function sharedFixture(name, encoding = 'utf8') {
  const file = new URL(name, SHARED_SSB);
  try {
    await access(file);
  } catch {
    return undefined;
  }
  return readFile(file, encoding);
}

export const SKIP_SHARED = '../shared is not present: the real Statistics Norway fixtures are read from ../shared/fixtures/ssb';

function etagOf(body) {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
}

export async function startFakePxWeb() {
  const scripts = new Map();
  const log = [];
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const info = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)$/.exec(url.pathname);
    if (info) {
      const script = scripts.get(info[1]);
      const step = script?.steps[Math.min(script.next, script.steps.length - 1)];
      const ds = step?.json;
      const entry = { kind: 'info', table: info[1], path: url.pathname, query: url.search, at: Date.now(), status: ds ? 200 : 404 };
      log.push(entry);
      res.writeHead(entry.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(ds ? { language: 'no', id: info[1], label: ds.label, updated: ds.updated } : { title: 'Non-existent table', status: 404 }));
      return;
    }
    const m = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)\/data$/.exec(url.pathname);
    const entry = { kind: 'data', table: m?.[1], path: url.pathname, query: url.search, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'], at: Date.now(), status: 0 };
    log.push(entry);
    const script = m ? scripts.get(m[1]) : undefined;
    if (!script) {
      entry.status = 404;
      res.writeHead(404, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Non-existent table', status: 404 }));
      return;
    }
    const step = script.steps[Math.min(script.next, script.steps.length - 1)];
    script.next++;
    if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    if (res.destroyed || req.destroyed) return;
    if (step.json !== undefined || step.body !== undefined) {
      const body = step.body ?? JSON.stringify(step.json);
      const etag = etagOf(body);
      const lastModified = step.lastModified ?? 'Mon, 01 Jun 2026 06:00:00 GMT';
      const validators = step.validators === false ? {} : { etag, 'last-modified': lastModified };
      if (step.validators !== false && req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, validators);
        res.end();
        return;
      }
      entry.status = step.status ?? 200;
      res.writeHead(entry.status, { 'content-type': 'application/json; charset=utf-8', ...validators });
      res.end(body);
      return;
    }
    entry.status = step.status ?? 200;
    const headers = { 'content-type': step.contentType ?? (step.raw !== undefined ? 'text/html' : 'application/problem+json') };
    if (step.retryAfter !== undefined) headers['retry-after'] = step.retryAfter;
    res.writeHead(entry.status, headers);
    res.end(step.raw ?? JSON.stringify({ title: `Fake status ${entry.status}`, status: entry.status }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}/api/pxwebapi/v2`,
    log,
    /** Sets the script for a table (replacing the old one). */
    table(id, ...steps) {
      scripts.set(id, { steps, next: 0 });
    },
    /** Data requests for a table. */
    requestsFor(id) {
      return log.filter((e) => e.table === id && e.kind === 'data');
    },
    /** Table-information requests (GET /tables/{id}). */
    infoRequestsFor(id) {
      return log.filter((e) => e.table === id && e.kind === 'info');
    },
    clearLog() {
      log.length = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A small JSON-stat 2.0 dataset shaped like PxWebApi v2's (role, extension.px.tableid, category.unit).
 * regions: [[code, label]], contents: [[code, label, unit]], years: ['2018', …],
 * value(regionCode, contentsCode, year) → number | null.
 */
export function jsonStat({ table, title, regions, contents, years, value, updated = '2026-02-24T07:00:00Z', extraDims = [], status, note }) {
  const dims = [['Region', 'region', regions.map(([c, l]) => [c, l])], ...extraDims.map(([id, label, cats]) => [id, label, cats]), ['ContentsCode', 'statistikkvariabel', contents.map(([c, l]) => [c, l])], ['Tid', 'år', years.map((y) => [y, y])]];
  const dimension = {};
  for (const [id, label, cats] of dims) {
    dimension[id] = { label, category: { index: Object.fromEntries(cats.map(([c], i) => [c, i])), label: Object.fromEntries(cats) } };
  }
  dimension.ContentsCode.category.unit = Object.fromEntries(contents.map(([c, , unit, decimals]) => [c, { base: unit, decimals: decimals ?? 0 }]));
  const values = [];
  const walk = (k, coords) => {
    if (k === dims.length) {
      values.push(value(coords.Region, coords.ContentsCode, coords.Tid, coords));
      return;
    }
    for (const [c] of dims[k][2]) walk(k + 1, { ...coords, [dims[k][0]]: c });
  };
  walk(0, {});
  const ds = {
    version: '2.0',
    class: 'dataset',
    label: title ?? `${table}: Testtabell, etter region, statistikkvariabel og år`,
    source: 'Statistisk sentralbyrå',
    updated,
    id: dims.map((d) => d[0]),
    size: dims.map((d) => d[2].length),
    dimension,
    value: values,
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
    extension: { px: { tableid: table, decimals: 0 } },
  };
  if (status) ds.status = status;
  if (note) {
    ds.note = note.texts;
    ds.extension.noteMandatory = note.mandatory;
  }
  return ds;
}
