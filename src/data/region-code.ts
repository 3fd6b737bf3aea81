import type { RegionLevel } from './types.js';

export interface NormalisedRegion {
  code: string;
  /** A name found in the same field ("3401 Kongsvinger"), when there was one. */
  label?: string;
  /** The level the code's shape implies, when it implies one. */
  level?: RegionLevel;
}

const COUNTRY_WORDS = /^(hele landet|heile landet|landet|norge|noreg|norway|the whole country|i alt)$/i;

/**
 * Turns the region codes Statistics Norway and county analysts write into one form:
 * `K-3401`, `3401`, `3401 Kongsvinger`, `3401 - Kongsvinger` → `3401`; `F-34`, `34` → `34`;
 * `0`, `00`, `EAK`, `Hele landet`, `0 Hele landet` → `0`. Other codes (`EAKUO`, planning-region ids) pass through trimmed.
 */
export function normaliseRegionCode(raw: string): NormalisedRegion {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '' ) return { code: '' };
  if (COUNTRY_WORDS.test(text) || /^(0|00|EAK)$/i.test(text)) return { code: '0', level: 'country' };
  // "0 Hele landet" (Statbank's code-and-name form for the whole country)
  const country = /^(?:0|00|EAK)\s*(?:-|–|:)?\s+(.+)$/i.exec(text);
  if (country) return { code: '0', label: country[1]!.trim(), level: 'country' };

  // "K-3401", "F-34", "B-0301" (SSB prefixes: K kommune, F fylke, B bydel is left alone)
  const prefixed = /^([KF])-(\d{2,4})$/i.exec(text);
  if (prefixed) {
    const code = prefixed[2]!;
    return { code, level: prefixed[1]!.toUpperCase() === 'F' ? 'county' : 'municipality' };
  }

  // "3401 Kongsvinger", "0402 - Kongsvinger", "04 Hedmark (-2019)", "3401"
  const withName = /^(\d{2}|\d{4})(?:\s*(?:-|–|:)?\s+(.+?))?$/.exec(text);
  if (withName) {
    const code = withName[1]!;
    const out: NormalisedRegion = { code, level: code.length === 2 ? 'county' : 'municipality' };
    if (withName[2]) out.label = withName[2].trim();
    return out;
  }
  return { code: text };
}
