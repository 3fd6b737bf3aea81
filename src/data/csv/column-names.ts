/**
 * What a column name says: a role ("år", "kommune", "verdi"), a period ("Sysselsatte 2021", "Andel (2025)") and a
 * unit ("Bruttoprodukt (mill. kr)", `..._mill_kr`). Every pattern here is anchored and bounded (linear on any name).
 */
import { normaliseRegionCode } from '../region-code.js';
import { slugify } from '../slug.js';
import { PERIOD_POINT_SOURCE, YEAR_SOURCE } from '../period.js';

/** Lower-case, folded header text for matching names (`År` → `ar`, `Næring` → `naering`). */
export function fold(header: string): string {
  return slugify(header).replace(/-/g, ' ');
}

const YEAR = YEAR_SOURCE;
const POINT = PERIOD_POINT_SOURCE;
const PERIOD = new RegExp(`^${POINT}$|^${YEAR}\\s*[-–/]\\s*${YEAR}$`, 'i');
/**
 * A period as the last word of a column name, after whitespace or `_`. Not anchored at the start, so the engine
 * tries each position once and each try is bounded: no backtracking over what comes before (a name of thousands
 * of underscores is read in linear time).
 */
const PERIOD_AT_END = new RegExp(`[\\s_](${POINT}|${YEAR}\\s*[-–]\\s*${YEAR})$`, 'i');
/** A period in brackets at the end of a column name: "Andel aleneboende (2025)", "Sysselsatte (2024K3)". */
const PERIOD_IN_PARENS = new RegExp(`\\(\\s?(${POINT}|${YEAR}\\s?[-–]\\s?${YEAR})\\s?\\)$`, 'i');
/** A period as the first word of a column name; the rest is read without a pattern. */
const PERIOD_AT_START = new RegExp(`^(${POINT})[\\s_]`, 'i');

export function isPeriod(text: string): boolean {
  return PERIOD.test(text.trim());
}

/** `text` without the trailing characters in `chars` (a loop: `/[…]+$/` is quadratic on long runs). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text.charAt(end - 1)) || text.charAt(end - 1).trim() === '')) end--;
  return text.slice(0, end);
}

/** `text` without the leading whitespace and `_`. */
function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && (chars.includes(text.charAt(start)) || text.charAt(start).trim() === '')) start++;
  return text.slice(start);
}

/** Splits a column name into a measure label and a period: "Sysselsatte personer 2021" → both. */
export function splitHeader(header: string): { label: string; period?: string } {
  const text = header.trim();
  if (isPeriod(text)) return { label: '', period: text.replace(/\s+/g, '') };
  const bracketed = PERIOD_IN_PARENS.exec(text);
  if (bracketed && bracketed.index > 0) return { label: trimEndOf(text.slice(0, bracketed.index), '_:,-'), period: bracketed[1]!.replace(/\s+/g, '') };
  const end = PERIOD_AT_END.exec(text);
  if (end && end.index > 0) return { label: trimEndOf(text.slice(0, end.index), '_:,-'), period: end[1]!.replace(/\s+/g, '') };
  const start = PERIOD_AT_START.exec(text);
  if (start) {
    const rest = trimStartOf(text.slice(start[1]!.length), '_');
    if (rest !== '' && !/^\d/.test(rest)) return { label: rest.trim(), period: start[1]! };
  }
  return { label: text };
}

export type NameRole = 'region' | 'regionName' | 'period' | 'measure' | 'value' | 'unit' | 'status' | 'dim' | 'skip';

const NAME_ROLES: Array<[RegExp, NameRole]> = [
  [
    /^(region|regions|kommune|kommuner|kommunenummer|kommunenr|knr|kommunekode|fylke|fylker|fylkesnummer|fylkesnr|fylkeskode|omrade|omrader|area|municipality|municipality code|county|county code|region code|regionkode|region kode|geo|bosted|bostedskommune|arbeidsstedskommune|bydel|bydeler|bydelsnummer|bydelsnr|bydel nr|bydelskode|bydel kode|delomrade|delomradekode|grunnkrets|grunnkretsnummer|district|district code)$/,
    'region',
  ],
  [
    /^(navn|name|kommunenavn|kommune navn|fylkesnavn|fylke navn|regionnavn|region navn|region name|municipality name|county name|omradenavn|omrade navn|bydelsnavn|bydel navn|delomradenavn|delomrade navn|grunnkretsnavn|grunnkrets navn|district name)$/,
    'regionName',
  ],
  [/^(ar|aar|arstall|tid|tidspunkt|periode|period|year|time|kvartal|quarter|maned|month)$/, 'period'],
  [/^(statistikkvariabel|contents|contentscode|measure|variabel|variable|indikator|indicator|maltall|maal|mal)$/, 'measure'],
  [/^(verdi|value|values|obs value|tall|observasjon|observation)$/, 'value'],
  [/^(enhet|unit|maleenhet|unit of measure)$/, 'unit'],
  [/^(status|flagg|flag|flags|symbol|prikking)$/, 'status'],
  // Free text beside the figures (KLASS files' "notes"): not a category to filter by.
  [/^(note|notes|merknad|merknader|kommentar|kommentarer|fotnote|fotnoter|comment|comments)$/, 'skip'],
  [/^(alder|age|kjonn|sex|gender|naering|naeringer|industry|sektor|sector|type|kategori|category|utdanning|education)$/, 'dim'],
];

export function nameRole(header: string): NameRole | undefined {
  const { label } = splitHeader(header);
  // The longest name a role is known by is a few words: a longer header names no role (and is not folded).
  if ((label || header).length > 60) return undefined;
  const folded = fold(label || header);
  if (folded === '') return undefined;
  for (const [re, role] of NAME_ROLES) if (re.test(folded)) return role;
  return undefined;
}

/**
 * "3401 Kongsvinger", "0 Hele landet", "K-3401", "EKA34", "EAKUO": a region code in one of Statistics Norway's
 * forms, alone or with a name that starts with a letter (read by {@link normaliseRegionCode}, in linear time).
 */
export function isCodeAndName(cell: string): boolean {
  // A code comes first: words for the whole country ("Norge", "i alt") alone do not make a column of regions.
  if (!/^[0-9KFE]/i.test(cell)) return false;
  const norm = normaliseRegionCode(cell);
  if (norm.label !== undefined) return /^\p{L}/u.test(norm.label);
  return norm.original !== undefined || norm.level === 'other';
}
/** Column names of city districts and other units below a municipality (folded: `bydel`, `delomrade`, `grunnkrets`). */
export const SUB_MUNICIPAL = /^(?:bydel|bydeler|bydels|delomrade|grunnkrets|district|sone|tettsted)/;
export const BARE_CODE = /^(?:0|\d{2}|\d{4})$/;

// Units in column names

const PERCENT_WORDS = new Set(['prosent', 'pst', 'pct', 'percent']);
const KRONER_SCALES: Record<string, string> = { mill: 'mill. kr', mrd: 'mrd. kr', '1000': '1000 kr' };

/** The last two words of a label, split at whitespace, `_` and `.` (a linear split, no backtracking). */
function lastWords(label: string): string[] {
  const words = label.toLowerCase().split(/[\s_.]+/);
  while (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words.slice(-3);
}

/** A unit written as the last words of a column name: `..._mill_kr`, `Skatt i kr`, `Andel prosent`. */
function unitSuffix(label: string): string | undefined {
  const words = lastWords(label);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (PERCENT_WORDS.has(last)) return '%';
  for (const scale of Object.keys(KRONER_SCALES)) if (last === `${scale}kr`) return KRONER_SCALES[scale];
  if (last !== 'kr') return undefined;
  return (Object.hasOwn(KRONER_SCALES, before) && words.length >= 3 ? KRONER_SCALES[before] : undefined) ?? 'kr';
}

/** The unit a column name states: "Bruttoprodukt (mill. kr)" or `..._mill_kr`. */
export function unitOf(label: string): string | undefined {
  const paren = /\(([^()]+)\)\s*$/.exec(label);
  // Not a year, a span of years, or an index base ("2015=100").
  if (paren && !/^-?\d{4}-?$|^\d{4}\s*-\s*\d{4}$|^\d{4}\s?=\s?100$/.test(paren[1]!.trim())) return paren[1]!.trim();
  return unitSuffix(label);
}
