/**
 * The data core's vocabulary. Everything a widget shows is an {@link Observation} inside a {@link Dataset};
 * every parser (Innsikt feed v1, JSON-stat, CSV) produces exactly this shape.
 */

import type { FeedChange } from './feed-changes.js';

export type { FeedChange, Revision, ChangedCode, ChangedLabel, ChangedRegion } from './feed-changes.js';

export type Lang = 'nb' | 'nn' | 'en';

/** A text in one or more of the UI languages. A plain string counts as bokmål. */
export type Localized = string | { nb: string; nn?: string; en?: string };

/**
 * How a number relates to the truth the source stated:
 * - `approx`: "ca. 68 mrd.", "om lag 8,5 %", "rundt 1000"
 * - `atLeast`: "over 70 %", "vel 4 prosent" (a lower bound; the true value is at or above it)
 * - `atMost`: "under 5 %", "nær 164 000" (an upper bound: "nearly" is just below)
 */
export type Qualifier = 'approx' | 'atLeast' | 'atMost';

/** Statistics Norway's status symbols: `..` not available, `.` not applicable / cannot occur, `:` confidential. */
export type KnownStatus = '..' | '.' | ':' | '-';

export type RegionLevel = 'country' | 'county' | 'region' | 'municipality' | 'other';

export interface Region {
  /** Normalised code: `0` Norway, `34` a county, `3401` a municipality, `R-gjovik` a planning region. */
  code: string;
  /** Name in bokmål (or the only name the source gives). */
  name: string;
  /** Names in other languages where they differ ("Norway", "Noreg"). */
  names?: Partial<Record<Lang, string>>;
  level: RegionLevel;
  /** Code of the region this one lies in, when known. */
  parent?: string;
  /** First and last year the code was valid, when the feed says so. */
  validFrom?: string;
  validTo?: string;
  /** The municipality's KOSTRA group as the feed names it (e.g. `EKG11`): its peers for the `peers` mode. */
  kostraGroup?: string;
}

export interface Measure {
  code: string;
  label: string;
  unit?: string;
  decimals?: number;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** Statistics Norway table id, or report and line (`002_4b4b011be2bef435.txt:528`). */
  table?: string;
  /** A report's series and number, as a reader cites it ("NIBR-notat 2004:116"). */
  series?: string;
  /** A report's authors or editors, as the report names them ("Tom Johnstad (red.)"). */
  authors?: string;
  published?: string;
  retrieved?: string;
  updated?: string;
  licence?: string;
  /** Notes on the source, each as one text or in bokmål, nynorsk and English. */
  notes?: Localized[];
}

export interface Note {
  text: Localized;
  /** Statistics Norway's `noteMandatory`: must be shown next to the figures. */
  mandatory: boolean;
  /** What it belongs to, e.g. `dataset`, `indicator:rd-share`, `dimension:Region`, `category:Region/3401`. */
  scope?: string;
}

/**
 * A remark on the figures of a period or span (a county reform, a break in a series): drawn on charts as a
 * labelled mark, listed under tables and said in the summary when it falls in the periods shown.
 */
export interface Annotation {
  /** A year (`2020`), a span (`2008-2009`), a quarter or a month: what the remark is about. */
  period: string;
  /** The region it concerns (normalised code); absent = every region. */
  region?: string;
  /** The indicator it concerns; absent = every indicator of the feed. */
  indicator?: string;
  /** A short text (at most 200 characters), or the same in bokmål, nynorsk and English. */
  text: Localized;
  /** Who says so (a decision, a publisher, a table), as text. */
  source?: string;
}

export interface FeedIssue {
  /** Where the problem is, e.g. `observations[12].value` or `line 7, column "2021"`. */
  path: string;
  /** A plain-language sentence a webmaster can act on. */
  message: string;
}

export interface Observation {
  indicator?: string;
  measure: string;
  measureLabel: string;
  /** Normalised region code (see {@link Region.code}); '' for figures with no region (a national price index). */
  region: string;
  regionLabel: string;
  /** The code as the source wrote it, when normalisation changed it (`K-0502`, `0502 Gjøvik`). */
  originalRegion?: string;
  /** A year (`2022`), a span (`1990-2002`), a quarter (`2021K3`) or a month (`2021M04`), as the source gave it. */
  period: string;
  /** `null` when the source has no number: then `status` says why. Never 0 for a missing value. */
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  /** The verbatim words behind the qualifier or value ("vel 4", "over 70", "samme antall"). */
  qualifierText?: string;
  unit?: string;
  decimals?: number;
  /** Every other dimension's category code (e.g. `{ type: "personal" }`). */
  dims: Record<string, string>;
  /** Id of an entry in {@link Dataset.sources}. */
  source?: string;
  /** Precise citation for this cell, e.g. `002_4b4b011be2bef435.txt:528`. */
  ref?: string;
  /** A report figure: the sentence it was taken from, verbatim, in the report's language. */
  quote?: string;
  /** A report figure: where in the report it is, as a reader finds it ("s. 12", "kapittel 3", "Tabell 3.4"). */
  part?: string;
  /** True when the project computed the value from other figures. */
  derived?: boolean;
  /** A cell-level note (JSON-stat category note or feed text). */
  note?: Localized;
  /** Where the figure comes from: its table coordinates and query, or its formula and inputs (feed `origins`). */
  origin?: Origin;
}

/** One dimension's category of a figure in its source table (`KOKart` = `AGD2` "Netto driftsutgifter"). */
export interface Coordinate {
  /** The table's variable code, e.g. `ContentsCode`, `KOKart`, `Alder`. */
  dimension: string;
  /** The variable's label in the table. */
  label?: Localized;
  code: string;
  /** The category's label in the table. */
  codeLabel?: Localized;
}

/**
 * An input of a computed figure: the figure of `measure` for the same region, period and dimensions as the
 * computed one, except where `region` (one code or several), `period` or `dims` say otherwise.
 */
export interface DerivationInput {
  measure: string;
  region?: string | string[];
  period?: string;
  dims?: Record<string, string>;
}

/**
 * The provenance of a figure, shared by every figure with the same one. A table figure has `source`, `query`
 * and `coordinates` (every dimension other than region and period, the statistic included); a computed figure
 * has `formula` (in words) and `inputs`.
 */
export interface Origin {
  /** Id of an entry in {@link Dataset.sources}. */
  source?: string;
  /** The address the figures were asked for (a PxWebApi data URL). */
  query?: string;
  coordinates?: Coordinate[];
  formula?: Localized;
  inputs?: DerivationInput[];
}

export interface IndicatorMeta {
  id: string;
  title?: Localized;
  description?: Localized;
  unit?: Localized;
  decimals?: number;
  definition?: Localized;
  measures?: Array<{ id: string; label: Localized; unit?: Localized; decimals?: number }>;
}

export interface Dimension {
  id: string;
  label: Localized;
  /** Category codes in source order, with labels. */
  categories: Array<{ code: string; label: Localized }>;
}

export type FeedFormat = 'innsikt' | 'jsonstat' | 'csv';

export interface Dataset {
  format: FeedFormat;
  title?: string;
  updated?: string;
  indicators: IndicatorMeta[];
  regions: Region[];
  /** Sorted ascending. */
  periods: string[];
  measures: Measure[];
  /** Dimensions other than region, period and measure (e.g. industry, type of transfer). */
  dimensions: Dimension[];
  observations: Observation[];
  sources: Source[];
  notes: Note[];
  /** The feed's provenance entries (Innsikt feed `origins`); observations point at them in `origin`. */
  origins?: Origin[];
  /** What changed in the feed's last updates, newest first (Innsikt feed `changes`). */
  changes?: FeedChange[];
  /** Remarks on periods (Innsikt feed `annotations`, or added by the reform mapping). */
  annotations?: Annotation[];
  /** Recoverable oddities: unknown status symbol, duplicate cell, a column that was skipped. */
  warnings: FeedIssue[];
}

export interface ParseOptions {
  /** Skip detection. */
  format?: FeedFormat;
  /** Tag every observation with this indicator id (JSON-stat and CSV carry none of their own). */
  indicator?: string;
  /** Source id/title to use when the input names none. */
  sourceTitle?: string;
  /** Map observations from pre-2020 Hedmark/Oppland codes to Innlandet's (the original stays in `originalRegion`). Default false. */
  harmonise?: boolean;
}
