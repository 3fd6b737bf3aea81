/**
 * The state of one feed being built: the figures read and computed so far, the sources, notes, dimensions and
 * measure texts they need, and the report of what was done. The steps of a build (reading answers, joining
 * Hedmark and Oppland, region sums, derivations, the written JSON) each take this state.
 *
 * Pure TypeScript with no Node imports.
 */
import type { FeedIssue, Localized, Observation, Source } from '../data/types.js';
import type { FeedConfig, MeasureText, QueryConfig } from './config.js';

export const SSB_PUBLISHER = 'Statistisk sentralbyrå (SSB)';
export const SSB_LICENCE = 'CC BY 4.0';

/** One query's answer, as the builder needs it. */
export interface QueryResponse {
  query: QueryConfig;
  /** Parsed JSON-stat. */
  json: unknown;
  /** When this run got or confirmed the figures (ISO 8601); '' for a file (dated by its `updated`). */
  retrievedAt: string;
  /** The data address the answer came from (an API query); none for a file. */
  url?: string;
}

/** The written JSON: an Innsikt feed v1. */
export type FeedJson = Record<string, unknown> & { innsikt: '1'; observations: Array<Record<string, unknown>> };

export interface BuildReport {
  /** Cells read per query id (after the measure and region filters). */
  cells: Record<string, number>;
  observations: number;
  regions: number;
  periods: string[];
  /** Hedmark + Oppland cells summed into Innlandet. */
  summed: number;
  /** Measures whose Hedmark and Oppland figures were kept apart because they are not additive. */
  keptApart: string[];
  warnings: string[];
}

/** A feed that could not be built. `issues` carries the validator's paths when there are any. */
export class BuildError extends Error {
  override readonly name = 'BuildError';

  constructor(
    message: string,
    readonly issues: FeedIssue[] = [],
  ) {
    super(message);
  }
}

export type Meta = MeasureText & { additive?: boolean };

/** What one build has gathered so far. */
export class FeedBuild {
  obs: Observation[] = [];
  readonly sources = new Map<string, Source>();
  readonly notes: Array<{ text: Localized; mandatory: boolean; indicator: string }> = [];
  readonly dims = new Map<string, { label: Localized; categories: Map<string, Localized> }>();
  readonly meta = new Map<string, Meta>();
  /** Combined source id → the ids of the tables' own sources. */
  readonly combined = new Map<string, string[]>();
  readonly report: BuildReport = { cells: {}, observations: 0, regions: 0, periods: [], summed: 0, keptApart: [], warnings: [] };
  readonly regionLabels = new Map<string, string>();
  updated: string | undefined;

  constructor(readonly feed: FeedConfig) {}

  /** A measure's label as configured (all languages), for formulas. */
  label(measure: string): Localized {
    return this.meta.get(measure)?.label ?? measure;
  }
}
