/**
 * Reads one query's answer into a feed being built: the answer checked to be the table and measures asked for,
 * its dimensions kept or left out, its source credited, its notes (translated where configured) and its figures
 * in the feed's terms.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Dataset, Localized, Observation, Source } from '../data/types.js';
import type { QueryConfig } from './config.js';
import type { FileSourceText } from './file-query.js';
import { type NoteTranslation, noteKey, translateNote } from './note-translations.js';
import { FeedError } from '../data/errors.js';
import { parseJsonStat } from '../data/jsonstat.js';
import { nbText } from '../data/innsikt.js';
import { BuildError, type FeedBuild, type QueryResponse, SSB_LICENCE, SSB_PUBLISHER } from './build-state.js';
import { matches, tidy } from './derived-cell.js';
import { tableOrigins } from './table-origins.js';

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

/** The table's own notes: mandatory ones on the feed, the others on its source; translated where configured. */
function readNotes(b: FeedBuild, ds: Dataset, q: QueryConfig, source: Source, where: string): void {
  const used = new Set<NoteTranslation>();
  for (const n of ds.notes) {
    const raw = typeof n.text === 'string' ? n.text.trim() : n.text;
    if (raw === '' || (typeof raw === 'string' && raw.length > 5000)) continue;
    const text = typeof raw === 'string' ? translateNote(raw, q.noteTranslations, used) : raw;
    if (n.mandatory) {
      if (!b.notes.some((x) => noteKey(x.text) === noteKey(text))) b.notes.push({ text, mandatory: true, indicator: b.feed.indicator });
    } else if ((n.scope === 'dataset' || n.scope?.startsWith('dimension:')) && typeof raw === 'string') {
      // A variable's footnote (13551's region list changes) applies to every figure of the table, as the table's do.
      source.notes ??= [];
      if (!source.notes.some((x) => noteKey(x) === noteKey(text))) source.notes.push(text);
    }
  }
  for (const t of q.noteTranslations ?? []) {
    if (!used.has(t))
      b.report.warnings.push(
        `${where}: the table has no note "${t.nb.slice(0, 60)}…" any more; its translation was not used (has Statistics Norway reworded it? Update "noteTranslations").`,
      );
  }
}

/** Reads one query's answer into the build: its dimensions, source, notes and figures. */
export function readAnswer(b: FeedBuild, r: QueryResponse): void {
  const q = r.query;
  const where = q.file ? `file ${q.file.path} (query "${q.id}")` : `table ${q.table} (query "${q.id}")`;
  const ds = answerDataset(b, r, where);
  const dimAs = readDimensions(b, ds, q, where);
  const { source, sourceId } = sourceOf(b, ds, r);
  readNotes(b, ds, q, source, where);
  const cells = readObservations(b, ds, r, sourceId, dimAs);
  b.report.cells[q.id] = (b.report.cells[q.id] ?? 0) + cells;
  for (const m of Object.values(q.measures)) b.meta.set(m.id, m);
}

/** The answer as a dataset, checked to be the table and measures asked for; its first warnings reported. */
function answerDataset(b: FeedBuild, r: QueryResponse, where: string): Dataset {
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
  for (const w of ds.warnings.slice(0, 5)) b.report.warnings.push(`${where}: ${w.path}: ${w.message}`);
  return ds;
}

/**
 * How each of the answer's other dimensions is kept (by which id) or left out (null): a dimension with one
 * category selected is a constant filter and is left out of `dims`. Records the kept ones' categories.
 */
function readDimensions(b: FeedBuild, ds: Dataset, q: QueryConfig, where: string): Map<string, string | null> {
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
    let def = b.dims.get(as);
    if (!def) b.dims.set(as, (def = { label: cfg?.label ?? d.label, categories: new Map() }));
    // The configuration's labels in nynorsk and English, by the category's code or its label in the answer.
    const named = (c: { code: string; label: Localized }): Localized =>
      cfg?.categories?.[c.code] ?? (typeof c.label === 'string' ? cfg?.categories?.[c.label] : undefined) ?? c.label;
    for (const c of d.categories) if (!def.categories.has(c.code)) def.categories.set(c.code, named(c));
  }
  for (const id of Object.keys(q.dimensions)) {
    if (!dimAs.has(id)) b.report.warnings.push(`${where}: "dimensions.${id}" names a dimension the answer does not have.`);
  }
  return dimAs;
}

/** The answer's source: one per table, credited as Statistics Norway asks (a file's own source text comes first). */
function sourceOf(b: FeedBuild, ds: Dataset, r: QueryResponse): { source: Source; sourceId: string } {
  const q = r.query;
  const src = ds.sources[0];
  const sourceId = q.table ? `ssb-${q.table}` : `file-${q.id}`;
  let source = b.sources.get(sourceId);
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
    b.sources.set(sourceId, source);
  }
  if (ds.updated && (!source.updated || ds.updated > source.updated)) source.updated = ds.updated;
  // A file has no retrieval time of its own (`retrievedAt` ''): its figures are dated by `updated`.
  if (r.retrievedAt && (!source.retrieved || r.retrievedAt > source.retrieved)) source.retrieved = r.retrievedAt;
  if (ds.updated && (!b.updated || ds.updated > b.updated)) b.updated = ds.updated;
  return { source, sourceId };
}

/** The answer's observations in the feed's terms (measure ids, kept dimensions, scale, status); returns how many. */
function readObservations(b: FeedBuild, ds: Dataset, r: QueryResponse, sourceId: string, dimAs: Map<string, string | null>): number {
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
      indicator: b.feed.indicator,
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
    if (!b.regionLabels.has(o.region)) b.regionLabels.set(o.region, o.regionLabel.trim());
    b.obs.push(out);
    cells++;
  }
  return cells;
}
