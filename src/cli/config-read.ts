/**
 * The feed builder's configuration as the builder uses it, read from a configuration that passed its checks
 * (config-shape.ts, config-rules.ts): the defaults filled in, value codes trimmed, texts in the readers'
 * languages as fresh objects, and each query given the translations of its table's notes.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Annotation, Localized } from '../data/types.js';
import { readAnnotation } from '../data/innsikt/parts.js';
import type { RawAnnotation } from '../data/innsikt/raw-feed.js';
import { type ApiConfig, apiSettings } from './api-settings.js';
import type {
  ChangesConfig,
  DeriveConfig,
  DimensionConfig,
  FeedConfig,
  FeedsConfig,
  MeasureConfig,
  MeasureText,
  QueryConfig,
  Reform2020,
  RegionSumConfig,
} from './config.js';
import { type RawFileFields, fileQueryOf } from './file-query.js';
import { localized } from './localized.js';
import type { NoteTranslations } from './note-translations.js';

/** What feeds-config.schema.json guarantees once a configuration passed it. */
interface RawMeasureText {
  id: string;
  label: Localized;
  unit?: Localized;
  decimals?: number;
  publish?: boolean;
}
interface RawMeasure extends RawMeasureText {
  additive?: boolean;
  scale?: number;
}
type RawDerive = RawMeasureText & Omit<DeriveConfig, keyof MeasureText>;
interface RawQuery extends RawFileFields {
  id: string;
  table?: string;
  verify?: string;
  evidence?: string;
  valueCodes?: Record<string, string[]>;
  codelist?: Record<string, string>;
  outputValues?: Record<string, 'aggregated' | 'single'>;
  measures: Record<string, RawMeasure>;
  dimensions?: Record<string, DimensionConfig>;
  regions?: { include?: string[]; exclude?: string[] };
}
interface RawFeed {
  indicator: string;
  file?: string;
  title: Localized;
  description?: Localized;
  definition?: Localized;
  unit?: Localized;
  decimals?: number;
  reform2020?: Reform2020;
  queries: RawQuery[];
  derive?: RawDerive[];
  notes?: Array<{ text: Localized; mandatory?: boolean }>;
  annotations?: RawAnnotation[];
  kostraGroups?: Record<string, string>;
  regionSums?: RegionSumConfig[];
  allowScaleChange?: boolean;
  allowShrink?: boolean;
}
export interface RawFeedsConfig {
  api?: Partial<ApiConfig>;
  changes?: Partial<ChangesConfig>;
  noteTranslations?: NoteTranslations;
  feeds: RawFeed[];
}

function measureText(m: RawMeasureText): MeasureText {
  const out: MeasureText = { id: m.id, label: localized(m.label), publish: m.publish ?? true };
  if (m.unit !== undefined) out.unit = localized(m.unit);
  if (m.decimals !== undefined) out.decimals = m.decimals;
  return out;
}

function measure(m: RawMeasure): MeasureConfig {
  const out: MeasureConfig = { ...measureText(m), additive: m.additive ?? false };
  if (m.scale !== undefined) out.scale = m.scale;
  return out;
}

function dimension(d: DimensionConfig): DimensionConfig {
  const out: DimensionConfig = {};
  if (d.categories) out.categories = Object.fromEntries(Object.entries(d.categories).map(([k, v]) => [k, localized(v)]));
  if (d.as !== undefined) out.as = d.as;
  if (d.label !== undefined) out.label = localized(d.label);
  if (d.keep !== undefined) out.keep = d.keep;
  return out;
}

const mapValues = <T, U>(o: Record<string, T> | undefined, f: (v: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, f(v)]));

function query(q: RawQuery): QueryConfig {
  const out: QueryConfig = {
    id: q.id,
    // A file needs no table id (a county's own sheet has none); given, it names the table that published the figures.
    table: q.table ?? '',
    valueCodes: mapValues(q.valueCodes, (codes) => codes.map((c) => c.trim())),
    codelist: { ...q.codelist },
    outputValues: { ...q.outputValues },
    measures: mapValues(q.measures, measure),
    dimensions: mapValues(q.dimensions, dimension),
  };
  if (q.verify !== undefined) out.verify = q.verify;
  if (q.evidence !== undefined) out.evidence = q.evidence;
  if (q.regions) out.regions = { ...(q.regions.include && { include: q.regions.include }), ...(q.regions.exclude && { exclude: q.regions.exclude }) };
  const file = fileQueryOf(q);
  if (file) out.file = file;
  return out;
}

function derivation(d: RawDerive): DeriveConfig {
  const out: DeriveConfig = { ...measureText(d), op: d.op, of: [...d.of] };
  for (const key of ['factor', 'from', 'to', 'base', 'total', 'over'] as const)
    if (d[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = d[key];
  return out;
}

function regionSum(r: RegionSumConfig): RegionSumConfig {
  const out: RegionSumConfig = { region: r.region, of: [...r.of], measures: [...r.measures] };
  if (r.label !== undefined) out.label = localized(r.label);
  return out;
}

const annotation = (a: RawAnnotation): Annotation => readAnnotation({ ...a, text: localized(a.text) });

function feed(f: RawFeed): FeedConfig {
  const out: FeedConfig = {
    indicator: f.indicator,
    file: f.file ?? `${f.indicator}.json`,
    title: localized(f.title),
    reform2020: f.reform2020 ?? 'join',
    queries: f.queries.map(query),
    derive: (f.derive ?? []).map(derivation),
    notes: (f.notes ?? []).map((n) => ({ text: localized(n.text), mandatory: n.mandatory ?? false })),
    annotations: (f.annotations ?? []).map(annotation),
    regionSums: (f.regionSums ?? []).map(regionSum),
    allowScaleChange: f.allowScaleChange ?? false,
    allowShrink: f.allowShrink ?? false,
  };
  if (f.kostraGroups && Object.keys(f.kostraGroups).length > 0) out.kostraGroups = Object.assign(Object.create(null) as Record<string, string>, f.kostraGroups);
  for (const key of ['description', 'definition', 'unit'] as const) if (f[key] !== undefined) out[key] = localized(f[key]);
  if (f.decimals !== undefined) out.decimals = f.decimals;
  return out;
}

/** Gives each query of a table the translations of that table's notes (config-rules.ts checked that one reads it). */
function attachNoteTranslations(translations: NoteTranslations, feeds: FeedConfig[]): void {
  for (const [table, list] of Object.entries(translations)) {
    const notes = list.map(({ nb, nn, en }) => ({ nb, nn, en }));
    for (const q of feeds.flatMap((f) => f.queries.filter((x) => x.table === table))) q.noteTranslations = notes;
  }
}

/** The configuration the builder uses, from one that passed its checks. */
export function readFeedsConfig(raw: RawFeedsConfig): FeedsConfig {
  const feeds = raw.feeds.map(feed);
  attachNoteTranslations(raw.noteTranslations ?? {}, feeds);
  const changes: ChangesConfig = { relative: raw.changes?.relative ?? 0, absolute: raw.changes?.absolute ?? 0, keep: raw.changes?.keep ?? 10 };
  return { api: apiSettings(raw.api), changes, feeds };
}
