import type { Dataset, ParseOptions } from './types.js';
import { FeedError } from './errors.js';
import { isInnsiktFeed, parseInnsikt } from './innsikt.js';
import { isJsonStat, parseJsonStat } from './jsonstat.js';
import { decodeText, parseCsv } from './csv.js';
import { harmoniseObservations } from './reform.js';
import { isAdditiveMeasure } from './additive.js';

export type FeedInput = unknown;

/**
 * Reads any feed Innsikt understands — an Innsikt feed v1, JSON-stat 2.0 / 1.x, or CSV — into a {@link Dataset}.
 * `input` is a parsed JSON value, JSON or CSV text, or the raw bytes of a file (CSV in ISO-8859-1 is decoded).
 * Throws a {@link FeedError} that lists every problem, each with a path and a plain sentence.
 */
export function parseFeed(input: FeedInput, options: ParseOptions = {}): Dataset {
  let value = input;
  if (value instanceof ArrayBuffer) value = new Uint8Array(value);
  if (value instanceof Uint8Array) value = decodeText(value);
  if (typeof value === 'string') value = fromText(value, options);
  const ds = parseValue(value, options);
  if (options.harmonise) {
    const { observations, warnings } = harmoniseObservations(ds.observations, (m) => isAdditiveMeasure(ds, m));
    ds.observations = observations;
    ds.warnings.push(...warnings);
  }
  return ds;
}

function fromText(text: string, options: ParseOptions): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (options.format === 'csv') return { __csv: body };
  const first = body.trimStart()[0];
  if (options.format === undefined && first !== '{' && first !== '[') return { __csv: body };
  try {
    return JSON.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const where = body.trim() === '' ? 'The feed is empty.' : `The feed is not valid JSON (${message}). A truncated or cut-off download looks like this.`;
    throw new FeedError([{ path: '(feed)', message: where }], where);
  }
}

function parseValue(value: unknown, options: ParseOptions): Dataset {
  if (typeof value === 'object' && value !== null && '__csv' in value) return parseCsv((value as { __csv: string }).__csv, options);
  switch (options.format) {
    case 'innsikt':
      return parseInnsikt(value, options);
    case 'jsonstat':
      return parseJsonStat(value, options);
    case 'csv':
      throw new FeedError([{ path: '(feed)', message: 'CSV was asked for, but the feed is already parsed JSON.' }]);
  }
  if (isInnsiktFeed(value)) return parseInnsikt(value, options);
  if (isJsonStat(value)) return parseJsonStat(value, options);
  const message = 'This is neither an Innsikt feed (it has no "innsikt" version field), JSON-stat (no "class": "dataset" / "collection" or "dimension"), nor CSV.';
  throw new FeedError([{ path: '(feed)', message }], message);
}
