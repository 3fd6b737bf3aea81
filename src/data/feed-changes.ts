/**
 * What changed between two versions of an Innsikt feed v1: new and removed periods and regions, revised figures
 * (old and new value), added and removed codes, changed labels, added and removed notes. The feed builder writes
 * the result into the new feed as `changes` (newest first, a short history); widgets read it to say "Nye tall …".
 *
 * Pure TypeScript, no DOM and no Node imports: works on the parsed JSON of two feeds, trusting nothing in them.
 */
import type { Localized } from './types.js';
import { isRecord as isObj } from './is-record.js';
import { comparePeriods } from './period.js';

/** A region named in a change record (the name from the feed that has it). */
export interface ChangedRegion {
  code: string;
  name: Localized;
}

/** One figure whose value or status changed. `dims` only when the figure has other dimensions. */
export interface Revision {
  measure: string;
  region: string;
  period: string;
  dims?: Record<string, string>;
  old: number | null;
  new: number | null;
  oldStatus?: string;
  newStatus?: string;
}

/** A measure or dimension category that appeared or disappeared (`dimension` only for a category). */
export interface ChangedCode {
  kind: 'measure' | 'category';
  dimension?: string;
  code: string;
  label: Localized;
}

/** A label that changed for the same code. */
export interface ChangedLabel {
  kind: 'indicator' | 'measure' | 'region' | 'dimension' | 'category';
  dimension?: string;
  code: string;
  old: Localized;
  new: Localized;
}

/** One update of a feed. Lists that would be empty are left out. */
export interface FeedChange {
  /** The day the new figures were published (ISO 8601 date). */
  date: string;
  periodsAdded?: string[];
  periodsRemoved?: string[];
  regionsAdded?: ChangedRegion[];
  regionsRemoved?: ChangedRegion[];
  /** Revised figures, at most {@link MAX_REVISIONS_LISTED}; `revisedCount` says how many there were. */
  revised?: Revision[];
  revisedCount?: number;
  codesAdded?: ChangedCode[];
  codesRemoved?: ChangedCode[];
  labels?: ChangedLabel[];
  notesAdded?: Localized[];
  notesRemoved?: Localized[];
}

/**
 * When a figure counts as revised: the change must exceed `absolute` (in the figure's unit) AND `relative`
 * (a fraction of the old value: 0.001 = 0.1 %). Both default to 0: any change counts. A figure that became
 * empty, or got a value, or changed status symbol, always counts.
 */
export interface RevisionThreshold {
  relative?: number;
  absolute?: number;
}

/** How many updates a feed keeps in `changes`. */
export const CHANGE_HISTORY = 10;
/** Revised figures listed per update; the rest are counted. */
export const MAX_REVISIONS_LISTED = 500;

type Json = Record<string, unknown>;

function list(v: unknown): Json[] {
  return Array.isArray(v) ? (v.filter(isObj) as Json[]) : [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isLocalized(v: unknown): v is Localized {
  return typeof v === 'string' || (isObj(v) && typeof v.nb === 'string');
}

/** The bokmål text of a reader text (the only text, or `nb`): what identifies a note or label across versions. */
function nbOf(t: Localized): string {
  return typeof t === 'string' ? t : t.nb;
}

/**
 * Whether `next` is `old` with translations added: the same bokmål, and every language `old` had unchanged. Not
 * a change a reader needs told (a note given nynorsk and English is the same note).
 */
function sameOrTranslated(old: Localized, next: Localized): boolean {
  if (nbOf(old) !== nbOf(next)) return false;
  if (typeof old === 'string') return true;
  return typeof next !== 'string' && (['nn', 'en'] as const).every((l) => old[l] === undefined || old[l] === next[l]);
}

/** A period that spans years ("2019-2024"): a computed change, which moves with each new year. */
const isSpan = (p: string) => /^\d{4}[-–]\d{4}$/.test(p);

function dimsOf(o: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(o.dims)) for (const k of Object.keys(o.dims).sort()) if (typeof o.dims[k] === 'string') out[k] = o.dims[k];
  return out;
}

function cellKey(o: Json): string {
  return JSON.stringify([o.indicator, o.measure, o.region, o.period, dimsOf(o)]);
}

/** code → label of a list of entries, as `[code key, label key]` name them. */
function labelled(entries: Json[], codeKey: string, labelKey: string): Map<string, Localized> {
  const out = new Map<string, Localized>();
  for (const e of entries) {
    const code = str(e[codeKey]);
    if (code !== undefined && isLocalized(e[labelKey]) && !out.has(code)) out.set(code, e[labelKey]);
  }
  return out;
}

interface Shape {
  indicators: Map<string, Localized>;
  measures: Map<string, Localized>;
  regions: Map<string, Localized>;
  dimensions: Map<string, Localized>;
  /** `dimension\u0000code` → label. */
  categories: Map<string, Localized>;
  periods: Set<string>;
  cells: Map<string, Json>;
  /** Bokmål text → the note (see {@link sameOrTranslated}). */
  notes: Map<string, Localized>;
}

function shape(feed: unknown): Shape {
  const f = isObj(feed) ? feed : {};
  const indicators = list(f.indicators);
  const measures = new Map<string, Localized>();
  for (const ind of indicators) for (const [k, v] of labelled(list(ind.measures), 'id', 'label')) if (!measures.has(k)) measures.set(k, v);
  const categories = new Map<string, Localized>();
  for (const d of list(f.dimensions)) {
    const id = str(d.id);
    if (id !== undefined) for (const [k, v] of labelled(list(d.categories), 'code', 'label')) categories.set(`${id}\u0000${k}`, v);
  }
  const obs = list(f.observations);
  const notes = new Map<string, Localized>();
  for (const n of list(f.notes)) if (isLocalized(n.text)) notes.set(nbOf(n.text), n.text);
  for (const s of list(f.sources)) for (const t of Array.isArray(s.notes) ? s.notes : []) if (isLocalized(t)) notes.set(nbOf(t), t);
  return {
    indicators: labelled(indicators, 'id', 'title'),
    measures,
    regions: labelled(list(f.regions), 'code', 'name'),
    dimensions: labelled(list(f.dimensions), 'id', 'label'),
    categories,
    // A computed change over a span ("2019-2024", from `last-5` to `last`) moves with every new year: the new year
    // is the news, not the span (its figures are still compared, where the same span is in both versions).
    periods: new Set(obs.flatMap((o) => (typeof o.period === 'string' && !(o.derived === true && isSpan(o.period)) ? [o.period] : []))),
    cells: new Map(obs.map((o) => [cellKey(o), o])),
    notes,
  };
}

function revised(a: Json, b: Json, t: RevisionThreshold): boolean {
  if (str(a.status) !== str(b.status)) return true;
  const [x, y] = [a.value, b.value];
  if (typeof x !== 'number' || typeof y !== 'number') return x !== y;
  const delta = Math.abs(y - x);
  if (delta === 0) return false;
  const relative = x === 0 ? Infinity : delta / Math.abs(x);
  return delta > (t.absolute ?? 0) && relative > (t.relative ?? 0);
}

function revisions(before: Shape, after: Shape, t: RevisionThreshold): Revision[] {
  const out: Revision[] = [];
  for (const [key, b] of after.cells) {
    const a = before.cells.get(key);
    if (!a || !revised(a, b, t)) continue;
    const r: Revision = {
      measure: String(b.measure),
      region: String(b.region),
      period: String(b.period),
      old: typeof a.value === 'number' ? a.value : null,
      new: typeof b.value === 'number' ? b.value : null,
    };
    const dims = dimsOf(b);
    if (Object.keys(dims).length > 0) r.dims = dims;
    if (str(a.status) !== undefined) r.oldStatus = str(a.status)!;
    if (str(b.status) !== undefined) r.newStatus = str(b.status)!;
    out.push(r);
  }
  return out;
}

function codeChanges(from: Shape, to: Shape): ChangedCode[] {
  const out: ChangedCode[] = [];
  for (const [code, label] of to.measures) if (!from.measures.has(code)) out.push({ kind: 'measure', code, label });
  for (const [key, label] of to.categories) {
    if (from.categories.has(key)) continue;
    const [dimension, code] = key.split('\u0000') as [string, string];
    out.push({ kind: 'category', dimension, code, label });
  }
  return out;
}

function labelChanges(before: Shape, after: Shape): ChangedLabel[] {
  const out: ChangedLabel[] = [];
  const kinds = [
    ['indicator', 'indicators'],
    ['measure', 'measures'],
    ['region', 'regions'],
    ['dimension', 'dimensions'],
    ['category', 'categories'],
  ] as const;
  for (const [kind, field] of kinds) {
    for (const [key, label] of after[field]) {
      const old = before[field].get(key);
      if (old === undefined || sameOrTranslated(old, label) || sameOrTranslated(label, old)) continue;
      const entry: ChangedLabel = { kind, code: key, old, new: label };
      if (kind === 'category') [entry.dimension, entry.code] = key.split('\u0000') as [string, string];
      out.push(entry);
    }
  }
  return out;
}

/**
 * What changed from `before` to `after` (two Innsikt feeds as parsed JSON), dated `date`. Returns undefined when
 * nothing a reader would call a change did: same periods, regions, codes, labels and notes, and no figure
 * revised beyond the threshold.
 */
export function feedChanges(before: unknown, after: unknown, date: string, threshold: RevisionThreshold = {}): FeedChange | undefined {
  const a = shape(before);
  const b = shape(after);
  const c: FeedChange = { date };
  const added = (x: Set<string>, y: Set<string>) => [...y].filter((p) => !x.has(p)).sort(comparePeriods);
  const regions = (x: Shape, y: Shape) => [...y.regions].filter(([code]) => !x.regions.has(code)).map(([code, name]) => ({ code, name }));
  const put = <K extends keyof FeedChange>(key: K, value: FeedChange[K] & unknown[]) => {
    if (value.length > 0) c[key] = value;
  };
  put('periodsAdded', added(a.periods, b.periods));
  put('periodsRemoved', added(b.periods, a.periods));
  put('regionsAdded', regions(a, b));
  put('regionsRemoved', regions(b, a));
  const rev = revisions(a, b, threshold);
  put('revised', rev.slice(0, MAX_REVISIONS_LISTED));
  if (rev.length > MAX_REVISIONS_LISTED) c.revisedCount = rev.length;
  put('codesAdded', codeChanges(a, b));
  put('codesRemoved', codeChanges(b, a));
  put('labels', labelChanges(a, b));
  // A note counts as added (or removed) unless the other version has it, or has it with translations added.
  const kept = (x: Shape, k: string, t: Localized) => {
    const other = x.notes.get(k);
    return other !== undefined && (sameOrTranslated(other, t) || sameOrTranslated(t, other));
  };
  put(
    'notesAdded',
    [...b.notes].filter(([k, t]) => !kept(a, k, t)).map(([, t]) => t),
  );
  put(
    'notesRemoved',
    [...a.notes].filter(([k, t]) => !kept(b, k, t)).map(([, t]) => t),
  );
  return Object.keys(c).length > 1 ? c : undefined;
}

/** The history to write: the new update first, then the previous ones, at most `keep`. */
export function changeHistory(next: FeedChange | undefined, previous: FeedChange[], keep = CHANGE_HISTORY): FeedChange[] {
  return (next ? [next, ...previous] : previous).slice(0, Math.max(0, keep));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line in English for the command's output: "2025 added; 3 figures revised; region 3456 added". */
export function changeSummary(c: FeedChange): string {
  const parts: string[] = [];
  const codes = (xs: Array<{ code: string }>) => xs.map((x) => x.code).join(', ');
  if (c.periodsAdded) parts.push(`${c.periodsAdded.join(', ')} added`);
  if (c.periodsRemoved) parts.push(`${c.periodsRemoved.join(', ')} removed`);
  if (c.regionsAdded) parts.push(`${count(c.regionsAdded.length, 'region', 'regions')} added (${codes(c.regionsAdded)})`);
  if (c.regionsRemoved) parts.push(`${count(c.regionsRemoved.length, 'region', 'regions')} removed (${codes(c.regionsRemoved)})`);
  if (c.revised) parts.push(`${count(c.revisedCount ?? c.revised.length, 'figure', 'figures')} revised`);
  if (c.codesAdded) parts.push(`${count(c.codesAdded.length, 'code', 'codes')} added (${codes(c.codesAdded)})`);
  if (c.codesRemoved) parts.push(`${count(c.codesRemoved.length, 'code', 'codes')} removed (${codes(c.codesRemoved)})`);
  if (c.labels) parts.push(`${count(c.labels.length, 'label', 'labels')} changed`);
  if (c.notesAdded) parts.push(`${count(c.notesAdded.length, 'note', 'notes')} added`);
  if (c.notesRemoved) parts.push(`${count(c.notesRemoved.length, 'note', 'notes')} removed`);
  return parts.join('; ');
}
