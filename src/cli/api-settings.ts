/**
 * How the feed builder talks to the API (the configuration's `api`): the address, and the limits it keeps to.
 * The defaults suit Statistics Norway's PxWebApi v2.
 *
 * Pure TypeScript with no Node imports.
 */
import { DEFAULT_MAX_BYTES } from './pxweb.js';
import { DEFAULT_MAX_CELLS } from './answer-check.js';

export const SSB_BASE_URL = 'https://data.ssb.no/api/pxwebapi/v2';
/** Statistics Norway allows about 30 requests a minute per IP; the builder never plans for more than this. */
export const SSB_MAX_REQUESTS_PER_MINUTE = 25;

export interface ApiConfig {
  baseUrl: string;
  lang: 'no' | 'en';
  requestsPerMinute: number;
  burst: number;
  timeoutSeconds: number;
  maxAttempts: number;
  backoffSeconds: number;
  maxWaitSeconds: number;
  /** Largest answer accepted, in bytes after decompression. */
  maxBytes: number;
  /** Most cells one answer may declare. */
  maxCells: number;
}

/** Whether a base URL may be used: https anywhere, plain http only on this machine (the tests' fake API). */
export function checkBaseUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a URL.`;
  }
  if (u.search || u.hash) return 'must not contain "?" or "#".';
  if (u.username || u.password) return 'must not contain a user name or password.';
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]')) return undefined;
  return 'must be an https:// address (plain http:// is allowed only for 127.0.0.1, e.g. a test server).';
}

/** Whether the API is Statistics Norway's own (then its rate limit applies). */
export function isSsb(url: string): boolean {
  try {
    return /(^|\.)ssb\.no$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The API settings of a checked configuration, with the defaults for what it leaves out. */
export function apiSettings(raw: Partial<ApiConfig> = {}): ApiConfig {
  const api: ApiConfig = {
    baseUrl: SSB_BASE_URL,
    lang: 'no',
    requestsPerMinute: 20,
    burst: 5,
    timeoutSeconds: 60,
    maxAttempts: 5,
    backoffSeconds: 2,
    maxWaitSeconds: 120,
    maxBytes: DEFAULT_MAX_BYTES,
    maxCells: DEFAULT_MAX_CELLS,
  };
  for (const key of Object.keys(api) as Array<keyof ApiConfig>) {
    if (raw[key] !== undefined) (api as unknown as Record<string, unknown>)[key] = raw[key];
  }
  api.baseUrl = api.baseUrl.replace(/\/+$/, '');
  return api;
}
