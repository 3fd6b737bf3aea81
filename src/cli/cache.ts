/// <reference types="node" />
/**
 * The response cache on disk: one JSON file per request URL holding the body and the validators (ETag,
 * Last-Modified) Statistics Norway sent, so that the next run can ask "changed since?" and get a 304 instead
 * of the whole table. Entries are written atomically; an unreadable entry is treated as absent.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { CacheEntry, ResponseCache } from './response-cache.js';
import { atomicWrite } from './files.js';

export class FileCache implements ResponseCache {
  constructor(readonly dir: string) {}

  pathFor(url: string): string {
    return join(this.dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }

  async get(url: string): Promise<CacheEntry | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.pathFor(url), 'utf8')) as Partial<CacheEntry>;
      if (entry.url !== url || typeof entry.body !== 'string' || typeof entry.storedAt !== 'string') return undefined;
      JSON.parse(entry.body);
      const out: CacheEntry = { url, body: entry.body, storedAt: entry.storedAt };
      if (typeof entry.etag === 'string') out.etag = entry.etag;
      if (typeof entry.lastModified === 'string') out.lastModified = entry.lastModified;
      return out;
    } catch {
      return undefined;
    }
  }

  async set(entry: CacheEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await atomicWrite(this.pathFor(entry.url), JSON.stringify(entry));
  }
}
