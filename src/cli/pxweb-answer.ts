/**
 * Reading one PxWebApi answer: its body within the size cap, its status (worth another try or not, with the
 * API's explanation), its JSON, and the validators and `updated` time the cache keeps.
 */
import { parseRetryAfter } from '../data/retry-after.js';
import { PxWebError, Retryable } from './pxweb-error.js';

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} kB`;
}

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

/**
 * Reads a body as text, counting bytes as they arrive (after fetch has decompressed them): past `maxBytes` the
 * download is cancelled and the request fails, so a huge or decompression-bomb answer never fills memory.
 */
export async function readCapped(res: Response, maxBytes: number, url: string, attempt: number): Promise<string> {
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
export function updatedOf(body: string): string | undefined {
  try {
    const j = JSON.parse(body) as Record<string, unknown>;
    return typeof j['updated'] === 'string' && j['updated'] !== '' ? j['updated'] : undefined;
  } catch {
    return undefined;
  }
}

export function validators(e: { etag?: string | undefined; lastModified?: string | undefined }): { etag?: string; lastModified?: string } {
  const out: { etag?: string; lastModified?: string } = {};
  if (e.etag) out.etag = e.etag;
  if (e.lastModified) out.lastModified = e.lastModified;
  return out;
}

/** Throws for an answer other than 200: worth another try (429, 5xx; Retry-After honoured) or not (with a hint). */
export function failUnlessOk(res: Response, body: string, url: string, attempt: number, now: () => number): void {
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
export function parseAnswer(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const head = body.replace(/\s+/g, ' ').trim().slice(0, 60);
    throw new Retryable(body.trim() === '' ? 'an empty answer' : `an answer that is not JSON (starts "${head}")`, 200);
  }
}
