import type { Lang, Qualifier } from '../data/types.js';
import { isSpan, periodParts } from '../data/period.js';
import { STATUS_SYMBOLS } from '../data/status.js';

import { formatNumber, formatPeriod, hedgeWord, isPercentUnit, statedDecimals } from './format.js';
import type { ViewModel, ViewRow } from './view-model.js';
import { readableMoney } from './unit-scale.js';

import { type Texts, type Wording, IN } from './summary-wording.js';
import { P } from './summary-patterns.js';

/*
 * The phrases a summary sentence (summary.ts) is built from: places, periods, amounts with their hedges, verb
 * phrases, the comparison clause, the clause about missing figures.
 */

/** "Befolkning i Gjøvik, 2022": the label, the place (when the row has one) and the period (when given). */
export function genericHead(w: Wording, lang: Lang, row: ViewRow | undefined, period: string | undefined): string {
  const where = row ? loc(w, row, lang) : '';
  return `${w.noun[lang]}${where ? ` ${where}` : ''}${period ? `, ${formatPeriod(period, lang)}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// Words for rows: places, periods, amounts.
// ---------------------------------------------------------------------------------------------------------

export const NBSP = '\u00a0';

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases a label's first letter when it reads as a common noun ("Personrettede overføringer"), not "IKT". */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The whole country under an office's own code (TOTAL "Hele landet"). */
const WHOLE_COUNTRY = /^(?:hele landet|heile landet|landet i alt)$/i;
/** Norway by name: the whole country when it is what the figures are compared with (not one country among others). */
const NORWAY = /^(?:norge|noreg|norway)$/i;

/** A region as it reads mid-sentence: Norway is "landet" in Norwegian; "Landet for øvrig" → "landet for øvrig". */
export function place(row: ViewRow, lang: Lang): string {
  if (row.region === '0' || WHOLE_COUNTRY.test(row.regionLabel) || (row.isComparison && NORWAY.test(row.regionLabel)))
    return lang === 'en' ? 'Norway' : 'landet';
  if (row.region === '') return '';
  const name = row.regionLabel || row.region;
  if (lang === 'en' && /^Rest of\b/.test(name)) return `the r${name.slice(1)}`;
  return /^(Landet|Resten|Øvrige|Dei|De|The|Other)\b/.test(name) ? lowerFirst(name) : name;
}

export function when(period: string, lang: Lang): string {
  const p = periodParts(period);
  if (p && p.end !== p.start) return P[lang].span(String(p.start), String(p.end));
  return P[lang].at(formatPeriod(period, lang));
}

interface Amount {
  value: number;
  qualifier?: Qualifier | undefined;
  /** The row whose qualifier text may lend its hedge word ("vel", "ca."). */
  row?: ViewRow | undefined;
}

export const DEFAULT_HEDGE: Record<Qualifier, Texts> = {
  atLeast: { nb: 'over', nn: 'over', en: 'over' },
  atMost: { nb: 'under', nn: 'under', en: 'under' },
  approx: { nb: 'om lag', nn: 'om lag', en: 'about' },
};

function hedge(a: Amount, lang: Lang): string | undefined {
  if (!a.qualifier) return undefined;
  const own = a.row && a.row.qualifier === a.qualifier ? hedgeWord(a.row.qualifierText, a.qualifier, lang) : undefined;
  if (own) return lang === 'en' && own === 'approx.' ? 'about' : own;
  return DEFAULT_HEDGE[a.qualifier][lang];
}

/** A unit as it reads after (and, for English currency, before) a number in running text. */
function unitWords(unit: string, lang: Lang): { before?: string; after?: string } {
  const u = unit.trim();
  if (!u || /^(indeks|index)$/i.test(u)) return {};
  if (isPercentUnit(u)) return { after: lang === 'en' ? 'per cent' : 'prosent' };
  // Money: "68 mrd. kroner" in Norwegian, "NOK 68 billion" in English, whichever way the feed wrote the unit.
  if (/^(mrd\.?|milliarder?)\s*(kr\.?|kroner)$|^nok\s+(bn|billion)$/i.test(u))
    return lang === 'en' ? { before: 'NOK', after: 'billion' } : { after: 'mrd. kroner' };
  if (/^(mill\.?|millioner?)\s*(kr\.?|kroner)$|^nok\s+(m|mn|million)$/i.test(u))
    return lang === 'en' ? { before: 'NOK', after: 'million' } : { after: 'mill. kroner' };
  if (/^(kr\.?|kroner|nok)$/i.test(u)) return lang === 'en' ? { before: 'NOK' } : { after: 'kroner' };
  // Statistics Norway's count of people, in English.
  if (lang === 'en' && /^personer$/i.test(u)) return { after: 'people' };
  return { after: u };
}

/** "vel 4 prosent", "ca. 68 mrd. kroner", "about NOK 68 billion", "−2,7 prosent" (signed) or "2,7 prosent" (magnitude). */
export function amount(model: ViewModel, w: Wording, a: Amount, opts: { magnitude?: boolean } = {}): string {
  const { lang } = model;
  const raw = opts.magnitude ? Math.abs(a.value) : a.value;
  // Money in a table not made for Innsikt, in the unit that reads best for its size: "1,8 mrd. kroner", "7,0 mill. kroner".
  const money = model.definition ? undefined : readableMoney(raw, model.unit);
  const v = money ? money.value : raw;
  const num = formatNumber(v, lang, statedDecimals(v, money ? money.decimals : model.decimals));
  const unit = w.dropUnit ? {} : unitWords(money ? money.unit : model.unit, lang);
  const core = `${unit.before ? `${unit.before}${NBSP}` : ''}${num}${unit.after ? `${NBSP}${unit.after}` : ''}`;
  const h = hedge(a, lang);
  return h ? `${h} ${core}` : core;
}

export const asAmount = (row: ViewRow): Amount => ({ value: row.value!, qualifier: row.qualifier, row });

function isZero(model: ViewModel, value: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -model.decimals;
}

// ---------------------------------------------------------------------------------------------------------
// What the rows support.
// ---------------------------------------------------------------------------------------------------------

const lower = (r: ViewRow) => (r.qualifier === 'atMost' ? -Infinity : r.value!);
const upper = (r: ViewRow) => (r.qualifier === 'atLeast' ? Infinity : r.value!);

/** The row that is certainly the highest (bounds included, no ties), if there is one. */
export function highest(rows: ViewRow[]): ViewRow | undefined {
  const top = rows.reduce<ViewRow | undefined>((acc, r) => (acc === undefined || r.value! > acc.value! ? r : acc), undefined);
  return top && rows.every((r) => r === top || lower(top) > upper(r)) ? top : undefined;
}

export function lowest(rows: ViewRow[]): ViewRow | undefined {
  const bottom = rows.reduce<ViewRow | undefined>((acc, r) => (acc === undefined || r.value! < acc.value! ? r : acc), undefined);
  return bottom && rows.every((r) => r === bottom || upper(bottom) < lower(r)) ? bottom : undefined;
}

export const hasValue = (r: ViewRow) => r.value !== null;

/** "vel 4 prosent" → "økte med vel 4 prosent"; a decline is written by its size with the bound turned round. */
function changePhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  const v = row.value!;
  const q = row.qualifier;
  if (isZero(model, v) && (q === undefined || q === 'approx')) return p.same(q === 'approx');
  if (v > 0 && q !== 'atMost') return p.up(amount(model, w, asAmount(row), { magnitude: true }));
  if (v < 0 && q !== 'atLeast') {
    // "under −5" (at most −5) is a fall of over 5.
    const flipped: Amount = { value: v, qualifier: q === 'atMost' ? 'atLeast' : q, row: q === 'atMost' ? undefined : row };
    return p.down(amount(model, w, flipped, { magnitude: true }));
  }
  // The bound leaves the direction open ("under 3" may be a fall): say the change without a verb of direction.
  return p.changed(amount(model, w, asAmount(row)));
}

/** "9 prosent over landsgjennomsnittet" — for measures that are differences from a reference. */
function deviationPhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  const ref = w.reference![model.lang];
  const v = row.value!;
  const q = row.qualifier;
  if (isZero(model, v) && (q === undefined || q === 'approx')) return p.atRef(q === 'approx', ref);
  if (v > 0 && q !== 'atMost') return p.above(amount(model, w, asAmount(row), { magnitude: true }), ref);
  if (v < 0 && q !== 'atLeast') {
    const flipped: Amount = { value: v, qualifier: q === 'atMost' ? 'atLeast' : q, row: q === 'atMost' ? undefined : row };
    return p.below(amount(model, w, flipped, { magnitude: true }), ref);
  }
  return p.differs(amount(model, w, asAmount(row)), ref);
}

type Mode = 'change' | 'deviation' | 'level';

function modeOf(w: Wording, row: ViewRow): Mode {
  if (w.reference) return 'deviation';
  if (w.counts && isSpan(row.period)) return 'change';
  return 'level';
}

/** The verb phrase for one row: "økte med vel 4 prosent", "lå 9 prosent over landsgjennomsnittet", "var 68 mrd. kroner". */
export function verbPhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  switch (modeOf(w, row)) {
    case 'change':
      return changePhrase(model, w, row);
    case 'deviation':
      return `${p.lay} ${deviationPhrase(model, w, row)}`;
    default:
      return p.level(amount(model, w, asAmount(row)));
  }
}

/** The amount as it stands in brackets after a place: signed, or as a deviation. */
export function bracketAmount(model: ViewModel, w: Wording, row: ViewRow): string {
  return w.reference ? deviationPhrase(model, w, row) : amount(model, w, asAmount(row));
}

/** The noun that compares rows: a count's change over a span is "endringen i antall arbeidsplasser". */
export function comparedNoun(model: ViewModel, w: Wording): string {
  const noun = w.noun[model.lang];
  return w.counts && !w.reference ? P[model.lang].changeIn(noun) : noun;
}

/** The subject for one row: a count's change given for a single year has no verb of change, so "endringen i …". */
export function subjectNoun(model: ViewModel, w: Wording, row: ViewRow): string {
  return w.counts && !w.reference && !isSpan(row.period) ? P[model.lang].changeIn(w.noun[model.lang]) : w.noun[model.lang];
}

/** "i Gjøvik"; nothing for figures that have no region. */
export function loc(w: Wording, row: ViewRow, lang: Lang): string {
  const where = place(row, lang);
  return where ? `${w.prep[lang]} ${where}` : '';
}

/** A row's name in a list of gaps: its place, or its period when the figures have no region. */
export function placeOrPeriod(row: ViewRow, lang: Lang): string {
  return place(row, lang) || formatPeriod(row.period, lang);
}

export function comparisonClause(model: ViewModel, w: Wording, cmp: ViewRow | undefined, period: string | undefined): string {
  if (!cmp || cmp.value === null || w.reference) return '';
  const { lang } = model;
  const tail = period !== undefined && cmp.period !== period ? ` ${when(cmp.period, lang)}` : '';
  return P[lang].compare(amount(model, w, asAmount(cmp)), `${IN[lang]} ${place(cmp, lang)}${tail}`);
}

const OTHERS: Record<Lang, (n: number) => string> = { nb: (n) => `${n} andre`, nn: (n) => `${n} andre`, en: (n) => `${n} others` };

function statusMeaning(status: string | undefined, lang: Lang): string | undefined {
  const s = status ? STATUS_SYMBOLS[status] : undefined;
  return s ? lowerFirst(s[lang]) : undefined;
}

/** "tall mangler for Oppland (tall kan ikke …)", one clause per status symbol, or undefined when nothing is missing. */
export function missingClause(model: ViewModel, rows: ViewRow[], name: (r: ViewRow) => string, withPeriod: boolean): string | undefined {
  const gaps = rows.filter((r) => r.value === null);
  if (!gaps.length) return undefined;
  const { lang } = model;
  const periods = new Set(gaps.map((r) => r.period));
  const period = withPeriod && periods.size === 1 ? when(gaps[0]!.period, lang) : '';
  const byStatus = new Map<string, string[]>();
  for (const r of gaps) {
    const key = r.status ?? '';
    const names = byStatus.get(key) ?? [];
    const n = name(r);
    if (!names.includes(n)) names.push(n);
    byStatus.set(key, names);
  }
  // A long list of gaps is named by its first few and counted: the sentence stays a sentence.
  const few = (names: string[]) => (names.length > 4 ? [...names.slice(0, 3), OTHERS[lang](names.length - 3)] : names);
  return [...byStatus].map(([status, names]) => P[lang].missing(few(names), period, statusMeaning(status, lang))).join('; ');
}

export function sentence(main: string | undefined, missing: string | undefined, lang: Lang): string {
  if (main && missing) return `${upperFirst(main)}; ${missing}.`;
  if (main) return `${upperFirst(main)}.`;
  if (missing) return `${upperFirst(missing)}.`;
  return P[lang].nothing;
}

export function allSame<T>(items: T[]): boolean {
  return items.every((x) => x === items[0]);
}
