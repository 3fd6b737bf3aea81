/**
 * A careful client for Statistics Norway's PxWebApi v2 (`GET /tables/{id}/data`):
 * - a client-side rate limit (token bucket) below the API's ~30 requests a minute per IP;
 * - retries with exponential backoff and jitter on 429, 5xx, timeouts, network errors and unreadable bodies,
 *   honouring `Retry-After` (and giving up when the API asks for a longer wait than allowed, e.g. maintenance);
 * - a timeout per attempt that covers the whole body, not just the headers;
 * - conditional requests (`If-None-Match` / `If-Modified-Since`) against a cache, so an unchanged table is
 *   not downloaded again.
 *
 * No Node imports: fetch, clock, sleep, randomness and the cache are injected (see `cache.ts` for the file cache).
 */
import type { QueryConfig } from './config.js';
import { parseRetryAfter } from '../data/retry-after.js';
import { urlForm } from './selection.js';

/** PxWebApi GET URLs longer than this fail (the API documents about 2 100 characters). */
export const MAX_URL_LENGTH = 2000;

// Characters left as they are in value codes: selection expressions (`top(10)`, `34*`, `202?`, `[range(a,b)]`).
function encodeCode(code: string): string {
  const form = urlForm(code);
  const bracketed = form.startsWith('[') && form.endsWith(']');
  const inner = encodeURIComponent(bracketed ? form.slice(1, -1) : form)
    .replace(/%2C/gi, ',')
    .replace(/%3F/gi, '?');
  return bracketed ? `[${inner}]` : inner;
}

/** The query string shared by the data and the metadata URL: the codelists (metadata lists their codes). */
function codelistParams(q: Pick<QueryConfig, 'codelist'>): string[] {
  return Object.entries(q.codelist).map(([variable, id]) => `codelist[${encodeURIComponent(variable)}]=${encodeURIComponent(id)}`);
}

/**
 * The metadata URL of a query's table (`GET /tables/{id}/metadata`), with the query's codelists so that the
 * codes it lists are the ones the query may use (`K-3401` with `agg_KommSummer`).
 */
export function metadataUrl(baseUrl: string, q: Pick<QueryConfig, 'table' | 'codelist'>, lang = 'no'): string {
  const parts = [`lang=${encodeURIComponent(lang)}`, 'outputFormat=json-stat2', ...codelistParams(q)];
  return `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(q.table)}/metadata?${parts.join('&')}`;
}

/**
 * The GET URL of a query:
 * `{base}/tables/{table}/data?lang=no&outputFormat=json-stat2&valueCodes[Tid]=top(10)&codelist[Region]=…`.
 * `ContentsCode` defaults to the measures' codes. Throws when the URL would be too long for the API.
 */
export function buildDataUrl(baseUrl: string, q: Pick<QueryConfig, 'table' | 'valueCodes' | 'codelist' | 'outputValues' | 'measures'>, lang = 'no'): string {
  const parts = [`lang=${encodeURIComponent(lang)}`, 'outputFormat=json-stat2'];
  const valueCodes: Record<string, string[]> = { ...q.valueCodes };
  if (valueCodes['ContentsCode'] === undefined) valueCodes['ContentsCode'] = Object.keys(q.measures);
  for (const [variable, codes] of Object.entries(valueCodes)) {
    parts.push(`valueCodes[${encodeURIComponent(variable)}]=${codes.map(encodeCode).join(',')}`);
  }
  parts.push(...codelistParams(q));
  for (const [variable, v] of Object.entries(q.outputValues)) parts.push(`outputValues[${encodeURIComponent(variable)}]=${v}`);
  const url = `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(q.table)}/data?${parts.join('&')}`;
  if (url.length > MAX_URL_LENGTH) {
    throw new Error(
      `The query for table ${q.table} makes a ${url.length}-character URL; the API accepts about ${MAX_URL_LENGTH}. Use "*", "34*", "top(n)" or a codelist instead of long lists of codes.`,
    );
  }
  return url;
}

/** The table-information URL (`GET /tables/{id}`), whose `updated` tells whether a table changed. */
export function tableInfoUrl(baseUrl: string, table: string, lang = 'no'): string {
  return `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(table)}?lang=${encodeURIComponent(lang)}`;
}

/** A cached response, with the validators the server sent. */
export interface CacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  /** When the body was downloaded (ISO 8601). */
  storedAt: string;
  body: string;
}

export interface ResponseCache {
  get(url: string): Promise<CacheEntry | undefined>;
  set(entry: CacheEntry): Promise<void>;
}

/** A cache in memory (tests, `--no-cache` runs that still want conditional requests within one run). */
export class MemoryCache implements ResponseCache {
  readonly entries = new Map<string, CacheEntry>();

  async get(url: string): Promise<CacheEntry | undefined> {
    return this.entries.get(url);
  }

  async set(entry: CacheEntry): Promise<void> {
    this.entries.set(entry.url, entry);
  }
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** Arms a timer that calls `onTimeout` after `ms`; returns the function that disarms it. */
export type ArmTimer = (onTimeout: () => void, ms: number) => () => void;
export const realTimer: ArmTimer = (onTimeout, ms) => {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
};

/**
 * Token bucket: `burst` requests at once, refilled at `perMinute`. With the defaults (20 a minute, burst 5) no
 * 60-second window ever holds more than 25 requests, below Statistics Norway's ~30.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;

  constructor(
    readonly perMinute: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    if (!(perMinute > 0) || !(burst >= 1)) throw new Error('TokenBucket needs perMinute > 0 and burst >= 1.');
    this.intervalMs = 60_000 / perMinute;
    this.tokens = burst;
    this.last = now();
  }

  /** Waits until a request may be sent; returns how long it waited (ms). Calls are served in order. */
  take(): Promise<number> {
    const turn = this.queue.then(() => this.takeNow());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async takeNow(): Promise<number> {
    let waited = 0;
    for (;;) {
      const t = this.now();
      this.tokens = Math.min(this.burst, this.tokens + (t - this.last) / this.intervalMs);
      this.last = t;
      if (this.tokens >= 1 - 1e-9) {
        this.tokens -= 1;
        return waited;
      }
      const wait = Math.ceil((1 - this.tokens) * this.intervalMs);
      waited += wait;
      await this.sleep(wait);
    }
  }
}

/**
 * Why a request failed for good. `retryable` says whether trying again later might help; `unreachable` that no
 * attempt got any HTTP answer at all (no network, DNS failure, connection refused).
 */
export class PxWebError extends Error {
  override readonly name = 'PxWebError';

  constructor(
    message: string,
    readonly url: string,
    readonly status: number | undefined,
    readonly attempts: number,
    readonly retryable: boolean,
    readonly unreachable = false,
  ) {
    super(message);
  }
}

/** Default cap on one answer, counted while it streams in, after decompression. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** Attempts when none gets any HTTP answer (the network is down): one retry, not the full backoff series. */
const NETWORK_ATTEMPTS = 2;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} kB`;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: Sleep;
  /** Arms each attempt's timeout (default: setTimeout); tests pass their own to fire it without waiting. */
  armTimer?: ArmTimer;
  random?: () => number;
  requestsPerMinute?: number;
  burst?: number;
  /** Per attempt, headers and body. Default 60 000. */
  timeoutMs?: number;
  /** Attempts per request, the first included. Default 5. */
  maxAttempts?: number;
  /** First backoff; doubled each attempt, with jitter. Default 2 000. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A `Retry-After` longer than this ends the request (a maintenance window): try again on the next run. Default 120 000. */
  maxWaitMs?: number;
  cache?: ResponseCache;
  /** Largest answer accepted, in bytes after decompression, counted while it streams in. Default 20 MB. */
  maxBytes?: number;
  /** Called for every attempt outcome, for progress output. */
  onEvent?: (e: ClientEvent) => void;
  userAgent?: string;
}

export type ClientEvent =
  | { kind: 'wait'; url: string; ms: number; reason: 'rate-limit' }
  | { kind: 'retry'; url: string; attempt: number; of: number; ms: number; reason: string; retryAfter?: boolean };

export interface FetchResult {
  url: string;
  /** 200 (downloaded) or 304 (unchanged: the cached copy was used). */
  status: 200 | 304;
  /** How "unchanged" was established: a 304 answer, or the table's `updated` time matching the cached copy's. */
  unchangedBy?: 'not-modified' | 'table-updated';
  body: string;
  json: unknown;
  etag?: string;
  lastModified?: string;
  /** When this run got or confirmed the body (ISO 8601). */
  retrievedAt: string;
  /** When the body was downloaded (differs from retrievedAt for a 304). */
  downloadedAt: string;
  attempts: number;
  bytes: number;
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

// Seconds or an HTTP date → milliseconds from `now`: one reader for the widgets and the builder, in src/data.
export { parseRetryAfter };

/** What a 4xx from the API says, briefly (PxWebApi answers with problem+json: `title`, `detail`). */
function problemText(body: string): string {
  try {
    const j = JSON.parse(body) as Record<string, unknown>;
    const parts = [j['title'], j['detail']].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (parts.length) return parts.join(': ').slice(0, 300);
  } catch {
    // not JSON
  }
  return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** No HTTP answer at all (network error). */
    readonly network = false,
  ) {
    super(message);
  }
}

export class PxWebClient {
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  readonly bucket: TokenBucket;
  private readonly o: Required<Pick<ClientOptions, 'timeoutMs' | 'maxAttempts' | 'backoffBaseMs' | 'backoffMaxMs' | 'maxWaitMs' | 'userAgent' | 'maxBytes'>>;
  /** Requests sent (attempts), for reports and tests. */
  requests = 0;
  /** Set once a request got no HTTP answer in any attempt: later requests fail at once with this error. */
  unreachable: PxWebError | undefined;

  constructor(private readonly options: ClientOptions = {}) {
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.bucket = new TokenBucket(options.requestsPerMinute ?? 20, options.burst ?? 5, this.now, this.sleep);
    this.o = {
      timeoutMs: options.timeoutMs ?? 60_000,
      maxAttempts: options.maxAttempts ?? 5,
      backoffBaseMs: options.backoffBaseMs ?? 2_000,
      backoffMaxMs: options.backoffMaxMs ?? 60_000,
      maxWaitMs: options.maxWaitMs ?? 120_000,
      userAgent: options.userAgent ?? 'innsikt-feeds (Innsikt feed builder)',
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    };
  }

  /** Exponential backoff with "equal jitter": half the step fixed, half random. */
  backoff(attempt: number): number {
    const step = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(step / 2 + (this.random() * step) / 2);
  }

  /**
   * GETs a table's data. With a cached copy the request is conditional (ETag / Last-Modified). When the
   * server sent no validators for the cached copy, the small `GET /tables/{id}` is asked first: if the table's
   * `updated` time equals the cached copy's, the data is not downloaded again. Any trouble with that check
   * falls back to downloading.
   */
  async getTable(url: string, infoUrl?: string): Promise<FetchResult> {
    const cached = await this.options.cache?.get(url);
    const cachedUpdated = cached && !cached.etag && !cached.lastModified ? updatedOf(cached.body) : undefined;
    if (cached && infoUrl && cachedUpdated) {
      let info: FetchResult | undefined;
      try {
        info = await this.getJson(infoUrl, false);
      } catch {
        info = undefined;
      }
      const updated = info && typeof info.json === 'object' && info.json !== null ? (info.json as Record<string, unknown>)['updated'] : undefined;
      if (typeof updated === 'string' && updated === cachedUpdated) {
        return {
          url,
          status: 304,
          unchangedBy: 'table-updated',
          body: cached.body,
          json: JSON.parse(cached.body),
          retrievedAt: info!.retrievedAt,
          downloadedAt: cached.storedAt,
          attempts: info!.attempts,
          bytes: 0,
        };
      }
    }
    return this.getJson(url);
  }

  /** GETs a JSON URL with rate limit, retries, timeout and the conditional cache. Throws a {@link PxWebError}. */
  async getJson(url: string, useCache = true): Promise<FetchResult> {
    if (this.unreachable) throw new PxWebError(`not tried: ${this.unreachable.message}`, url, undefined, 0, true, true);
    const cached = useCache ? await this.options.cache?.get(url) : undefined;
    let last: Retryable | undefined;
    let allNetwork = true;
    for (let attempt = 1; attempt <= this.o.maxAttempts; attempt++) {
      const waited = await this.bucket.take();
      if (waited > 0) this.options.onEvent?.({ kind: 'wait', url, ms: waited, reason: 'rate-limit' });
      try {
        const result = await this.attempt(url, cached, attempt);
        return result;
      } catch (err) {
        if (!(err instanceof Retryable)) throw err;
        last = err;
        if (!err.network) allNetwork = false;
        // No HTTP answer twice in a row (no network, DNS failure, refused): more waiting will not help this run.
        if (attempt === this.o.maxAttempts || (allNetwork && attempt >= NETWORK_ATTEMPTS)) break;
        let ms = this.backoff(attempt);
        if (err.retryAfterMs !== undefined) {
          if (err.retryAfterMs > this.o.maxWaitMs) {
            throw new PxWebError(
              `${err.message}; the API asks to wait ${Math.round(err.retryAfterMs / 1000)} s (a maintenance window?), longer than the ${Math.round(this.o.maxWaitMs / 1000)} s allowed. Try again later.`,
              url,
              err.status,
              attempt,
              true,
            );
          }
          ms = Math.max(ms, err.retryAfterMs);
        }
        this.options.onEvent?.({
          kind: 'retry',
          url,
          attempt,
          of: allNetwork ? Math.min(NETWORK_ATTEMPTS, this.o.maxAttempts) : this.o.maxAttempts,
          ms,
          reason: err.message,
          retryAfter: err.retryAfterMs !== undefined,
        });
        await this.sleep(ms);
      }
    }
    const tried = allNetwork ? Math.min(NETWORK_ATTEMPTS, this.o.maxAttempts) : this.o.maxAttempts;
    const gaveUp = `${last?.message ?? 'failed'} (gave up after ${tried} attempt${tried === 1 ? '' : 's'})`;
    if (allNetwork) {
      this.unreachable = new PxWebError(`the API at ${originOf(url)} could not be reached: ${gaveUp}`, url, undefined, this.o.maxAttempts, true, true);
      throw this.unreachable;
    }
    throw new PxWebError(gaveUp, url, last?.status, tried, true);
  }

  private async attempt(url: string, cached: CacheEntry | undefined, attempt: number): Promise<FetchResult> {
    const { res, body } = await this.download(url, cached, attempt);
    const retrievedAt = new Date(this.now()).toISOString();

    if (res.status === 304) {
      if (!cached) throw new Retryable('HTTP 304 Not Modified, but there is no cached copy', 304);
      return {
        url,
        status: 304,
        unchangedBy: 'not-modified',
        body: cached.body,
        json: JSON.parse(cached.body),
        ...validators(cached),
        retrievedAt,
        downloadedAt: cached.storedAt,
        attempts: attempt,
        bytes: 0,
      };
    }
    failUnlessOk(res, body, url, attempt, () => this.now());
    const json = parseAnswer(body);
    const entry: CacheEntry = { url, storedAt: retrievedAt, body };
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    return {
      url,
      status: 200,
      body,
      json,
      ...validators(entry),
      retrievedAt,
      downloadedAt: retrievedAt,
      attempts: attempt,
      bytes: new TextEncoder().encode(body).length,
    };
  }

  /** One request (conditional when a copy is cached) and its body, read up to the size cap within the time limit. */
  private async download(url: string, cached: CacheEntry | undefined, attempt: number): Promise<{ res: Response; body: string }> {
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.o.userAgent };
    if (cached?.etag) headers['If-None-Match'] = cached.etag;
    if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;
    const controller = new AbortController();
    const disarm = (this.options.armTimer ?? realTimer)(() => controller.abort(), this.o.timeoutMs);
    this.requests++;
    try {
      const res = await this.fetchFollowing(url, headers, controller.signal);
      const body = res.status === 304 ? '' : await readCapped(res, this.o.maxBytes, url, attempt);
      return { res, body };
    } catch (err) {
      if (err instanceof PxWebError) {
        controller.abort();
        throw err;
      }
      if (controller.signal.aborted) throw new Retryable(`no complete answer within ${Math.round(this.o.timeoutMs / 100) / 10} s`);
      const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
      throw new Retryable(`network error: ${cause}`, undefined, undefined, true);
    } finally {
      disarm();
    }
  }

  /**
   * Fetches without letting fetch follow redirects: a redirect is followed (at most 5) only when it stays on
   * the origin of the URL asked for, so a redirect cannot lead the builder to another server.
   */
  private async fetchFollowing(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const origin = originOf(url);
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await this.fetchImpl(current, { headers, signal, redirect: 'manual' });
      if (!REDIRECT_STATUS.has(res.status)) return res;
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) throw new PxWebError(`HTTP ${res.status}: a redirect without a Location header.`, url, res.status, 1, false);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new PxWebError(`HTTP ${res.status}: a redirect to an unreadable address.`, url, res.status, 1, false);
      }
      if (next.origin !== origin) {
        throw new PxWebError(
          `HTTP ${res.status}: the API redirected to another server (${next.origin}); redirects are followed only within ${origin}.`,
          url,
          res.status,
          1,
          false,
        );
      }
      if (hop + 1 >= MAX_REDIRECTS) throw new PxWebError(`more than ${MAX_REDIRECTS} redirects.`, url, res.status, 1, false);
      current = next.href;
    }
  }

  /** Stores a response that proved usable (call after the body was read as JSON-stat). */
  async remember(result: FetchResult): Promise<void> {
    if (!this.options.cache || result.status !== 200) return;
    const entry: CacheEntry = { url: result.url, storedAt: result.downloadedAt, body: result.body };
    if (result.etag) entry.etag = result.etag;
    if (result.lastModified) entry.lastModified = result.lastModified;
    await this.options.cache.set(entry);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Reads a body as text, counting bytes as they arrive (after fetch has decompressed them): past `maxBytes` the
 * download is cancelled and the request fails, so a huge or decompression-bomb answer never fills memory.
 */
async function readCapped(res: Response, maxBytes: number, url: string, attempt: number): Promise<string> {
  if (!res.body) return '';
  const declared = Number(res.headers.get('content-length'));
  const tooBig = () =>
    new PxWebError(
      `the answer is larger than ${mb(maxBytes)} (the cap on one answer; raise "api.maxBytes" if this table really is that large).`,
      url,
      res.status,
      attempt,
      false,
    );
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers.get('content-encoding')) {
    await res.body.cancel().catch(() => undefined);
    throw tooBig();
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The JSON-stat `updated` of a cached body, if it has one. */
function updatedOf(body: string): string | undefined {
  try {
    const j = JSON.parse(body) as Record<string, unknown>;
    return typeof j['updated'] === 'string' && j['updated'] !== '' ? j['updated'] : undefined;
  } catch {
    return undefined;
  }
}

function validators(e: { etag?: string | undefined; lastModified?: string | undefined }): { etag?: string; lastModified?: string } {
  const out: { etag?: string; lastModified?: string } = {};
  if (e.etag) out.etag = e.etag;
  if (e.lastModified) out.lastModified = e.lastModified;
  return out;
}

/** Throws for an answer other than 200: worth another try (429, 5xx; Retry-After honoured) or not (with a hint). */
function failUnlessOk(res: Response, body: string, url: string, attempt: number, now: () => number): void {
  if (RETRY_STATUS.has(res.status)) {
    throw new Retryable(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status, parseRetryAfter(res.headers.get('retry-after'), now()));
  }
  if (res.status !== 200) {
    const hint =
      res.status === 400
        ? " Check the table's variable ids and value codes against /tables/{id}/metadata."
        : res.status === 404
          ? ' Check the table id (or the URL is too long).'
          : '';
    throw new PxWebError(
      `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}: ${problemText(body) || 'no explanation'}.${hint}`,
      url,
      res.status,
      attempt,
      false,
    );
  }
}

/** The answer's JSON; a maintenance page or a cut-off download is worth another try. */
function parseAnswer(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const head = body.replace(/\s+/g, ' ').trim().slice(0, 60);
    throw new Retryable(body.trim() === '' ? 'an empty answer' : `an answer that is not JSON (starts "${head}")`, 200);
  }
}
