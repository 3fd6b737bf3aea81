/** One observation of an Innsikt feed, checked field by field against the parts it refers to. */
import type { IndicatorMeta, Localized, Measure, Observation, Origin, Qualifier, Region } from '../types.js';
import { IssueList, describe } from '../errors.js';
import { isRecord as isObj, type JsonObject } from '../is-record.js';
import { isKnownStatus } from '../status.js';
import { normaliseRegionCode } from '../region-code.js';
import { readOriginRef } from '../provenance.js';
import { FEED_PERIOD } from '../period.js';
import type { Checker } from './checker.js';
import { nbText } from './parts.js';

const QUALIFIERS: readonly Qualifier[] = ['approx', 'atLeast', 'atMost'];

const OBSERVATION_KEYS = [
  'indicator',
  'measure',
  'region',
  'period',
  'value',
  'status',
  'qualifier',
  'qualifierText',
  'dims',
  'source',
  'ref',
  'quote',
  'part',
  'derived',
  'note',
  'origin',
] as const;

/** What the observations refer to, by id. */
export interface FeedParts {
  indicatorById: Map<string, IndicatorMeta>;
  regionByCode: Map<string, Region>;
  sourceIds: Set<string>;
  /** The only source, when there is one: the source of every observation that names none. */
  onlySource: string | undefined;
  /** Measures by `indicator/measure`. */
  measures: Map<string, Measure>;
  origins: Origin[];
}

/** The fields of an observation, checked. */
interface Fields {
  indicator?: string | undefined;
  measure?: string | undefined;
  region?: string | undefined;
  period?: string | undefined;
  value: number | null;
  status?: string | undefined;
  qualifierText?: string | undefined;
  source?: string | undefined;
  ref?: string | undefined;
  quote?: string | undefined;
  part?: string | undefined;
  note?: Localized | undefined;
  origin?: Origin | undefined;
  dims: Record<string, string>;
}

function readRegionCode(v: unknown, path: string, parts: FeedParts, issues: IssueList): string | undefined {
  if (typeof v !== 'string' || v.length === 0 || v.length > 32) {
    issues.error(`${path}.region`, `expected a region code, got ${describe(v)}.`);
    return undefined;
  }
  const region = normaliseRegionCode(v).code || v;
  if (!parts.regionByCode.has(region)) issues.error(`${path}.region`, `"${v}" is not listed in "regions".`);
  return region;
}

function readPeriod(v: unknown, path: string, issues: IssueList): string | undefined {
  if (typeof v === 'string' && FEED_PERIOD.test(v)) return v.replace('–', '-');
  issues.error(`${path}.period`, `expected a year ("2002"), a span ("1990-2002"), a quarter ("2021K3") or a month ("2021M04"), got ${describe(v)}.`);
  return undefined;
}

function readValue(v: JsonObject, path: string, issues: IssueList): number | null {
  if (v.value === null) {
    if (v.status === undefined)
      issues.error(`${path}.status`, 'a missing value (null) needs a status symbol saying why: ".." not available, "." not applicable, ":" confidential.');
  } else if (typeof v.value !== 'number' || !Number.isFinite(v.value)) {
    issues.error(`${path}.value`, `expected a number or null, got ${describe(v.value)}.`);
  } else {
    return v.value;
  }
  return null;
}

function readStatus(c: Checker, v: unknown, path: string): string | undefined {
  const status = c.string(v, `${path}.status`);
  if (status !== undefined && status.length > 3) c.issues.error(`${path}.status`, `expected a status symbol such as "..", got ${describe(status)}.`);
  else if (status !== undefined && !isKnownStatus(status))
    c.issues.warn(`${path}.status`, `"${status}" is not a status symbol Statistics Norway uses; it is shown as given.`);
  return status;
}

function readDims(v: unknown, path: string, issues: IssueList): Record<string, string> {
  // Null prototype: a dimension id such as `__proto__` is kept like any other (on `{}` it was silently dropped).
  const dims = Object.create(null) as Record<string, string>;
  if (v === undefined) return dims;
  if (!isObj(v)) {
    issues.error(`${path}.dims`, `expected an object of dimension → category code, got ${describe(v)}.`);
    return dims;
  }
  for (const [k, dv] of Object.entries(v)) {
    if (typeof dv !== 'string') issues.error(`${path}.dims.${k}`, `expected a category code (text), got ${describe(dv)}.`);
    else dims[k] = dv;
  }
  return dims;
}

/** Every field checked, in the order the messages list them. */
function readFields(c: Checker, v: JsonObject, path: string, parts: FeedParts): Fields {
  const { issues } = c;
  const indicator = c.id(v.indicator, `${path}.indicator`);
  const measure = c.id(v.measure, `${path}.measure`);
  if (indicator !== undefined && !parts.indicatorById.has(indicator)) issues.error(`${path}.indicator`, `"${indicator}" is not listed in "indicators".`);
  const region = readRegionCode(v.region, path, parts, issues);
  const period = readPeriod(v.period, path, issues);
  const value = readValue(v, path, issues);
  const status = readStatus(c, v.status, path);
  if (v.qualifier !== undefined && !QUALIFIERS.includes(v.qualifier as Qualifier)) {
    issues.error(`${path}.qualifier`, `expected one of ${QUALIFIERS.join(', ')}, got ${describe(v.qualifier)}.`);
  }
  const qualifierText = c.string(v.qualifierText, `${path}.qualifierText`);
  if (qualifierText !== undefined && qualifierText.length > 200) issues.error(`${path}.qualifierText`, 'is longer than 200 characters.');
  const source = c.id(v.source, `${path}.source`, false);
  if (source !== undefined && !parts.sourceIds.has(source)) issues.error(`${path}.source`, `"${source}" is not listed in "sources".`);
  const ref = c.string(v.ref, `${path}.ref`);
  if (ref !== undefined && ref.length > 200) issues.error(`${path}.ref`, 'is longer than 200 characters.');
  const quote = c.string(v.quote, `${path}.quote`);
  if (quote !== undefined && quote.length > 2000) issues.error(`${path}.quote`, 'is longer than 2000 characters.');
  const part = c.string(v.part, `${path}.part`);
  if (part !== undefined && part.length > 200) issues.error(`${path}.part`, 'is longer than 200 characters.');
  if (v.derived !== undefined && typeof v.derived !== 'boolean') issues.error(`${path}.derived`, `expected true or false, got ${describe(v.derived)}.`);
  const note = c.localized(v.note, `${path}.note`);
  const origin = readOriginRef(c, v.origin, `${path}.origin`, parts.origins);
  const dims = readDims(v.dims, path, issues);
  return { indicator, measure, region, period, value, status, qualifierText, source, ref, quote, part, note, origin, dims };
}

type Complete = Fields & { indicator: string; measure: string; region: string; period: string };

function toObservation(v: JsonObject, f: Complete, parts: FeedParts): Observation {
  const { indicator, measure, region, period } = f;
  const ind = parts.indicatorById.get(indicator)!;
  const m = parts.measures.get(`${indicator}/${measure}`);
  const r = parts.regionByCode.get(region)!;
  const obs: Observation = { indicator, measure, measureLabel: m?.label ?? measure, region, regionLabel: r.name, period, value: f.value, dims: f.dims };
  if (region !== v.region) obs.originalRegion = v.region as string;
  if (f.status !== undefined) obs.status = f.status;
  if (v.qualifier !== undefined) obs.qualifier = v.qualifier as Qualifier;
  if (f.qualifierText !== undefined) obs.qualifierText = f.qualifierText;
  const unit = m?.unit ?? (ind.unit !== undefined ? nbText(ind.unit) : undefined);
  if (unit !== undefined) obs.unit = unit;
  const decimals = m?.decimals ?? ind.decimals;
  if (decimals !== undefined) obs.decimals = decimals;
  if (f.source !== undefined) obs.source = f.source;
  else if (parts.onlySource !== undefined) obs.source = parts.onlySource;
  if (f.ref !== undefined) obs.ref = f.ref;
  if (f.quote !== undefined) obs.quote = f.quote;
  if (f.part !== undefined) obs.part = f.part;
  if (v.derived === true) obs.derived = true;
  if (f.note !== undefined) obs.note = f.note;
  if (f.origin !== undefined) obs.origin = f.origin;
  return obs;
}

/** Reads observation `v`; undefined when it has a problem (recorded in `c.issues`). */
export function readObservation(c: Checker, v: unknown, path: string, parts: FeedParts): Observation | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected an observation object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, OBSERVATION_KEYS);
  const errorsBefore = c.issues.total;
  const f = readFields(c, v, path, parts);
  if (c.issues.total !== errorsBefore || f.indicator === undefined || f.measure === undefined || f.region === undefined || f.period === undefined)
    return undefined;
  return toObservation(v, f as Complete, parts);
}
