import type { IndicatorMeta, Measure, Observation, Origin, Region } from '../types.js';
import { type IssueList, describe } from '../errors.js';
import { isKnownStatus } from '../status.js';
import { normaliseRegionCode } from '../region-code.js';
import { nbText } from './parts.js';
import type { RawObservation } from './raw-feed.js';

/** What the observations refer to, read before them. */
export interface FeedParts {
  indicatorById: Map<string, IndicatorMeta>;
  regionByCode: Map<string, Region>;
  measures: Map<string, Measure>;
  sourceIds: Set<string>;
  /** The feed's only source, which an observation naming none comes from. */
  onlySource: string | undefined;
  origins: Origin[];
}

/** The references an observation makes, checked (what the schema cannot say); undefined when one is broken. */
function checkReferences(v: RawObservation, path: string, parts: FeedParts, issues: IssueList): { region: string; origin?: Origin } | undefined {
  const errorsBefore = issues.total;
  if (!parts.indicatorById.has(v.indicator)) issues.error(`${path}.indicator`, `"${v.indicator}" is not listed in "indicators".`);
  const region = normaliseRegionCode(v.region).code || v.region;
  if (!parts.regionByCode.has(region)) issues.error(`${path}.region`, `"${v.region}" is not listed in "regions".`);
  if (v.status !== undefined && !isKnownStatus(v.status))
    issues.warn(`${path}.status`, `"${v.status}" is not a status symbol Statistics Norway uses; it is shown as given.`);
  if (v.source !== undefined && !parts.sourceIds.has(v.source)) issues.error(`${path}.source`, `"${v.source}" is not listed in "sources".`);
  let origin: Origin | undefined;
  if (v.origin !== undefined) {
    origin = parts.origins[v.origin];
    if (origin === undefined)
      issues.error(`${path}.origin`, `expected the index of an entry in "origins" (0 to ${parts.origins.length - 1}), got ${describe(v.origin)}.`);
  }
  if (issues.total !== errorsBefore) return undefined;
  return origin ? { region, origin } : { region };
}

/** The observation as the Dataset holds it: labels, unit and decimals from its indicator and measure. */
function toObservation(v: RawObservation, region: string, origin: Origin | undefined, parts: FeedParts): Observation {
  const { indicator, measure } = v;
  const ind = parts.indicatorById.get(indicator)!;
  const m = parts.measures.get(`${indicator}/${measure}`);
  // Null prototype: a dimension id such as `__proto__` is kept like any other (on `{}` it was silently dropped).
  const dims = Object.create(null) as Record<string, string>;
  for (const [k, dv] of Object.entries(v.dims ?? {})) dims[k] = dv;
  const period = v.period.replace('–', '-');
  const obs: Observation = {
    indicator,
    measure,
    measureLabel: m?.label ?? measure,
    region,
    regionLabel: parts.regionByCode.get(region)!.name,
    period,
    value: v.value,
    dims,
  };
  if (region !== v.region) obs.originalRegion = v.region;
  if (v.status !== undefined) obs.status = v.status;
  if (v.qualifier !== undefined) obs.qualifier = v.qualifier;
  if (v.qualifierText !== undefined) obs.qualifierText = v.qualifierText;
  const unit = m?.unit ?? (ind.unit !== undefined ? nbText(ind.unit) : undefined);
  if (unit !== undefined) obs.unit = unit;
  const decimals = m?.decimals ?? ind.decimals;
  if (decimals !== undefined) obs.decimals = decimals;
  if (v.source !== undefined) obs.source = v.source;
  else if (parts.onlySource !== undefined) obs.source = parts.onlySource;
  if (v.ref !== undefined) obs.ref = v.ref;
  if (v.quote !== undefined) obs.quote = v.quote;
  if (v.part !== undefined) obs.part = v.part;
  if (v.derived === true) obs.derived = true;
  if (v.note !== undefined) obs.note = v.note;
  if (origin !== undefined) obs.origin = origin;
  return obs;
}

/** The observations read, with the periods and dimension categories they use. */
export interface ReadObservations {
  observations: Observation[];
  periods: Set<string>;
  dimValues: Map<string, Set<string>>;
}

/**
 * Reads every observation: broken references are errors (recorded in `issues`), a repeated observation is a warning
 * and the later one is ignored. Only observations of `indicator` are kept when it is given.
 */
export function readObservations(raw: RawObservation[], parts: FeedParts, issues: IssueList, indicator?: string): ReadObservations {
  const out: ReadObservations = { observations: [], periods: new Set(), dimValues: new Map() };
  const seen = new Set<string>();
  raw.forEach((v, i) => {
    const path = `observations[${i}]`;
    const refs = checkReferences(v, path, parts, issues);
    if (!refs) return;
    const obs = toObservation(v, refs.region, refs.origin, parts);
    const key = `${obs.indicator}\u0000${obs.measure}\u0000${obs.region}\u0000${obs.period}\u0000${Object.entries(obs.dims).sort().join('\u0001')}`;
    if (seen.has(key)) {
      issues.warn(path, `duplicates an earlier observation (${obs.indicator}, ${obs.measure}, ${obs.region}, ${obs.period}); the later one is ignored.`);
      return;
    }
    seen.add(key);
    out.periods.add(obs.period);
    for (const [k, dv] of Object.entries(obs.dims)) {
      let set = out.dimValues.get(k);
      if (!set) out.dimValues.set(k, (set = new Set()));
      set.add(dv);
    }
    if (indicator === undefined || indicator === obs.indicator) out.observations.push(obs);
  });
  return out;
}
