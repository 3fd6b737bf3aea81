/**
 * Readable labels from raw column names, as analysts and databases write them:
 * `bruttoprodukt_basisverdi_lopende_priser_mill_kr` → "Bruttoprodukt basisverdi lopende priser" (with the unit
 * "mill. kr" pulled out), `SysselBosted_11618` → "Syssel bosted" (a Statistics Norway table number dropped).
 * A name that already reads as words ("Sysselsatte personer") is left as it is.
 */

const UNIT_SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\s_]mill[\s_.]{0,3}kr\.?$/i, 'mill. kr'],
  [/[\s_]mrd[\s_.]{0,3}kr\.?$/i, 'mrd. kr'],
  [/[\s_](?:1000|1 000|tusen)[\s_]{0,3}kr\.?$/i, '1000 kr'],
  [/[\s_]kr\.?$/i, 'kr'],
  [/[\s_](?:prosent|pst|pct|percent)$/i, '%'],
];

/** A unit in parentheses at the end ("Bruttoprodukt (mill. kr)"), not a year or a span of years. */
const UNIT_IN_PARENS = /\s?\(([^()]{1,40})\)$/;
const YEARISH = /^\s{0,3}\d{4}\s{0,3}(?:[-–]\s{0,3}\d{4}\s{0,3}|=\s{0,3}100\s{0,3})?$/;

export interface ColumnLabel {
  label: string;
  unit?: string;
}

/** Splits a column name into a readable label and the unit it names, if any. */
export function columnLabel(raw: string): ColumnLabel {
  let text = raw.trim();
  let unit: string | undefined;
  const paren = UNIT_IN_PARENS.exec(text);
  if (paren && !YEARISH.test(paren[1]!)) {
    unit = paren[1]!.trim();
    text = text.slice(0, paren.index).trim();
  } else {
    for (const [re, u] of UNIT_SUFFIXES) {
      const m = re.exec(text);
      if (m && m.index > 0) {
        unit = u;
        text = text.slice(0, m.index).trim();
        break;
      }
    }
  }
  const out: ColumnLabel = { label: readable(text) || raw.trim() };
  if (unit) out.unit = unit;
  return out;
}

/** Underscores and camelCase to words, first letter upper case; a word-like name as it is. */
function readable(text: string): string {
  if (text.length > 200 || /\s/.test(text)) return text;
  if (!text.includes('_') && !/\p{Ll}\p{Lu}/u.test(text)) return text;
  const words = text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[_\s]+/)
    .filter((w) => w !== '' && !/^\d{5}$/.test(w))
    .join(' ')
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : text;
}
