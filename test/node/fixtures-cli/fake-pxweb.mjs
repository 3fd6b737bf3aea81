// A fake Statistics Norway PxWebApi v2 on 127.0.0.1 for the feed builder's tests (no real network).
// Each table answers from a script of responses (used in order, the last one repeats):
//   { json }                          200 with JSON-stat, an ETag and Last-Modified; 304 when the client's
//                                     If-None-Match matches (conditional request)
//   { status: 429, retryAfter: '1' }  rate limited (any status, optional Retry-After)
//   { status: 500 }                   server error
//   { delayMs: 800, json }            a slow answer (headers after the delay)
//   { hang: true }                    no answer at all: the request hangs until the client gives up (or close())
//   { raw: '<html>…', status: 200 }   garbage
//   { json, validators: false }       200 without ETag / Last-Modified (then the client asks GET /tables/{id})
//   { json, asIs: true }              the JSON as it is, not cut to the selection (an answer to another question)
//   { redirectTo: 'http://…' }        302 to that address
//   { gzipBytes: n }                  a gzip body (Content-Encoding: gzip) that inflates to n bytes of spaces
// Like the real PxWebApi v2 (see ../shared/evidence/ssb-tables.md and janbrus/pxwebapi-skills):
// - GET /tables/{id}/metadata answers JSON-stat 2.0 without values: every variable with its codes, labels,
//   extension.elimination (false unless `meta()` says otherwise) and extension.codelists, and the roles;
// - a data request is checked against that metadata first: an unbracketed selection expression with a comma
//   (`range(2015,2020)`, split at the comma) → 400 "Illegal selection expression"; an unknown variable or code
//   → 400 "Non-existent value"; a codelist the variable does not offer → 400; ContentsCode or Tid missing, or
//   another variable that cannot be eliminated left out → 400 "Missing selection";
// - the answer is the table's JSON-stat cut to what was selected (as the API does), unless the step says asIs.
// GET /tables/{id} answers { id, label, updated } from the table's current JSON-stat.
// `log` records every request: kind (data / info / metadata), table, query, conditional headers, status and time.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
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

function codesOf(dim) {
  const index = dim?.category?.index;
  if (Array.isArray(index)) return index.map(String);
  if (index && typeof index === 'object')
    return Object.entries(index)
      .sort((a, b) => a[1] - b[1])
      .map(([c]) => c);
  return Object.keys(dim?.category?.label ?? {});
}

/** Splits `a,[range(1,2)],b` at the commas outside square brackets. */
function splitItems(text) {
  const items = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  return items;
}

/** The codes an item selects (in table order), or an error string as the API would give it. */
function expand(item, codes) {
  let t = item;
  if (t.startsWith('[')) {
    if (!t.endsWith(']')) return 'Illegal selection expression';
    t = t.slice(1, -1);
  }
  if (t.includes('(') || t.includes(')')) {
    const m = /^(top|bottom|from|to|range)\(([^()]*)\)$/i.exec(t);
    if (!m) return 'Illegal selection expression';
    const args = m[2].split(',').map((a) => a.trim());
    const name = m[1].toLowerCase();
    if (name === 'top' || name === 'bottom') {
      const n = Number(args[0]);
      const off = args[1] === undefined ? 0 : Number(args[1]);
      if (!Number.isInteger(n) || !Number.isInteger(off) || args.length > 2) return 'Illegal selection expression';
      return name === 'top' ? codes.slice(Math.max(0, codes.length - off - n), codes.length - off) : codes.slice(off, off + n);
    }
    if (name === 'from') return codes.includes(args[0]) ? codes.slice(codes.indexOf(args[0])) : 'Non-existent value';
    if (name === 'to') return codes.includes(args[0]) ? codes.slice(0, codes.indexOf(args[0]) + 1) : 'Non-existent value';
    if (args.length !== 2 || !codes.includes(args[0]) || !codes.includes(args[1])) return 'Illegal selection expression';
    const a = codes.indexOf(args[0]);
    const b = codes.indexOf(args[1]);
    return codes.slice(Math.min(a, b), Math.max(a, b) + 1);
  }
  if (t.includes('*') || t.includes('?')) {
    const re = new RegExp(
      `^${t
        .replace(/[.+^${}|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return codes.filter((c) => re.test(c));
  }
  return codes.includes(t) ? [t] : 'Non-existent value';
}

/** The metadata of a table: from its JSON-stat answer, with `overrides` ({ Var: { elimination, eliminationValueCode, codes, labels } }, codelists). */
export function metadataFor(table, ds, overrides = {}) {
  const ids = [...ds.id];
  const dimension = {};
  for (const id of ids) {
    const o = overrides.variables?.[id] ?? {};
    const codes = o.codes ?? codesOf(ds.dimension[id]);
    const labels = { ...(ds.dimension[id]?.category?.label ?? {}), ...(o.labels ?? {}) };
    const extension = { elimination: o.elimination ?? false, show: 'code_value' };
    if (o.eliminationValueCode !== undefined) extension.eliminationValueCode = o.eliminationValueCode;
    const lists = overrides.codelists?.[id];
    if (lists) extension.codelists = lists.map((cl) => ({ id: cl, label: cl, type: cl.startsWith('agg_') ? 'Aggregation' : 'Valueset', links: [] }));
    dimension[id] = {
      label: ds.dimension[id]?.label ?? id,
      category: { index: Object.fromEntries(codes.map((c, i) => [c, i])), label: Object.fromEntries(codes.map((c) => [c, labels[c] ?? c])) },
      extension,
    };
  }
  for (const [id, o] of Object.entries(overrides.variables ?? {})) {
    if (ids.includes(id) || !o.codes) continue;
    ids.splice(ids.length - 2, 0, id);
    dimension[id] = {
      label: o.label ?? id,
      category: { index: Object.fromEntries(o.codes.map((c, i) => [c, i])), label: Object.fromEntries(o.codes.map((c) => [c, o.labels?.[c] ?? c])) },
      extension: { elimination: o.elimination ?? false, ...(o.eliminationValueCode ? { eliminationValueCode: o.eliminationValueCode } : {}) },
    };
  }
  return {
    version: '2.0',
    class: 'dataset',
    label: ds.label,
    source: 'Statistisk sentralbyrå',
    updated: ds.updated,
    id: ids,
    size: ids.map((id) => Object.keys(dimension[id].category.index).length),
    dimension,
    role: ds.role,
    extension: { px: { tableid: table, language: 'no' } },
  };
}

/** Checks a data query against the metadata as the API does; returns the selection or { error }. */
function validate(url, meta) {
  const selection = {};
  const codelists = {};
  for (const [key, val] of url.searchParams) {
    const m = /^(valueCodes|codelist|outputValues)\[(.+)\]$/.exec(key);
    if (!m) continue;
    if (m[1] === 'codelist') codelists[m[2]] = val;
    if (m[1] !== 'valueCodes') continue;
    if (!meta.dimension[m[2]]) return { error: `Non-existent variable ${m[2]}` };
    const codes = codesOf(meta.dimension[m[2]]);
    const picked = new Set();
    for (const item of splitItems(val)) {
      const r = expand(item, codes);
      if (typeof r === 'string') return { error: `${r}: ${m[2]} = ${item}` };
      for (const c of r) picked.add(c);
    }
    selection[m[2]] = codes.filter((c) => picked.has(c));
  }
  for (const [variable, id] of Object.entries(codelists)) {
    const offered = meta.dimension[variable]?.extension?.codelists;
    if (!meta.dimension[variable] || (offered && !offered.some((c) => c.id === id))) return { error: `Non-existent codelist ${id} for ${variable}` };
  }
  for (const id of meta.id) {
    if (selection[id]) continue;
    const mandatory = id === 'ContentsCode' || id === 'Tid' || (!meta.dimension[id].extension.elimination && codesOf(meta.dimension[id]).length > 1);
    if (mandatory) return { error: `Missing selection for mandatory variable ${id}` };
  }
  return { selection };
}

/** The dataset cut to the selection (dimension order and everything else kept), as the API answers. */
export function slice(ds, selection) {
  const dims = ds.id.map((id) => {
    const all = codesOf(ds.dimension[id]);
    const keep = selection[id] ? all.filter((c) => selection[id].includes(c)) : all;
    return { id, all, keep, pos: keep.map((c) => all.indexOf(c)) };
  });
  const strides = [];
  let stride = 1;
  for (let k = dims.length - 1; k >= 0; k--) {
    strides[k] = stride;
    stride *= dims[k].all.length;
  }
  const getValue = (i) => (Array.isArray(ds.value) ? ds.value[i] : (ds.value?.[i] ?? null));
  const getStatus = (i) => (Array.isArray(ds.status) ? ds.status[i] : typeof ds.status === 'string' ? ds.status : ds.status?.[i]);
  const value = [];
  const status = {};
  const walk = (k, flat) => {
    if (k === dims.length) {
      const s = getStatus(flat);
      if (s !== undefined && s !== null) status[value.length] = s;
      value.push(getValue(flat) ?? null);
      return;
    }
    for (const p of dims[k].pos) walk(k + 1, flat + p * strides[k]);
  };
  walk(0, 0);
  const dimension = {};
  for (const d of dims) {
    const src = ds.dimension[d.id];
    const labels = src.category.label ?? {};
    const category = {
      ...src.category,
      index: Object.fromEntries(d.keep.map((c, i) => [c, i])),
      label: Object.fromEntries(d.keep.map((c) => [c, labels[c] ?? c])),
    };
    if (src.category.unit) category.unit = Object.fromEntries(Object.entries(src.category.unit).filter(([c]) => d.keep.includes(c)));
    dimension[d.id] = { ...src, category };
  }
  const out = { ...ds, size: dims.map((d) => d.keep.length), dimension, value };
  if (Object.keys(status).length > 0) out.status = status;
  else delete out.status;
  return out;
}

export async function startFakePxWeb() {
  const scripts = new Map();
  const metaOverrides = new Map();
  const log = [];
  const sockets = new Set();
  const currentJson = (id) => {
    const script = scripts.get(id);
    if (!script) return undefined;
    const step = script.steps[Math.min(script.next, script.steps.length - 1)];
    return step?.json ?? script.steps.find((s) => s.json)?.json;
  };
  // The metadata comes from the first JSON a table was given and stays (a table's metadata does not change when
  // its figures do); meta() overrides it, resetMeta() forgets it.
  const baseJson = new Map();
  const metaOf = (id) => {
    const o = metaOverrides.get(id);
    if (o?.json) return o.json;
    const ds = baseJson.get(id) ?? currentJson(id);
    return ds ? metadataFor(id, ds, o) : undefined;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const info = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)$/.exec(url.pathname);
    if (info) {
      const ds = currentJson(info[1]);
      const entry = { kind: 'info', table: info[1], path: url.pathname, query: url.search, at: Date.now(), status: ds ? 200 : 404 };
      log.push(entry);
      res.writeHead(entry.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(ds ? { language: 'no', id: info[1], label: ds.label, updated: ds.updated } : { title: 'Non-existent table', status: 404 }));
      return;
    }
    const md = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)\/metadata$/.exec(url.pathname);
    if (md) {
      const meta = metaOf(md[1]);
      const body = JSON.stringify(meta ?? { title: 'Non-existent table', status: 404 });
      const etag = etagOf(body);
      const entry = {
        kind: 'metadata',
        table: md[1],
        path: url.pathname,
        query: url.search,
        ifNoneMatch: req.headers['if-none-match'],
        at: Date.now(),
        status: meta ? 200 : 404,
      };
      log.push(entry);
      if (meta && req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(entry.status, { 'content-type': meta ? 'application/json; charset=utf-8' : 'application/problem+json', ...(meta ? { etag } : {}) });
      res.end(body);
      return;
    }
    const m = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)\/data$/.exec(url.pathname);
    const entry = {
      kind: 'data',
      table: m?.[1],
      path: url.pathname,
      query: url.search,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
      at: Date.now(),
      status: 0,
    };
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
    if (step.hang) {
      await new Promise((r) => req.on('close', r));
      return;
    }
    if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    if (res.destroyed || req.destroyed) return;
    if (step.redirectTo !== undefined) {
      entry.status = 302;
      res.writeHead(302, { location: step.redirectTo });
      res.end();
      return;
    }
    if (step.gzipBytes !== undefined) {
      entry.status = 200;
      const body = gzipSync(Buffer.alloc(step.gzipBytes, 0x20));
      entry.sentBytes = body.length;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    if (step.json !== undefined || step.body !== undefined) {
      let json = step.json;
      if (json !== undefined && !step.asIs) {
        const checked = validate(url, metaOf(m[1]));
        if (checked.error) {
          entry.status = 400;
          entry.error = checked.error;
          res.writeHead(400, { 'content-type': 'application/problem+json' });
          res.end(JSON.stringify({ type: 'Parameter error', title: checked.error, status: 400 }));
          return;
        }
        json = slice(json, checked.selection);
      }
      const body = step.body ?? JSON.stringify(json);
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
      const first = steps.find((s) => s.json && !s.asIs)?.json;
      if (first && !baseJson.has(id)) baseJson.set(id, first);
    },
    /** Forgets the metadata taken from the table's first JSON (the next table() call sets it again). */
    resetMeta(id) {
      baseJson.delete(id);
      metaOverrides.delete(id);
    },
    /** The log without metadata requests (data and table-information requests). */
    dataLog() {
      return log.filter((e) => e.kind !== 'metadata');
    },
    /** Metadata overrides for a table: { variables: { Var: { elimination, eliminationValueCode, codes } }, codelists: { Var: [ids] } } or { json }. */
    meta(id, overrides) {
      metaOverrides.set(id, overrides);
    },
    /** Data requests for a table. */
    requestsFor(id) {
      return log.filter((e) => e.table === id && e.kind === 'data');
    },
    /** Table-information requests (GET /tables/{id}). */
    infoRequestsFor(id) {
      return log.filter((e) => e.table === id && e.kind === 'info');
    },
    /** Metadata requests (GET /tables/{id}/metadata). */
    metadataRequestsFor(id) {
      return log.filter((e) => e.table === id && e.kind === 'metadata');
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
  const dims = [
    ['Region', 'region', regions.map(([c, l]) => [c, l])],
    ...extraDims.map(([id, label, cats]) => [id, label, cats]),
    ['ContentsCode', 'statistikkvariabel', contents.map(([c, l]) => [c, l])],
    ['Tid', 'år', years.map((y) => [y, y])],
  ];
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
