/**
 * The dashboard's shared pickers: the regions and periods its feeds hold. A chunk of its own, loaded by the
 * dashboard once the page has drawn: neither the initial module nor a page of widgets without a dashboard carries it. Memoized per feed list, which the dashboard
 * replaces (never mutates) when a feed arrives, so that re-rendering the dashboard costs nothing here.
 */
import type { Dataset, Lang } from '../../data/types.js';
import { comparePeriods } from '../../data/period.js';
import { regionName } from '../../indicators/region-names.js';
import { regionName as knownRegionName } from '../../data/geography.js';
import { t } from '../../indicators/messages/catalogue.js';

// The pickers' own texts ("covered by n of m"), from the full catalogue.
export { t as message } from '../../indicators/messages/catalogue.js';

export interface RegionOption {
  code: string;
  name: string;
  level: string;
}

type Feeds = ReadonlyArray<{ dataset?: Dataset }>;

const LEVEL_ORDER: Record<string, number> = { country: 0, county: 1, region: 2, municipality: 3, other: 4 };
let collator: Intl.Collator | undefined;

/**
 * Place names in bokmål order (Æ, Ø, Å after Z; Aa as Å, after it): `Intl.Collator('nb')`, made on first use (the
 * first collator in a page loads ICU's collation data; the pickers are built after the first chart).
 */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('nb')).compare(a, b);
}
const regionMemo = new WeakMap<Feeds, Partial<Record<Lang, RegionOption[]>>>();
const periodMemo = new WeakMap<Feeds, string[]>();

/** Regions with figures in any feed, by level (country first), then by name. */
export function regionOptions(feeds: Feeds, lang: Lang): RegionOption[] {
  const memo = regionMemo.get(feeds) ?? {};
  regionMemo.set(feeds, memo);
  const hit = memo[lang];
  if (hit) return hit;
  const seen = new Map<string, RegionOption>();
  for (const f of feeds) {
    if (!f.dataset) continue;
    const used = new Set(f.dataset.observations.map((o) => o.region));
    for (const r of f.dataset.regions) {
      if (used.has(r.code) && !seen.has(r.code)) seen.set(r.code, { code: r.code, name: regionName(f.dataset, r.code, lang) || r.name, level: r.level });
    }
  }
  return (memo[lang] = [...seen.values()].sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || compareNames(a.name, b.name)));
}

export interface RegionGroup {
  label: string;
  items: RegionOption[];
}

const INNLANDET_PREFIX = /^(?:34|04|05)\d\d$/;

/**
 * The picker's groups: the country, counties, regions, then the municipalities — Innlandet's first, and in a
 * national table (municipalities of several counties) the rest grouped by county, counties by name.
 */
export function regionGroups(regions: readonly RegionOption[], lang: Lang): RegionGroup[] {
  const groups: RegionGroup[] = [];
  const push = (label: string, items: RegionOption[]) => items.length && groups.push({ label, items });
  for (const level of ['country', 'county', 'region'] as const)
    push(
      t(lang, `level_${level}`),
      regions.filter((r) => r.level === level),
    );
  const municipalities = regions.filter((r) => r.level === 'municipality');
  const countyOf = (r: RegionOption) => (INNLANDET_PREFIX.test(r.code) ? '34' : /^\d{4}$/.test(r.code) ? r.code.slice(0, 2) : '');
  const byCounty = new Map<string, RegionOption[]>();
  for (const r of municipalities) byCounty.set(countyOf(r), [...(byCounty.get(countyOf(r)) ?? []), r]);
  if (byCounty.size <= 1) push(t(lang, 'level_municipality'), municipalities);
  else {
    const named = [...byCounty.keys()].map((code) => ({ code, name: (code && knownRegionName(code, lang, { short: true })) || '' }));
    named.sort((a, b) => Number(b.code === '34') - Number(a.code === '34') || Number(a.name === '') - Number(b.name === '') || compareNames(a.name, b.name));
    for (const c of named) push(c.name ? t(lang, 'municipalitiesIn', { county: c.name }) : t(lang, 'level_municipality'), byCounty.get(c.code)!);
  }
  push(
    t(lang, 'level_other'),
    regions.filter((r) => !['country', 'county', 'region', 'municipality'].includes(r.level)),
  );
  return groups;
}

/** Every period in any feed, newest first. */
export function periodOptions(feeds: Feeds): string[] {
  let out = periodMemo.get(feeds);
  if (!out) {
    const set = new Set<string>();
    for (const f of feeds) for (const p of f.dataset?.periods ?? []) set.add(p);
    out = [...set].sort(comparePeriods).reverse();
    periodMemo.set(feeds, out);
  }
  return out;
}

export interface Coverage {
  /** Indicator ids with a figure, per region code and per period. */
  regions: Map<string, Set<string>>;
  periods: Map<string, Set<string>>;
}
const coverageMemo = new WeakMap<Feeds, Coverage>();

/**
 * Which indicators have figures (a value, not a gap) for each region and each period, across the feeds: the pickers
 * mark the choices that leave indicators without figures. One pass over the observations, memoized per feed list.
 * Untagged feeds (JSON-stat, CSV) count as one indicator, ''.
 */
export function coverage(feeds: Feeds): Coverage {
  let out = coverageMemo.get(feeds);
  if (out) return out;
  out = { regions: new Map(), periods: new Map() };
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  };
  for (const f of feeds) {
    for (const o of f.dataset?.observations ?? []) {
      if (o.value === null) continue;
      add(out.regions, o.region, o.indicator ?? '');
      add(out.periods, o.period, o.indicator ?? '');
    }
  }
  coverageMemo.set(feeds, out);
  return out;
}
