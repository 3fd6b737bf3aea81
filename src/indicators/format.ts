import type { Lang, Localized, Qualifier } from '../data/types.js';
import { periodParts } from '../data/period.js';
import { MONTH_NAMES } from './month-names.js';
import { shownHedgeAt } from '../data/hedge-words.js';

/** Intl locale per UI language: numbers are written the Norwegian way (`1 234,5`, `12,3 %`) in nb and nn. */
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * The locales handed to Intl. Chromium ships no nynorsk data, so `nn-NO` alone silently falls back to the
 * default locale (en-US: `1,234.5`, `April`); bokmål writes numbers and month names the same way.
 */
export const INTL_LOCALES: Record<Lang, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

const NBSP = '\u00a0';
const cache = new Map<string, Intl.NumberFormat>();

// Numbers and month names are written here rather than by Intl: the first Intl.NumberFormat or DateTimeFormat in a
// page loads ICU locale data, tens of milliseconds each on the path to the first figure. The output is the same
// (test/indicators/format.test.ts compares it with Intl): nb-NO grouping and decimals for nb and nn (Chromium has
// no nynorsk data, and Intl falls back to bokmål), en-GB for en.
/** Group separator, decimal sign and minus sign per language. */
const SIGNS: Record<Lang, readonly [string, string, string]> = { nb: [NBSP, ',', '\u2212'], nn: [NBSP, ',', '\u2212'], en: [',', '.', '-'] };
const MONTHS = MONTH_NAMES;

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}

/** `1 234,5` (nb/nn, with no-break spaces and a real minus sign) or `1,234.5` (en). */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  // A value that rounds to zero is written 0, not −0 / −0,0.
  const v = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  // From 1e21 on (and for odd decimals) Intl takes over. It uses U+00A0 or U+202F depending on the ICU version;
  // normalised to U+00A0 so output is stable.
  if (!(Math.abs(v) < 1e21) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    return numberFormat(lang, decimals)
      .format(v)
      .replace(/[\u202f\s]/g, NBSP);
  const [group, point, minus] = SIGNS[lang];
  const digits = rounded(Math.abs(v), decimals);
  const whole = digits.slice(0, digits.length - decimals) || '0';
  return `${v < 0 ? minus : ''}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${decimals ? point + digits.slice(digits.length - decimals) : ''}`;
}

/**
 * The digits of x × 10^decimals (x ≥ 0, below 1e21) rounded as Intl rounds: half away from zero, on the shortest
 * decimal form of x (`0.15` → `0.2`, where `toFixed` rounds the double 0.1499… down).
 */
function rounded(x: number, decimals: number): string {
  const [mantissa, exponent] = String(x).split('e');
  const [int, frac = ''] = mantissa!.split('.');
  let all = int! + frac;
  let at = int!.length + Number(exponent ?? 0);
  if (at < 0) {
    all = '0'.repeat(-at) + all;
    at = 0;
  }
  all = all.padEnd(at + decimals + 1, '0');
  const kept = all.slice(0, at + decimals);
  if (all[at + decimals]! < '5') return kept;
  // Add one in the last place kept: trailing nines become zeros.
  const i = kept.search(/9*$/);
  return i === 0 ? `1${'0'.repeat(kept.length)}` : `${kept.slice(0, i - 1)}${Number(kept[i - 1]) + 1}${'0'.repeat(kept.length - i)}`;
}

/** `august 2004` / `August 2004` (as Intl's `{ month: 'long', year: 'numeric' }`). */
function monthYear(date: Date, lang: Lang, utc: boolean): string {
  return `${MONTHS[lang][utc ? date.getUTCMonth() : date.getMonth()]} ${utc ? date.getUTCFullYear() : date.getFullYear()}`;
}

/** Picks the text for a language, falling back to bokmål. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.nb;
}

/** True for percent units, written with a no-break space before the sign (`12,3 %`). */
export function isPercentUnit(unit: string | undefined): boolean {
  return !!unit && /^(%|prosent|percent|per cent)$/i.test(unit.trim());
}

const QUALIFIER_MARK: Record<Qualifier, Record<Lang, string>> = {
  atLeast: { nb: 'over', nn: 'over', en: 'over' },
  atMost: { nb: 'under', nn: 'under', en: 'under' },
  approx: { nb: 'ca.', nn: 'ca.', en: 'approx.' },
};

/**
 * The hedge word a source used ("vel", "nær", "om lag"), in the UI language, when it matches the qualifier: the
 * source's own word is kept when it fits ("vel 4 %", not "over 4 %").
 */
export function hedgeWord(qualifierText: string | undefined, qualifier: Qualifier | undefined, lang: Lang): string | undefined {
  if (!qualifierText || !qualifier) return undefined;
  const hit = shownHedgeAt(qualifierText);
  if (!hit || hit.qualifier !== qualifier) return undefined;
  return lang === 'en' ? hit.en : (hit.nb ?? hit.word);
}

/** Decimals a number needs to be written as stated (12 → 0, 4.1 → 1), capped at `max`. */
export function statedDecimals(value: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
  return max;
}

export interface ValueText {
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  /** The source's words ("vel 4 prosent"): their hedge word is used instead of the generic one. */
  qualifierText?: string;
  unit?: string;
  decimals?: number;
}

/**
 * A value as a person reads it, with its qualifier and unit: `over 70 %`, `ca. 68 mrd. kr`, `12 %`,
 * and a status symbol for a gap (`..`). `compact` writes bounds as `> 70 %` / `< 30 %` for chart labels.
 */
export function formatValue(v: ValueText, lang: Lang, options: { compact?: boolean; unit?: boolean } = {}): string {
  if (v.value === null) return v.status ?? '..';
  const decimals = v.decimals ?? (Number.isInteger(v.value) ? 0 : 1);
  let text = formatNumber(v.value, lang, decimals);
  // Norwegian puts a space before the per cent sign (`12,3 %`), English does not (`12.3%`).
  if (options.unit !== false && v.unit) text += isPercentUnit(v.unit) ? (lang === 'en' ? '%' : `${NBSP}%`) : `${NBSP}${v.unit}`;
  if (!v.qualifier) return text;
  if (options.compact && v.qualifier !== 'approx') return `${v.qualifier === 'atLeast' ? '>' : '<'}${NBSP}${text}`;
  const word = hedgeWord(v.qualifierText, v.qualifier, lang) ?? QUALIFIER_MARK[v.qualifier][lang];
  return `${word}${NBSP}${text}`;
}

/** `1990–2002` for a span, the period itself otherwise (quarters, months, weeks and half years written out). */
export function formatPeriod(period: string, lang: Lang): string {
  const p = periodParts(period);
  if (!p) return period;
  switch (p.kind) {
    case 'span':
      return `${p.start}–${p.end}`;
    case 'quarter':
      return lang === 'en' ? `Q${p.sub} ${p.start}` : `${p.sub}. kvartal ${p.start}`;
    case 'month':
      return monthYear(new Date(p.start, p.sub - 1, 1), lang, false);
    case 'week':
      return `${lang === 'en' ? 'week' : lang === 'nn' ? 'veke' : 'uke'} ${p.sub} ${p.start}`;
    case 'half':
      return lang === 'en' ? `H${p.sub} ${p.start}` : `${p.sub}. halvår ${p.start}`;
    default:
      return String(p.start);
  }
}

/**
 * A date as a reader writes it: `21.11.2026` (nb/nn) or `21 November 2026` (en); a year-month (`2004-08`) as
 * `august 2004` / `August 2004`; a year as is. Text that is not an ISO date is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (!d) return monthYear(date, lang, true);
  if (lang !== 'en') return `${d}.${mo}.${y}`;
  return `${date.getUTCDate()} ${monthYear(date, lang, true)}`;
}

/** A day written out: `12. mars 2026` (nb/nn), `12 March 2026` (en); anything but an ISO date as {@link formatDate}. */
export function formatLongDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return formatDate(iso, lang);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${date.getUTCDate()}${lang === 'en' ? '' : '.'} ${monthYear(date, lang, true)}`;
}
