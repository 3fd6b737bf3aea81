import type { Dataset } from './types.js';

// Units that measure a level of something countable: these can be summed across regions.
const ADDITIVE_UNIT = /(kr|kroner|nok|personer|persons|people|sysselsatte|arbeidsplasser|jobs|innbyggere|inhabitants|antall|number|count|bedrifter)\b/i;
// Units that are already relative: never summed.
const RELATIVE_UNIT = /(%|prosent|percent|per |pr\.|indeks|index|andel|share|rate|ratio)/i;

/**
 * Whether a measure may be summed across regions (Hedmark + Oppland → Innlandet). Ratios, shares,
 * percentages, indices and per-inhabitant measures are not: they must be recomputed from their parts.
 */
export function isAdditiveMeasure(ds: Dataset, measure: string): boolean {
  const m = ds.measures.find((x) => x.code === measure);
  const text = `${m?.unit ?? ''} ${m?.label ?? measure}`;
  if (RELATIVE_UNIT.test(text)) return false;
  return ADDITIVE_UNIT.test(text);
}
