/**
 * The response cache the PxWebApi client asks before downloading: entries with the validators (ETag,
 * Last-Modified) the server sent. The file cache is in `cache.ts`; an in-memory one is here.
 */

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
