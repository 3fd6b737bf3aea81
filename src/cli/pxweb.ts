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
 * The API's addresses, the rate limit, the errors and the reading of one answer live in files of their own
 * (pxweb-urls.ts, token-bucket.ts, pxweb-error.ts, pxweb-answer.ts); this module is the import path for them.
 */
import { parseRetryAfter } from '../data/retry-after.js';
import type { CacheEntry, ResponseCache } from './response-cache.js';
import { type ArmTimer, type Sleep, TokenBucket, realSleep, realTimer } from './token-bucket.js';
import { PxWebError, Retryable } from './pxweb-error.js';
import { failUnlessOk, parseAnswer, readCapped, updatedOf, validators } from './pxweb-answer.js';

export { MAX_URL_LENGTH, buildDataUrl, metadataUrl, tableInfoUrl } from './pxweb-urls.js';
export { type CacheEntry, MemoryCache, type ResponseCache } from './response-cache.js';
export { type ArmTimer, type Sleep, TokenBucket, realSleep, realTimer } from './token-bucket.js';
export { PxWebError } from './pxweb-error.js';

/** Default cap on one answer, counted while it streams in, after decompression. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** Attempts when none gets any HTTP answer (the network is down): one retry, not the full backoff series. */
const NETWORK_ATTEMPTS = 2;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

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

// Seconds or an HTTP date → milliseconds from `now`: one reader for the widgets and the builder, in src/data.
export { parseRetryAfter };

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
