/** What a column holds, counted on a sample of its cells: numbers, status symbols, periods, region codes. */
import { parseNumberText, type ParsedNumber } from '../number.js';
import type { Row } from './rows.js';
import { BARE_CODE, isCodeAndName, isPeriod } from './column-names.js';

export interface ColumnStats {
  nonEmpty: number;
  numbers: number;
  statuses: number;
  periods: number;
  codeAndName: number;
  bareCodes: number;
  /** A bare code with a leading zero ("0301"): an identifier, not a quantity. */
  leadingZero: number;
  /** Different non-empty values (of the rows sampled). */
  distinct: number;
}

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * {@link parseNumberText} with a fast path for the common plain shapes (`12807`, `92.9`, `57,5`), which
 * it reads the same way: a single `.` or `,` is the decimal mark.
 */
export function readNumber(cell: string): ParsedNumber | undefined {
  if (PLAIN_NUMBER.test(cell)) {
    const value = Number(cell.includes(',') ? cell.replace(',', '.') : cell);
    // 400 digits are a plain number to the pattern, but Infinity to a double: then it is not a number.
    if (Number.isFinite(value)) return { value };
  }
  return parseNumberText(cell);
}

/** Column roles are decided on at most this many data rows. */
const SAMPLE_ROWS = 5000;

export function columnStats(rows: Row[], index: number): ColumnStats {
  const s: ColumnStats = { nonEmpty: 0, numbers: 0, statuses: 0, periods: 0, codeAndName: 0, bareCodes: 0, leadingZero: 0, distinct: 0 };
  const seen = new Set<string>();
  const step = rows.length > SAMPLE_ROWS ? rows.length / SAMPLE_ROWS : 1;
  for (let k = 0; k < rows.length; k += step) {
    const raw = rows[Math.floor(k)]!.fields[index];
    if (raw === undefined) continue;
    const cell = raw.trim();
    if (cell === '') continue;
    s.nonEmpty++;
    seen.add(cell);
    if (isPeriod(cell)) s.periods++;
    const bare = cell.replace(/[\u00a0\u202f]/g, ' ');
    if (isCodeAndName(bare)) s.codeAndName++;
    if (BARE_CODE.test(bare)) {
      s.bareCodes++;
      if (/^0\d/.test(bare)) s.leadingZero++;
    }
    const parsed = readNumber(cell);
    if (parsed) {
      if (parsed.value !== null) s.numbers++;
      else if (parsed.status) s.statuses++;
    } else if (isSymbolLike(cell)) s.statuses++;
  }
  s.distinct = seen.size;
  return s;
}

/** Short punctuation-only text: a status symbol, known or not ("*", "—", "x" is not). */
export function isSymbolLike(text: string): boolean {
  return /^[^\p{L}\p{N}\s]{1,3}$/u.test(text.trim());
}

export function isNumericColumn(s: ColumnStats): boolean {
  if (s.numbers === 0) return false;
  if (s.leadingZero > 0) return false;
  return s.numbers + s.statuses >= (s.nonEmpty * 2) / 3;
}
