/**
 * The administrative regions of the geography as public fact: Norway, the counties, Innlandet's 46
 * municipalities, the 48 municipalities of Hedmark and Oppland before the 2020 reform, and where Jevnaker and
 * Lunner went.
 *
 * Codes and names follow Statistics Norway's classifications (KLASS 104 counties, KLASS 131 municipalities).
 * Names are bokmål as SSB writes them, including SSB's disambiguation: 3419 is "Våler (Innlandet)" (there
 * is also 3114 "Våler (Østfold)"); use `regionName` with `short: true` for "Våler" inside an
 * Innlandet-only view. The pre-2020 code 0426 is plain "Våler", as KLASS writes it.
 *
 * Years in `validFrom`/`validTo` are inclusive: Hedmark (04) is valid to 2019, Innlandet (34) from 2020.
 */
import type { Region } from './types.js';

// ---------------------------------------------------------------------------------------------------------
// Country and counties

export const NORWAY = '0';
export const HEDMARK = '04';
export const OPPLAND = '05';
export const INNLANDET = '34';

export const COUNTRY: Region = { code: '0', name: 'Norge', names: { nn: 'Noreg', en: 'Norway' }, level: 'country' };

type CountyRow = readonly [code: string, name: string, validFrom?: string, validTo?: string];

/**
 * Counties: the 15 of KLASS 104 (2026), Hedmark and Oppland (to 2019), and the three merged counties that
 * existed 2020–2023 (Viken, Vestfold og Telemark, Troms og Finnmark), which 2020–2023 data uses.
 * `validFrom` is left out where the county existed before the periods these widgets show (before 2018).
 */
export const COUNTY_ROWS: readonly CountyRow[] = [
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
export const INNLANDET_ROWS: ReadonlyArray<readonly [string, string]> = [
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
export const HEDMARK_ROWS: ReadonlyArray<readonly [string, string]> = [
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
export const OPPLAND_ROWS: ReadonlyArray<readonly [string, string]> = [
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
export const HADELAND_EMIGRANT_ROWS: ReadonlyArray<readonly [string, string, string, string | undefined, string | undefined]> = [
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
