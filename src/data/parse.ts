import type { Dataset, ParseOptions } from './types.js';
import { readFeed } from './detect.js';
import { parseInnsikt } from './innsikt.js';
import { parseJsonStat } from './jsonstat.js';
import { parseCsv } from './csv.js';
import { harmoniseObservations, withReformAnnotation } from './reform.js';
import { isAdditiveMeasure } from './additive.js';

export type FeedInput = unknown;

/**
 * Reads any feed Innsikt understands — an Innsikt feed v1, JSON-stat 2.0 / 1.x, or CSV — into a {@link Dataset}.
 * `input` is a parsed JSON value, JSON or CSV text, or the raw bytes of a file (CSV in ISO-8859-1 is decoded).
 * Throws a {@link FeedError} that lists every problem, each with a path and a plain sentence.
 * (The browser bundle uses parse-async.ts instead, which loads only the parser a feed needs.)
 */
export function parseFeed(input: FeedInput, options: ParseOptions = {}): Dataset {
  const feed = readFeed(input, options);
  const ds =
    feed.format === 'csv' ? parseCsv(feed.text, options) : feed.format === 'innsikt' ? parseInnsikt(feed.value, options) : parseJsonStat(feed.value, options);
  if (options.harmonise) {
    const { observations, warnings } = harmoniseObservations(ds.observations, (m) => isAdditiveMeasure(ds, m));
    ds.observations = observations;
    ds.warnings.push(...warnings);
    const annotations = withReformAnnotation(ds.annotations, observations);
    if (annotations) ds.annotations = annotations;
  }
  return ds;
}
