import { feedName } from './feed-name.js';
import type { Dataset, ParseOptions } from './types.js';
import { FeedError } from './errors.js';
import { parseRetryAfter, shownWaitSeconds } from './retry-after.js';
import { lazyModule } from './lazy-module.js';

export type LoadErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'content-type' | 'too-large' | 'invalid';

/** Why a feed could not be loaded, in words a webmaster can act on. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
    /** Seconds the server asked us to wait (HTTP 429/503 `Retry-After`), whole, at most an hour (longer: undefined). */
    readonly retryAfter?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export interface LoadOptions extends ParseOptions {
  /** Aborts this caller's wait. The shared download goes on while other callers still want it. */
  signal?: AbortSignal;
  /** Milliseconds before the download is given up. Default: the loader's `timeout` (15 000). */
  timeout?: number;
  /** Largest body accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Forget the cached copy and download again (the retry button). */
  reload?: boolean;
}

/**
 * The parsers' entry module, imported once per page: every caller awaits the same promise, so callers waiting for
 * one feed all resume in the same turn (a fresh `import()` per call resolves on its own schedule, which left some
 * widgets of a dashboard waiting behind the others' drawing).
 */
const parseModule = lazyModule(() => import('./parse-async.js')).load;

const ACCEPTED = /(json|csv|text\/plain|application\/octet-stream|text\/comma-separated-values|vnd\.ms-excel)/i;

interface Entry {
  promise: Promise<Uint8Array>;
  users: number;
  controller: AbortController;
  /** The download has ended (with the bytes or an error). */
  settled: boolean;
}

/**
 * One download per URL per page, however many widgets ask: the bytes are shared and each caller parses
 * with its own options (indicator, format). Failed downloads are not cached, so a retry goes to the network.
 */
export class FeedLoader {
  private readonly cache = new Map<string, Entry>();
  private readonly done = new Map<string, Uint8Array>();
  private readonly parsed = new Map<string, { bytes: Uint8Array; dataset: Dataset }>();
  /** Parses under way, so that callers resuming together share one. */
  private readonly parsing = new Map<string, { bytes: Uint8Array; dataset: Promise<Dataset> }>();
  /** Counts requests sent, for tests and benchmarks. */
  requests = 0;
  /** Milliseconds before a download is given up when the caller gives no `timeout` (a page may lower it). */
  timeout = 15000;

  /** The addresses whose bytes are held in memory (downloaded and kept for later callers), for tests and benchmarks. */
  heldFeeds(): string[] {
    return [...this.done.keys()];
  }

  /** How many downloads are held (finished or under way), for tests and benchmarks. */
  get downloads(): number {
    return this.cache.size;
  }

  constructor(private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {}

  /**
   * Loads and parses a feed. Parsed datasets are shared between callers with the same parse options:
   * treat them as read-only.
   */
  async load(url: string, options: LoadOptions = {}): Promise<Dataset> {
    // Parsers load on first use, in parallel with the download, and only the one a feed needs (guessed from the
    // URL, corrected once the bytes are in): a page of Innsikt feeds never downloads the JSON-stat or CSV reader.
    // (Awaited before the cache check, so that callers resuming together share one parse.)
    const parser = parseModule().then((m) => (void m.preloadParser(options.format ?? m.likelyFormat(url)).catch(() => undefined), m));
    const bytes = await this.bytes(url, options);
    const { parseFeedAsync } = await parser;
    const key = `${url}\u0000${options.format ?? ''}\u0000${options.indicator ?? ''}\u0000${options.harmonise ? 1 : 0}`;
    const cached = this.parsed.get(key);
    if (cached && cached.bytes === bytes) return cached.dataset;
    const pending = this.parsing.get(key);
    if (pending && pending.bytes === bytes) return pending.dataset;
    // A file that names neither itself nor its source is credited by its address ("example.org/pendling.csv").
    const parseOptions = options.sourceTitle === undefined && feedName(url) ? { ...options, sourceTitle: feedName(url) } : options;
    const dataset = parseFeedAsync(bytes, parseOptions).then(
      (ds) => {
        this.parsed.set(key, { bytes, dataset: ds });
        return ds;
      },
      (err: unknown) => {
        if (err instanceof FeedError) throw err;
        throw new LoadError('invalid', `The feed at ${url} could not be read: ${String(err)}`, url, undefined, undefined, err);
      },
    );
    this.parsing.set(key, { bytes, dataset });
    try {
      return await dataset;
    } finally {
      if (this.parsing.get(key)?.dataset === dataset) this.parsing.delete(key);
    }
  }

  /** Forgets every cached feed (and the cached one of `url` when given). */
  clear(url?: string): void {
    if (url === undefined) {
      this.cache.clear();
      this.done.clear();
      this.parsed.clear();
      this.parsing.clear();
    } else {
      this.cache.delete(url);
      this.done.delete(url);
      for (const key of this.parsed.keys()) if (key.startsWith(`${url}\u0000`)) this.parsed.delete(key);
      for (const key of this.parsing.keys()) if (key.startsWith(`${url}\u0000`)) this.parsing.delete(key);
    }
  }

  async bytes(url: string, options: LoadOptions = {}): Promise<Uint8Array> {
    // A reload wave (ten widgets on one URL, each calling reload()) shares one download: the first reload starts it,
    // the others join it while it runs, instead of each clearing the download another has just started.
    if (options.reload && this.cache.get(url)?.settled !== false) this.clear(url);
    const ready = this.done.get(url);
    if (ready) return ready;
    let entry = this.cache.get(url);
    if (!entry) {
      const controller = new AbortController();
      entry = { controller, users: 0, settled: false, promise: this.download(url, controller, options) };
      const e = entry;
      this.cache.set(url, e);
      e.promise.then(
        (b) => {
          e.settled = true;
          if (this.cache.get(url) === e) this.done.set(url, b);
        },
        () => {
          e.settled = true;
          if (this.cache.get(url) === e) this.cache.delete(url);
        },
      );
    }
    return this.wait(url, entry, options.signal);
  }

  private wait(url: string, entry: Entry, signal?: AbortSignal): Promise<Uint8Array> {
    entry.users++;
    if (!signal) return entry.promise.finally(() => entry.users--);
    if (signal.aborted) {
      entry.users--;
      return Promise.reject(new LoadError('aborted', 'Loading was cancelled.', url));
    }
    return new Promise<Uint8Array>((resolve, reject) => {
      const onAbort = () => {
        entry.users--;
        // Nobody else is waiting: stop the download itself.
        if (entry.users === 0 && this.cache.get(url) === entry) {
          this.cache.delete(url);
          entry.controller.abort();
        }
        reject(new LoadError('aborted', 'Loading was cancelled.', url));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (b) => {
          signal.removeEventListener('abort', onAbort);
          entry.users--;
          resolve(b);
        },
        (e) => {
          signal.removeEventListener('abort', onAbort);
          entry.users--;
          reject(e);
        },
      );
    });
  }

  private async download(url: string, controller: AbortController, options: LoadOptions): Promise<Uint8Array> {
    const timeout = options.timeout ?? this.timeout;
    const maxBytes = options.maxBytes ?? 20_000_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    this.requests++;
    try {
      let res: Response;
      try {
        res = await this.fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
      } catch (err) {
        if (timedOut) throw new LoadError('timeout', `The feed did not answer within ${Math.round(timeout / 1000)} seconds.`, url);
        if (controller.signal.aborted) throw new LoadError('aborted', 'Loading was cancelled.', url);
        throw new LoadError(
          'network',
          'The feed could not be reached (network error, or the server does not allow this site to read it — CORS).',
          url,
          undefined,
          undefined,
          err,
        );
      }
      if (!res.ok) {
        const retryAfter = shownWaitSeconds(parseRetryAfter(res.headers.get('retry-after')));
        const what =
          res.status === 404
            ? 'The feed was not found (HTTP 404). Check the address.'
            : res.status === 429
              ? `The feed's server is busy and asks us to wait (HTTP 429)${retryAfter !== undefined ? `; try again in ${retryAfter} seconds` : ''}.`
              : res.status >= 500
                ? `The feed's server failed (HTTP ${res.status}). Try again later.`
                : `The feed answered HTTP ${res.status}.`;
        throw new LoadError('http', what, url, res.status, retryAfter);
      }
      const type = res.headers.get('content-type') ?? '';
      if (type && !ACCEPTED.test(type)) {
        throw new LoadError('content-type', `The address returned ${type.split(';')[0]}, not a data feed (JSON or CSV). Is it a web page?`, url, res.status);
      }
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > maxBytes) throw tooLarge(url, declared, maxBytes);
      return await readBody(res, url, maxBytes, controller);
    } catch (err) {
      if (timedOut && !(err instanceof LoadError && err.kind === 'timeout')) {
        throw new LoadError('timeout', `The feed did not finish arriving within ${Math.round(timeout / 1000)} seconds.`, url);
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

function tooLarge(url: string, size: number, max: number): LoadError {
  return new LoadError('too-large', `The feed is larger (${Math.round(size / 1e6)} MB or more) than the ${Math.round(max / 1e6)} MB a widget accepts.`, url);
}

async function readBody(res: Response, url: string, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      throw tooLarge(url, size, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The page-wide loader every widget shares. */
export const sharedLoader = new FeedLoader();
