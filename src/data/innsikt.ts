import type {
  Dataset,
  Dimension,
  FeedChange,
  IndicatorMeta,
  Localized,
  Measure,
  Note,
  Observation,
  Origin,
  ParseOptions,
  Qualifier,
  Region,
  RegionLevel,
  Source,
} from './types.js';
import { IssueList, describe } from './errors.js';
import { isObj } from './checker.js';
import { isKnownStatus } from './status.js';
import { normaliseRegionCode } from './region-code.js';
import { comparePeriods } from './period.js';
import { checkOrigins } from './provenance.js';
import { validate } from './feed-schema.validate.js';
import { type SchemaValidator, reportSchemaErrors } from './schema-issues.js';

/**
 * Reader for the Innsikt feed v1. The shape is checked by the validator generated from `feed-schema.json`
 * (scripts/generate-validators.mjs: plain code, no `new Function`, so it runs under a strict CSP); this file
 * checks what a schema cannot (references between the parts, duplicates) and builds the Dataset.
 */

export { isInnsiktFeed } from './detect.js';

/** Picks the bokmål text of a {@link Localized} (what labels in the Dataset hold). */
export function nbText(text: Localized | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.nb;
}

/** An Innsikt feed v1 as the schema guarantees it once `validate` accepted it. */
interface RawMeasure {
  id: string;
  label: Localized;
  unit?: Localized;
  decimals?: number;
}
interface RawIndicator extends Omit<IndicatorMeta, 'measures'> {
  title: Localized;
  measures?: RawMeasure[];
}
interface RawRegion {
  code: string;
  name: Localized;
  level: RegionLevel;
  parent?: string;
  validFrom?: string;
  validTo?: string;
}
interface RawNote {
  text: Localized;
  mandatory?: boolean;
  indicator?: string;
  ref?: string;
}
interface RawObservation {
  indicator: string;
  measure: string;
  region: string;
  period: string;
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  dims?: Record<string, string>;
  source?: string;
  ref?: string;
  derived?: boolean;
  note?: Localized;
  origin?: number;
}
interface RawFeed {
  title?: Localized;
  updated?: string;
  indicators: RawIndicator[];
  regions: RawRegion[];
  sources: Source[];
  notes?: RawNote[];
  dimensions?: Dimension[];
  observations: RawObservation[];
  origins?: Origin[];
  changes?: FeedChange[];
}

function readIndicator(v: RawIndicator): IndicatorMeta {
  const out: IndicatorMeta = { ...v, measures: undefined };
  if (v.measures === undefined) delete out.measures;
  else out.measures = v.measures.map((m) => ({ ...m }));
  return out;
}

function readRegion(v: RawRegion): Region {
  const region: Region = { code: normaliseRegionCode(v.code).code || v.code, name: nbText(v.name), level: v.level };
  if (typeof v.name === 'object') {
    const names: Region['names'] = {};
    if (v.name.nn) names.nn = v.name.nn;
    if (v.name.en) names.en = v.name.en;
    region.names = names;
  }
  if (v.parent !== undefined) region.parent = v.parent;
  if (v.validFrom !== undefined) region.validFrom = v.validFrom;
  if (v.validTo !== undefined) region.validTo = v.validTo;
  return region;
}

function readNote(v: RawNote): Note {
  const note: Note = { text: v.text, mandatory: v.mandatory === true, scope: v.indicator ? `indicator:${v.indicator}` : 'dataset' };
  if (v.ref !== undefined) note.scope += `@${v.ref}`;
  return note;
}

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

/** Parses and validates an Innsikt feed v1. Throws a FeedError listing every problem found. */
export function parseInnsikt(input: unknown, options: ParseOptions = {}): Dataset {
  const issues = new IssueList();
  checkShape(input, issues);
  // What the schema cannot say: references between the parts, and duplicates.
  const indicators = input.indicators.map(readIndicator);
  const regions = input.regions.map(readRegion);
  const sources = input.sources.map((s): Source => (s.notes ? { ...s, notes: [...s.notes] } : { ...s }));
  const sourceIds = new Set(sources.map((s) => s.id));
  const origins = checkOrigins(issues, input.origins ?? [], sourceIds);
  const changes = input.changes ?? [];
  const notes = (input.notes ?? []).map(readNote);
  const declaredDims = new Map((input.dimensions ?? []).map((d) => [d.id, d]));

  const indicatorById = new Map(indicators.map((d) => [d.id, d]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
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

  const observations: Observation[] = [];
  const seen = new Set<string>();
  const periods = new Set<string>();
  const dimValues = new Map<string, Set<string>>();
  input.observations.forEach((v, i) => {
    const path = `observations[${i}]`;
    const errorsBefore = issues.total;
    const { indicator, measure } = v;
    if (!indicatorById.has(indicator)) issues.error(`${path}.indicator`, `"${indicator}" is not listed in "indicators".`);
    const region = normaliseRegionCode(v.region).code || v.region;
    if (!regionByCode.has(region)) issues.error(`${path}.region`, `"${v.region}" is not listed in "regions".`);
    const period = v.period.replace('–', '-');
    const { value, status, qualifierText, source, ref, note } = v;
    if (status !== undefined && !isKnownStatus(status))
      issues.warn(`${path}.status`, `"${status}" is not a status symbol Statistics Norway uses; it is shown as given.`);
    if (source !== undefined && !sourceIds.has(source)) issues.error(`${path}.source`, `"${source}" is not listed in "sources".`);
    let origin: Origin | undefined;
    if (v.origin !== undefined) {
      origin = origins[v.origin];
      if (origin === undefined)
        issues.error(`${path}.origin`, `expected the index of an entry in "origins" (0 to ${origins.length - 1}), got ${describe(v.origin)}.`);
    }
    // Null prototype: a dimension id such as `__proto__` is kept like any other (on `{}` it was silently dropped).
    const dims = Object.create(null) as Record<string, string>;
    for (const [k, dv] of Object.entries(v.dims ?? {})) dims[k] = dv;
    if (issues.total !== errorsBefore) return;

    const key = `${indicator}\u0000${measure}\u0000${region}\u0000${period}\u0000${Object.entries(dims).sort().join('\u0001')}`;
    if (seen.has(key)) {
      issues.warn(path, `duplicates an earlier observation (${indicator}, ${measure}, ${region}, ${period}); the later one is ignored.`);
      return;
    }
    seen.add(key);
    periods.add(period);
    for (const [k, dv] of Object.entries(dims)) {
      let set = dimValues.get(k);
      if (!set) dimValues.set(k, (set = new Set()));
      set.add(dv);
    }

    const ind = indicatorById.get(indicator)!;
    const m = measures.get(`${indicator}/${measure}`);
    const r = regionByCode.get(region)!;
    const obs: Observation = { indicator, measure, measureLabel: m?.label ?? measure, region, regionLabel: r.name, period, value, dims };
    if (region !== v.region) obs.originalRegion = v.region;
    if (status !== undefined) obs.status = status;
    if (v.qualifier !== undefined) obs.qualifier = v.qualifier;
    if (qualifierText !== undefined) obs.qualifierText = qualifierText;
    const unit = m?.unit ?? (ind.unit !== undefined ? nbText(ind.unit) : undefined);
    if (unit !== undefined) obs.unit = unit;
    const decimals = m?.decimals ?? ind.decimals;
    if (decimals !== undefined) obs.decimals = decimals;
    if (source !== undefined) obs.source = source;
    else if (sources.length === 1) obs.source = sources[0]!.id;
    if (ref !== undefined) obs.ref = ref;
    if (v.derived === true) obs.derived = true;
    if (note !== undefined) obs.note = note;
    if (origin !== undefined) obs.origin = origin;
    if (options.indicator === undefined || options.indicator === indicator) observations.push(obs);
  });

  issues.throwIfAny((n) => `This Innsikt feed has ${n} problem${n === 1 ? '' : 's'}.`);

  const measureList: Measure[] = [];
  const seenMeasure = new Set<string>();
  for (const [key, m] of measures) {
    const code = key.slice(key.indexOf('/') + 1);
    if (!seenMeasure.has(code)) {
      seenMeasure.add(code);
      measureList.push(m);
    }
  }
  // Declared dimensions keep their labels and order; categories used but not declared are labelled by their code.
  const dimensions: Dimension[] = [...dimValues].map(([id, set]) => {
    const declared = declaredDims.get(id);
    const categories = declared ? [...declared.categories] : [];
    for (const code of set) if (!categories.some((cat) => cat.code === code)) categories.push({ code, label: code });
    return { id, label: declared?.label ?? id, categories };
  });
  const ds: Dataset = {
    format: 'innsikt',
    indicators,
    regions,
    periods: [...periods].sort(comparePeriods),
    measures: measureList,
    dimensions,
    observations,
    sources,
    notes,
    warnings: issues.warnings,
  };
  if (input.title !== undefined) ds.title = nbText(input.title);
  if (input.updated !== undefined) ds.updated = input.updated;
  if (origins.length > 0) ds.origins = origins;
  if (changes.length > 0) ds.changes = changes;
  return ds;
}
