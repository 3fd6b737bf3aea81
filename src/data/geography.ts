/**
 * The geography of Innlandet as public fact: Norway, the counties, Innlandet's 46 municipalities, the 48
 * municipalities of Hedmark and Oppland before the 2020 reform, the 10 planning regions of report 002, and
 * tile-grid layouts for small-multiple maps.
 *
 * The tables live by concept (administrative-regions.ts, planning-regions.ts, tile-grids.ts); this module joins
 * them into the one lookup by code and is the import path for all of them.
 */
import type { Lang, Region } from './types.js';
import {
  COUNTRY,
  COUNTY_ROWS,
  HADELAND_EMIGRANT_ROWS,
  HEDMARK,
  HEDMARK_ROWS,
  INNLANDET,
  INNLANDET_ROWS,
  OPPLAND,
  OPPLAND_ROWS,
} from './administrative-regions.js';
import { DEFAULT_PLANNING_REGIONS } from './planning-regions.js';

export {
  CURRENT_COUNTIES,
  HEDMARK,
  HEDMARK_MUNICIPALITIES,
  INNLANDET,
  INNLANDET_MUNICIPALITIES,
  NORWAY,
  OPPLAND,
  OPPLAND_MUNICIPALITIES,
} from './administrative-regions.js';
export {
  PLANNING_REGION_CODES,
  type PlanningRegion,
  type PlanningRegionMember,
  planningRegionMembers,
  planningRegionOf,
  planningRegions,
} from './planning-regions.js';
export { MUNICIPALITY_TILES, REGION_TILES, type Tile } from './tile-grids.js';

const REGIONS = new Map<string, Region>();

function add(region: Region): void {
  if (REGIONS.has(region.code)) throw new Error(`geography: duplicate region code ${region.code}`);
  REGIONS.set(region.code, region);
}

add(COUNTRY);
for (const [code, name, validFrom, validTo] of COUNTY_ROWS) {
  const r: Region = { code, name, level: 'county', parent: '0' };
  if (validFrom) r.validFrom = validFrom;
  if (validTo) r.validTo = validTo;
  add(r);
}
for (const [code, name] of INNLANDET_ROWS) add({ code, name, level: 'municipality', parent: INNLANDET, validFrom: '2020' });
for (const [code, name] of HEDMARK_ROWS) add({ code, name, level: 'municipality', parent: HEDMARK, validTo: '2019' });
for (const [code, name] of OPPLAND_ROWS) add({ code, name, level: 'municipality', parent: OPPLAND, validTo: '2019' });
for (const [code, name, parent, validFrom, validTo] of HADELAND_EMIGRANT_ROWS) {
  const r: Region = { code, name, level: 'municipality', parent };
  if (validFrom) r.validFrom = validFrom;
  if (validTo) r.validTo = validTo;
  add(r);
}
// Planning regions lie in Innlandet today; before 2020 in `formerCounty`.
for (const p of DEFAULT_PLANNING_REGIONS) {
  const r: Region = { code: p.code, name: p.name, level: 'region', parent: INNLANDET };
  if (p.names) r.names = { ...p.names };
  add(r);
}

/** What the project knows about a region code (normalised, see `normaliseRegionCode`). Returns a copy. */
export function regionInfo(code: string): Region | undefined {
  const r = REGIONS.get(code);
  if (!r) return undefined;
  const out: Region = { ...r };
  if (r.names) out.names = { ...r.names };
  return out;
}

/** Every region the project knows, in table order (country, counties, municipalities, planning regions). */
export function knownRegions(): Region[] {
  return [...REGIONS.keys()].map((c) => regionInfo(c)!);
}

/**
 * The region's name in `lang` (bokmål when the language has no name of its own), or undefined for an
 * unknown code. `short` drops SSB's trailing disambiguation: "Våler (Innlandet)" → "Våler".
 */
export function regionName(code: string, lang: Lang = 'nb', options: { short?: boolean } = {}): string | undefined {
  const r = REGIONS.get(code);
  if (!r) return undefined;
  const name = r.names?.[lang] ?? r.name;
  return options.short ? name.replace(/\s+\([^()]*\)$/, '') : name;
}

/** A planning region of Innlandet (`R-…`, report 002's regions or a feed's own). */
export function isPlanningRegionCode(code: string): boolean {
  return code.startsWith('R-');
}

/**
 * An area the map of Innlandet draws: a municipality of Innlandet (34xx), of Hedmark (04xx) or Oppland (05xx)
 * before the 2020 reform, or a planning region.
 */
export function isMapArea(code: string): boolean {
  return /^(04|05|34)\d\d$/.test(code) || isPlanningRegionCode(code);
}
