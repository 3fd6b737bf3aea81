import type { Dataset, Lang, Region } from '../data/types.js';
import { regionName as knownRegionName } from '../data/geography.js';

/** "Våler (Innlandet)" and "Våler" are one name; so are "Innlandet" and "innlandet ". */
function same(a: string, b: string): boolean {
  const plain = (s: string) =>
    s
      .replace(/\s{0,3}\([^()]{0,60}\)\s{0,3}$/, '')
      .trim()
      .toLowerCase();
  return plain(a) === plain(b);
}

/**
 * {@link regionName} for many codes: the feed's regions are indexed once (a search per row cost seconds with tens
 * of thousands of regions).
 */
export function regionNames(ds: Dataset, lang: Lang): (code: string) => string {
  const byCode = new Map<string, Region>();
  for (const r of ds.regions) if (!byCode.has(r.code)) byCode.set(r.code, r);
  return (code) => nameOf(byCode.get(code), code, lang);
}

/**
 * The feed's own name first, then the project's geography table — only when the feed's code means the same region
 * there (a classification's "12" "Innlandet" is not Hordaland).
 */
function nameOf(r: Region | undefined, code: string, lang: Lang): string {
  if (r) {
    // A "name" that is only the code, or a note ("34 (sum of the 46)"), gives way to the region's known name.
    if (r.name.trim() === code || r.name.startsWith('(')) return knownRegionName(code, lang) ?? r.name;
    const own = r.names?.[lang];
    if (own) return own;
    // The whole country under the office's own code (TOTAL "Hele landet") reads "Noreg" / "Norway" too.
    const known = lang === 'nb' ? undefined : r.level === 'country' ? knownRegionName('0', lang) : knownRegionName(code, lang);
    if (known === undefined) return r.name;
    return r.level === 'country' || same(knownRegionName(code, 'nb') ?? '', r.name) ? known : r.name;
  }
  return knownRegionName(code, lang) ?? '';
}

/** A region's name in the page's language: the feed's own name first, then the project's geography table. */
export function regionName(ds: Dataset, code: string, lang: Lang): string {
  return nameOf(
    ds.regions.find((x) => x.code === code),
    code,
    lang,
  );
}
