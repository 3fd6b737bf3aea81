import type { Lang } from '../data/types.js';

/** Twelve month names, January first. */
export type MonthNames = [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * Month names as the page's language writes them inside a sentence (bokmål and nynorsk lower-case), for dates in
 * text and for the charts' time locale alike.
 */
export const MONTH_NAMES: Readonly<Record<Lang, Readonly<MonthNames>>> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A fresh copy (a chart locale is handed to Vega, which must not be able to change the shared names). */
export function monthNames(lang: Lang): MonthNames {
  return [...MONTH_NAMES[lang]] as MonthNames;
}
