import type { Dimension, FeedChange, IndicatorMeta, Localized, Origin, Qualifier, RegionLevel, Source } from '../types.js';

/**
 * An Innsikt feed v1 as feed-schema.json guarantees it once the generated validator (feed-schema.validate.ts)
 * accepted it: the reader's steps take these shapes and check only what a schema cannot.
 */
export interface RawMeasure {
  id: string;
  label: Localized;
  unit?: Localized;
  decimals?: number;
}
export interface RawIndicator extends Omit<IndicatorMeta, 'measures'> {
  title: Localized;
  measures?: RawMeasure[];
}
export interface RawRegion {
  code: string;
  name: Localized;
  level: RegionLevel;
  parent?: string;
  validFrom?: string;
  validTo?: string;
  kostraGroup?: string;
}
export interface RawNote {
  text: Localized;
  mandatory?: boolean;
  indicator?: string;
  ref?: string;
}
export interface RawAnnotation {
  period: string;
  region?: string;
  indicator?: string;
  text: Localized;
  source?: string;
}
export interface RawObservation {
  indicator: string;
  measure: string;
  region: string;
  period: string;
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  dims?: Record<string, string>;
  source?: string;
  ref?: string;
  quote?: string;
  part?: string;
  derived?: boolean;
  note?: Localized;
  origin?: number;
}
export interface RawFeed {
  title?: Localized;
  updated?: string;
  indicators: RawIndicator[];
  regions: RawRegion[];
  sources: Source[];
  notes?: RawNote[];
  dimensions?: Dimension[];
  observations: RawObservation[];
  origins?: Origin[];
  changes?: FeedChange[];
  annotations?: RawAnnotation[];
}
