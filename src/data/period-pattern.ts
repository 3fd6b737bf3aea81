/**
 * Period patterns to embed in other patterns (CSV column names, links, ranges), defined once. Each is a
 * regular-expression source: anchored by the caller, bounded, no nested repetition (linear on any input). Reading and
 * ordering periods is period.ts's; this module is kept apart and small because links are read in the bundle's first
 * module, before any figure is loaded.
 */

/** A year a statistics table holds: 1800–2199. */
export const YEAR_SOURCE = String.raw`(?:1[89]\d\d|2[01]\d\d)`;

/** One period point: a year, alone or with a quarter (`K3`, `Q3`), month (`M04`), half year (`H1`) or week (`U05`). */
export const PERIOD_POINT_SOURCE = String.raw`${YEAR_SOURCE}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12]|U\d\d)?`;

const LINK_PERIOD = new RegExp(`^${PERIOD_POINT_SOURCE}(?:[-/:]${PERIOD_POINT_SOURCE})?$`);

/** A period or a range of two as a link or an attribute writes it: `2021`, `2021K3`, `1990-2002`, `2008/2019`. */
export function isLinkPeriod(text: string): boolean {
  return LINK_PERIOD.test(text);
}
