/**
 * The feed builder's configuration: which Statistics Norway (PxWebApi v2) queries make which Innsikt feed.
 * JSON Schema: `feeds-config.schema.json` (next to this file), the one source of its shape: the validator generated
 * from it (feeds-config.validate.ts) checks it, config-shape.ts words its problems, config-rules.ts checks what a
 * schema cannot say, and config-read.ts fills in the defaults.
 *
 * Pure TypeScript with no Node imports: reading the file happens in `run.ts`.
 */
import type { Annotation, FeedIssue, Localized } from '../data/types.js';
import { IssueList } from '../data/errors.js';
import { isRecord } from '../data/is-record.js';
import type { ApiConfig } from './api-settings.js';
import type { FileQuery } from './file-query.js';
import type { NoteTranslation } from './note-translations.js';
import { checkConfigShape } from './config-shape.js';
import { checkConfigRules } from './config-rules.js';
import { type RawFeedsConfig, readFeedsConfig } from './config-read.js';

export { type ApiConfig, SSB_BASE_URL, SSB_MAX_REQUESTS_PER_MINUTE, checkBaseUrl, isSsb } from './api-settings.js';

export type DeriveOp = 'ratio' | 'difference' | 'sum' | 'share' | 'change-pct' | 'change-abs' | 'index';
export type Reform2020 = 'join' | 'join-keep-old' | 'off';

export interface MeasureText {
  id: string;
  label: Localized;
  unit?: Localized;
  decimals?: number;
  /** Whether the measure appears in the written feed (false: only an input to a derivation). */
  publish: boolean;
}

export interface MeasureConfig extends MeasureText {
  /** May be summed across regions (Hedmark + Oppland → Innlandet). Default false: never summed. */
  additive: boolean;
  /** Multiplies every value: a unit conversion (0.001 for mill. kr → mrd. kr, 1000 for 1 000 persons → persons). */
  scale?: number;
}

export interface DimensionConfig {
  /** The id the dimension gets in the feed's `dims` (default: Statistics Norway's id). */
  as?: string;
  label?: Localized;
  /** False: leave the dimension out of `dims` (only allowed when the response has one category of it). */
  keep?: boolean;
  /**
   * Category labels in the readers' languages, keyed by the category's code in the feed or its label in the
   * answer (Statistics Norway labels categories in bokmål only).
   */
  categories?: Record<string, Localized>;
}

export interface QueryConfig {
  id: string;
  /** The Statistics Norway table id; may be empty ('') for a file that no table published (a county's own sheet). */
  table: string;
  /** Set when the query reads a local file instead of the API (see file-query.ts). */
  file?: FileQuery;
  /** Set while anything in the query is unchecked against the table's metadata: the query is not run unless allowed. */
  verify?: string;
  /** Where the table, variables, codes and codelists of this query are proven (shown by `check`). */
  evidence?: string;
  valueCodes: Record<string, string[]>;
  codelist: Record<string, string>;
  outputValues: Record<string, 'aggregated' | 'single'>;
  /** Keyed by the table's ContentsCode. */
  measures: Record<string, MeasureConfig>;
  dimensions: Record<string, DimensionConfig>;
  regions?: { include?: string[]; exclude?: string[] };
  /** Translations of the table's own footnotes (from the configuration's `noteTranslations`, see note-translations.ts). */
  noteTranslations?: NoteTranslation[];
}

export interface DeriveConfig extends MeasureText {
  op: DeriveOp;
  of: string[];
  factor?: number;
  /** change-pct / change-abs: the periods compared (`first`, `last`, `last-5`, or a period such as `2015`). */
  from?: string;
  to?: string;
  /** index: the base period (= 100). */
  base?: string;
  /** share: the region whose value is the whole (= 100), e.g. "34". */
  total?: string;
  /** sum of one measure: the dimension whose categories are added up (e.g. "type": rammetilskudd + other transfers). */
  over?: string;
}

/** A region whose figures are the sum of other regions' (Innlandet = the sum of its municipalities). */
export interface RegionSumConfig {
  region: string;
  label?: Localized;
  /** Region codes or prefixes ending in "*" whose figures are added up. */
  of: string[];
  /** Measure ids (from queries) to sum; every one must be additive. */
  measures: string[];
}

export interface FeedConfig {
  indicator: string;
  file: string;
  title: Localized;
  description?: Localized;
  definition?: Localized;
  unit?: Localized;
  decimals?: number;
  reform2020: Reform2020;
  queries: QueryConfig[];
  derive: DeriveConfig[];
  notes: Array<{ text: Localized; mandatory: boolean }>;
  /** Remarks on periods, written into the feed as its `annotations` (the reform's own is added by the builder). */
  annotations?: Annotation[];
  /** Region code → its KOSTRA group (from SSB's classification), written on the feed's regions as `kostraGroup`. */
  kostraGroups?: Record<string, string>;
  regionSums: RegionSumConfig[];
  /** Write the feed even when its figures all changed by about 10ⁿ against the current file (a unit change). */
  allowScaleChange: boolean;
  /** Write the feed even when it has less than half the figures of the current file. */
  allowShrink: boolean;
}

/** How `build` records what changed against the previous file (written into each feed as `changes`). */
export interface ChangesConfig {
  /** A figure counts as revised when it moved by more than this fraction of its old value (0.001 = 0.1 %)… */
  relative: number;
  /** …and by more than this, in its own unit. */
  absolute: number;
  /** How many updates a feed keeps. */
  keep: number;
}

export interface FeedsConfig {
  api: ApiConfig;
  changes: ChangesConfig;
  feeds: FeedConfig[];
}

/** A configuration that cannot be used. `issues` lists every problem, each with a path such as `feeds[1].queries[0].table`. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(first ? `${first.path}: ${first.message}${more}` : 'The configuration is not valid.');
    this.issues = issues;
  }
}

/**
 * Checks a parsed configuration and fills in defaults. Throws a {@link ConfigError} listing every problem,
 * each with a path (`feeds[0].queries[1].valueCodes.Tid[0]`) and a sentence a webmaster can act on.
 */
export function parseFeedsConfig(input: unknown): FeedsConfig {
  const issues = new IssueList();
  const fits = checkConfigShape(input, issues);
  if (isRecord(input)) checkConfigRules(input, issues);
  if (!fits || issues.total > 0) throw new ConfigError(issues.listed());
  return readFeedsConfig(input as unknown as RawFeedsConfig);
}

/** Parses configuration text (JSON); a syntax error becomes a {@link ConfigError} too. */
export function parseFeedsConfigText(text: string): FeedsConfig {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError([{ path: '(config)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  return parseFeedsConfig(value);
}
