import type { ParseOptions } from './types.js';
import { FeedError } from './errors.js';
import { isRecord } from './is-record.js';

/**
 * What kind of feed an input is, and the input as a value a parser takes — without loading any parser. The
 * browser bundle loads only the parser a feed needs (parse-async.ts); parse.ts uses the same steps synchronously.
 */

export type FeedFormat = 'innsikt' | 'jsonstat' | 'csv';

const BOM = '\ufeff';

/**
 * Bytes to text: UTF-8 (BOM stripped) when the bytes are valid UTF-8, otherwise windows-1252, the
 * superset of ISO-8859-1 that browsers use for that label (Statbank's "latin1" downloads).
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    const text = new TextDecoder('windows-1252').decode(view);
    return text.startsWith(BOM) ? text.slice(1) : text;
  }
}

export function isInnsiktFeed(input: unknown): boolean {
  return isRecord(input) && 'innsikt' in input;
}

/**
 * Whether the input looks like JSON-stat (a 2.0 dataset, collection or dimension, or a 1.x bundle).
 * Expects parsed JSON; a string is not inspected.
 */
export function isJsonStat(input: unknown): boolean {
  if (!isRecord(input)) return false;
  if ('innsikt' in input) return false;
  const cls = input['class'];
  if (cls === 'dataset' || cls === 'collection') return true;
  if (cls === 'dimension') return typeof input['version'] === 'string' || isRecord(input['category']);
  if (cls !== undefined) return false;
  // 2.0 without class (not valid, but seen): id + size + dimension.
  if (Array.isArray(input['id']) && Array.isArray(input['size']) && isRecord(input['dimension'])) return true;
  // 1.x bundle: at least one member that is a dataset.
  for (const key in input) {
    const member = input[key];
    if (isRecord(member) && isRecord(member['dimension']) && 'value' in member) return true;
  }
  return false;
}

/** A feed ready for its parser: CSV text, or a parsed JSON value. */
export type ReadFeed = { format: 'csv'; text: string } | { format: 'innsikt' | 'jsonstat'; value: unknown };

/** Reads bytes, text or a parsed value and says which parser it needs. Throws a {@link FeedError} when none fits. */
export function readFeed(input: unknown, options: ParseOptions = {}): ReadFeed {
  let value = input;
  if (value instanceof ArrayBuffer) value = new Uint8Array(value);
  if (value instanceof Uint8Array) value = decodeText(value);
  if (typeof value === 'string') {
    const body = value.replace(/^\uFEFF/, '');
    const first = body.trimStart()[0];
    if (options.format === 'csv' || (options.format === undefined && first !== '{' && first !== '[')) return { format: 'csv', text: body };
    try {
      value = JSON.parse(body);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const where = body.trim() === '' ? 'The feed is empty.' : `The feed is not valid JSON (${message}). A truncated or cut-off download looks like this.`;
      throw new FeedError([{ path: '(feed)', message: where }], where);
    }
  }
  switch (options.format) {
    case 'innsikt':
    case 'jsonstat':
      return { format: options.format, value };
    case 'csv':
      throw new FeedError([{ path: '(feed)', message: 'CSV was asked for, but the feed is already parsed JSON.' }]);
  }
  if (isInnsiktFeed(value)) return { format: 'innsikt', value };
  if (isJsonStat(value)) return { format: 'jsonstat', value };
  const message =
    'This is neither an Innsikt feed (it has no "innsikt" version field), JSON-stat (no "class": "dataset" / "collection" or "dimension"), nor CSV.';
  throw new FeedError([{ path: '(feed)', message }], message);
}
