// The feed builder's PxWebApi v2 client (dist/lib/cli/pxweb.js, cache.js): URL building, the client-side
// rate limit, retries with backoff honouring Retry-After, timeouts, and conditional requests with the cache.
// Unit tests use a fake fetch and a virtual clock; the HTTP tests use a fake PxWebApi on 127.0.0.1.
// Run after `npm run build`: node --test test/node/feeds-pxweb.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePxWeb, jsonStat } from './fixtures-cli/fake-pxweb.mjs';

const { buildDataUrl, metadataUrl, tableInfoUrl, TokenBucket, PxWebClient, PxWebError, MemoryCache, parseRetryAfter, MAX_URL_LENGTH } =
  await import('../../dist/lib/cli/pxweb.js');
const { FileCache } = await import('../../dist/lib/cli/cache.js');

const SSB = 'https://data.ssb.no/api/pxwebapi/v2';

/** A virtual clock: sleep() advances time instantly and records each wait. */
function virtualClock(start = Date.parse('2026-06-01T08:15:00Z')) {
  let t = start;
  const sleeps = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    advance: (ms) => (t += ms),
  };
}

function response(status, body = '', headers = {}) {
  return new Response(status === 304 ? null : body, { status, headers });
}

/** A fake fetch that answers from a list (the last entry repeats) and records each request. */
function scriptedFetch(steps) {
  const calls = [];
  const fn = async (url, init) => {
    calls.push({ url, headers: init?.headers ?? {} });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    return typeof step === 'function' ? step(url, init) : step.clone();
  };
  fn.calls = calls;
  return fn;
}

const OK_BODY = JSON.stringify(
  jsonStat({ table: '07459', regions: [['K-3407', 'Gjøvik']], contents: [['Personer1', 'Personer', 'personer']], years: ['2022'], value: () => 30000 }),
);

test('buildDataUrl writes a PxWebApi v2 GET URL: valueCodes, codelist, outputValues, json-stat2', () => {
  const url = buildDataUrl(SSB, {
    table: '07459',
    valueCodes: { Region: ['K-34*'], Tid: ['top(6)'] },
    codelist: { Region: 'agg_KommSummer' },
    outputValues: { Region: 'aggregated' },
    measures: { Personer1: {} },
  });
  assert.equal(
    url,
    `${SSB}/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-34*&valueCodes[Tid]=top(6)&valueCodes[ContentsCode]=Personer1&codelist[Region]=agg_KommSummer&outputValues[Region]=aggregated`,
  );
  // Codes are encoded (no "&" or "#" can break out of the parameter); expressions keep their commas.
  const odd = buildDataUrl(
    SSB,
    { table: '12367', valueCodes: { Tid: ['range(2015,2020)'], X: ['a&b', 'Å#'] }, codelist: {}, outputValues: {}, measures: { KOSbelop0000: {} } },
    'en',
  );
  assert.match(odd, /lang=en/);
  // A selection expression with a comma is bracketed (the API answers 400 "Illegal selection expression" to the bare form).
  assert.match(odd, /valueCodes\[Tid\]=\[range\(2015,2020\)\]&/);
  assert.match(odd, /valueCodes\[X\]=a%26b,%C3%85%23/);
  assert.throws(
    () =>
      buildDataUrl(SSB, {
        table: '07459',
        valueCodes: { Region: Array.from({ length: 400 }, (_, i) => `K-${1000 + i}`) },
        codelist: {},
        outputValues: {},
        measures: { P: {} },
      }),
    (err) => err.message.includes(`about ${MAX_URL_LENGTH}`) && err.message.includes('"34*"'),
  );
});

test('selection expressions: a comma means brackets (also when the config left them out); top(5), *, 34* stay bare', () => {
  const url = (codes) =>
    decodeURIComponent(
      new URL(buildDataUrl(SSB, { table: '07459', valueCodes: { Tid: codes }, codelist: {}, outputValues: {}, measures: { Personer1: {} } })).search,
    );
  assert.match(url(['range(2015,2020)']), /valueCodes\[Tid\]=\[range\(2015,2020\)\]&/);
  assert.match(url(['[range(2015,2020)]']), /valueCodes\[Tid\]=\[range\(2015,2020\)\]&/, 'already bracketed: not bracketed twice');
  assert.match(url(['top(3,1)']), /valueCodes\[Tid\]=\[top\(3,1\)\]&/);
  assert.match(url(['2015', 'range(2020,2022)']), /valueCodes\[Tid\]=2015,\[range\(2020,2022\)\]&/);
  for (const bare of ['top(5)', '*', '34*', 'from(2015)', '202?']) {
    assert.ok(url([bare]).includes(`valueCodes[Tid]=${bare}&`), bare);
  }
  const raw = buildDataUrl(SSB, { table: '07459', valueCodes: { Tid: ['top(3,1)'] }, codelist: {}, outputValues: {}, measures: { Personer1: {} } });
  assert.ok(raw.includes('valueCodes[Tid]=[top(3,1)]'), 'brackets and the comma are sent as they are, not percent-encoded');
});

test('codelists go into the data and the metadata URL', () => {
  const q = {
    table: '13472',
    valueCodes: { Region: ['F-34'], Tid: ['top(11)'] },
    codelist: { Region: 'agg_KommFylker' },
    outputValues: {},
    measures: { SysselEtterArbste: {} },
  };
  assert.match(buildDataUrl(SSB, q), /codelist\[Region\]=agg_KommFylker/);
  assert.equal(metadataUrl(SSB, q), `${SSB}/tables/13472/metadata?lang=no&outputFormat=json-stat2&codelist[Region]=agg_KommFylker`);
});

test('token bucket: a burst of 5, then 1 request per 3 s at 20 a minute; never more than 25 in any minute', async () => {
  const clock = virtualClock();
  const bucket = new TokenBucket(20, 5, clock.now, clock.sleep);
  const times = [];
  for (let i = 0; i < 40; i++) {
    await bucket.take();
    times.push(clock.now());
  }
  assert.deepEqual(clock.sleeps.slice(0, 2), [3000, 3000]);
  assert.equal(
    times.slice(0, 5).every((t) => t === times[0]),
    true,
    'the first 5 go at once',
  );
  for (let i = 0; i < times.length; i++) {
    const inWindow = times.filter((t) => t >= times[i] && t < times[i] + 60_000).length;
    assert.ok(inWindow <= 25, `${inWindow} requests in the minute from request ${i}`);
  }
  // Idle time refills the bucket, up to the burst.
  clock.advance(10 * 60_000);
  const before = clock.sleeps.length;
  for (let i = 0; i < 5; i++) await bucket.take();
  assert.equal(clock.sleeps.length, before, 'after a pause, 5 go at once again');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-06-01T08:00:00Z');
  assert.equal(parseRetryAfter('7', now), 7000);
  assert.equal(parseRetryAfter('Mon, 01 Jun 2026 08:01:00 GMT', now), 60_000);
  assert.equal(parseRetryAfter(null, now), undefined);
  assert.equal(parseRetryAfter('soon', now), undefined);
});

test('429 with Retry-After: the client waits at least that long, then succeeds', async () => {
  const clock = virtualClock();
  const fetch = scriptedFetch([response(429, '', { 'retry-after': '7' }), response(200, OK_BODY)]);
  const events = [];
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, random: () => 0, backoffBaseMs: 100, onEvent: (e) => events.push(e) });
  const r = await client.getJson(`${SSB}/tables/07459/data`);
  assert.equal(r.status, 200);
  assert.equal(r.attempts, 2);
  assert.equal(fetch.calls.length, 2);
  assert.deepEqual(clock.sleeps, [7000], 'waited the 7 s the API asked for (more than the 50 ms backoff)');
  assert.equal(events.find((e) => e.kind === 'retry')?.retryAfter, true);
});

test('a Retry-After longer than allowed (a maintenance window) ends the request at once', async () => {
  const clock = virtualClock();
  const fetch = scriptedFetch([response(503, '', { 'retry-after': '3600' })]);
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, maxWaitMs: 120_000 });
  await assert.rejects(
    client.getJson(`${SSB}/tables/07459/data`),
    (err) => err instanceof PxWebError && err.status === 503 && /3600 s/.test(err.message) && /maintenance/.test(err.message),
  );
  assert.equal(fetch.calls.length, 1);
  assert.deepEqual(clock.sleeps, []);
});

test('500, 502 then 200: exponential backoff with jitter between the attempts', async () => {
  for (const [random, expected] of [
    [0, [500, 1000]],
    [1, [1000, 2000]],
  ]) {
    const clock = virtualClock();
    const fetch = scriptedFetch([response(500), response(502), response(200, OK_BODY)]);
    const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, random: () => random, backoffBaseMs: 1000 });
    const r = await client.getJson(`${SSB}/tables/07459/data`);
    assert.equal(r.attempts, 3);
    // Step 1000 then 2000 ms; "equal jitter" keeps each wait between half the step and the step.
    assert.deepEqual(clock.sleeps, expected, `random() = ${random}`);
  }
});

test('gives up after maxAttempts and says how often it tried', async () => {
  const clock = virtualClock();
  const fetch = scriptedFetch([response(500)]);
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, maxAttempts: 4, backoffBaseMs: 10 });
  await assert.rejects(
    client.getJson(`${SSB}/tables/07459/data`),
    (err) => err instanceof PxWebError && err.retryable && /HTTP 500/.test(err.message) && /4 attempts/.test(err.message),
  );
  assert.equal(fetch.calls.length, 4);
  assert.equal(clock.sleeps.length, 3);
});

test("400 (a wrong query) is not retried; the API's explanation is passed on", async () => {
  const clock = virtualClock();
  const fetch = scriptedFetch([
    response(400, JSON.stringify({ title: 'Non-existent value', detail: 'ContentsCode: Foo' }), { 'content-type': 'application/problem+json' }),
  ]);
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep });
  await assert.rejects(
    client.getJson(`${SSB}/tables/07459/data`),
    (err) => err instanceof PxWebError && !err.retryable && /Non-existent value: ContentsCode: Foo/.test(err.message) && /metadata/.test(err.message),
  );
  assert.equal(fetch.calls.length, 1);
});

test('garbage (a maintenance page, a cut-off body) is retried and then reported', async () => {
  const clock = virtualClock();
  const fetch = scriptedFetch([response(200, '<html><body>Vedlikehold</body></html>'), response(200, '{"class":"dataset","val'), response(200, OK_BODY)]);
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, backoffBaseMs: 10 });
  const r = await client.getJson(`${SSB}/tables/07459/data`);
  assert.equal(r.attempts, 3);
  const always = scriptedFetch([response(200, '<html>')]);
  const failing = new PxWebClient({ fetch: always, now: clock.now, sleep: clock.sleep, backoffBaseMs: 10, maxAttempts: 2 });
  await assert.rejects(failing.getJson(`${SSB}/tables/07459/data`), /not JSON \(starts "<html>"\)/);
});

test('a timeout covers a hanging answer; the request is aborted and retried', async () => {
  const clock = virtualClock();
  // The timers the client arms, fired by the test: no real time passes.
  const timers = [];
  const armTimer = (fire, ms) => {
    const timer = { ms, fire, disarmed: false };
    timers.push(timer);
    return () => (timer.disarmed = true);
  };
  let n = 0;
  const fetch = (url, init) => {
    n++;
    if (n === 1) {
      const hanging = new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      // The answer hangs; only the attempt's timer ends it.
      queueMicrotask(() => timers.at(-1).fire());
      return hanging;
    }
    return Promise.resolve(response(200, OK_BODY));
  };
  const events = [];
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, armTimer, timeoutMs: 30_000, backoffBaseMs: 1, onEvent: (e) => events.push(e) });
  const r = await client.getJson(`${SSB}/tables/07459/data`);
  assert.equal(r.attempts, 2);
  assert.deepEqual(
    timers.map((t) => t.ms),
    [30_000, 30_000],
    'each attempt is given the whole timeoutMs',
  );
  assert.ok(
    timers.every((t) => t.disarmed),
    'each timer is disarmed when its attempt ends',
  );
  assert.equal(events.find((e) => e.kind === 'retry')?.reason, 'no complete answer within 30 s');
});

test('conditional request: the cached ETag and Last-Modified are sent; 304 uses the cached body', async () => {
  const clock = virtualClock();
  const cache = new MemoryCache();
  await cache.set({ url: `${SSB}/x`, etag: '"abc"', lastModified: 'Mon, 01 Jun 2026 06:00:00 GMT', storedAt: '2026-05-01T08:15:00.000Z', body: OK_BODY });
  const fetch = scriptedFetch([response(304)]);
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, cache });
  const r = await client.getJson(`${SSB}/x`);
  assert.equal(fetch.calls[0].headers['If-None-Match'], '"abc"');
  assert.equal(fetch.calls[0].headers['If-Modified-Since'], 'Mon, 01 Jun 2026 06:00:00 GMT');
  assert.equal(r.status, 304);
  assert.equal(r.bytes, 0);
  assert.equal(r.body, OK_BODY);
  assert.equal(r.downloadedAt, '2026-05-01T08:15:00.000Z');
  assert.equal(r.retrievedAt, new Date(clock.now()).toISOString());
});

test('without validators in the cache, the table\'s "updated" (GET /tables/{id}) decides whether to download', async () => {
  const clock = virtualClock();
  const updated = JSON.parse(OK_BODY).updated;
  const dataUrl = `${SSB}/tables/07459/data?lang=no`;
  const infoUrl = tableInfoUrl(SSB, '07459');
  assert.equal(infoUrl, `${SSB}/tables/07459?lang=no`);
  const cached = { url: dataUrl, storedAt: '2026-05-01T08:15:00.000Z', body: OK_BODY };
  const cases = [
    ['same updated → not downloaded', response(200, JSON.stringify({ id: '07459', updated })), [infoUrl], 304],
    ['newer updated → downloaded', response(200, JSON.stringify({ id: '07459', updated: '2099-01-01T07:00:00Z' })), [infoUrl, dataUrl], 200],
    ['the check fails → downloaded anyway', response(400, '{}'), [infoUrl, dataUrl], 200],
  ];
  for (const [name, infoAnswer, urls, status] of cases) {
    const cache = new MemoryCache();
    await cache.set(cached);
    const fetch = scriptedFetch([(url) => (url === infoUrl ? infoAnswer.clone() : response(200, OK_BODY))]);
    const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, cache, backoffBaseMs: 1 });
    const r = await client.getTable(dataUrl, infoUrl);
    assert.deepEqual(
      fetch.calls.map((c) => c.url),
      urls,
      name,
    );
    assert.equal(r.status, status, name);
    if (status === 304) assert.equal(r.unchangedBy, 'table-updated');
  }
  // With an ETag in the cache the data request is conditional and the table check is not needed.
  const cache = new MemoryCache();
  await cache.set({ ...cached, etag: '"e1"' });
  const fetch = scriptedFetch([response(304)]);
  const r = await new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, cache }).getTable(dataUrl, infoUrl);
  assert.deepEqual(
    fetch.calls.map((c) => c.url),
    [dataUrl],
  );
  assert.equal(r.unchangedBy, 'not-modified');
});

// ---- against a fake PxWebApi over HTTP ----

test('HTTP: the rate limit spaces real requests (600 a minute, burst 1 → 100 ms apart)', async (t) => {
  const api = await startFakePxWeb();
  t.after(() => api.close());
  api.table('07459', { body: OK_BODY });
  // The client's clock is virtual (its waits pass at once); the requests and answers are real HTTP.
  const clock = virtualClock();
  const sent = [];
  const fetch = (url, init) => {
    sent.push(clock.now());
    return globalThis.fetch(url, init);
  };
  const client = new PxWebClient({ fetch, now: clock.now, sleep: clock.sleep, requestsPerMinute: 600, burst: 1 });
  for (let i = 0; i < 4; i++) await client.getJson(`${api.baseUrl}/tables/07459/data?i=${i}`);
  assert.deepEqual(
    sent.map((at) => at - sent[0]),
    [0, 100, 200, 300],
    'each request is sent 100 ms after the previous one',
  );
  assert.deepEqual(
    api.requestsFor('07459').map((e) => e.query),
    ['?i=0', '?i=1', '?i=2', '?i=3'],
    'all four reached the server, in order',
  );
});

test('HTTP: 429 Retry-After: 1 is honoured, then the table arrives', async (t) => {
  const api = await startFakePxWeb();
  t.after(() => api.close());
  api.table('07459', { status: 429, retryAfter: '1' }, { body: OK_BODY });
  const clock = virtualClock();
  const client = new PxWebClient({ now: clock.now, sleep: clock.sleep, random: () => 0, backoffBaseMs: 10 });
  const r = await client.getJson(`${api.baseUrl}/tables/07459/data`);
  assert.equal(r.status, 200);
  assert.deepEqual(
    api.requestsFor('07459').map((e) => e.status),
    [429, 200],
  );
  assert.deepEqual(clock.sleeps, [1000], "waited the 1 s the server's Retry-After header asked for (more than the 5 ms backoff)");
});

test('HTTP: a slow answer times out and the retry gets the table', { timeout: 20_000 }, async (t) => {
  const api = await startFakePxWeb();
  t.after(() => api.close());
  // The first answer never comes (no race between the client's timer and a slow server): only the timeout ends it.
  api.table('07459', { hang: true }, { body: OK_BODY });
  const client = new PxWebClient({ timeoutMs: 500, backoffBaseMs: 10 });
  const r = await client.getJson(`${api.baseUrl}/tables/07459/data`);
  assert.equal(r.attempts, 2, 'the first attempt timed out, the second got the table');
  assert.equal(api.requestsFor('07459').length, r.attempts);
});

test('HTTP + file cache: unchanged table → 304 and no download; changed table → new body', async (t) => {
  const api = await startFakePxWeb();
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-cache-'));
  t.after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  api.table('07459', { body: OK_BODY });
  const url = `${api.baseUrl}/tables/07459/data?lang=no`;
  const cache = new FileCache(dir);
  const first = new PxWebClient({ cache });
  const r1 = await first.getJson(url);
  assert.equal(r1.status, 200);
  await first.remember(r1);
  assert.equal((await readdir(dir)).length, 1, 'one cache file');

  const second = new PxWebClient({ cache: new FileCache(dir) });
  const r2 = await second.getJson(url);
  assert.equal(r2.status, 304);
  assert.equal(r2.body, OK_BODY);
  const [, req2] = api.requestsFor('07459');
  assert.equal(req2.ifNoneMatch, r1.etag, 'the second request was conditional');
  assert.equal(req2.status, 304);

  const changed = OK_BODY.replace('30000', '30001');
  api.table('07459', { body: changed });
  const r3 = await second.getJson(url);
  assert.equal(r3.status, 200);
  assert.equal(r3.body, changed);
  assert.notEqual(r3.etag, r1.etag);
});

// ---- issue 17: redirects, byte cap, unreachable API ----

test("HTTP: a redirect within the API's origin is followed; one to another origin is refused without a request there", async (t) => {
  const api = await startFakePxWeb();
  const other = await startFakePxWeb();
  t.after(() => Promise.all([api.close(), other.close()]));
  const body = jsonStat({
    table: '07459',
    regions: [['K-3407', 'Gjøvik']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 30000,
  });
  api.table('moved', {
    redirectTo: `${api.baseUrl}/tables/07459/data?lang=no&valueCodes[Region]=K-3407&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2022`,
  });
  api.table('07459', { json: body });
  const client = new PxWebClient({ maxAttempts: 1 });
  const ok = await client.getJson(`${api.baseUrl}/tables/moved/data`);
  assert.equal(ok.json.value[0], 30000, 'same-origin redirect followed');

  other.table('07459', { json: body });
  api.table('away', {
    redirectTo: `${other.baseUrl}/tables/07459/data?lang=no&valueCodes[Region]=K-3407&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2022`,
  });
  await assert.rejects(
    client.getJson(`${api.baseUrl}/tables/away/data`),
    (err) =>
      err instanceof PxWebError &&
      /redirected to another server \(http:\/\/127\.0\.0\.1:\d+\); redirects are followed only within http:\/\/127\.0\.0\.1:\d+/.test(err.message) &&
      !err.retryable,
  );
  assert.equal(other.log.length, 0, 'the other server never got a request');
});

test('HTTP: a gzip bomb (a small body that inflates past the cap) fails with the cap: bytes are counted after decompression', async (t) => {
  const api = await startFakePxWeb();
  t.after(() => api.close());
  api.table('bomb', { gzipBytes: 8 * 1024 * 1024 });
  const client = new PxWebClient({ maxAttempts: 1, maxBytes: 1024 * 1024 });
  await assert.rejects(
    client.getJson(`${api.baseUrl}/tables/bomb/data`),
    (err) => err instanceof PxWebError && /larger than 1 MB \(the cap on one answer/.test(err.message) && !err.retryable,
  );
  const sent = api.requestsFor('bomb')[0].sentBytes;
  assert.ok(sent < 100 * 1024, `the compressed body is small (${sent} bytes): only the inflated size trips the cap`);
});

test('the byte cap is applied while the body streams: an endless answer is cancelled after the cap, not read to the end', async () => {
  let pulled = 0;
  let cancelled = false;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const endless = async () =>
    new Response(
      new ReadableStream({
        pull(controller) {
          pulled++;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  const client = new PxWebClient({ fetch: endless, maxAttempts: 1, maxBytes: 1024 * 1024 });
  await assert.rejects(client.getJson(`${SSB}/tables/07459/data`), /larger than 1 MB/);
  assert.ok(pulled <= (1024 * 1024) / chunk.length + 3, `${pulled} chunks of 64 kB were read`);
  assert.ok(cancelled, 'the download was cancelled');
});

test('no network: every attempt fails without an HTTP answer → "could not be reached", and later requests fail at once', async () => {
  const clock = virtualClock();
  const offline = scriptedFetch([() => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND data.ssb.no') }))]);
  const client = new PxWebClient({ fetch: offline, now: clock.now, sleep: clock.sleep, random: () => 0.5, maxAttempts: 3 });
  await assert.rejects(
    client.getJson(`${SSB}/tables/07459/metadata?lang=no`),
    (err) =>
      err instanceof PxWebError &&
      err.unreachable &&
      /could not be reached: network error: getaddrinfo ENOTFOUND data\.ssb\.no \(gave up after 2 attempts\)/.test(err.message),
  );
  assert.equal(offline.calls.length, 2, 'one retry, not the whole backoff series');
  await assert.rejects(client.getJson(`${SSB}/tables/13472/metadata?lang=no`), (err) => err.unreachable && /^not tried: /.test(err.message));
  assert.equal(offline.calls.length, 2, 'no further attempts once the API is known to be unreachable');
});
