import type { Lang, Qualifier, Source } from '../data/types.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import { formatDate, localize } from './format.js';
import { t } from './messages/catalogue.js';
import type { ViewModel, ViewRow } from './view-model.js';

export interface SourceEntry {
  title: string;
  publisher?: string;
  table?: string;
  /** When the source was retrieved, updated or published, in words: "hentet 21.11.2026". */
  date?: string;
  licence?: string;
  /** Only an http(s) address; anything else (`javascript:`, `data:`, a bare path) is left out. */
  url?: string;
}

export interface SourceLine {
  /** "Kilde: Statistisk sentralbyrå, tabell 07459, oppdatert 21.11.2026" */
  text: string;
  sources: SourceEntry[];
  /** Notes the source says must be shown next to the figures. */
  mandatoryNotes: string[];
  /** Other notes (dataset, indicator and source notes), for "notes on demand". */
  notes: string[];
  /** Each distinct citation of the rows shown (`002_4b4b011be2bef435.txt:528`), in the order they appear. */
  refs: string[];
}

/** An http(s) address, or undefined: a feed's link must never put another scheme into an href. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function dateText(s: Source, lang: Lang): string | undefined {
  if (s.retrieved) return t(lang, 'retrieved', { date: formatDate(s.retrieved, lang) });
  if (s.updated) return t(lang, 'sourceUpdated', { date: formatDate(s.updated, lang) });
  if (s.published) return t(lang, 'published', { date: formatDate(s.published, lang) });
  return undefined;
}

/**
 * How a table reference reads inside the line: a Statistics Norway id as "tabell 07459"; a report's "Tabell 3.4:
 * Utvikling …" as "tabell 3.4"; anything else as given, unless the title already says it.
 */
function tableText(table: string, title: string, lang: Lang): string | undefined {
  const tb = table.trim();
  if (/^\d{5}$/.test(tb)) return `${t(lang, 'table')} ${tb}`;
  const numbered = /^(tabell|table|tab\.|figur|figure|fig\.)\s*(\d+(?:[.,]\d+)*)/i.exec(tb);
  if (numbered) {
    const word = /^fig/i.test(numbered[1]!) ? t(lang, 'figure') : t(lang, 'table');
    // English capitalises "Table 3.4"; Norwegian writes "tabell 3.4" mid-sentence.
    return `${lang === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${numbered[2]}`;
  }
  return title.includes(tb) ? undefined : tb;
}

function joinAnd(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'og'} ${items[items.length - 1]}`;
}

/** One publication, with the tables of it that the view draws on: "NIBR, Teknologibyene … (NIBR-rapport 2005:11), tabell 3.4 og 4.7". */
function describe(group: Source[], lang: Lang): string {
  const s = group[0]!;
  const tables = group.map((g) => (g.table ? tableText(g.table, g.title, lang) : undefined)).filter((x): x is string => !!x);
  const distinct = [...new Set(tables)];
  // "tabell 3.4, tabell 4.7" reads as "tabell 3.4 og 4.7" when every reference is a table.
  const tableWord = `${t(lang, 'table')} `.replace(/^t/, (c) => (lang === 'en' ? c.toUpperCase() : c));
  const allTables = distinct.length > 1 && distinct.every((x) => x.startsWith(tableWord));
  const tablePart = allTables
    ? `${tableWord}${joinAnd(
        distinct.map((x) => x.slice(tableWord.length)),
        lang,
      )}`
    : joinAnd(distinct, lang);
  const ssbTable = group.length === 1 && !!s.table && /^\d{5}$/.test(s.table.trim());
  // "11616: Sysselsatte per 4. kvartal …" (a Statbank file's title line): the number is said once, as "tabell 11616".
  const title = ssbTable && s.title.startsWith(`${s.table!.trim()}:`) ? s.title.slice(s.table!.trim().length + 1).trim() : s.title;
  const parts: string[] = [];
  // A Statistics Norway table is named by its number; its long title belongs in the list of sources.
  if (ssbTable && s.publisher) parts.push(s.publisher);
  else {
    if (s.publisher && !title.startsWith(s.publisher)) parts.push(s.publisher);
    if (title) parts.push(title);
  }
  if (tablePart) parts.push(tablePart);
  const date = dateText(s, lang);
  if (date) parts.push(date);
  if (s.licence) parts.push(t(lang, 'licence', { licence: s.licence }));
  return parts.filter(Boolean).join(', ');
}

function distinctRefs(rows: ViewRow[]): string[] {
  return [...new Set(rows.map((r) => r.ref).filter((r): r is string => !!r))];
}

/** The source line under a chart or table, the sources behind it, its notes and the rows' citations. */
export function sourceLine(model: ViewModel): SourceLine {
  const { lang } = model;
  const groups = new Map<string, Source[]>();
  for (const s of model.sources) {
    const key = `${s.publisher ?? ''}\u0000${s.title}\u0000${s.retrieved ?? s.updated ?? s.published ?? ''}\u0000${s.licence ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const described = [...groups.values()].map((g) => describe(g, lang)).filter(Boolean);
  const label = t(lang, described.length > 1 ? 'sources' : 'source');
  const text = `${label}: ${described.length ? described.join('; ') : t(lang, 'sourceNotStated')}`;

  const sources: SourceEntry[] = model.sources.map((s) => {
    const entry: SourceEntry = { title: s.title };
    if (s.publisher) entry.publisher = s.publisher;
    if (s.table) entry.table = s.table;
    const date = dateText(s, lang);
    if (date) entry.date = date;
    if (s.licence) entry.licence = s.licence;
    const url = safeUrl(s.url);
    if (url) entry.url = url;
    return entry;
  });

  const mandatoryNotes = [...new Set(model.notes.filter((n) => n.mandatory && n.text).map((n) => n.text))];
  const notes = [
    ...new Set([
      ...model.notes.filter((n) => !n.mandatory && n.text).map((n) => n.text),
      ...model.sources.flatMap((s) => (s.notes ?? []).map((n) => localize(n, lang))),
    ]),
  ].filter((n) => !mandatoryNotes.includes(n));
  if ([...model.rows, ...model.totals].some((r) => r.derived)) notes.push(t(lang, 'derivedNote'));

  return { text, sources, mandatoryNotes, notes, refs: distinctRefs([...model.totals, ...model.rows]) };
}

/** What each status symbol in the view means ("..": "Tall kan ikke offentliggjøres eller er ikke tilgjengelig"). */
export function statusExplanations(model: ViewModel): Array<{ symbol: string; text: string }> {
  const symbols = [...new Set([...model.statuses, ...[...model.rows, ...model.totals].map((r) => r.status).filter((s): s is string => !!s)])];
  return symbols.map((symbol) => ({ symbol, text: STATUS_SYMBOLS[symbol]?.[model.lang] ?? t(model.lang, 'unknownStatus') }));
}

/** What a qualifier means for the reader, in one sentence. */
export function qualifierExplanation(qualifier: Qualifier, lang: Lang): string {
  return t(lang, `qualifier_${qualifier}`);
}

/** One explanation per qualifier that occurs in the view, in the order lower bound, upper bound, approximate. */
export function qualifierExplanations(model: ViewModel): Array<{ qualifier: Qualifier; text: string }> {
  const present = new Set([...model.rows, ...model.totals].map((r) => r.qualifier).filter((q): q is Qualifier => !!q));
  return (['atLeast', 'atMost', 'approx'] as const)
    .filter((q) => present.has(q))
    .map((qualifier) => ({ qualifier, text: qualifierExplanation(qualifier, model.lang) }));
}
