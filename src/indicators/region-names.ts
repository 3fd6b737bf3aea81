import type { Dataset, Lang, Region } from '../data/types.js';
import { regionName as knownRegionName } from '../data/geography.js';

/**
 * {@link regionName} for many codes: the feed's regions are indexed once (a search per row cost seconds with tens
 * of thousands of regions).
 */
export function regionNames(ds: Dataset, lang: Lang): (code: string) => string {
  const byCode = new Map<string, Region>();
  for (const r of ds.regions) if (!byCode.has(r.code)) byCode.set(r.code, r);
  return (code) => nameOf(byCode.get(code), code, lang);
}

function nameOf(r: Region | undefined, code: string, lang: Lang): string {
  if (r) return r.names?.[lang] ?? (lang !== 'nb' ? knownRegionName(code, lang) : undefined) ?? r.name;
  return knownRegionName(code, lang) ?? '';
}

/** A region's name in the page's language: the feed's own name first, then the project's geography table. */
export function regionName(ds: Dataset, code: string, lang: Lang): string {
  return nameOf(ds.regions.find((x) => x.code === code), code, lang);
}
