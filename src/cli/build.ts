/**
 * Turns PxWebApi JSON-stat responses into one Innsikt feed v1, with the same data core the widgets use:
 * `parseJsonStat` reads each response, `harmoniseObservations` joins Hedmark (04) and Oppland (05) to
 * Innlandet (34) for additive measures only, derivations (ratios, differences, changes) are computed after
 * that so ratios for Innlandet come from summed parts, and `parseInnsikt` validates the result.
 *
 * Pure TypeScript with no Node imports, so a browser test can build a feed and render it.
 */
import type { Coordinate, Dataset, FeedIssue, Localized, Observation, Origin, Source } from '../data/types.js';
import type { DeriveConfig, FeedConfig, MeasureText, QueryConfig, RegionSumConfig } from './config.js';
import type { FileSourceText } from './file-query.js';
import { type NoteTranslation, noteKey, translateNote } from './note-translations.js';
import { FeedError } from '../data/errors.js';
import { parseJsonStat } from '../data/jsonstat.js';
import { nbText, parseInnsikt } from '../data/innsikt.js';
import { REFORM_2020, harmoniseObservations, reformPredecessors, withReformAnnotation } from '../data/reform.js';
import { regionInfo } from '../data/geography.js';
import { normaliseRegionCode } from '../data/region-code.js';
import { comparePeriods, periodParts } from '../data/period.js';
import { change, indexed } from '../data/derive.js';
import { type Bound, add, div, fromBound, scale as scaleBound, sub, toBound } from '../data/bounds.js';
import { deriveOrigin, regionSumOrigin } from './formula.js';

export const SSB_PUBLISHER = 'Statistisk sentralbyrå (SSB)';
export const SSB_LICENCE = 'CC BY 4.0';

/** One query's answer, as the builder needs it. */
export interface QueryResponse {
  query: QueryConfig;
  /** Parsed JSON-stat. */
  json: unknown;
  /** When this run got or confirmed the figures (ISO 8601); '' for a file (dated by its `updated`). */
  retrievedAt: string;
  /** The data address the answer came from (an API query); none for a file. */
  url?: string;
}

/** The id and label of the answer's metric dimension (`ContentsCode`, "statistikkvariabel"). */
function metricDimension(json: unknown): { id: string; label?: Localized } {
  const j = json as { role?: { metric?: unknown }; dimension?: Record<string, { label?: unknown }> } | null;
  const role = Array.isArray(j?.role?.metric) ? j.role.metric[0] : undefined;
  const id = typeof role === 'string' ? role : 'ContentsCode';
  const label = j?.dimension?.[id]?.label;
  return typeof label === 'string' && label.trim() !== '' ? { id, label: label.trim() } : { id };
}

/**
 * Table provenance for the figures of one answer: one shared {@link Origin} per measure and combination of other
 * categories, with every coordinate (the statistic's ContentsCode, and each other dimension, also one left out of
 * `dims` because a single category was selected), its labels, the source and the query address.
 */
function tableOrigins(ds: Dataset, json: unknown, source: string, url: string | undefined): (o: Observation) => Origin {
  const metric = metricDimension(json);
  const measureLabel = new Map(ds.measures.map((m) => [m.code, m.label]));
  const categoryLabel = new Map(ds.dimensions.map((d) => [d.id, new Map(d.categories.map((c) => [c.code, c.label]))]));
  const cache = new Map<string, Origin>();
  return (o) => {
    const key = `${o.measure}\u0000${dimsKey(o.dims)}`;
    let origin = cache.get(key);
    if (origin) return origin;
    const first: Coordinate = { dimension: metric.id, code: o.measure, codeLabel: measureLabel.get(o.measure) ?? o.measureLabel };
    if (metric.label !== undefined) first.label = metric.label;
    const coordinates = [first];
    for (const d of ds.dimensions) {
      const code = o.dims[d.id];
      if (code === undefined) continue;
      const c: Coordinate = { dimension: d.id, label: d.label, code };
      const label = categoryLabel.get(d.id)?.get(code);
      if (label !== undefined) c.codeLabel = label;
      coordinates.push(c);
    }
    origin = { source, ...(url ? { query: url } : {}), coordinates };
    cache.set(key, origin);
    return origin;
  };
}

/** The written JSON: an Innsikt feed v1. */
export type FeedJson = Record<string, unknown> & { innsikt: '1'; observations: Array<Record<string, unknown>> };

export interface BuildReport {
  /** Cells read per query id (after the measure and region filters). */
  cells: Record<string, number>;
  observations: number;
  regions: number;
  periods: string[];
  /** Hedmark + Oppland cells summed into Innlandet. */
  summed: number;
  /** Measures whose Hedmark and Oppland figures were kept apart because they are not additive. */
  keptApart: string[];
  warnings: string[];
}

/** A feed that could not be built. `issues` carries the validator's paths when there are any. */
export class BuildError extends Error {
  override readonly name = 'BuildError';

  constructor(
    message: string,
    readonly issues: FeedIssue[] = [],
  ) {
    super(message);
  }
}

type Meta = MeasureText & { additive?: boolean };

/** 10 significant digits: hides float artefacts (2569.6999999999998 × 1000) without losing real precision. */
function tidy(v: number): number {
  return Number(v.toPrecision(10));
}

function matches(code: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? code.startsWith(p.slice(0, -1)) : code === p));
}

function dimsKey(dims: Record<string, string>, keys?: string[]): string {
  return (keys ?? Object.keys(dims))
    .slice()
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join('&');
}

function bound(o: Observation): Bound | undefined {
  return o.value === null ? undefined : toBound(o.value, o.qualifier);
}

/** A derived observation from a result interval; a gap (null + status) when an input is missing. */
function derivedObs(
  base: Observation,
  d: DeriveConfig,
  result: Bound | undefined,
  inputs: Observation[],
  source: string | undefined,
  gapStatus = '..',
): Observation {
  const out: Observation = { ...base, measure: d.id, measureLabel: nbText(d.label), dims: { ...base.dims }, derived: true };
  delete out.qualifier;
  delete out.qualifierText;
  delete out.status;
  delete out.note;
  delete out.ref;
  delete out.originalRegion;
  delete out.origin;
  if (d.unit !== undefined) out.unit = nbText(d.unit);
  else delete out.unit;
  if (d.decimals !== undefined) out.decimals = d.decimals;
  if (source !== undefined) out.source = source;
  else delete out.source;
  const r = result && fromBound(result);
  if (!r || r === 'unknown') {
    out.value = null;
    out.status = inputs.find((o) => o.value === null && o.status)?.status ?? gapStatus;
    return out;
  }
  out.value = tidy(r.value);
  if (r.qualifier) out.qualifier = r.qualifier;
  return out;
}

/** The source fields a file query's configuration gives (title, publisher, url, licence, notes). */
function fileSourceFields(f: FileSourceText): Partial<Source> {
  const out: Partial<Source> = {};
  if (f.title !== undefined) out.title = f.title;
  if (f.publisher !== undefined) out.publisher = f.publisher;
  if (f.url !== undefined) out.url = f.url;
  if (f.licence !== undefined) out.licence = f.licence;
  if (f.notes !== undefined) out.notes = [...f.notes];
  return out;
}

/** `first`, `last`, `last-N` or a period, against the periods a measure has. */
function resolvePeriod(ref: string, periods: string[]): string | undefined {
  if (periods.length === 0) return undefined;
  if (ref === 'first') return periods[0];
  if (ref === 'last') return periods[periods.length - 1];
  const back = /^last-(\d+)$/.exec(ref);
  if (back) return periods[periods.length - 1 - Number(back[1])];
  return periods.includes(ref) ? ref : undefined;
}

/** The feed's `origins`, each distinct one once, in order of first use; `intern` gives a figure's index. */
function originTable(): { origins: Origin[]; intern: (origin: Origin) => number } {
  const origins: Origin[] = [];
  const byObject = new Map<Origin, number>();
  const byText = new Map<string, number>();
  const intern = (origin: Origin): number => {
    let i = byObject.get(origin);
    if (i !== undefined) return i;
    const text = JSON.stringify(origin);
    i = byText.get(text);
    if (i === undefined) {
      i = origins.push(origin) - 1;
      byText.set(text, i);
    }
    byObject.set(origin, i);
    return i;
  };
  return { origins, intern };
}

class Builder {
  obs: Observation[] = [];
  readonly sources = new Map<string, Source>();
  readonly notes: Array<{ text: Localized; mandatory: boolean; indicator: string }> = [];
  readonly dims = new Map<string, { label: Localized; categories: Map<string, Localized> }>();
  readonly meta = new Map<string, Meta>();
  /** Combined source id → the ids of the tables' own sources. */
  private readonly combined = new Map<string, string[]>();
  readonly report: BuildReport = { cells: {}, observations: 0, regions: 0, periods: [], summed: 0, keptApart: [], warnings: [] };
  private readonly regionLabels = new Map<string, string>();
  private updated: string | undefined;

  constructor(readonly feed: FeedConfig) {}

  /** The table's own notes: mandatory ones on the feed, the others on its source; translated where configured. */
  private readNotes(ds: Dataset, q: QueryConfig, source: Source, where: string): void {
    const used = new Set<NoteTranslation>();
    for (const n of ds.notes) {
      const raw = typeof n.text === 'string' ? n.text.trim() : n.text;
      if (raw === '' || (typeof raw === 'string' && raw.length > 5000)) continue;
      const text = typeof raw === 'string' ? translateNote(raw, q.noteTranslations, used) : raw;
      if (n.mandatory) {
        if (!this.notes.some((x) => noteKey(x.text) === noteKey(text))) this.notes.push({ text, mandatory: true, indicator: this.feed.indicator });
      } else if ((n.scope === 'dataset' || n.scope?.startsWith('dimension:')) && typeof raw === 'string') {
        // A variable's footnote (13551's region list changes) applies to every figure of the table, as the table's do.
        source.notes ??= [];
        if (!source.notes.some((x) => noteKey(x) === noteKey(text))) source.notes.push(text);
      }
    }
    for (const t of q.noteTranslations ?? []) {
      if (!used.has(t))
        this.report.warnings.push(
          `${where}: the table has no note "${t.nb.slice(0, 60)}…" any more; its translation was not used (has Statistics Norway reworded it? Update "noteTranslations").`,
        );
    }
  }

  read(r: QueryResponse): void {
    const q = r.query;
    const where = q.file ? `file ${q.file.path} (query "${q.id}")` : `table ${q.table} (query "${q.id}")`;
    const ds = this.answerDataset(r, where);
    const dimAs = this.readDimensions(ds, q, where);
    const { source, sourceId } = this.sourceOf(ds, r);
    this.readNotes(ds, q, source, where);
    const cells = this.readObservations(ds, r, sourceId, dimAs);
    this.report.cells[q.id] = (this.report.cells[q.id] ?? 0) + cells;
    for (const m of Object.values(q.measures)) this.meta.set(m.id, m);
  }

  /** The answer as a dataset, checked to be the table and measures asked for; its first warnings reported. */
  private answerDataset(r: QueryResponse, where: string): Dataset {
    const q = r.query;
    let ds: Dataset;
    try {
      ds = parseJsonStat(r.json);
    } catch (err) {
      if (err instanceof FeedError) throw new BuildError(`${where}: the answer is not usable JSON-stat: ${err.message}`, err.issues);
      throw err;
    }
    const src = ds.sources[0];
    if (src?.table && src.table !== q.table) throw new BuildError(`${where}: the answer is table ${src.table}, not ${q.table}.`);
    const present = new Set(ds.measures.map((m) => m.code));
    const missing = Object.keys(q.measures).filter((c) => !present.has(c));
    if (missing.length > 0) {
      throw new BuildError(
        `${where}: the answer has no ContentsCode ${missing.map((c) => `"${c}"`).join(', ')} (it has ${[...present].map((c) => `"${c}"`).join(', ') || 'none'}). Has the table changed? Check /tables/${q.table}/metadata.`,
      );
    }
    for (const w of ds.warnings.slice(0, 5)) this.report.warnings.push(`${where}: ${w.path}: ${w.message}`);
    return ds;
  }

  /**
   * How each of the answer's other dimensions is kept (by which id) or left out (null): a dimension with one
   * category selected is a constant filter and is left out of `dims`. Records the kept ones' categories.
   */
  private readDimensions(ds: Dataset, q: QueryConfig, where: string): Map<string, string | null> {
    const dimAs = new Map<string, string | null>();
    for (const d of ds.dimensions) {
      const cfg = q.dimensions[d.id];
      if (cfg?.keep === false || (cfg?.keep !== true && d.categories.length === 1)) {
        if (d.categories.length > 1)
          throw new BuildError(
            `${where}: dimension "${d.id}" has ${d.categories.length} categories in the answer; it can only be left out ("keep": false) when one is selected.`,
          );
        dimAs.set(d.id, null);
        continue;
      }
      const as = cfg?.as ?? d.id;
      dimAs.set(d.id, as);
      let def = this.dims.get(as);
      if (!def) this.dims.set(as, (def = { label: cfg?.label ?? d.label, categories: new Map() }));
      // The configuration's labels in nynorsk and English, by the category's code or its label in the answer.
      const named = (c: { code: string; label: Localized }): Localized =>
        cfg?.categories?.[c.code] ?? (typeof c.label === 'string' ? cfg?.categories?.[c.label] : undefined) ?? c.label;
      for (const c of d.categories) if (!def.categories.has(c.code)) def.categories.set(c.code, named(c));
    }
    for (const id of Object.keys(q.dimensions)) {
      if (!dimAs.has(id)) this.report.warnings.push(`${where}: "dimensions.${id}" names a dimension the answer does not have.`);
    }
    return dimAs;
  }

  /** The answer's source: one per table, credited as Statistics Norway asks (a file's own source text comes first). */
  private sourceOf(ds: Dataset, r: QueryResponse): { source: Source; sourceId: string } {
    const q = r.query;
    const src = ds.sources[0];
    const sourceId = q.table ? `ssb-${q.table}` : `file-${q.id}`;
    let source = this.sources.get(sourceId);
    if (!source) {
      source = q.table
        ? {
            id: sourceId,
            title: ds.title ?? src?.title ?? `Tabell ${q.table}`,
            publisher: SSB_PUBLISHER,
            url: `https://www.ssb.no/statbank/table/${q.table}/`,
            table: q.table,
            licence: SSB_LICENCE,
          }
        : { id: sourceId, title: ds.title ?? src?.title ?? q.id };
      if (q.file?.source) Object.assign(source, fileSourceFields(q.file.source));
      this.sources.set(sourceId, source);
    }
    if (ds.updated && (!source.updated || ds.updated > source.updated)) source.updated = ds.updated;
    // A file has no retrieval time of its own (`retrievedAt` ''): its figures are dated by `updated`.
    if (r.retrievedAt && (!source.retrieved || r.retrievedAt > source.retrieved)) source.retrieved = r.retrievedAt;
    if (ds.updated && (!this.updated || ds.updated > this.updated)) this.updated = ds.updated;
    return { source, sourceId };
  }

  /** The answer's observations in the feed's terms (measure ids, kept dimensions, scale, status); returns how many. */
  private readObservations(ds: Dataset, r: QueryResponse, sourceId: string, dimAs: Map<string, string | null>): number {
    const q = r.query;
    const originOf = tableOrigins(ds, r.json, sourceId, r.url);
    let cells = 0;
    for (const o of ds.observations) {
      const m = q.measures[o.measure];
      if (!m) continue;
      if (q.regions?.include && !matches(o.region, q.regions.include)) continue;
      if (q.regions?.exclude && matches(o.region, q.regions.exclude)) continue;
      const dims: Record<string, string> = {};
      for (const [k, v] of Object.entries(o.dims)) {
        const as = dimAs.get(k);
        if (as) dims[as] = v;
      }
      const out: Observation = {
        indicator: this.feed.indicator,
        measure: m.id,
        measureLabel: nbText(m.label),
        region: o.region,
        regionLabel: o.regionLabel,
        period: o.period,
        value: o.value === null ? null : m.scale !== undefined ? tidy(o.value * m.scale) : o.value,
        dims,
        source: sourceId,
        origin: originOf(o),
      };
      if (o.status !== undefined) {
        if (o.status.length <= 3) out.status = o.status;
        else if (o.value === null) out.status = '..';
      }
      if (o.value === null && out.status === undefined) out.status = '..';
      if (o.note !== undefined) out.note = o.note;
      if (!this.regionLabels.has(o.region)) this.regionLabels.set(o.region, o.regionLabel.trim());
      this.obs.push(out);
      cells++;
    }
    return cells;
  }

  /**
   * Tables that list Hedmark, Oppland and Innlandet for every year have empty cells where a region did not
   * exist (Innlandet before 2020, Hedmark after 2019). Those are not figures: left in, an empty Innlandet
   * 2019 would block the sum of Hedmark and Oppland. Figures outside a region's years (back-cast series)
   * are kept.
   */
  dropEmptyOutsideValidity(): void {
    let dropped = 0;
    const kept = this.obs.filter((o) => {
      if (o.value !== null) return true;
      const info = regionInfo(o.region);
      const year = periodParts(o.period)?.start;
      if (!info || year === undefined) return true;
      const before = info.validFrom !== undefined && year < Number(info.validFrom);
      const after = info.validTo !== undefined && year > Number(info.validTo);
      if (before || after) dropped++;
      return !(before || after);
    });
    if (dropped > 0) {
      this.report.warnings.push(
        `${dropped} empty cell${dropped === 1 ? '' : 's'} for regions in years they did not exist (e.g. Innlandet before 2020) ${dropped === 1 ? 'was' : 'were'} left out.`,
      );
      this.obs = kept;
    }
  }

  /** A measure's label as configured (all languages), for formulas. */
  private label(measure: string): Localized {
    return this.meta.get(measure)?.label ?? measure;
  }

  harmonise(): void {
    if (this.feed.reform2020 === 'off') return;
    const before = this.obs.slice();
    const { observations, warnings } = harmoniseObservations(before, (id) => this.meta.get(id)?.additive === true);
    for (const o of observations) {
      if (o.derived && o.originalRegion?.includes('+')) {
        const parts = o.originalRegion.split('+');
        o.origin = regionSumOrigin(o.measure, this.label(o.measure), parts, parts.map((c) => `${regionInfo(c)?.name ?? c} (${c})`).join(' + '));
      }
    }
    const kept = new Set(observations);
    this.report.summed = observations.filter((o) => o.derived && o.originalRegion?.includes('+')).length;
    if (this.feed.reform2020 === 'join-keep-old') {
      // Also keep the parts (Hedmark, Oppland) that went into a sum.
      for (const o of before) if (!kept.has(o) && reformPredecessors(REFORM_2020[o.region] ?? '').length > 1) observations.push(o);
    }
    // Non-additive measures with Hedmark and Oppland for the same period stay apart: flag them.
    const apart = new Set<string>();
    const seen = new Map<string, Set<string>>();
    for (const o of observations) {
      if ((o.region === '04' || o.region === '05') && this.meta.get(o.measure)?.additive !== true) {
        const key = `${o.measure}|${o.period}|${dimsKey(o.dims)}`;
        const set = seen.get(key) ?? new Set<string>();
        set.add(o.region);
        seen.set(key, set);
        if (set.size === 2) apart.add(o.measure);
      }
    }
    this.report.keptApart = [...apart];
    for (const id of apart) {
      const label = nbText(this.meta.get(id)?.label) || id;
      this.notes.push({
        indicator: this.feed.indicator,
        mandatory: false,
        text: {
          nb: `«${label}» kan ikke legges sammen for Hedmark og Oppland. Før 2020 vises tallene for de to fylkene hver for seg, ikke for Innlandet.`,
          nn: `«${label}» kan ikkje leggjast saman for Hedmark og Oppland. Før 2020 blir tala for dei to fylka viste kvar for seg, ikkje for Innlandet.`,
          en: `"${label}" cannot be added up for Hedmark and Oppland. Before 2020 the figures are shown for the two counties separately, not for Innlandet.`,
        },
      });
    }
    for (const w of warnings) this.report.warnings.push(`reform 2020: ${w.message}`);
    this.obs = observations;
  }

  /**
   * Adds a region whose figures are the sum of other regions' (Innlandet = its municipalities), per measure,
   * period and dimensions. A period where a part is missing or empty, or that has fewer parts than the fullest
   * period, gets a gap: a sum of some of the parts is never shown as the whole.
   */
  sumRegions(r: RegionSumConfig): void {
    const label = r.label === undefined ? undefined : nbText(r.label);
    if (label) this.regionLabels.set(r.region, label);
    let added = 0;
    for (const measure of r.measures) {
      const parts = this.obs.filter((o) => o.measure === measure && o.region !== r.region && matches(o.region, r.of));
      const groups = new Map<string, Observation[]>();
      for (const o of parts) {
        const key = `${o.period}|${dimsKey(o.dims)}`;
        const list = groups.get(key);
        if (list) list.push(o);
        else groups.set(key, [o]);
      }
      const fullest = Math.max(0, ...[...groups.values()].map((g) => g.length));
      const existing = new Set(this.obs.filter((o) => o.measure === measure && o.region === r.region).map((o) => `${o.period}|${dimsKey(o.dims)}`));
      for (const [key, group] of groups) {
        if (existing.has(key)) {
          this.report.warnings.push(`region sum ${r.region}: "${measure}" already has a figure for ${key.split('|')[0]}; the answer's own figure was kept.`);
          continue;
        }
        const base: Observation = { ...group[0]!, region: r.region, regionLabel: label ?? r.region, dims: { ...group[0]!.dims } };
        delete base.note;
        const complete = group.length === fullest && group.every((o) => o.value !== null);
        const sum = complete ? group.reduce<Bound | undefined>((acc, o) => (acc && bound(o) ? add(acc, bound(o)!) : undefined), toBound(0)) : undefined;
        const out = derivedObs(
          base,
          { ...(this.meta.get(measure) ?? { id: measure, label: measure, publish: true }), op: 'sum', of: [measure] },
          sum,
          group,
          group[0]!.source,
        );
        out.measure = measure;
        out.measureLabel = group[0]!.measureLabel;
        out.origin = regionSumOrigin(measure, this.label(measure), group.map((o) => o.region).sort());
        if (group[0]!.unit !== undefined) out.unit = group[0]!.unit;
        this.obs.push(out);
        added++;
      }
    }
    if (added === 0)
      this.report.warnings.push(`region sum ${r.region}: no figures of ${r.measures.join(', ')} for regions ${r.of.join(', ')}; nothing was summed.`);
  }

  /** A source that credits several tables at once, for figures computed from more than one. */
  private combinedSource(ids: string[]): string | undefined {
    const unique = [...new Set(ids)].filter((id) => this.sources.has(id));
    if (unique.length <= 1) return unique[0];
    const parts = unique.map((id) => this.sources.get(id)!);
    const id = `ssb-${parts.map((p) => p.table).join('-')}`;
    if (!this.sources.has(id)) {
      const tables = parts.map((p) => p.table!);
      const combined: Source = {
        id,
        title: `Beregnet fra tabell ${tables.slice(0, -1).join(', ')} og ${tables[tables.length - 1]}`,
        publisher: SSB_PUBLISHER,
        url: parts[0]!.url!,
        table: tables.join(', '),
        licence: SSB_LICENCE,
      };
      const updated = parts
        .map((p) => p.updated)
        .filter((u): u is string => !!u)
        .sort()
        .pop();
      const retrieved = parts
        .map((p) => p.retrieved)
        .filter((u): u is string => !!u)
        .sort()
        .pop();
      if (updated) combined.updated = updated;
      if (retrieved) combined.retrieved = retrieved;
      this.sources.set(id, combined);
      this.combined.set(id, unique);
    }
    return id;
  }

  /**
   * The sum of one measure over the categories of a dimension (rammetilskudd + other transfers = all transfers),
   * per region, period and other dimensions. A group missing a category, or with an empty one, gets a gap.
   */
  private sumOver(d: DeriveConfig, input: Observation[], over: string): Observation[] {
    const categories = new Set(input.map((o) => o.dims[over]).filter((c): c is string => c !== undefined));
    const groups = new Map<string, Observation[]>();
    for (const o of input) {
      if (o.dims[over] === undefined) continue;
      const rest = { ...o.dims };
      delete rest[over];
      const key = `${o.region}|${o.period}|${dimsKey(rest)}`;
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    }
    const out: Observation[] = [];
    for (const group of groups.values()) {
      const base: Observation = { ...group[0]!, dims: { ...group[0]!.dims } };
      delete base.dims[over];
      const complete = group.length === categories.size && group.every((o) => o.value !== null);
      const sum = complete ? group.reduce<Bound | undefined>((acc, o) => (acc && bound(o) ? add(acc, bound(o)!) : undefined), toBound(0)) : undefined;
      out.push(derivedObs(base, d, sum, group, group[0]!.source));
    }
    const dimension = this.dims.get(over)?.label;
    const origin = deriveOrigin(d, (m) => this.label(m), {}, dimension);
    for (const o of out) o.origin = origin;
    return out;
  }

  derive(d: DeriveConfig): void {
    const of = d.of.map((id) => this.obs.filter((o) => o.measure === id));
    let out: Observation[] = [];
    if (d.op === 'sum' && d.over !== undefined) {
      out = this.sumOver(d, of[0]!, d.over);
    } else if (d.op === 'ratio' || d.op === 'difference' || d.op === 'sum') {
      // Inputs are matched on region, period and the dimensions the other inputs have (population has none).
      const others = of.slice(1).map((list) => {
        const keys = list[0] ? Object.keys(list[0].dims) : [];
        return { keys, index: new Map(list.map((o) => [`${o.region}|${o.period}|${dimsKey(o.dims, keys)}`, o])) };
      });
      for (const a of of[0]!) {
        const parts = others.map((x) => x.index.get(`${a.region}|${a.period}|${dimsKey(a.dims, x.keys)}`));
        if (parts.some((p) => p === undefined)) continue;
        const inputs = [a, ...(parts as Observation[])];
        const bounds = inputs.map(bound);
        let result: Bound | undefined;
        let gap = '..';
        if (bounds.every((b) => b !== undefined)) {
          const [first, ...rest] = bounds as Bound[];
          if (d.op === 'ratio') {
            if (rest[0]!.value === 0) gap = '.';
            else result = scaleBound(div(first!, rest[0]!), d.factor ?? 1);
          } else if (d.op === 'difference') result = sub(first!, rest[0]!);
          else result = rest.reduce((s, b) => add(s, b), first!);
        }
        out.push(derivedObs(a, d, result, inputs, this.combinedSource(inputs.map((o) => o.source!).filter(Boolean)), gap));
      }
    } else if (d.op === 'share') {
      // Each region's value as a per cent share of the total region's (same period and dimensions).
      const totals = new Map(of[0]!.filter((o) => o.region === d.total).map((o) => [`${o.period}|${dimsKey(o.dims)}`, o]));
      if (totals.size === 0) throw new BuildError(`derive "${d.id}": "${d.of[0]}" has no figures for the total region ${d.total}.`);
      for (const a of of[0]!) {
        const t = totals.get(`${a.period}|${dimsKey(a.dims)}`);
        if (!t) continue;
        const ba = bound(a);
        const bt = bound(t);
        const zero = bt !== undefined && bt.value === 0;
        const result = ba && bt && !zero ? scaleBound(div(ba, bt), 100) : undefined;
        out.push(derivedObs(a, d, result, [a, t], a.source, zero ? '.' : '..'));
      }
    } else {
      const input = of[0]!;
      const periods = [...new Set(input.map((o) => o.period))].sort(comparePeriods);
      if (d.op === 'index') {
        const base = resolvePeriod(d.base ?? 'first', periods);
        if (base === undefined)
          return this.skipDerive(d, `the base period "${d.base}" is not in the figures of "${d.of[0]}" (${periods.join(', ') || 'none'})`);
        const origin = deriveOrigin(d, (m) => this.label(m), { base });
        for (const o of indexed(input, base)) out.push({ ...this.restyle(o, d), origin });
      } else {
        const from = resolvePeriod(d.from ?? 'first', periods);
        const to = resolvePeriod(d.to ?? 'last', periods);
        if (from === undefined || to === undefined || from === to) {
          return this.skipDerive(
            d,
            `cannot compare "${d.from ?? 'first'}" with "${d.to ?? 'last'}" in the periods of "${d.of[0]}" (${periods.join(', ') || 'none'})`,
          );
        }
        const origin = deriveOrigin(d, (m) => this.label(m), { from, to });
        for (const o of change(input, from, to, d.op === 'change-pct' ? 'pct' : 'abs')) out.push({ ...this.restyle(o, d), origin });
      }
    }
    if (d.op === 'ratio' || d.op === 'difference' || d.op === 'share' || (d.op === 'sum' && d.over === undefined)) {
      const origin = deriveOrigin(d, (m) => this.label(m));
      for (const o of out) o.origin = origin;
    }
    if (out.length === 0)
      this.report.warnings.push(`derive "${d.id}": no region and period has all of ${d.of.map((m) => `"${m}"`).join(', ')}; nothing was computed.`);
    // concat, not push(...out): a spread of 100 000+ arguments overflows the stack.
    this.obs = this.obs.concat(out);
    // Units the widgets need when the configuration names none: per cent for a change, an index for an index.
    const meta: Meta = { ...d };
    if (meta.unit === undefined && (d.op === 'change-pct' || d.op === 'share')) meta.unit = '%';
    if (meta.unit === undefined && d.op === 'index') meta.unit = { nb: 'indeks', nn: 'indeks', en: 'index' };
    if (meta.decimals === undefined && (d.op === 'change-pct' || d.op === 'share' || d.op === 'index')) meta.decimals = 1;
    this.meta.set(d.id, meta);
  }

  /** A derivation the answer's periods cannot support (too few years): left out of the feed, with a warning. */
  private skipDerive(d: DeriveConfig, why: string): void {
    this.report.warnings.push(`derive "${d.id}": ${why}; the measure is left out of the feed.`);
  }

  private restyle(o: Observation, d: DeriveConfig): Observation {
    const out: Observation = { ...o, measure: d.id, measureLabel: nbText(d.label), derived: true };
    if (d.unit !== undefined) out.unit = nbText(d.unit);
    if (d.decimals !== undefined) out.decimals = d.decimals;
    if (out.value !== null) out.value = tidy(out.value);
    return out;
  }

  regionEntry(code: string): Record<string, unknown> {
    const known = regionInfo(code);
    const entry: Record<string, unknown> = { code };
    if (known) {
      const names = known.names ?? {};
      entry['name'] = names.nn || names.en ? { nb: known.name, ...(names.nn ? { nn: names.nn } : {}), ...(names.en ? { en: names.en } : {}) } : known.name;
      entry['level'] = known.level;
      if (known.parent) entry['parent'] = known.parent;
      if (known.validFrom) entry['validFrom'] = known.validFrom;
      if (known.validTo) entry['validTo'] = known.validTo;
    } else {
      entry['name'] = (this.regionLabels.get(code) || code).slice(0, 200);
      entry['level'] = normaliseRegionCode(code).level ?? 'other';
    }
    if (REFORM_2020[code] !== undefined && entry['validTo'] === undefined) entry['validTo'] = '2019';
    const group = this.feed.kostraGroups?.[code];
    if (group !== undefined) entry['kostraGroup'] = group;
    return entry;
  }

  toJson(generated: string): FeedJson {
    const f = this.feed;
    const published = new Set<string>();
    const measures: Array<Record<string, unknown>> = [];
    for (const q of f.queries) for (const m of Object.values(q.measures)) if (m.publish) published.add(m.id);
    for (const d of f.derive) if (d.publish) published.add(d.id);
    for (const id of published) {
      const m = this.meta.get(id);
      if (!m) continue;
      const entry: Record<string, unknown> = { id, label: m.label };
      if (m.unit !== undefined) entry['unit'] = m.unit;
      if (m.decimals !== undefined) entry['decimals'] = m.decimals;
      measures.push(entry);
    }
    const obs = this.obs.filter((o) => published.has(o.measure));
    const indicator: Record<string, unknown> = { id: f.indicator, title: f.title };
    if (f.description !== undefined) indicator['description'] = f.description;
    if (f.unit !== undefined) indicator['unit'] = f.unit;
    if (f.decimals !== undefined) indicator['decimals'] = f.decimals;
    if (f.definition !== undefined) indicator['definition'] = f.definition;
    indicator['measures'] = measures;

    const regionCodes = [...new Set(obs.map((o) => o.region))];
    const usedSources = new Set(obs.map((o) => o.source).filter((s): s is string => !!s));
    // Tables that only fed a derivation are listed too (the combined source names them).
    for (const id of [...usedSources]) for (const part of this.combined.get(id) ?? []) usedSources.add(part);
    const sources = [...this.sources.values()].filter((s) => usedSources.has(s.id));
    const usedDims = new Map<string, Set<string>>();
    for (const o of obs)
      for (const [k, v] of Object.entries(o.dims)) {
        const set = usedDims.get(k) ?? new Set<string>();
        set.add(v);
        usedDims.set(k, set);
      }
    const dimensions = [...usedDims].map(([id, codes]) => {
      const def = this.dims.get(id);
      return { id, label: def?.label ?? id, categories: [...codes].map((code) => ({ code, label: def?.categories.get(code) ?? code })) };
    });
    const notes = [...f.notes.map((n) => ({ text: n.text, mandatory: n.mandatory, indicator: f.indicator })), ...this.notes];

    const { origins, intern } = originTable();
    const json: FeedJson = {
      innsikt: '1',
      title: f.title,
      updated: this.updated ?? generated,
      indicators: [indicator],
      regions: regionCodes.map((c) => this.regionEntry(c)),
      sources: sources.map((s) => ({ ...s })),
      observations: obs.map((o) => {
        const out: Record<string, unknown> = {
          indicator: o.indicator,
          measure: o.measure,
          region: o.region,
          period: o.period,
          value: o.value === null ? null : tidy(o.value),
        };
        if (o.status !== undefined) out['status'] = o.status;
        if (o.qualifier !== undefined) out['qualifier'] = o.qualifier;
        if (o.qualifierText !== undefined) out['qualifierText'] = o.qualifierText;
        if (Object.keys(o.dims).length > 0) out['dims'] = { ...o.dims };
        if (o.source !== undefined) out['source'] = o.source;
        if (o.derived) out['derived'] = true;
        if (o.note !== undefined) out['note'] = o.note;
        if (o.origin !== undefined) out['origin'] = intern(o.origin);
        return out;
      }),
    };
    if (notes.length > 0) json['notes'] = notes;
    if (dimensions.length > 0) json['dimensions'] = dimensions;
    if (origins.length > 0) json['origins'] = origins;
    // The reform's remark on every series joined across 2020 (only harmonised figures carry their old code).
    const annotations = withReformAnnotation(f.annotations?.length ? [...f.annotations] : undefined, obs);
    if (annotations) json['annotations'] = annotations;
    this.report.observations = obs.length;
    this.report.regions = regionCodes.length;
    this.report.periods = [...new Set(obs.map((o) => o.period))].sort(comparePeriods);
    return json;
  }
}

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
  const b = new Builder(feed);
  for (const q of feed.queries) {
    const r = responses.find((x) => x.query.id === q.id);
    if (!r) throw new BuildError(`table ${q.table} (query "${q.id}") has no answer.`);
    b.read(r);
  }
  b.dropEmptyOutsideValidity();
  b.harmonise();
  for (const r of feed.regionSums ?? []) b.sumRegions(r);
  for (const d of feed.derive) b.derive(d);
  const json = b.toJson(options.generated ?? new Date().toISOString());
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
