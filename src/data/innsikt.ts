/**
 * Reader for the Innsikt feed v1 (schema: `feed-schema.json`), in named steps (src/data/innsikt/): the checks that
 * mirror the schema, the parts observations refer to (indicators, regions, sources, notes, dimensions), then each
 * observation.
 */
import type { Dataset, Dimension, IndicatorMeta, Measure, Note, Observation, ParseOptions, Region, Source } from './types.js';
import { IssueList, describe } from './errors.js';
import { isRecord as isObj, type JsonObject } from './is-record.js';
import { comparePeriods } from './period.js';
import { readChanges, readOrigins } from './provenance.js';
import { readAnnotations } from './annotation.js';
import { Checker } from './innsikt/checker.js';
import { nbText, readDimension, readIndicator, readNote, readRegion, readSource } from './innsikt/parts.js';
import { readObservation, type FeedParts } from './innsikt/observation.js';

export { isInnsiktFeed } from './detect.js';
export { nbText };

const FEED_KEYS = [
  '$schema',
  'innsikt',
  'title',
  'updated',
  'indicators',
  'regions',
  'sources',
  'notes',
  'dimensions',
  'observations',
  'origins',
  'changes',
  'annotations',
];

/** Reads each entry of a list member of the feed with `read`, keeping those it returns. */
function readList<T>(c: Checker, v: unknown, path: string, required: boolean, read: (c: Checker, v: unknown, path: string) => T | undefined): T[] {
  const out: T[] = [];
  c.list(v, path, required, required ? 1 : undefined).forEach((x, i) => {
    const item = read(c, x, `${path}[${i}]`);
    if (item) out.push(item);
  });
  return out;
}

/** Measures by `indicator/measure`, with the indicator's unit and decimals where the measure states none. */
function measuresOf(indicators: IndicatorMeta[]): Map<string, Measure> {
  const measures = new Map<string, Measure>();
  for (const ind of indicators) {
    for (const m of ind.measures ?? []) {
      const measure: Measure = { code: m.id, label: nbText(m.label) };
      const unit = m.unit ?? ind.unit;
      if (unit !== undefined) measure.unit = nbText(unit);
      const decimals = m.decimals ?? ind.decimals;
      if (decimals !== undefined) measure.decimals = decimals;
      measures.set(`${ind.id}/${m.id}`, measure);
    }
  }
  return measures;
}

/** The observations kept (the first of duplicates), their periods and the categories each dimension uses. */
interface ObservationsRead {
  observations: Observation[];
  periods: Set<string>;
  dimValues: Map<string, Set<string>>;
}

function readObservations(c: Checker, input: JsonObject, parts: FeedParts, options: ParseOptions): ObservationsRead {
  const out: ObservationsRead = { observations: [], periods: new Set(), dimValues: new Map() };
  const seen = new Set<string>();
  c.list(input.observations, 'observations', true).forEach((v, i) => {
    const path = `observations[${i}]`;
    const obs = readObservation(c, v, path, parts);
    if (!obs) return;
    const { indicator, measure, region, period, dims } = obs;
    const key = `${indicator}\u0000${measure}\u0000${region}\u0000${period}\u0000${Object.entries(dims).sort().join('\u0001')}`;
    if (seen.has(key)) {
      c.issues.warn(path, `duplicates an earlier observation (${indicator}, ${measure}, ${region}, ${period}); the later one is ignored.`);
      return;
    }
    seen.add(key);
    out.periods.add(period);
    for (const [k, dv] of Object.entries(dims)) {
      let set = out.dimValues.get(k);
      if (!set) out.dimValues.set(k, (set = new Set()));
      set.add(dv);
    }
    if (options.indicator === undefined || options.indicator === indicator) out.observations.push(obs);
  });
  return out;
}

/** One measure per code (the first indicator's), in the order the indicators list them. */
function measureList(measures: Map<string, Measure>): Measure[] {
  const list: Measure[] = [];
  const seenMeasure = new Set<string>();
  for (const [key, m] of measures) {
    const code = key.slice(key.indexOf('/') + 1);
    if (!seenMeasure.has(code)) {
      seenMeasure.add(code);
      list.push(m);
    }
  }
  return list;
}

/** Declared dimensions keep their labels and order; categories used but not declared are labelled by their code. */
function dimensionsUsed(dimValues: Map<string, Set<string>>, declaredDims: Map<string, Dimension>): Dimension[] {
  return [...dimValues].map(([id, set]) => {
    const declared = declaredDims.get(id);
    const categories = declared ? [...declared.categories] : [];
    for (const code of set) if (!categories.some((cat) => cat.code === code)) categories.push({ code, label: code });
    return { id, label: declared?.label ?? id, categories };
  });
}

/** Parses and validates an Innsikt feed v1. Throws a FeedError listing every problem found. */
export function parseInnsikt(input: unknown, options: ParseOptions = {}): Dataset {
  const issues = new IssueList();
  const c = new Checker(issues);
  if (!isObj(input)) {
    issues.error('(feed)', `expected a JSON object, got ${describe(input)}.`);
    issues.throwIfAny('This is not an Innsikt feed.');
    throw new Error('unreachable');
  }
  c.allowed(input, '(feed)', FEED_KEYS);
  if (input.innsikt !== '1') issues.error('innsikt', `this reader understands feed version "1", the feed says ${describe(input.innsikt)}.`);
  const title = c.localized(input.title, 'title');
  const updated = c.string(input.updated, 'updated');
  const indicators: IndicatorMeta[] = readList(c, input.indicators, 'indicators', true, readIndicator);
  const regions: Region[] = readList(c, input.regions, 'regions', true, readRegion);
  const sources: Source[] = readList(c, input.sources, 'sources', true, readSource);
  const origins = readOrigins(c, input.origins, new Set(sources.map((s) => s.id)));
  const changes = readChanges(c, input.changes);
  const annotations = readAnnotations(c, input.annotations);
  const notes: Note[] = readList(c, input.notes, 'notes', false, readNote);
  const declaredDims = new Map(readList(c, input.dimensions, 'dimensions', false, readDimension).map((d) => [d.id, d]));
  const measures = measuresOf(indicators);
  const parts: FeedParts = {
    indicatorById: new Map(indicators.map((d) => [d.id, d])),
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    sourceIds: new Set(sources.map((s) => s.id)),
    onlySource: sources.length === 1 ? sources[0]!.id : undefined,
    measures,
    origins,
  };
  const read = readObservations(c, input, parts, options);
  issues.throwIfAny((n) => `This Innsikt feed has ${n} problem${n === 1 ? '' : 's'}.`);

  const ds: Dataset = {
    format: 'innsikt',
    indicators,
    regions,
    periods: [...read.periods].sort(comparePeriods),
    measures: measureList(measures),
    dimensions: dimensionsUsed(read.dimValues, declaredDims),
    observations: read.observations,
    sources,
    notes,
    warnings: issues.warnings,
  };
  if (title !== undefined) ds.title = nbText(title);
  if (updated !== undefined) ds.updated = updated;
  if (origins.length > 0) ds.origins = origins;
  if (changes.length > 0) ds.changes = changes;
  if (annotations.length > 0) ds.annotations = annotations;
  return ds;
}
