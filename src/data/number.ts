import type { Qualifier } from './types.js';
import { statusSymbol } from './status.js';
import { LEADING_HEDGE, hedgeOf } from './hedge-words.js';

export interface ParsedNumber {
  value: number | null;
  status?: string;
  qualifier?: Qualifier;
  /** The words that made the qualifier ("over", "ca.", "vel"), verbatim. */
  qualifierText?: string;
  percent?: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Reads a number the way Norwegian statistics write it: `1 234,5`, `1.234.567`, `57,50 %`, `-3,2`,
 * `ca. 68`, `over 70`, `vel 4`, and the status symbols `..`, `.`, `:`.
 * Returns undefined when the text is not a number at all.
 */
export function parseNumberText(input: string): ParsedNumber | undefined {
  let text = input.trim();
  if (text === '') return { value: null };
  const status = statusSymbol(text);
  if (status) return { value: null, status };

  let qualifier: Qualifier | undefined;
  let qualifierText: string | undefined;
  const hedge = LEADING_HEDGE.exec(text);
  if (hedge) {
    qualifier = hedgeOf(hedge[1]!)!.qualifier;
    qualifierText = hedge[1];
    text = text.slice(hedge[0].length);
  }

  let percent = false;
  // Trimmed with trimEnd, not /\s*%\s*$/: that pattern retries from every space of a long run (quadratic).
  const end = text.trimEnd();
  if (end.endsWith('%')) {
    percent = true;
    text = end.slice(0, -1).trimEnd();
  }
  text = text.replace(/^\u2212/, '-').replace(SPACES, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;

  const value = normaliseDigits(text);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const out: ParsedNumber = { value };
  if (qualifier) {
    out.qualifier = qualifier;
    out.qualifierText = qualifierText!;
  }
  if (percent) out.percent = true;
  return out;
}

/** Decides which of `.` and `,` is the decimal mark. */
function normaliseDigits(text: string): number | undefined {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let s = text;
  if (commas && dots) {
    // The later one is the decimal mark: "1.234,5" or "1,234.5"; the other one must group thousands.
    const commaDecimal = text.lastIndexOf(',') > text.lastIndexOf('.');
    if (!(commaDecimal ? /^[+-]?\d{1,3}(\.\d{3})+,\d*$/ : /^[+-]?\d{1,3}(,\d{3})+\.\d*$/).test(text)) return undefined;
    s = commaDecimal ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (commas === 1) {
    s = text.replace(',', '.');
  } else if (commas > 1) {
    // "1,234,567": commas as thousands separators; "1,5,2" is not a number.
    if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(text)) return undefined;
    s = text.replace(/,/g, '');
  } else if (dots > 1) {
    // "1.234.567": dots as thousands separators (Norwegian print style).
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) return undefined;
    s = text.replace(/\./g, '');
  }
  // A single dot is a decimal mark ("2569.6999999999998" in Statbank exports), never a thousands separator.
  const n = Number(s);
  return Number.isNaN(n) ? undefined : n;
}
