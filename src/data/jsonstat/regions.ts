/**
 * The regions of a JSON-stat dataset: the region dimension's codes normalised (`K-3401` → `3401`), or, for a table
 * without one, the whole country when the source makes that certain, else figures with no region (code '').
 */
import type { Region, RegionLevel } from '../types.js';
import { IssueList } from '../errors.js';
import { normaliseRegionCode } from '../region-code.js';
import type { Dim } from './dimension.js';

const SUB_MUNICIPAL = /bydel|district|delomr|grunnkrets|sone|tettsted|neighbourhood/i;
const WHOLE_COUNTRY = /(^|[^\p{L}])(hele landet|heile landet|landet i alt|norge|noreg|norway|the whole country)($|[^\p{L}])/iu;

/** Per category position of the region dimension (one entry when there is none): the code, name and source code. */
export interface RegionColumns {
  regions: Region[];
  codes: string[];
  labels: string[];
  /** The source's own code where it differs from the normalised one. */
  originals: Array<string | undefined>;
}

/** What tells a table without a region dimension apart. */
export interface RegionContext {
  ids: string[];
  prefix: string;
  label: string | undefined;
  /** The table is from Statistics Norway (its tables without a region are national). */
  isSsb: boolean;
}

function fromDimension(d: Dim, issues: IssueList): RegionColumns {
  const n = d.codes.length;
  const out: RegionColumns = { regions: [], codes: new Array<string>(n), labels: new Array<string>(n), originals: new Array<string | undefined>(n) };
  const firstAt = new Map<string, number>();
  // City districts and other sub-municipal units ("Bydel" 01 Gamle Oslo) are never read as counties.
  const subMunicipal = SUB_MUNICIPAL.test(`${d.id} ${d.label}`);
  for (let k = 0; k < n; k++) {
    const raw = d.codes[k]!;
    let norm = subMunicipal ? { code: raw.trim() } : normaliseRegionCode(raw);
    // SSB's pseudo-region "K-23" (the continental shelf) would come back as "23", which reads as a county
    // code. A municipality must have 4 digits and a county 2; anything else keeps its source code.
    if ((norm.level === 'municipality' && norm.code.length !== 4) || (norm.level === 'county' && norm.code.length !== 2)) {
      norm = { code: raw.trim() };
    }
    const code = norm.code === '' ? raw : norm.code;
    const name = d.labels[k] !== raw ? d.labels[k]! : (norm.label ?? raw);
    out.codes[k] = code;
    out.labels[k] = name;
    out.originals[k] = code !== raw ? raw : undefined;
    const prev = firstAt.get(code);
    if (prev !== undefined) {
      issues.warn(`${d.path}.category.index`, `Region categories "${d.codes[prev]}" and "${raw}" both mean region ${code}; their cells are duplicates.`);
      continue;
    }
    firstAt.set(code, k);
    // The office's own code for the whole country (`TOTAL` "Hele landet") keeps its code and says its level.
    const level: RegionLevel = norm.level ?? (WHOLE_COUNTRY.test(name) ? 'country' : 'other');
    out.regions.push({ code, name, level });
  }
  return out;
}

/**
 * A table without a region dimension (a price index, quarterly GDP, population by age and sex) is read as figures
 * with no region (code ''). Only when the source makes it certain are they placed on the whole country (`0`): a
 * table from Statistics Norway (its tables without a region are national) or a title that says so ("… i hele
 * landet", "Norge").
 */
function withoutDimension(c: RegionContext, issues: IssueList): RegionColumns {
  if (c.isSsb || (c.label && WHOLE_COUNTRY.test(c.label))) {
    const why = c.isSsb ? "Statistics Norway's tables without a region are national" : `the title says so ("${c.label}")`;
    issues.warn(`${c.prefix}dimension`, `No region dimension; the figures are taken to be for the whole country because ${why}.`);
    return { regions: [{ code: '0', name: 'Hele landet', level: 'country' }], codes: ['0'], labels: ['Hele landet'], originals: [undefined] };
  }
  // Figures with no region: drawn as series over time, never on a map.
  issues.warn(
    `${c.prefix}dimension`,
    `No region dimension among ${c.ids.map((x) => `"${x}"`).join(', ')}: the figures have no region and are shown as series, not on a map.`,
  );
  return { regions: [], codes: [''], labels: [''], originals: [undefined] };
}

export function readRegions(dims: Dim[], regionIdx: number, context: RegionContext, issues: IssueList): RegionColumns {
  return regionIdx >= 0 ? fromDimension(dims[regionIdx]!, issues) : withoutDimension(context, issues);
}
