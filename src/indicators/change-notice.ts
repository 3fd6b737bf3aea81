import type { Dataset, FeedChange, Lang, Localized, Revision } from '../data/types.js';
import { formatLongDate, formatNumber, formatPeriod, localize, statedDecimals } from './format.js';
import { t } from './messages/catalogue.js';
import { regionNames } from './region-names.js';
import type { ViewModel, ViewRow } from './view-model.js';

/**
 * The "what changed" notice of a widget (issue 19): one line under the title ("Nye tall 12. mars 2026: 2025 lagt
 * til, 3 tall revidert"), the details a reader can open, and the figures in the view that were revised. Pure: the
 * day the page is viewed is passed in (`now`), so the notice never depends on the clock of whoever tests it.
 */
export interface ChangeNotice {
  /** The day of the update (ISO 8601). */
  date: string;
  line: string;
  details: string[];
  /** The rows shown whose figure was revised, with the words a screen reader says ("revidert, før 2 990"). */
  revised: Map<ViewRow, string>;
}

export interface ChangeNoticeOptions {
  /** The day the page is viewed. */
  now: Date;
  /** How many days after the update the notice shows (default {@link CHANGES_DAYS}). */
  days?: number;
}

/** How many days a notice shows by default. */
export const CHANGES_DAYS = 30;
/** Revised figures listed in the details; the rest are counted. */
const LISTED = 20;
const DAY = 86_400_000;

/** The feed's latest change when it is at most `days` old on `now` (a date in the future counts as today). */
export function recentChange(ds: Dataset, now: Date, days = CHANGES_DAYS): FeedChange | undefined {
  const latest = ds.changes?.[0];
  const m = latest ? /^(\d{4})-(\d{2})-(\d{2})/.exec(latest.date) : null;
  if (!latest || !m) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (!Number.isFinite(day) || !Number.isFinite(today)) return undefined;
  return (today - day) / DAY <= Math.max(0, days) ? latest : undefined;
}

function revisedCount(c: FeedChange): number {
  return c.revisedCount ?? c.revised?.length ?? 0;
}

function number(v: number | null, lang: Lang): string {
  return v === null ? '..' : formatNumber(v, lang, statedDecimals(v, 6));
}

function periods(list: string[], lang: Lang): string {
  return list.map((p) => formatPeriod(p, lang)).join(', ');
}

/** The parts of the one line: periods added and removed, figures revised, regions added and removed. */
function lineParts(c: FeedChange, lang: Lang, name: (code: string, given: Localized) => string): string[] {
  const parts: string[] = [];
  if (c.periodsAdded?.length) parts.push(t(lang, 'changeAdded', { x: periods(c.periodsAdded, lang) }));
  if (c.periodsRemoved?.length) parts.push(t(lang, 'changeRemoved', { x: periods(c.periodsRemoved, lang) }));
  const n = revisedCount(c);
  if (n > 0) parts.push(n === 1 ? t(lang, 'changeRevisedOne') : t(lang, 'changeRevised', { n: formatNumber(n, lang) }));
  if (c.regionsAdded?.length) parts.push(t(lang, 'changeRegionsAdded', { x: c.regionsAdded.map((r) => name(r.code, r.name)).join(', ') }));
  if (c.regionsRemoved?.length) parts.push(t(lang, 'changeRegionsRemoved', { x: c.regionsRemoved.map((r) => name(r.code, r.name)).join(', ') }));
  return parts;
}

/** Everything else, one sentence each: codes, labels and notes, then the revised figures (old → new). */
function detailLines(c: FeedChange, lang: Lang, name: (code: string, given: Localized) => string, measureLabel: (code: string) => string): string[] {
  const out: string[] = [];
  if (c.codesAdded?.length) out.push(t(lang, 'changeCodesAdded', { x: c.codesAdded.map((x) => localize(x.label, lang) || x.code).join(', ') }));
  if (c.codesRemoved?.length) out.push(t(lang, 'changeCodesRemoved', { x: c.codesRemoved.map((x) => localize(x.label, lang) || x.code).join(', ') }));
  for (const l of c.labels ?? []) out.push(t(lang, 'changeLabel', { old: localize(l.old, lang), new: localize(l.new, lang) }));
  for (const n of c.notesAdded ?? []) out.push(t(lang, 'changeNoteAdded', { x: localize(n, lang) }));
  for (const n of c.notesRemoved ?? []) out.push(t(lang, 'changeNoteRemoved', { x: localize(n, lang) }));
  for (const r of (c.revised ?? []).slice(0, LISTED)) {
    const what = [measureLabel(r.measure), name(r.region, r.region), formatPeriod(r.period, lang), ...Object.values(r.dims ?? {})].filter(Boolean).join(', ');
    out.push(`${what}: ${r.oldStatus ?? number(r.old, lang)} → ${r.newStatus ?? number(r.new, lang)}`);
  }
  const more = revisedCount(c) - Math.min(LISTED, c.revised?.length ?? 0);
  if (more > 0) out.push(t(lang, 'changeMoreRevisions', { n: formatNumber(more, lang) }));
  return out;
}

/** The rows of the view whose figure is among the revised ones (only for figures shown as the source gave them). */
function revisedRows(c: FeedChange, model: ViewModel): Map<ViewRow, string> {
  const out = new Map<ViewRow, string>();
  if ((model.mode ?? 'level') !== 'level' || !c.revised?.length) return out;
  const byCell = new Map<string, Revision>();
  const series = model.seriesDimension;
  for (const r of c.revised) {
    if (r.measure !== model.measure) continue;
    const cat = series !== undefined && r.dims && Object.hasOwn(r.dims, series) ? r.dims[series] : undefined;
    byCell.set(JSON.stringify([r.region, r.period, cat ?? null]), r);
  }
  for (const row of [...model.rows, ...model.totals]) {
    const r = byCell.get(JSON.stringify([row.region, row.period, row.series ?? null]));
    if (r) out.set(row, t(model.lang, 'revisedMark', { old: r.oldStatus ?? number(r.old, model.lang) }));
  }
  return out;
}

/** The notice for a view of `ds`, or undefined when the feed has no change within the last `days` days. */
export function changeNotice(ds: Dataset, model: ViewModel, options: ChangeNoticeOptions): ChangeNotice | undefined {
  const c = recentChange(ds, options.now, options.days);
  if (!c) return undefined;
  const { lang } = model;
  const names = regionNames(ds, lang);
  const name = (code: string, given: Localized) => names(code) || localize(given, lang) || code;
  const measureLabel = (code: string) => model.measures.find((m) => m.code === code)?.label ?? code;
  const parts = lineParts(c, lang, name);
  const date = formatLongDate(c.date, lang);
  const line = parts.length ? t(lang, 'changesLine', { date, parts: parts.join(', ') }) : t(lang, 'changesLineBare', { date });
  return { date: c.date, line, details: detailLines(c, lang, name, measureLabel), revised: revisedRows(c, model) };
}
