import type { Dataset, Lang } from '../data/types.js';
import { regionName as knownRegionName } from '../data/geography.js';

/** A region's name in the page's language: the feed's own name first, then the project's geography table. */
export function regionName(ds: Dataset, code: string, lang: Lang): string {
  const r = ds.regions.find((x) => x.code === code);
  if (r) return r.names?.[lang] ?? (lang !== 'nb' ? knownRegionName(code, lang) : undefined) ?? r.name;
  return knownRegionName(code, lang) ?? '';
}
