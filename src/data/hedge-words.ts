import type { Qualifier } from './types.js';

/**
 * The words sources put before a figure that is a bound or an estimate ("over 70 %", "ca. 68 mrd.", "vel 4 %"),
 * in one table: the number reader takes the qualifier from them, and the views write a source's own word back
 * (in English when the page is) instead of the generic "over" / "under" / "ca.".
 */
export interface HedgeWord {
  /** As written, lower-case. */
  word: string;
  qualifier: Qualifier;
  /** Shown to readers when the source used it: the English for an English page. Words without one are not echoed. */
  en?: string;
  /** The form shown in Norwegian when it differs from the word ("omlag" → "om lag"). */
  nb?: string;
}

export const HEDGE_WORDS: readonly HedgeWord[] = [
  // At least: "vel" = a little over.
  { word: 'vel', qualifier: 'atLeast', en: 'just over' },
  { word: 'over', qualifier: 'atLeast', en: 'over' },
  { word: 'godt over', qualifier: 'atLeast' },
  { word: 'mer enn', qualifier: 'atLeast', en: 'more than' },
  { word: 'meir enn', qualifier: 'atLeast' },
  { word: 'minst', qualifier: 'atLeast', en: 'at least' },
  { word: 'more than', qualifier: 'atLeast' },
  { word: 'above', qualifier: 'atLeast' },
  { word: 'at least', qualifier: 'atLeast' },
  { word: '>', qualifier: 'atLeast' },
  { word: '≥', qualifier: 'atLeast' },
  // At most: "nær" = nearly (just below).
  { word: 'nær', qualifier: 'atMost', en: 'nearly' },
  { word: 'nesten', qualifier: 'atMost', en: 'almost' },
  { word: 'under', qualifier: 'atMost', en: 'under' },
  { word: 'mindre enn', qualifier: 'atMost' },
  { word: 'inntil', qualifier: 'atMost' },
  { word: 'opp til', qualifier: 'atMost' },
  { word: 'less than', qualifier: 'atMost' },
  { word: 'below', qualifier: 'atMost' },
  { word: 'up to', qualifier: 'atMost' },
  { word: 'nearly', qualifier: 'atMost' },
  { word: '<', qualifier: 'atMost' },
  { word: '≤', qualifier: 'atMost' },
  // About.
  { word: 'om lag', qualifier: 'approx', en: 'about' },
  { word: 'omlag', qualifier: 'approx', en: 'about', nb: 'om lag' },
  { word: 'rundt', qualifier: 'approx', en: 'around' },
  { word: 'ca.', qualifier: 'approx', en: 'approx.' },
  { word: 'ca', qualifier: 'approx', en: 'approx.', nb: 'ca.' },
  { word: 'cirka', qualifier: 'approx' },
  { word: 'omkring', qualifier: 'approx' },
  { word: 'omtrent', qualifier: 'approx' },
  { word: 'about', qualifier: 'approx' },
  { word: 'approx.', qualifier: 'approx' },
  { word: 'approx', qualifier: 'approx' },
  { word: 'approximately', qualifier: 'approx' },
  { word: '~', qualifier: 'approx' },
  { word: '≈', qualifier: 'approx' },
];

/** Longest first, so that "godt over" wins over "over" and "approximately" over "approx". */
const BY_LENGTH = [...HEDGE_WORDS].sort((a, b) => b.word.length - a.word.length);
const BY_WORD = new Map(HEDGE_WORDS.map((h) => [h.word, h]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A hedge word at the start of a text, and the spaces after it (anchored: linear on any input). */
export const LEADING_HEDGE = new RegExp(`^(${BY_LENGTH.map((h) => escape(h.word)).join('|')})\\s*`, 'i');

/** The entry for a word as matched (any case). */
export function hedgeOf(word: string): HedgeWord | undefined {
  return BY_WORD.get(word.toLowerCase());
}

/** The entry whose word a text starts with (a whole word), of those shown to readers. */
export function shownHedgeAt(text: string): HedgeWord | undefined {
  const t = text.trim().toLowerCase();
  return BY_LENGTH.find((h) => h.en !== undefined && (t === h.word || t.startsWith(`${h.word} `)));
}
