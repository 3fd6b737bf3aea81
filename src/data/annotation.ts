import type { Annotation } from './types.js';
import { periodParts } from './period.js';

/**
 * Annotations of an Innsikt feed: a period or span, a region or all, a short text in nb/nn/en and a source.
 * Their shape is checked by the schemas (`$defs/annotation` in feed-schema.json, `annotations` in
 * feeds-config.schema.json); innsikt/parts.ts reads one.
 */

/** The years an annotation's period covers, as [first, last]; undefined for text that is not a period. */
export function annotationYears(a: Annotation): [number, number] | undefined {
  const p = periodParts(a.period);
  return p ? [p.start, p.end] : undefined;
}
