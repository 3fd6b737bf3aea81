/**
 * Turns PxWebApi JSON-stat responses into one Innsikt feed v1, with the same data core the widgets use:
 * `parseJsonStat` reads each response, `harmoniseObservations` joins Hedmark (04) and Oppland (05) to
 * Innlandet (34) for additive measures only, derivations (ratios, differences, changes) are computed after
 * that so ratios for Innlandet come from summed parts, and `parseInnsikt` validates the result.
 *
 * Pure TypeScript with no Node imports, so a browser test can build a feed and render it.
 */
import type { Dataset } from '../data/types.js';
import type { FeedConfig } from './config.js';
import { FeedError } from '../data/errors.js';
import { parseInnsikt } from '../data/innsikt.js';
import { BuildError, type BuildReport, FeedBuild, type FeedJson, type QueryResponse } from './build-state.js';
import { readAnswer } from './answer-reader.js';
import { dropEmptyOutsideValidity, harmonise } from './reform-join.js';
import { sumRegions } from './region-sums.js';
import { deriveMeasure } from './derive-measures.js';
import { feedJson } from './feed-json.js';

export { BuildError, SSB_LICENCE, SSB_PUBLISHER } from './build-state.js';
export type { BuildReport, FeedJson, QueryResponse } from './build-state.js';

/**
 * Builds the Innsikt feed for one configured indicator from its queries' answers (in config order).
 * Throws a {@link BuildError} when an answer does not fit the configuration or the feed would be invalid
 * or empty: nothing is written then.
 */
export function toFeed(
  feed: FeedConfig,
  responses: QueryResponse[],
  options: { generated?: string } = {},
): { feed: FeedJson; report: BuildReport; dataset: Dataset } {
  const b = new FeedBuild(feed);
  for (const q of feed.queries) {
    const r = responses.find((x) => x.query.id === q.id);
    if (!r) throw new BuildError(`table ${q.table} (query "${q.id}") has no answer.`);
    readAnswer(b, r);
  }
  dropEmptyOutsideValidity(b);
  harmonise(b);
  for (const r of feed.regionSums ?? []) sumRegions(b, r);
  for (const d of feed.derive) deriveMeasure(b, d);
  const json = feedJson(b, options.generated ?? new Date().toISOString());
  const dataset = validateFeed(json);
  return { feed: json, report: b.report, dataset };
}

/**
 * Validates a feed before it is written: the Innsikt feed v1 rules (`parseInnsikt`, the same checks as the
 * JSON Schema), no duplicate cells, and at least one figure for every measure it lists. Throws a
 * {@link BuildError} with the validator's paths.
 */
export function validateFeed(json: unknown): Dataset {
  let ds: Dataset;
  try {
    ds = parseInnsikt(json);
  } catch (err) {
    if (err instanceof FeedError) throw new BuildError(`the feed would not be valid: ${err.message}`, err.issues);
    throw err;
  }
  const raw = (json as FeedJson).observations;
  if (ds.observations.length !== raw.length) {
    const dup = ds.warnings.find((w) => /duplicates/.test(w.message));
    throw new BuildError(
      `the feed would have duplicate cells${dup ? ` (${dup.path}: ${dup.message})` : ''}. Do two queries give the same measure, region and period?`,
      ds.warnings,
    );
  }
  if (!ds.observations.some((o) => o.value !== null)) throw new BuildError('the feed would have no figures (every value is missing).');
  for (const ind of ds.indicators) {
    for (const m of ind.measures ?? []) {
      if (!ds.observations.some((o) => o.measure === m.id && o.value !== null)) throw new BuildError(`measure "${m.id}" would have no figures.`);
    }
  }
  return ds;
}

/** Whether two feeds hold the same figures and texts (retrieval times and the history of changes aside). */
export function sameFigures(a: unknown, b: unknown): boolean {
  const strip = (f: unknown): string => {
    if (typeof f !== 'object' || f === null) return JSON.stringify(f);
    const copy = { ...(f as Record<string, unknown>) };
    // The history of changes is carried over, not compared: the figures and texts are.
    delete copy['changes'];
    if (Array.isArray(copy['sources'])) {
      copy['sources'] = (copy['sources'] as Array<Record<string, unknown>>).map((s) => {
        const rest = { ...s };
        delete rest['retrieved'];
        return rest;
      });
    }
    return JSON.stringify(copy);
  };
  return strip(a) === strip(b);
}

/** Counts figures (non-null values), for the shrink guard. */
export function figureCount(feed: unknown): number {
  const obs = (feed as { observations?: unknown }).observations;
  return Array.isArray(obs) ? obs.filter((o) => typeof o === 'object' && o !== null && (o as { value?: unknown }).value !== null).length : 0;
}
