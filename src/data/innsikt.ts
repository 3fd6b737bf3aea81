import type { Dataset, Dimension, Source } from './types.js';
import { IssueList, describe } from './errors.js';
import { isRecord as isObj } from './is-record.js';
import { comparePeriods } from './period.js';
import { checkOrigins } from './provenance.js';
import { validate } from './feed-schema.validate.js';
import { type SchemaValidator, reportSchemaErrors } from './schema-issues.js';
import type { ParseOptions } from './types.js';
import type { RawFeed } from './innsikt/raw-feed.js';
import { measureList, measuresOf, nbText, readAnnotation, readIndicator, readNote, readRegion } from './innsikt/parts.js';
import { type FeedParts, readObservations } from './innsikt/observation.js';

/**
 * Reader for the Innsikt feed v1, in named steps (src/data/innsikt/). The shape is checked by the validator
 * generated from `feed-schema.json` (scripts/generate-validators.mjs: plain code, no `new Function`, so it runs
 * under a strict CSP); the steps check what a schema cannot (references between the parts, duplicates) and build
 * the Dataset.
 */

export { isInnsiktFeed } from './detect.js';
export { nbText };

/** What a pattern of the schema means, for the sentences of schema-issues.ts. */
const PATTERNS: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': 'an id (letters, digits, ".", "_", "-"; at most 64)',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$': 'a region code such as "34" or "3401"',
  '^https?://': 'an http(s) address',
  '^\\d{4}([-–]\\d{4}|K[1-4]|M(0[1-9]|1[0-2]))?$': 'a year ("2002"), a span ("1990-2002"), a quarter ("2021K3") or a month ("2021M04")',
};
const SENTENCES: Record<string, string> = {
  'then/required:status': 'a missing value (null) needs a status symbol saying why: ".." not available, "." not applicable, ":" confidential.',
};

/** Checks `input` against feed-schema.json (the generated validator); throws a FeedError listing what does not fit. */
function checkShape(input: unknown, issues: IssueList): asserts input is RawFeed {
  const validator = validate as SchemaValidator;
  if (validator(input)) return;
  if (isObj(input) && input.innsikt !== '1') {
    issues.error('innsikt', `this reader understands feed version "1", the feed says ${describe(input.innsikt)}.`);
    issues.throwIfAny('This is not an Innsikt feed of a version this reader knows.');
  }
  reportSchemaErrors(validator.errors ?? [], input, issues, { root: '(feed)', patterns: PATTERNS, sentences: SENTENCES });
  issues.throwIfAny((n) => `This Innsikt feed has ${n} problem${n === 1 ? '' : 's'}.`);
}

/** Declared dimensions keep their labels and order; categories used but not declared are labelled by their code. */
function dimensionsOf(declared: Dimension[], used: Map<string, Set<string>>): Dimension[] {
  const byId = new Map(declared.map((d) => [d.id, d]));
  return [...used].map(([id, set]) => {
    const d = byId.get(id);
    const categories = d ? [...d.categories] : [];
    for (const code of set) if (!categories.some((cat) => cat.code === code)) categories.push({ code, label: code });
    return { id, label: d?.label ?? id, categories };
  });
}

/** The parts observations refer to: indicators and their measures, regions, sources and origins. */
function readParts(input: RawFeed, issues: IssueList): FeedParts & { sources: Source[] } {
  const indicators = input.indicators.map(readIndicator);
  const regions = input.regions.map(readRegion);
  const sources = input.sources.map((s): Source => (s.notes ? { ...s, notes: [...s.notes] } : { ...s }));
  const sourceIds = new Set(sources.map((s) => s.id));
  return {
    indicatorById: new Map(indicators.map((d) => [d.id, d])),
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    measures: measuresOf(indicators),
    sourceIds,
    onlySource: sources.length === 1 ? sources[0]!.id : undefined,
    origins: checkOrigins(issues, input.origins ?? [], sourceIds),
    sources,
  };
}

/** Parses and validates an Innsikt feed v1. Throws a FeedError listing every problem found. */
export function parseInnsikt(input: unknown, options: ParseOptions = {}): Dataset {
  const issues = new IssueList();
  checkShape(input, issues);
  const parts = readParts(input, issues);
  const read = readObservations(input.observations, parts, issues, options.indicator);
  issues.throwIfAny((n) => `This Innsikt feed has ${n} problem${n === 1 ? '' : 's'}.`);
  const ds: Dataset = {
    format: 'innsikt',
    indicators: [...parts.indicatorById.values()],
    regions: [...parts.regionByCode.values()],
    periods: [...read.periods].sort(comparePeriods),
    measures: measureList(parts.measures),
    dimensions: dimensionsOf(input.dimensions ?? [], read.dimValues),
    observations: read.observations,
    sources: parts.sources,
    notes: (input.notes ?? []).map(readNote),
    warnings: issues.warnings,
  };
  if (input.title !== undefined) ds.title = nbText(input.title);
  if (input.updated !== undefined) ds.updated = input.updated;
  if (parts.origins.length > 0) ds.origins = parts.origins;
  if (input.changes?.length) ds.changes = input.changes;
  if (input.annotations?.length) ds.annotations = input.annotations.map(readAnnotation);
  return ds;
}
