/**
 * A CSV text as rows of fields (d3-dsv, RFC 4180), with the line each row starts on, and which delimiter splits it.
 */
import { dsvFormat } from 'd3-dsv';

export type CsvDelimiter = ';' | ',' | '\t';

export interface Row {
  fields: string[];
  /** 1-based line on which the row starts. */
  line: number;
}

interface ReadRows {
  rows: Row[];
  /** Line of a quote that was never closed, if any. */
  unclosedQuote?: number;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Line breaks in `text[from, to)`: CRLF, LF and a lone CR each count once. */
function countBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

/**
 * Splits text into rows and fields with d3-dsv (RFC 4180: `"` quotes, `""` inside quotes, line breaks
 * inside quotes; CRLF, LF or CR end a row; a final line break does not start a row). Keeps at most
 * `maxRows` rows when given. An empty line makes no row (every reader skips it; a file of a million empty lines
 * would otherwise be a million arrays), but it counts for the line numbers.
 */
export function readRows(text: string, delimiter: string, maxRows = Infinity): ReadRows {
  const rows: Row[] = [];
  let line = 1;
  let last: string[] | undefined;
  let truncated = false;
  dsvFormat(delimiter).parseRows(text, (fields) => {
    last = fields;
    const at = line;
    // Each row ends at one line break; line breaks inside quoted fields add to it.
    line++;
    for (const f of fields) if (f.includes('\n') || f.includes('\r')) line += countBreaks(f);
    if (fields.length === 1 && fields[0] === '') return undefined;
    if (rows.length < maxRows) rows.push({ fields, line: at });
    else truncated = true;
    return undefined;
  });
  const out: ReadRows = { rows };
  if (!truncated && last !== undefined) {
    const at = unclosedQuoteAt(text, delimiter, last[last.length - 1]!);
    if (at !== undefined) out.unclosedQuote = 1 + countBreaks(text, 0, at);
  }
  return out;
}

/**
 * Where the quote that opens the last field starts, when that quote is never closed. d3-dsv then reads
 * the rest of the text (up to one character past a final line break, which it otherwise drops) as the
 * field, with `""` read as `"`; so the text ends with `"` and the field with its quotes doubled, and
 * that quote starts a field.
 */
function unclosedQuoteAt(text: string, delimiter: string, lastField: string): number | undefined {
  let n = text.length;
  if (text.charCodeAt(n - 1) === LF) n--;
  if (text.charCodeAt(n - 1) === CR) n--;
  const end = Math.min(n + 1, text.length);
  const raw = `"${lastField.replace(/"/g, '""')}`;
  const at = end - raw.length;
  if (at < 0 || !text.startsWith(raw, at)) return undefined;
  if (at === 0) return at;
  // A field starts after a delimiter or line break, or (as d3-dsv reads `"a"x"b`) one character after a closing quote.
  const before = text.charCodeAt(at - 1);
  if (before === LF || before === CR || before === delimiter.charCodeAt(0) || text.charCodeAt(at - 2) === QUOTE) return at;
  return undefined;
}

/** Detection reads at most this many characters, cut at a line break. */
const SAMPLE_CHARS = 65536;

/** The start of a long text, for detection: at most {@link SAMPLE_CHARS} characters, ending at a line break. */
export function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const head = text.slice(0, SAMPLE_CHARS);
  const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return cut > 0 ? head.slice(0, cut + 1) : head;
}

export function isBlank(row: Row): boolean {
  return row.fields.every((f) => f.trim() === '');
}

/** Which delimiter splits the first lines into the most rows of one consistent width (≥ 2 fields). */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = sampleOf(text);
  let best: CsvDelimiter = ';';
  let bestScore = 0;
  // Order is the tie-break: Norwegian files use `;` when `,` is the decimal mark.
  for (const d of [';', '\t', ','] as const) {
    const { rows } = readRows(sample, d, 60);
    const widths = new Map<number, number>();
    for (const r of rows) if (r.fields.length >= 2) widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
    let score = 0;
    for (const count of widths.values()) score = Math.max(score, count);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first row at or after `from` that is not blank (rows.length when there is none). */
export function nextFilled(rows: Row[], from: number): number {
  let k = from;
  while (k < rows.length && isBlank(rows[k]!)) k++;
  return k;
}

/** The start of a row, quoted, for a message. */
export function preview(row: Row): string {
  const text = row.fields.join(' | ');
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
