/**
 * The county reform of 1 January 2020 as it touched Innlandet: Hedmark (04) and Oppland (05) became
 * Innlandet (34) and every one of their 48 municipalities got a new number. No Innlandet municipality merged
 * in 2020 (KLASS 131 changes 2019→2020 are one-to-one here); Jevnaker and Lunner left for Viken (30).
 *
 * Only the 2020 step is mapped: 3053/3054 (Viken) are not carried on to 3236/3234 (Akershus, 2024).
 */
import type { Annotation, FeedIssue, Localized, Observation, Qualifier } from './types.js';
import { regionName } from './geography.js';

/**
 * Pre-2020 code → code from 1 January 2020. A null-prototype object: region codes are feed text, and
 * `REFORM_2020['constructor']` must be undefined, not Object's constructor.
 */
export const REFORM_2020: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    // counties
    '04': '34',
    '05': '34',
    // Hedmark
    '0402': '3401', // Kongsvinger
    '0403': '3403', // Hamar
    '0412': '3411', // Ringsaker
    '0415': '3412', // Løten
    '0417': '3413', // Stange
    '0418': '3414', // Nord-Odal
    '0419': '3415', // Sør-Odal
    '0420': '3416', // Eidskog
    '0423': '3417', // Grue
    '0425': '3418', // Åsnes
    '0426': '3419', // Våler
    '0427': '3420', // Elverum
    '0428': '3421', // Trysil
    '0429': '3422', // Åmot
    '0430': '3423', // Stor-Elvdal
    '0432': '3424', // Rendalen
    '0434': '3425', // Engerdal
    '0436': '3426', // Tolga
    '0437': '3427', // Tynset
    '0438': '3428', // Alvdal
    '0439': '3429', // Folldal
    '0441': '3430', // Os
    // Oppland
    '0501': '3405', // Lillehammer
    '0502': '3407', // Gjøvik
    '0511': '3431', // Dovre
    '0512': '3432', // Lesja
    '0513': '3433', // Skjåk
    '0514': '3434', // Lom
    '0515': '3435', // Vågå
    '0516': '3436', // Nord-Fron
    '0517': '3437', // Sel
    '0519': '3438', // Sør-Fron
    '0520': '3439', // Ringebu
    '0521': '3440', // Øyer
    '0522': '3441', // Gausdal
    '0528': '3442', // Østre Toten
    '0529': '3443', // Vestre Toten
    '0532': '3053', // Jevnaker → Viken
    '0533': '3054', // Lunner → Viken
    '0534': '3446', // Gran
    '0536': '3447', // Søndre Land
    '0538': '3448', // Nordre Land
    '0540': '3449', // Sør-Aurdal
    '0541': '3450', // Etnedal
    '0542': '3451', // Nord-Aurdal
    '0543': '3452', // Vestre Slidre
    '0544': '3453', // Øystre Slidre
    '0545': '3454', // Vang
  }),
);

const PREDECESSORS = new Map<string, string[]>();
for (const [old, current] of Object.entries(REFORM_2020)) {
  const list = PREDECESSORS.get(current) ?? [];
  list.push(old);
  PREDECESSORS.set(current, list);
}

/** The pre-2020 codes that became `code` in 2020 (`34` → `['04', '05']`); empty when none. */
export function reformPredecessors(code: string): string[] {
  return [...(PREDECESSORS.get(code) ?? [])];
}

/** Maps a (normalised) pre-2020 Hedmark/Oppland code to its 2020 code; other codes pass through unchanged. */
export function harmoniseCode(code: string): { code: string; changed: boolean } {
  const mapped = REFORM_2020[code.trim()];
  return mapped === undefined ? { code, changed: false } : { code: mapped, changed: true };
}

const COUNTY_SUM_NOTE: Localized = {
  nb: 'Hedmark og Oppland lagt sammen. Tallet omfatter Jevnaker og Lunner, som gikk over til Viken i 2020, og gjelder derfor et litt større område enn Innlandet.',
  nn: 'Hedmark og Oppland lagde saman. Talet omfattar Jevnaker og Lunner, som gjekk over til Viken i 2020, og gjeld difor eit litt større område enn Innlandet.',
  en: 'Hedmark and Oppland added together. This includes Jevnaker and Lunner, which moved to Viken in 2020, so it covers a slightly larger area than Innlandet.',
};

function cellKey(o: Observation, region: string): string {
  const dims = Object.keys(o.dims)
    .sort()
    .map((k) => `${k}=${o.dims[k]}`)
    .join('\u0001');
  return [region, o.period, o.indicator ?? '', o.measure, dims].join('\u0000');
}

function sameOrUndefined<T>(values: Array<T | undefined>): T | undefined {
  const first = values[0];
  return values.every((v) => v === first) ? first : undefined;
}

function sumQualifier(parts: Observation[]): Qualifier | undefined {
  const kinds = new Set(parts.map((p) => p.qualifier).filter((q): q is Qualifier => q !== undefined));
  if (kinds.size === 0) return undefined;
  if (kinds.size === 1) return [...kinds][0];
  return 'approx';
}

function describeCell(o: Observation): string {
  const dims = Object.entries(o.dims)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `${o.measure}, ${o.period}${dims ? `, ${dims}` : ''}`;
}

/** Groups warnings of one kind so that a 10 000-cell feed does not produce 10 000 lines. */
class WarningGroups {
  private readonly groups = new Map<string, { path: string; message: (n: number, example: string) => string; count: number; example: string }>();

  add(key: string, path: string, example: string, message: (n: number, example: string) => string): void {
    const g = this.groups.get(key);
    if (g) g.count++;
    else this.groups.set(key, { path, message, count: 1, example });
  }

  list(): FeedIssue[] {
    return [...this.groups.values()].map((g) => ({ path: g.path, message: g.message(g.count, g.example) }));
  }
}

function cells(n: number): string {
  return n === 1 ? '1 cell' : `${n} cells`;
}

/**
 * Cells already under a new code with a figure, to avoid counting a unit twice. An empty new-code cell (a table that
 * lists Innlandet for 2019 as `..` because the county did not exist yet) is not a figure: the old codes' sum takes
 * its place, and the empty cell is dropped.
 */
function newCodeCells(obs: Observation[]): { native: Set<string>; emptyNative: Map<string, number> } {
  const native = new Set<string>();
  const emptyNative = new Map<string, number>();
  obs.forEach((o, i) => {
    if (harmoniseCode(o.region).changed) return;
    const key = cellKey(o, o.region);
    if (o.value === null) emptyNative.set(key, i);
    else native.add(key);
  });
  return { native, emptyNative };
}

/** Old-code cells by the new cell they would become. */
function oldCodeGroups(obs: Observation[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  obs.forEach((o, i) => {
    const h = harmoniseCode(o.region);
    if (!h.changed) return;
    const key = cellKey(o, h.code);
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  return groups;
}

/** Why a group of old-code cells stays under its old codes (warned), or false when it can be mapped. */
function keptOld(key: string, parts: Observation[], native: Set<string>, warnings: WarningGroups): boolean {
  const first = parts[0]!;
  const target = harmoniseCode(first.region).code;
  const targetName = regionName(target) ?? target;
  const oldCodes = parts.map((p) => p.region);
  if (native.has(key)) {
    warnings.add(
      `both:${oldCodes.join('+')}:${target}`,
      `region ${oldCodes.join('+')}`,
      describeCell(first),
      (n, ex) =>
        `${cells(n)} (e.g. ${ex}) exist both under the old code ${oldCodes.join(' + ')} and the new code ${target} ${targetName}; the new code's figures are used and the old ones are kept under their old code.`,
    );
    return true;
  }
  if (new Set(oldCodes).size !== oldCodes.length) {
    warnings.add(
      `dup:${key}`,
      `region ${first.region}`,
      describeCell(first),
      (_n, ex) => `The same cell (${ex}) appears more than once for ${first.region}; it was not mapped to ${target} ${targetName}. Remove the duplicate.`,
    );
    return true;
  }
  const missing = reformPredecessors(target).filter((c) => !oldCodes.includes(c));
  if (missing.length === 0) return false;
  warnings.add(
    `partial:${oldCodes.join('+')}:${target}`,
    `region ${oldCodes.join('+')}`,
    describeCell(first),
    (n, ex) =>
      `${cells(n)} (e.g. ${ex}) for ${oldCodes.map((c) => `${c} ${regionName(c) ?? ''}`.trim()).join(' + ')} were kept under the old code: ${target} ${targetName} also includes ${missing.map((c) => `${c} ${regionName(c) ?? ''}`.trim()).join(' + ')}, which the data lacks for the same period.`,
  );
  return true;
}

/** The derived observation that adds up old units' cells under the new code (`originalRegion` e.g. `04+05`). */
function sumOfParts(parts: Observation[], target: string): Observation {
  const first = parts[0]!;
  const ordered = [...parts].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const nullPart = ordered.find((p) => p.value === null);
  const sum: Observation = {
    ...first,
    region: target,
    regionLabel: regionName(target) ?? target,
    originalRegion: ordered.map((p) => p.originalRegion ?? p.region).join('+'),
    value: nullPart ? null : ordered.reduce((s, p) => s + (p.value as number), 0),
    derived: true,
  };
  delete sum.status;
  delete sum.qualifier;
  delete sum.qualifierText;
  delete sum.ref;
  delete sum.note;
  if (nullPart) sum.status = nullPart.status ?? '..';
  else {
    const q = sumQualifier(ordered);
    if (q) sum.qualifier = q;
  }
  const source = sameOrUndefined(ordered.map((p) => p.source));
  if (source === undefined) delete sum.source;
  const refs = ordered.map((p) => p.ref).filter((r): r is string => r !== undefined);
  if (refs.length > 0) sum.ref = refs.join(' + ');
  const decimals = ordered.map((p) => p.decimals).filter((d): d is number => d !== undefined);
  if (decimals.length > 0) sum.decimals = Math.max(...decimals);
  if (target === '34') sum.note = COUNTY_SUM_NOTE;
  return sum;
}

/**
 * Maps observations from pre-2020 Hedmark/Oppland codes to the 2020 codes, keeping the source's code in
 * `originalRegion`. Where several old units become one new unit for the same period, measure and
 * dimensions (Hedmark + Oppland → Innlandet), additive measures are summed into one derived observation
 * (`originalRegion` e.g. `04+05`); non-additive ones (rates, shares, per inhabitant) are left under their
 * old codes with a warning, as are cells whose new unit is incomplete (Hedmark without Oppland) or
 * already present in the input under the new code. Order is kept; a sum takes the place of its first part.
 */
export function harmoniseObservations(
  obs: Observation[],
  measureIsAdditive: (measure: string) => boolean,
): { observations: Observation[]; warnings: FeedIssue[] } {
  const warnings = new WarningGroups();
  const { native, emptyNative } = newCodeCells(obs);
  // What each index becomes: an observation, or null when it is folded into a sum placed elsewhere.
  const result: Array<Observation | null> = obs.slice();
  for (const [key, indices] of oldCodeGroups(obs)) {
    const parts = indices.map((i) => obs[i]!);
    const first = parts[0]!;
    const target = harmoniseCode(first.region).code;
    if (keptOld(key, parts, native, warnings)) continue;
    if (parts.length === 1) {
      const empty = emptyNative.get(key);
      if (empty !== undefined) result[empty] = null;
      result[indices[0]!] = {
        ...first,
        region: target,
        regionLabel: regionName(target) ?? first.regionLabel,
        originalRegion: first.originalRegion ?? first.region,
      };
      continue;
    }
    if (!measureIsAdditive(first.measure)) {
      warnings.add(
        `nonadd:${first.measure}:${target}`,
        `measure ${first.measure}`,
        describeCell(first),
        (n, ex) =>
          `${cells(n)} of "${first.measureLabel}" (e.g. ${ex}) for ${parts.map((p) => p.region).join(' + ')} were kept under the old codes: the measure is not additive (a rate, share or per-inhabitant figure), so ${target} ${regionName(target) ?? target} cannot be computed by adding them.`,
      );
      continue;
    }
    result[indices[0]!] = sumOfParts(parts, target);
    for (const i of indices.slice(1)) result[i] = null;
    const empty = emptyNative.get(key);
    if (empty !== undefined) result[empty] = null;
  }
  return { observations: result.filter((o): o is Observation => o !== null), warnings: warnings.list() };
}

const REFORM_2020_TEXT = {
  nb: 'Hedmark og Oppland slått sammen til Innlandet',
  nn: 'Hedmark og Oppland slått saman til Innlandet',
  en: 'Hedmark and Oppland merged into Innlandet',
} as const;

/** The project's own remark on every series joined across the reform (issue 18, Annotations); a fresh copy each call. */
export function reform2020Annotation(): Annotation {
  return { period: '2020', text: { ...REFORM_2020_TEXT }, source: 'SSB KLASS (fylkes- og kommuneinndeling)' };
}

/** Whether `o` was moved or summed from pre-2020 codes by {@link harmoniseObservations}. */
function harmonised(o: Observation): boolean {
  if (o.originalRegion === undefined || o.originalRegion === o.region) return false;
  return o.originalRegion.split('+').every((c) => REFORM_2020[c.trim()] === o.region);
}

/**
 * The reform's annotation when some series in `obs` was joined across the reform and reaches 2020 or later
 * (it crosses the reform); otherwise none. One pass over the observations.
 */
export function reformAnnotation(obs: readonly Observation[]): Annotation | undefined {
  const joined = new Set<string>();
  const after = new Set<string>();
  for (const o of obs) {
    if (harmonised(o)) joined.add(o.region);
    else if (Number(o.period.slice(0, 4)) >= 2020) after.add(o.region);
  }
  for (const r of joined) if (after.has(r)) return reform2020Annotation();
  return undefined;
}

/** Adds the reform's annotation to a dataset's own, once. */
export function withReformAnnotation(annotations: Annotation[] | undefined, obs: readonly Observation[]): Annotation[] | undefined {
  const own = annotations ?? [];
  const reform = reformAnnotation(obs);
  if (!reform || own.some((a) => a.period === reform.period && JSON.stringify(a.text) === JSON.stringify(reform.text))) return annotations;
  return [...own, reform];
}
