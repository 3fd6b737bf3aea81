/**
 * The dashboard's shared pickers: the regions and periods its feeds hold. In the view runtime chunk (lazy),
 * not in the element's module: the initial module stays small. Memoized per feed list, which the dashboard
 * replaces (never mutates) when a feed arrives, so that re-rendering the dashboard costs nothing here.
 */
import type { Dataset, Lang } from '../../data/types.js';
import { comparePeriods } from '../../data/period.js';
import { regionName } from '../../indicators/region-names.js';

export interface RegionOption {
  code: string;
  name: string;
  level: string;
}

type Feeds = ReadonlyArray<{ dataset?: Dataset }>;

const LEVEL_ORDER: Record<string, number> = { country: 0, county: 1, region: 2, municipality: 3, other: 4 };
// One collator: `localeCompare(b, 'nb')` builds a new one for every comparison (tens of ms for ~400 names).
let collator: Intl.Collator | undefined;
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
  collator ??= new Intl.Collator('nb');
  const compare = collator.compare;
  return (memo[lang] = [...seen.values()].sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || compare(a.name, b.name)));
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
