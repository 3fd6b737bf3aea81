import type { RegionLevel } from './types.js';

export interface NormalisedRegion {
  code: string;
  /** A name found in the same field ("3401 Kongsvinger"), or the name of a KOSTRA aggregate (`EAKUO`, `EKG16`). */
  label?: string;
  /** The level the code's shape implies, when it implies one. */
  level?: RegionLevel;
  /** The code as the field wrote it (`K-3401`, `EKA34`), when {@link code} differs from it. */
  original?: string;
}

/** Longest name kept from a code-and-name field; a longer one is cut, ending in "…". */
export const MAX_REGION_LABEL = 200;

const COUNTRY_WORDS = new Set(['hele landet', 'heile landet', 'landet', 'norge', 'noreg', 'norway', 'the whole country', 'i alt']);
const COUNTRY_CODES = new Set(['0', '00', 'EAK']);
/** `K-3401`, `K_3401` (PxWebApi v2 `agg_KommSummerHist`), `K.3401` (v0 `agg:KommSummerS`), `F-34`. */
const PREFIXED = /^([KF])[-_.](\d{2,4})$/i;
/** KOSTRA's county aggregate of municipalities: `EKA34` → county 34. */
const KOSTRA_COUNTY = /^EKA(\d{2})$/i;
/** KOSTRA groups of comparable municipalities: `EKG01` … `EKG17`. */
const KOSTRA_GROUP = /^EKG(\d{1,2})$/i;
const DIGITS = /^\d+$/;
const SEPARATORS = new Set(['-', '–', ':']);

/** True for the characters `String.prototype.trim` removes (whitespace and line terminators). */
function isSpace(ch: string): boolean {
  return ch !== '' && ch.trim() === '';
}

/**
 * The name after a code: `" - Kongsvinger"` → `Kongsvinger`. A separator (`-`, `–`, `:`) counts only when
 * whitespace follows it. Linear in the text (no pattern that could backtrack), and cut at {@link MAX_REGION_LABEL}.
 */
function nameAfterCode(rest: string): string | undefined {
  let text = rest.trim();
  if (SEPARATORS.has(text.charAt(0)) && isSpace(text.charAt(1))) text = text.slice(1).trim();
  if (text === '') return undefined;
  // Line breaks and runs of spaces inside a name are one space (a name is one line of text).
  text = text.replace(/\s+/g, ' ');
  return text.length > MAX_REGION_LABEL ? `${text.slice(0, MAX_REGION_LABEL - 1)}…` : text;
}

/** What the code itself says, without a name: `K-3401` → 3401, `EAK` → 0, `EKG16` → its own region. */
function readCode(head: string): NormalisedRegion | undefined {
  const upper = head.toUpperCase();
  if (COUNTRY_CODES.has(upper)) return { code: '0', level: 'country' };
  if (DIGITS.test(head)) {
    if (head.length === 2) return { code: head, level: 'county' };
    if (head.length === 4) return { code: head, level: 'municipality' };
    return undefined;
  }
  const prefixed = PREFIXED.exec(head);
  if (prefixed) return { code: prefixed[2]!, level: prefixed[1]!.toUpperCase() === 'F' ? 'county' : 'municipality' };
  const county = KOSTRA_COUNTY.exec(head);
  if (county) return { code: county[1]!, level: 'county' };
  if (upper === 'EAKUO') return { code: upper, label: 'Landet uten Oslo', level: 'other' };
  const group = KOSTRA_GROUP.exec(head);
  if (group) return { code: upper, label: `KOSTRA-gruppe ${Number(group[1])}`, level: 'other' };
  return undefined;
}

/**
 * Turns the region codes Statistics Norway and county analysts write into one form:
 * `3401`, `K-3401`, `K_3401`, `K.3401`, `3401 Kongsvinger`, `3401 - Kongsvinger`, `K-3401 Kongsvinger` → `3401`;
 * `F-34`, `34`, `EKA34` (KOSTRA: the county's municipalities together) → `34`;
 * `0`, `00`, `EAK`, `Hele landet`, `0 Hele landet` → `0`.
 * KOSTRA's `EAKUO` (Norway without Oslo) and groups `EKG01`…`EKG17` keep their code, with a name and level `other`.
 * Other codes (planning-region ids, names) pass through trimmed. When the code changed, `original` holds the
 * field as written (trimmed). Linear in the length of the field, whatever it holds.
 */
export function normaliseRegionCode(raw: string): NormalisedRegion {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return { code: '' };
  let out: NormalisedRegion | undefined;
  if (COUNTRY_WORDS.has(text.toLowerCase())) out = { code: '0', level: 'country' };
  else {
    // The code is the field up to the first whitespace; the rest, if any, is its name.
    let end = 0;
    while (end < text.length && !isSpace(text.charAt(end))) end++;
    out = readCode(text.slice(0, end));
    if (out && end < text.length) {
      const label = nameAfterCode(text.slice(end));
      if (label !== undefined) out.label = label;
    }
  }
  if (!out) return { code: text };
  if (out.code !== text) out.original = text;
  return out;
}
