import type { Dataset, Observation } from '../data/types.js';
import { INNLANDET, INNLANDET_MUNICIPALITIES, NORWAY, regionInfo } from '../data/geography.js';
import { isAdditiveMeasure } from '../data/additive.js';
import type { ViewRow } from './view-model.js';

/**
 * Regions asked for by the project's codes (`region="34"`, `compare="0"`) in a table that codes them the statistics
 * office's own way (`TOTAL` "Hele landet", a classification's "12" "Innlandet"): found by their name.
 */
const WHOLE_COUNTRY = /^(?:hele landet|heile landet|landet i alt|i alt|norge|noreg|norway|the whole country|total|totalt|all of norway)$/i;

/** A name as compared: lower case, without "fylke"/"kommune" or a bracketed note ("Våler (Innlandet)"). */
function plainName(name: string): string {
  return name
    .replace(/\s{0,3}\([^()]{0,60}\)\s{0,3}$/, '')
    .replace(/\s(?:fylke|fylkeskommune|kommune|county|municipality)$/i, '')
    .trim()
    .toLowerCase();
}

/** The code the table uses for the region `code` names: the code itself when the table has it, else by name. */
export function findRegion(ds: Dataset, used: ReadonlySet<string>, code: string | undefined): string | undefined {
  if (code === undefined || code === '') return code;
  if (used.has(code)) return code;
  const known = code === NORWAY ? undefined : regionInfo(code);
  if (code !== NORWAY && !known) return code;
  const candidates = ds.regions.filter((r) => used.has(r.code));
  if (!known) return candidates.find((r) => r.level === 'country' || WHOLE_COUNTRY.test(plainName(r.name)))?.code ?? code;
  const wanted = plainName(known.name);
  return candidates.find((r) => plainName(r.name) === wanted)?.code ?? code;
}

/**
 * The key figure of an additive measure when no region is in focus: Innlandet's own row, or, when the table has
 * none, the sum of all 46 of its municipalities for the latest period shown (marked derived). Undefined when a
 * municipality is missing or only bounded: a sum of part of the county is not the county's figure.
 */
export function keyFigure(
  ds: Dataset,
  measure: string,
  rows: readonly ViewRow[],
  toRow: (o: Observation) => ViewRow,
  shown: readonly Observation[],
): ViewRow | undefined {
  if (!isAdditiveMeasure(ds, measure)) return undefined;
  const own = rows.filter((r) => r.region === INNLANDET && r.value !== null);
  if (own.length) return own[own.length - 1];
  const periods = [...new Set(shown.map((o) => o.period))];
  const period = periods[periods.length - 1];
  if (period === undefined) return undefined;
  const members = new Set(INNLANDET_MUNICIPALITIES);
  const parts = shown.filter((o) => o.period === period && members.has(o.region));
  if (new Set(parts.map((o) => o.region)).size !== members.size || parts.length !== members.size) return undefined;
  if (parts.some((o) => o.value === null || o.qualifier !== undefined)) return undefined;
  const first = parts[0]!;
  const sum: Observation = {
    measure: first.measure,
    measureLabel: first.measureLabel,
    region: INNLANDET,
    regionLabel: regionInfo(INNLANDET)?.name ?? 'Innlandet',
    period,
    value: parts.reduce((a, o) => a + o.value!, 0),
    dims: first.dims,
    derived: true,
  };
  if (first.unit !== undefined) sum.unit = first.unit;
  return toRow(sum);
}
