// Test-server middleware: feeds that misbehave the ways real servers do, for loader and widget tests.
//   /__faults/<kind>?n=<id>   kinds: ok, 404, 500, 429, timeout, slow, truncated, html, notjson, huge, flaky, okthen500
//   /__faults/count?n=<id>    how many requests the endpoint with that id has had (JSON)
//   /__slow/<path>            the project's file at /<path>; data files under a data/ folder 2–3 s late
// `429` sends `Retry-After: 7`, or the value of `after` when given.
// `flaky` fails with 500 on its first request per id and succeeds after: a retry recovers.
import { readFileSync } from 'node:fs';

const counts = new Map();
const demoFeed = () => readFileSync(new URL('../../demo/data/employment-change.json', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `/__slow/<path>` serves `/<path>`, with every data file (`.json`, `.csv`, `.geojson`, `.topojson` under a
 * `data/` folder) held back 2–3 s (2000 ms, plus 250 ms for each of the next requests, in steps of five): a demo
 * page opened as /__slow/demo/index.html gets slow feeds, each arriving at its own time, for layout-shift tests.
 */
let slowSeq = 0;
async function slowPrefix(ctx, next) {
  ctx.url = ctx.url.slice('/__slow'.length);
  if (/\/data\/[^/]+\.(json|csv|geojson|topojson)$/.test(ctx.path)) {
    ctx.set('cache-control', 'no-store');
    await sleep(Math.min(3000, 2000 + 250 * (slowSeq++ % 5)));
  }
  return next();
}

export async function faults(ctx, next) {
  if (ctx.path.startsWith('/__slow/')) return slowPrefix(ctx, next);
  if (!ctx.path.startsWith('/__faults/')) return next();
  const kind = ctx.path.slice('/__faults/'.length);
  const id = `${kind}:${ctx.query.n ?? ''}`;
  if (kind === 'count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(`${ctx.query.kind}:${ctx.query.n ?? ''}`) ?? 0 });
    return undefined;
  }
  counts.set(id, (counts.get(id) ?? 0) + 1);
  const n = counts.get(id);
  ctx.set('cache-control', 'no-store');
  switch (kind) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = demoFeed();
      return undefined;
    case 'slow':
      await sleep(Number(ctx.query.ms ?? 800));
      ctx.type = 'application/json';
      ctx.body = demoFeed();
      return undefined;
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return undefined;
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return undefined;
    case '429':
      ctx.status = 429;
      ctx.set('retry-after', ctx.query.after ?? '7');
      ctx.body = 'Too many requests';
      return undefined;
    case 'timeout':
      await sleep(Number(ctx.query.ms ?? 5000));
      ctx.status = 504;
      return undefined;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = demoFeed().subarray(0, 300);
      return undefined;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Login</title><p>Please log in</p>';
      return undefined;
    case 'notjson':
      ctx.type = 'application/json';
      ctx.body = 'this is not json';
      return undefined;
    case 'huge':
      ctx.type = 'application/json';
      ctx.body = Buffer.alloc(Number(ctx.query.bytes ?? 3_000_000), 32);
      return undefined;
    case 'okthen500':
      // Good the first time, failing after: a reload that fails while figures are on screen.
      if (n === 1) {
        ctx.type = 'application/json';
        ctx.body = demoFeed();
      } else {
        ctx.status = 500;
        ctx.body = 'Temporary failure';
      }
      return undefined;
    case 'flaky':
      if (n === 1) {
        ctx.status = 500;
        ctx.body = 'Temporary failure';
      } else {
        ctx.type = 'application/json';
        ctx.body = demoFeed();
      }
      return undefined;
    default:
      ctx.status = 400;
      ctx.body = `unknown fault ${kind}`;
      return undefined;
  }
}
