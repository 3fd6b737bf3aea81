import type {
  Dataset,
  Dimension,
  IndicatorMeta,
  Localized,
  Measure,
  Note,
  Observation,
  ParseOptions,
  Qualifier,
  Region,
  RegionLevel,
  Source,
} from './types.js';
import { IssueList, describe } from './errors.js';
import { Checker as BaseChecker, isObj } from './checker.js';
import { isKnownStatus } from './status.js';
import { normaliseRegionCode } from './region-code.js';
import { comparePeriods } from './period.js';
import { readChanges, readOriginRef, readOrigins } from './provenance.js';

/**
 * Reader for the Innsikt feed v1 (schema: `feed-schema.json`). The checks mirror the JSON Schema so that a
 * strict-CSP page can validate without a schema compiler (Ajv generates code with `new Function`); a test
 * runs both over the same feeds to keep them in step.
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const REGION_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const PERIOD = /^\d{4}([-–]\d{4}|K[1-4]|M(0[1-9]|1[0-2]))?$/;
const LEVELS: readonly RegionLevel[] = ['country', 'county', 'region', 'municipality', 'other'];
const QUALIFIERS: readonly Qualifier[] = ['approx', 'atLeast', 'atMost'];
const MAX_TEXT = 5000;

export { isInnsiktFeed } from './detect.js';

/** Picks the bokmål text of a {@link Localized} (what labels in the Dataset hold). */
export function nbText(text: Localized | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.nb;
}

class Checker extends BaseChecker {
  text(v: unknown, path: string, required = false): string | undefined {
    if (v === undefined) {
      if (required) this.issues.error(path, 'is missing: a text is required here.');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.issues.error(path, `expected a text, got ${describe(v)}.`);
      return undefined;
    }
    if (v.length === 0) this.issues.error(path, 'is empty.');
    else if (v.length > MAX_TEXT) this.issues.error(path, `is ${v.length} characters long; at most ${MAX_TEXT} are allowed.`);
    return v;
  }

  id(v: unknown, path: string, required = true): string | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !ID.test(v)) {
      this.issues.error(path, `expected an id (letters, digits, ".", "_", "-"; at most 64), got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  decimals(v: unknown, path: string): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 6) {
      this.issues.error(path, `expected a whole number from 0 to 6, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  string(v: unknown, path: string): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.issues.error(path, `expected a text, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }
}

function readIndicator(c: Checker, v: unknown, path: string): IndicatorMeta | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected an indicator object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'title', 'description', 'unit', 'decimals', 'definition', 'measures']);
  const id = c.id(v.id, `${path}.id`);
  const title = c.localized(v.title, `${path}.title`, true);
  const out: IndicatorMeta = { id: id ?? '' };
  if (title !== undefined) out.title = title;
  const description = c.localized(v.description, `${path}.description`);
  if (description !== undefined) out.description = description;
  const unit = c.localized(v.unit, `${path}.unit`);
  if (unit !== undefined) out.unit = unit;
  const decimals = c.decimals(v.decimals, `${path}.decimals`);
  if (decimals !== undefined) out.decimals = decimals;
  const definition = c.localized(v.definition, `${path}.definition`);
  if (definition !== undefined) out.definition = definition;
  if (v.measures !== undefined) {
    out.measures = [];
    c.list(v.measures, `${path}.measures`, false).forEach((m, i) => {
      const mp = `${path}.measures[${i}]`;
      if (!isObj(m)) {
        c.issues.error(mp, `expected a measure object, got ${describe(m)}.`);
        return;
      }
      c.allowed(m, mp, ['id', 'label', 'unit', 'decimals']);
      const mid = c.id(m.id, `${mp}.id`);
      const label = c.localized(m.label, `${mp}.label`, true);
      const entry: NonNullable<IndicatorMeta['measures']>[number] = { id: mid ?? '', label: label ?? mid ?? '' };
      const mu = c.localized(m.unit, `${mp}.unit`);
      if (mu !== undefined) entry.unit = mu;
      const md = c.decimals(m.decimals, `${mp}.decimals`);
      if (md !== undefined) entry.decimals = md;
      out.measures!.push(entry);
    });
  }
  return out;
}

function readRegion(c: Checker, v: unknown, path: string): Region | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a region object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['code', 'name', 'level', 'parent', 'validFrom', 'validTo']);
  if (typeof v.code !== 'string' || !REGION_CODE.test(v.code)) {
    c.issues.error(`${path}.code`, `expected a region code such as "34" or "3401", got ${describe(v.code)}.`);
  }
  const name = c.localized(v.name, `${path}.name`, true);
  if (!LEVELS.includes(v.level as RegionLevel)) {
    c.issues.error(`${path}.level`, `expected one of ${LEVELS.join(', ')}, got ${describe(v.level)}.`);
  }
  const parent = c.string(v.parent, `${path}.parent`);
  const validFrom = c.string(v.validFrom, `${path}.validFrom`);
  const validTo = c.string(v.validTo, `${path}.validTo`);
  if (typeof v.code !== 'string' || name === undefined) return undefined;
  const region: Region = {
    code: normaliseRegionCode(v.code).code || v.code,
    name: nbText(name),
    level: (LEVELS.includes(v.level as RegionLevel) ? v.level : 'other') as RegionLevel,
  };
  if (typeof name === 'object') {
    const names: Region['names'] = {};
    if (name.nn) names.nn = name.nn;
    if (name.en) names.en = name.en;
    region.names = names;
  }
  if (parent !== undefined) region.parent = parent;
  if (validFrom !== undefined) region.validFrom = validFrom;
  if (validTo !== undefined) region.validTo = validTo;
  return region;
}

function readSource(c: Checker, v: unknown, path: string): Source | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a source object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'title', 'publisher', 'url', 'table', 'series', 'authors', 'published', 'retrieved', 'updated', 'licence', 'notes']);
  const id = c.id(v.id, `${path}.id`);
  const title = c.text(v.title, `${path}.title`, true);
  const out: Source = { id: id ?? '', title: title ?? '' };
  for (const key of ['publisher', 'table', 'series', 'authors', 'licence'] as const) {
    const t = c.text(v[key], `${path}.${key}`);
    if (t !== undefined) out[key] = t;
  }
  for (const key of ['published', 'retrieved', 'updated'] as const) {
    const t = c.string(v[key], `${path}.${key}`);
    if (t !== undefined) out[key] = t;
  }
  if (v.url !== undefined) {
    // Only http(s): a `javascript:` or `data:` link from a feed must never reach an href.
    if (typeof v.url !== 'string' || !/^https?:\/\//i.test(v.url)) c.issues.error(`${path}.url`, `expected an http(s) address, got ${describe(v.url)}.`);
    else out.url = v.url;
  }
  if (v.notes !== undefined) {
    out.notes = [];
    c.list(v.notes, `${path}.notes`, false).forEach((n, i) => {
      const t = c.localized(n, `${path}.notes[${i}]`);
      if (t !== undefined) out.notes!.push(t);
    });
  }
  return out;
}

function readNote(c: Checker, v: unknown, path: string): Note | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a note object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['text', 'mandatory', 'indicator', 'ref']);
  const text = c.localized(v.text, `${path}.text`, true);
  if (v.mandatory !== undefined && typeof v.mandatory !== 'boolean')
    c.issues.error(`${path}.mandatory`, `expected true or false, got ${describe(v.mandatory)}.`);
  const indicator = c.id(v.indicator, `${path}.indicator`, false);
  const ref = c.string(v.ref, `${path}.ref`);
  if (text === undefined) return undefined;
  const note: Note = { text, mandatory: v.mandatory === true, scope: indicator ? `indicator:${indicator}` : 'dataset' };
  if (ref !== undefined) note.scope += `@${ref}`;
  return note;
}

function readDimension(c: Checker, v: unknown, path: string): Dimension | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a dimension object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'label', 'categories']);
  const id = c.id(v.id, `${path}.id`);
  const label = c.localized(v.label, `${path}.label`, true);
  const categories: Dimension['categories'] = [];
  c.list(v.categories, `${path}.categories`, true, 1).forEach((cat, i) => {
    const cp = `${path}.categories[${i}]`;
    if (!isObj(cat)) {
      c.issues.error(cp, `expected a category object, got ${describe(cat)}.`);
      return;
    }
    c.allowed(cat, cp, ['code', 'label']);
    const code = c.text(cat.code, `${cp}.code`, true);
    const catLabel = c.localized(cat.label, `${cp}.label`, true);
    if (code !== undefined && catLabel !== undefined) categories.push({ code, label: catLabel });
  });
  if (id === undefined || label === undefined) return undefined;
  return { id, label, categories };
}

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

/** Parses and validates an Innsikt feed v1. Throws a FeedError listing every problem found. */
export function parseInnsikt(input: unknown, options: ParseOptions = {}): Dataset {
  const issues = new IssueList();
  const c = new Checker(issues);
  if (!isObj(input)) {
    issues.error('(feed)', `expected a JSON object, got ${describe(input)}.`);
    issues.throwIfAny('This is not an Innsikt feed.');
    throw new Error('unreachable');
  }
  c.allowed(input, '(feed)', [
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
  ]);
  if (input.innsikt !== '1') issues.error('innsikt', `this reader understands feed version "1", the feed says ${describe(input.innsikt)}.`);
  const title = c.localized(input.title, 'title');
  const updated = c.string(input.updated, 'updated');

  const indicators: IndicatorMeta[] = [];
  c.list(input.indicators, 'indicators', true, 1).forEach((v, i) => {
    const ind = readIndicator(c, v, `indicators[${i}]`);
    if (ind) indicators.push(ind);
  });
  const regions: Region[] = [];
  c.list(input.regions, 'regions', true, 1).forEach((v, i) => {
    const r = readRegion(c, v, `regions[${i}]`);
    if (r) regions.push(r);
  });
  const sources: Source[] = [];
  c.list(input.sources, 'sources', true, 1).forEach((v, i) => {
    const s = readSource(c, v, `sources[${i}]`);
    if (s) sources.push(s);
  });
  const origins = readOrigins(c, input.origins, new Set(sources.map((s) => s.id)));
  const changes = readChanges(c, input.changes);
  const notes: Note[] = [];
  c.list(input.notes, 'notes', false).forEach((v, i) => {
    const n = readNote(c, v, `notes[${i}]`);
    if (n) notes.push(n);
  });

  const declaredDims = new Map<string, Dimension>();
  c.list(input.dimensions, 'dimensions', false).forEach((v, i) => {
    const d = readDimension(c, v, `dimensions[${i}]`);
    if (d) declaredDims.set(d.id, d);
  });

  const indicatorById = new Map(indicators.map((d) => [d.id, d]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const sourceIds = new Set(sources.map((s) => s.id));
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
  const rawObs = c.list(input.observations, 'observations', true);
  rawObs.forEach((v, i) => {
    const path = `observations[${i}]`;
    if (!isObj(v)) {
      issues.error(path, `expected an observation object, got ${describe(v)}.`);
      return;
    }
    c.allowed(v, path, OBSERVATION_KEYS);
    const errorsBefore = issues.total;
    const indicator = c.id(v.indicator, `${path}.indicator`);
    const measure = c.id(v.measure, `${path}.measure`);
    if (indicator !== undefined && !indicatorById.has(indicator)) issues.error(`${path}.indicator`, `"${indicator}" is not listed in "indicators".`);

    let region: string | undefined;
    if (typeof v.region !== 'string' || v.region.length === 0 || v.region.length > 32) {
      issues.error(`${path}.region`, `expected a region code, got ${describe(v.region)}.`);
    } else {
      region = normaliseRegionCode(v.region).code || v.region;
      if (!regionByCode.has(region)) issues.error(`${path}.region`, `"${v.region}" is not listed in "regions".`);
    }
    let period: string | undefined;
    if (typeof v.period !== 'string' || !PERIOD.test(v.period)) {
      issues.error(`${path}.period`, `expected a year ("2002"), a span ("1990-2002"), a quarter ("2021K3") or a month ("2021M04"), got ${describe(v.period)}.`);
    } else {
      period = v.period.replace('–', '-');
    }

    let value: number | null = null;
    if (v.value === null) {
      if (v.status === undefined)
        issues.error(`${path}.status`, 'a missing value (null) needs a status symbol saying why: ".." not available, "." not applicable, ":" confidential.');
    } else if (typeof v.value !== 'number' || !Number.isFinite(v.value)) {
      issues.error(`${path}.value`, `expected a number or null, got ${describe(v.value)}.`);
    } else {
      value = v.value;
    }
    const status = c.string(v.status, `${path}.status`);
    if (status !== undefined && status.length > 3) issues.error(`${path}.status`, `expected a status symbol such as "..", got ${describe(status)}.`);
    else if (status !== undefined && !isKnownStatus(status))
      issues.warn(`${path}.status`, `"${status}" is not a status symbol Statistics Norway uses; it is shown as given.`);
    if (v.qualifier !== undefined && !QUALIFIERS.includes(v.qualifier as Qualifier)) {
      issues.error(`${path}.qualifier`, `expected one of ${QUALIFIERS.join(', ')}, got ${describe(v.qualifier)}.`);
    }
    const qualifierText = c.string(v.qualifierText, `${path}.qualifierText`);
    if (qualifierText !== undefined && qualifierText.length > 200) issues.error(`${path}.qualifierText`, 'is longer than 200 characters.');
    const source = c.id(v.source, `${path}.source`, false);
    if (source !== undefined && !sourceIds.has(source)) issues.error(`${path}.source`, `"${source}" is not listed in "sources".`);
    const ref = c.string(v.ref, `${path}.ref`);
    if (ref !== undefined && ref.length > 200) issues.error(`${path}.ref`, 'is longer than 200 characters.');
    const quote = c.string(v.quote, `${path}.quote`);
    if (quote !== undefined && quote.length > 2000) issues.error(`${path}.quote`, 'is longer than 2000 characters.');
    const part = c.string(v.part, `${path}.part`);
    if (part !== undefined && part.length > 200) issues.error(`${path}.part`, 'is longer than 200 characters.');
    if (v.derived !== undefined && typeof v.derived !== 'boolean') issues.error(`${path}.derived`, `expected true or false, got ${describe(v.derived)}.`);
    const note = c.localized(v.note, `${path}.note`);
    const origin = readOriginRef(c, v.origin, `${path}.origin`, origins);
    // Null prototype: a dimension id such as `__proto__` is kept like any other (on `{}` it was silently dropped).
    const dims = Object.create(null) as Record<string, string>;
    if (v.dims !== undefined) {
      if (!isObj(v.dims)) issues.error(`${path}.dims`, `expected an object of dimension → category code, got ${describe(v.dims)}.`);
      else {
        for (const [k, dv] of Object.entries(v.dims)) {
          if (typeof dv !== 'string') issues.error(`${path}.dims.${k}`, `expected a category code (text), got ${describe(dv)}.`);
          else dims[k] = dv;
        }
      }
    }
    if (issues.total !== errorsBefore || indicator === undefined || measure === undefined || region === undefined || period === undefined) return;

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
    if (region !== v.region) obs.originalRegion = v.region as string;
    if (status !== undefined) obs.status = status;
    if (v.qualifier !== undefined) obs.qualifier = v.qualifier as Qualifier;
    if (qualifierText !== undefined) obs.qualifierText = qualifierText;
    const unit = m?.unit ?? (ind.unit !== undefined ? nbText(ind.unit) : undefined);
    if (unit !== undefined) obs.unit = unit;
    const decimals = m?.decimals ?? ind.decimals;
    if (decimals !== undefined) obs.decimals = decimals;
    if (source !== undefined) obs.source = source;
    else if (sources.length === 1) obs.source = sources[0]!.id;
    if (ref !== undefined) obs.ref = ref;
    if (quote !== undefined) obs.quote = quote;
    if (part !== undefined) obs.part = part;
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
  if (title !== undefined) ds.title = nbText(title);
  if (updated !== undefined) ds.updated = updated;
  if (origins.length > 0) ds.origins = origins;
  if (changes.length > 0) ds.changes = changes;
  return ds;
}
