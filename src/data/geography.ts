/**
 * The geography of Innlandet as public fact: Norway, the counties, Innlandet's 46 municipalities, the 48
 * municipalities of Hedmark and Oppland before the 2020 reform, the 10 planning regions of report 002, and
 * tile-grid layouts for small-multiple maps.
 *
 * Codes and names follow Statistics Norway's classifications (KLASS 104 counties, KLASS 131 municipalities).
 * Names are bokmål as SSB writes them, including SSB's disambiguation: 3419 is "Våler (Innlandet)" (there
 * is also 3114 "Våler (Østfold)"); use {@link regionName} with `short: true` for "Våler" inside an
 * Innlandet-only view. The pre-2020 code 0426 is plain "Våler", as KLASS writes it.
 *
 * Years in `validFrom`/`validTo` are inclusive: Hedmark (04) is valid to 2019, Innlandet (34) from 2020.
 */
import type { Lang, Region } from './types.js';

/** Position of a tile on a grid; row 0 is the top (north), col 0 the left (west). */
export interface Tile {
  row: number;
  col: number;
}

// ---------------------------------------------------------------------------------------------------------
// Country and counties

export const NORWAY = '0';
export const HEDMARK = '04';
export const OPPLAND = '05';
export const INNLANDET = '34';

const COUNTRY: Region = { code: '0', name: 'Norge', names: { nn: 'Noreg', en: 'Norway' }, level: 'country' };

type CountyRow = readonly [code: string, name: string, validFrom?: string, validTo?: string];

/**
 * Counties: the 15 of KLASS 104 (2026), Hedmark and Oppland (to 2019), and the three merged counties that
 * existed 2020–2023 (Viken, Vestfold og Telemark, Troms og Finnmark), which 2020–2023 data uses.
 * `validFrom` is left out where the county existed before the periods these widgets show (before 2018).
 */
const COUNTY_ROWS: readonly CountyRow[] = [
  ['03', 'Oslo'],
  ['11', 'Rogaland'],
  ['15', 'Møre og Romsdal'],
  ['18', 'Nordland'],
  ['31', 'Østfold', '2024'],
  ['32', 'Akershus', '2024'],
  ['33', 'Buskerud', '2024'],
  ['34', 'Innlandet', '2020'],
  ['39', 'Vestfold', '2024'],
  ['40', 'Telemark', '2024'],
  ['42', 'Agder', '2020'],
  ['46', 'Vestland', '2020'],
  ['50', 'Trøndelag', '2018'],
  ['55', 'Troms', '2024'],
  ['56', 'Finnmark', '2024'],
  ['04', 'Hedmark', undefined, '2019'],
  ['05', 'Oppland', undefined, '2019'],
  ['30', 'Viken', '2020', '2023'],
  ['38', 'Vestfold og Telemark', '2020', '2023'],
  ['54', 'Troms og Finnmark', '2020', '2023'],
];

// ---------------------------------------------------------------------------------------------------------
// Municipalities

/** Innlandet's 46 municipalities (valid from 2020), in SSB's order, names as in KLASS 131. */
const INNLANDET_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['3401', 'Kongsvinger'],
  ['3403', 'Hamar'],
  ['3405', 'Lillehammer'],
  ['3407', 'Gjøvik'],
  ['3411', 'Ringsaker'],
  ['3412', 'Løten'],
  ['3413', 'Stange'],
  ['3414', 'Nord-Odal'],
  ['3415', 'Sør-Odal'],
  ['3416', 'Eidskog'],
  ['3417', 'Grue'],
  ['3418', 'Åsnes'],
  ['3419', 'Våler (Innlandet)'],
  ['3420', 'Elverum'],
  ['3421', 'Trysil'],
  ['3422', 'Åmot'],
  ['3423', 'Stor-Elvdal'],
  ['3424', 'Rendalen'],
  ['3425', 'Engerdal'],
  ['3426', 'Tolga'],
  ['3427', 'Tynset'],
  ['3428', 'Alvdal'],
  ['3429', 'Folldal'],
  ['3430', 'Os'],
  ['3431', 'Dovre'],
  ['3432', 'Lesja'],
  ['3433', 'Skjåk'],
  ['3434', 'Lom'],
  ['3435', 'Vågå'],
  ['3436', 'Nord-Fron'],
  ['3437', 'Sel'],
  ['3438', 'Sør-Fron'],
  ['3439', 'Ringebu'],
  ['3440', 'Øyer'],
  ['3441', 'Gausdal'],
  ['3442', 'Østre Toten'],
  ['3443', 'Vestre Toten'],
  ['3446', 'Gran'],
  ['3447', 'Søndre Land'],
  ['3448', 'Nordre Land'],
  ['3449', 'Sør-Aurdal'],
  ['3450', 'Etnedal'],
  ['3451', 'Nord-Aurdal'],
  ['3452', 'Vestre Slidre'],
  ['3453', 'Øystre Slidre'],
  ['3454', 'Vang'],
];

/** Hedmark's 22 municipalities, valid to 2019. */
const HEDMARK_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['0402', 'Kongsvinger'],
  ['0403', 'Hamar'],
  ['0412', 'Ringsaker'],
  ['0415', 'Løten'],
  ['0417', 'Stange'],
  ['0418', 'Nord-Odal'],
  ['0419', 'Sør-Odal'],
  ['0420', 'Eidskog'],
  ['0423', 'Grue'],
  ['0425', 'Åsnes'],
  ['0426', 'Våler'],
  ['0427', 'Elverum'],
  ['0428', 'Trysil'],
  ['0429', 'Åmot'],
  ['0430', 'Stor-Elvdal'],
  ['0432', 'Rendalen'],
  ['0434', 'Engerdal'],
  ['0436', 'Tolga'],
  ['0437', 'Tynset'],
  ['0438', 'Alvdal'],
  ['0439', 'Folldal'],
  ['0441', 'Os'],
];

/** Oppland's 26 municipalities, valid to 2019 (Jevnaker and Lunner then moved to Viken). */
const OPPLAND_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['0501', 'Lillehammer'],
  ['0502', 'Gjøvik'],
  ['0511', 'Dovre'],
  ['0512', 'Lesja'],
  ['0513', 'Skjåk'],
  ['0514', 'Lom'],
  ['0515', 'Vågå'],
  ['0516', 'Nord-Fron'],
  ['0517', 'Sel'],
  ['0519', 'Sør-Fron'],
  ['0520', 'Ringebu'],
  ['0521', 'Øyer'],
  ['0522', 'Gausdal'],
  ['0528', 'Østre Toten'],
  ['0529', 'Vestre Toten'],
  ['0532', 'Jevnaker'],
  ['0533', 'Lunner'],
  ['0534', 'Gran'],
  ['0536', 'Søndre Land'],
  ['0538', 'Nordre Land'],
  ['0540', 'Sør-Aurdal'],
  ['0541', 'Etnedal'],
  ['0542', 'Nord-Aurdal'],
  ['0543', 'Vestre Slidre'],
  ['0544', 'Øystre Slidre'],
  ['0545', 'Vang'],
];

/** Where Jevnaker and Lunner went: Viken 2020–2023, Akershus from 2024. */
const HADELAND_EMIGRANT_ROWS: ReadonlyArray<readonly [string, string, string, string | undefined, string | undefined]> = [
  ['3053', 'Jevnaker', '30', '2020', '2023'],
  ['3054', 'Lunner', '30', '2020', '2023'],
  ['3236', 'Jevnaker', '32', '2024', undefined],
  ['3234', 'Lunner', '32', '2024', undefined],
];

export const INNLANDET_MUNICIPALITIES: readonly string[] = INNLANDET_ROWS.map(([c]) => c);
export const HEDMARK_MUNICIPALITIES: readonly string[] = HEDMARK_ROWS.map(([c]) => c);
export const OPPLAND_MUNICIPALITIES: readonly string[] = OPPLAND_ROWS.map(([c]) => c);
/** Counties valid today (KLASS 104, 2026). */
export const CURRENT_COUNTIES: readonly string[] = COUNTY_ROWS.filter((r) => r[3] === undefined).map(([c]) => c);

// ---------------------------------------------------------------------------------------------------------
// Planning regions

export interface PlanningRegionMember {
  /** Municipality code. */
  code: string;
  /** First and last year (inclusive) the municipality counted in the region under this code. */
  validFrom?: string;
  validTo?: string;
}

export interface PlanningRegion {
  /** Stable id, e.g. `R-gjovik`. */
  code: string;
  name: string;
  names?: Partial<Record<Lang, string>>;
  /** The county the region lay in before 2020. */
  formerCounty?: string;
  /** Pre-2020 codes (valid to 2019) and current codes (valid from 2020). */
  members: PlanningRegionMember[];
  /** Validity note to show next to figures for the region. */
  note?: string;
}

/** [id, name, English name, former county, [pre-2020 code, current code][], note] */
type PlanningRow = readonly [string, string, string, string, ReadonlyArray<readonly [string, string | null]>, string?];

/** Report 002's grouping, as the regional councils group the municipalities. */
const PLANNING_ROWS: readonly PlanningRow[] = [
  [
    'R-glamdalen',
    'Glåmdalen',
    'Glåmdalen',
    '04',
    [
      ['0420', '3416'],
      ['0423', '3417'],
      ['0402', '3401'],
      ['0418', '3414'],
      ['0419', '3415'],
      ['0426', '3419'],
      ['0425', '3418'],
    ],
  ],
  [
    'R-hamar',
    'Hamarregionen',
    'Hamar region',
    '04',
    [
      ['0403', '3403'],
      ['0415', '3412'],
      ['0412', '3411'],
      ['0417', '3413'],
    ],
  ],
  [
    'R-sor-osterdal',
    'Sør-Østerdal',
    'Sør-Østerdal',
    '04',
    [
      ['0427', '3420'],
      ['0434', '3425'],
      ['0430', '3423'],
      ['0428', '3421'],
      ['0429', '3422'],
    ],
  ],
  [
    'R-nord-osterdal',
    'Nord-Østerdal',
    'Nord-Østerdal',
    '04',
    [
      ['0438', '3428'],
      ['0439', '3429'],
      ['0441', '3430'],
      ['0432', '3424'],
      ['0436', '3426'],
      ['0437', '3427'],
    ],
  ],
  [
    'R-gjovik',
    'Gjøvikregionen',
    'Gjøvik region',
    '05',
    [
      ['0502', '3407'],
      ['0528', '3442'],
      ['0529', '3443'],
      ['0536', '3447'],
      ['0538', '3448'],
    ],
  ],
  [
    'R-hadeland',
    'Hadeland',
    'Hadeland',
    '05',
    [
      ['0534', '3446'],
      ['0533', null],
      ['0532', null],
    ],
    'Until 2019 Hadeland was Gran, Lunner and Jevnaker; since 2020 Lunner and Jevnaker belong to another county, so only Gran is in Innlandet.',
  ],
  [
    'R-lillehammer',
    'Lillehammerregionen',
    'Lillehammer region',
    '05',
    [
      ['0501', '3405'],
      ['0521', '3440'],
      ['0522', '3441'],
    ],
  ],
  [
    'R-midt-gudbrandsdal',
    'Midt-Gudbrandsdal',
    'Midt-Gudbrandsdal',
    '05',
    [
      ['0516', '3436'],
      ['0519', '3438'],
      ['0520', '3439'],
    ],
  ],
  [
    'R-nord-gudbrandsdal',
    'Nord-Gudbrandsdal',
    'Nord-Gudbrandsdal',
    '05',
    [
      ['0511', '3431'],
      ['0512', '3432'],
      ['0514', '3434'],
      ['0517', '3437'],
      ['0513', '3433'],
      ['0515', '3435'],
    ],
  ],
  [
    'R-valdres',
    'Valdres',
    'Valdres',
    '05',
    [
      ['0541', '3450'],
      ['0542', '3451'],
      ['0540', '3449'],
      ['0545', '3454'],
      ['0543', '3452'],
      ['0544', '3453'],
    ],
  ],
];

const DEFAULT_PLANNING_REGIONS: readonly PlanningRegion[] = PLANNING_ROWS.map(([code, name, en, formerCounty, pairs, note]) => {
  const members: PlanningRegionMember[] = [];
  for (const [old] of pairs) members.push({ code: old, validTo: '2019' });
  for (const [, current] of pairs) if (current) members.push({ code: current, validFrom: '2020' });
  const region: PlanningRegion = { code, name, formerCounty, members };
  if (en !== name) region.names = { en };
  if (note) region.note = note;
  return region;
});

export const PLANNING_REGION_CODES: readonly string[] = PLANNING_ROWS.map(([c]) => c);

function copyPlanningRegion(r: PlanningRegion): PlanningRegion {
  const out: PlanningRegion = { ...r, members: r.members.map((m) => ({ ...m })) };
  if (r.names) out.names = { ...r.names };
  return out;
}

/**
 * The planning-region table: the default grouping of report 002, with `overrides` (e.g. from a feed)
 * replacing the region of the same code, or added when the code is new. Returns fresh copies.
 */
export function planningRegions(overrides?: readonly PlanningRegion[]): PlanningRegion[] {
  const out = DEFAULT_PLANNING_REGIONS.map(copyPlanningRegion);
  for (const o of overrides ?? []) {
    const i = out.findIndex((r) => r.code === o.code);
    if (i >= 0) out[i] = copyPlanningRegion(o);
    else out.push(copyPlanningRegion(o));
  }
  return out;
}

/** The year a period starts in: `2021K3` → 2021, `1990-2002` → 1990. */
function periodYear(period: string | number): number | undefined {
  if (typeof period === 'number') return period;
  const m = /^\s*(\d{4})/.exec(period);
  return m ? Number(m[1]) : undefined;
}

function memberValidIn(m: PlanningRegionMember, year: number | undefined): boolean {
  if (year === undefined) return m.validTo === undefined;
  if (m.validFrom !== undefined && year < Number(m.validFrom)) return false;
  if (m.validTo !== undefined && year > Number(m.validTo)) return false;
  return true;
}

/**
 * Municipality codes in a planning region for a period (`2015` gives pre-2020 codes, `2022` current ones);
 * without a period, the current members.
 */
export function planningRegionMembers(region: string, period?: string | number, table: readonly PlanningRegion[] = DEFAULT_PLANNING_REGIONS): string[] {
  const r = table.find((x) => x.code === region);
  if (!r) return [];
  const year = period === undefined ? undefined : periodYear(period);
  return r.members.filter((m) => memberValidIn(m, year)).map((m) => m.code);
}

/** The planning region a municipality (pre-2020 or current code) belongs to, for a period when given. */
export function planningRegionOf(
  municipality: string,
  period?: string | number,
  table: readonly PlanningRegion[] = DEFAULT_PLANNING_REGIONS,
): string | undefined {
  const year = period === undefined ? undefined : periodYear(period);
  for (const r of table) {
    for (const m of r.members) {
      if (m.code === municipality && (period === undefined || memberValidIn(m, year))) return r.code;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Tile grids (north at the top, west at the left)

/**
 * The 46 municipalities on a 10 × 8 grid: Nord-Gudbrandsdal top left, Nord-Østerdal top right, Valdres on the
 * left, the Glåmdalen municipalities down the right-hand (Swedish) border. Empty cells are mountains.
 */
export const MUNICIPALITY_TILES: Readonly<Record<string, Tile>> = {
  '3432': { row: 0, col: 1 }, // Lesja
  '3431': { row: 0, col: 2 }, // Dovre
  '3429': { row: 0, col: 3 }, // Folldal
  '3427': { row: 0, col: 4 }, // Tynset
  '3426': { row: 0, col: 5 }, // Tolga
  '3430': { row: 0, col: 6 }, // Os
  '3433': { row: 1, col: 0 }, // Skjåk
  '3434': { row: 1, col: 1 }, // Lom
  '3435': { row: 1, col: 2 }, // Vågå
  '3437': { row: 1, col: 3 }, // Sel
  '3428': { row: 1, col: 4 }, // Alvdal
  '3424': { row: 1, col: 5 }, // Rendalen
  '3436': { row: 2, col: 2 }, // Nord-Fron
  '3438': { row: 2, col: 3 }, // Sør-Fron
  '3439': { row: 2, col: 4 }, // Ringebu
  '3423': { row: 2, col: 5 }, // Stor-Elvdal
  '3425': { row: 2, col: 6 }, // Engerdal
  '3454': { row: 3, col: 0 }, // Vang
  '3452': { row: 3, col: 1 }, // Vestre Slidre
  '3453': { row: 3, col: 2 }, // Øystre Slidre
  '3441': { row: 3, col: 3 }, // Gausdal
  '3440': { row: 3, col: 4 }, // Øyer
  '3422': { row: 3, col: 5 }, // Åmot
  '3421': { row: 3, col: 6 }, // Trysil
  '3451': { row: 4, col: 1 }, // Nord-Aurdal
  '3450': { row: 4, col: 2 }, // Etnedal
  '3448': { row: 4, col: 3 }, // Nordre Land
  '3405': { row: 4, col: 4 }, // Lillehammer
  '3411': { row: 4, col: 5 }, // Ringsaker
  '3420': { row: 4, col: 6 }, // Elverum
  '3449': { row: 5, col: 2 }, // Sør-Aurdal
  '3447': { row: 5, col: 3 }, // Søndre Land
  '3407': { row: 5, col: 4 }, // Gjøvik
  '3403': { row: 5, col: 5 }, // Hamar
  '3412': { row: 5, col: 6 }, // Løten
  '3419': { row: 5, col: 7 }, // Våler
  '3443': { row: 6, col: 3 }, // Vestre Toten
  '3442': { row: 6, col: 4 }, // Østre Toten
  '3413': { row: 6, col: 5 }, // Stange
  '3414': { row: 6, col: 6 }, // Nord-Odal
  '3418': { row: 6, col: 7 }, // Åsnes
  '3446': { row: 7, col: 4 }, // Gran
  '3415': { row: 7, col: 6 }, // Sør-Odal
  '3417': { row: 7, col: 7 }, // Grue
  '3401': { row: 8, col: 7 }, // Kongsvinger
  '3416': { row: 9, col: 7 }, // Eidskog
};

/** The 10 planning regions on a 4 × 3 grid. */
export const REGION_TILES: Readonly<Record<string, Tile>> = {
  'R-nord-gudbrandsdal': { row: 0, col: 0 },
  'R-midt-gudbrandsdal': { row: 0, col: 1 },
  'R-nord-osterdal': { row: 0, col: 2 },
  'R-valdres': { row: 1, col: 0 },
  'R-lillehammer': { row: 1, col: 1 },
  'R-sor-osterdal': { row: 1, col: 2 },
  'R-gjovik': { row: 2, col: 1 },
  'R-hamar': { row: 2, col: 2 },
  'R-hadeland': { row: 3, col: 1 },
  'R-glamdalen': { row: 3, col: 2 },
};

// ---------------------------------------------------------------------------------------------------------
// Lookups

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
