/**
 * Reads CSV the way Statistics Norway's Statbank and county analysts write it: `;`, `,` or tab
 * separated, decimal comma, `57,50 %`, a UTF-8 BOM or ISO-8859-1 bytes, title lines before the header,
 * status symbols (`..`, `.`, `:`, `-`), "3401 Kongsvinger" region fields, and both long tables
 * (`region;år;statistikkvariabel;verdi`) and wide ones (`region;2019;2020` or
 * `"region";"Sysselsatte personer 2021"`).
 */
import { dsvFormat } from 'd3-dsv';
import type { Dataset, Dimension, FeedIssue, IndicatorMeta, Measure, Note, Observation, ParseOptions, Region, RegionLevel, Source } from './types.js';
import { FeedError, IssueList } from './errors.js';
import { parseNumberText, type ParsedNumber } from './number.js';
import { normaliseRegionCode, type NormalisedRegion } from './region-code.js';
import { columnLabel } from './column-label.js';
import { slugify } from './slug.js';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvOptions extends ParseOptions {
  /** Skip delimiter detection. */
  delimiter?: CsvDelimiter;
  /** Period for every observation when the file has no period column and no year in its column names. */
  period?: string;
}

// ---------------------------------------------------------------------------------------------
// Text decoding

const BOM = '\ufeff';

import { decodeText } from './detect.js';

export { decodeText };

// ---------------------------------------------------------------------------------------------
// Rows and fields (d3-dsv)

interface Row {
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
function readRows(text: string, delimiter: string, maxRows = Infinity): ReadRows {
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
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const head = text.slice(0, SAMPLE_CHARS);
  const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return cut > 0 ? head.slice(0, cut + 1) : head;
}

function isBlank(row: Row): boolean {
  return row.fields.every((f) => f.trim() === '');
}

/** Which delimiter splits the first lines into the most rows of one consistent width (≥ 2 fields). */
function detectDelimiter(text: string): CsvDelimiter {
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

/**
 * A quick check for format detection: true when the text reads as rows of two or more fields with a
 * consistent width (title lines before them allowed) and some number among them, and is not JSON or markup.
 */
export function looksLikeCsv(text: string): boolean {
  const head = sampleOf(text.startsWith(BOM) ? text.slice(1) : text);
  const first = head.trimStart().charAt(0);
  if (first === '{' || first === '[' || first === '<' || first === '') return false;
  const { rows } = readRows(head, detectDelimiter(head), 40);
  const wide = rows.filter((r) => r.fields.length >= 2);
  if (wide.length < 2) return false;
  // Of the rows with several fields, most have the same width.
  const widths = new Map<number, number>();
  for (const r of wide) widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
  const modal = Math.max(...widths.values());
  if (modal < 2 || modal < wide.length * 0.6) return false;
  // A table of statistics has numbers (or status symbols) somewhere.
  return wide.some((r) =>
    r.fields.some((f) => {
      const cell = f.trim();
      return cell !== '' && readNumber(cell) !== undefined;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Words

/** Lower-case, folded header text for matching names (`År` → `ar`, `Næring` → `naering`). */
function fold(header: string): string {
  return slugify(header).replace(/-/g, ' ');
}

const YEAR = '(?:1[89]\\d\\d|2[01]\\d\\d)';
const PERIOD = new RegExp(`^${YEAR}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12]|U\\d\\d)?$|^${YEAR}\\s*[-–/]\\s*${YEAR}$`, 'i');
/**
 * A period as the last word of a column name, after whitespace or `_`. Not anchored at the start, so the engine
 * tries each position once and each try is bounded: no backtracking over what comes before (a name of thousands
 * of underscores is read in linear time).
 */
const PERIOD_AT_END = new RegExp(`[\\s_](${YEAR}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12]|U\\d\\d)?|${YEAR}\\s*[-–]\\s*${YEAR})$`, 'i');
/** A period in brackets at the end of a column name: "Andel aleneboende (2025)", "Sysselsatte (2024K3)". */
const PERIOD_IN_PARENS = new RegExp(`\\(\\s?(${YEAR}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12]|U\\d\\d)?|${YEAR}\\s?[-–]\\s?${YEAR})\\s?\\)$`, 'i');
/** A period as the first word of a column name; the rest is read without a pattern. */
const PERIOD_AT_START = new RegExp(`^(${YEAR}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12]|U\\d\\d)?)[\\s_]`, 'i');

function isPeriod(text: string): boolean {
  return PERIOD.test(text.trim());
}

/** `text` without the trailing characters in `chars` (a loop: `/[…]+$/` is quadratic on long runs). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text.charAt(end - 1)) || text.charAt(end - 1).trim() === '')) end--;
  return text.slice(0, end);
}

/** `text` without the leading whitespace and `_`. */
function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && (chars.includes(text.charAt(start)) || text.charAt(start).trim() === '')) start++;
  return text.slice(start);
}

/** Splits a column name into a measure label and a period: "Sysselsatte personer 2021" → both. */
function splitHeader(header: string): { label: string; period?: string } {
  const text = header.trim();
  if (isPeriod(text)) return { label: '', period: text.replace(/\s+/g, '') };
  const bracketed = PERIOD_IN_PARENS.exec(text);
  if (bracketed && bracketed.index > 0) return { label: trimEndOf(text.slice(0, bracketed.index), '_:,-'), period: bracketed[1]!.replace(/\s+/g, '') };
  const end = PERIOD_AT_END.exec(text);
  if (end && end.index > 0) return { label: trimEndOf(text.slice(0, end.index), '_:,-'), period: end[1]!.replace(/\s+/g, '') };
  const start = PERIOD_AT_START.exec(text);
  if (start) {
    const rest = trimStartOf(text.slice(start[1]!.length), '_');
    if (rest !== '' && !/^\d/.test(rest)) return { label: rest.trim(), period: start[1]! };
  }
  return { label: text };
}

type NameRole = 'region' | 'regionName' | 'period' | 'measure' | 'value' | 'unit' | 'status' | 'dim' | 'skip';

const NAME_ROLES: Array<[RegExp, NameRole]> = [
  [
    /^(region|regions|kommune|kommuner|kommunenummer|kommunenr|knr|kommunekode|fylke|fylker|fylkesnummer|fylkesnr|fylkeskode|omrade|omrader|area|municipality|municipality code|county|county code|region code|regionkode|region kode|geo|bosted|bostedskommune|arbeidsstedskommune|bydel|bydeler|bydelsnummer|bydelsnr|bydel nr|bydelskode|bydel kode|delomrade|delomradekode|grunnkrets|grunnkretsnummer|district|district code)$/,
    'region',
  ],
  [
    /^(navn|name|kommunenavn|kommune navn|fylkesnavn|fylke navn|regionnavn|region navn|region name|municipality name|county name|omradenavn|omrade navn|bydelsnavn|bydel navn|delomradenavn|delomrade navn|grunnkretsnavn|grunnkrets navn|district name)$/,
    'regionName',
  ],
  [/^(ar|aar|arstall|tid|tidspunkt|periode|period|year|time|kvartal|quarter|maned|month)$/, 'period'],
  [/^(statistikkvariabel|contents|contentscode|measure|variabel|variable|indikator|indicator|maltall|maal|mal)$/, 'measure'],
  [/^(verdi|value|values|obs value|tall|observasjon|observation)$/, 'value'],
  [/^(enhet|unit|maleenhet|unit of measure)$/, 'unit'],
  [/^(status|flagg|flag|flags|symbol|prikking)$/, 'status'],
  // Free text beside the figures (KLASS files' "notes"): not a category to filter by.
  [/^(note|notes|merknad|merknader|kommentar|kommentarer|fotnote|fotnoter|comment|comments)$/, 'skip'],
  [/^(alder|age|kjonn|sex|gender|naering|naeringer|industry|sektor|sector|type|kategori|category|utdanning|education)$/, 'dim'],
];

function nameRole(header: string): NameRole | undefined {
  const { label } = splitHeader(header);
  // The longest name a role is known by is a few words: a longer header names no role (and is not folded).
  if ((label || header).length > 60) return undefined;
  const folded = fold(label || header);
  if (folded === '') return undefined;
  for (const [re, role] of NAME_ROLES) if (re.test(folded)) return role;
  return undefined;
}

/**
 * "3401 Kongsvinger", "0 Hele landet", "K-3401", "EKA34", "EAKUO": a region code in one of Statistics Norway's
 * forms, alone or with a name that starts with a letter (read by {@link normaliseRegionCode}, in linear time).
 */
function isCodeAndName(cell: string): boolean {
  // A code comes first: words for the whole country ("Norge", "i alt") alone do not make a column of regions.
  if (!/^[0-9KFE]/i.test(cell)) return false;
  const norm = normaliseRegionCode(cell);
  if (norm.label !== undefined) return /^\p{L}/u.test(norm.label);
  return norm.original !== undefined || norm.level === 'other';
}
/** Column names of city districts and other units below a municipality (folded: `bydel`, `delomrade`, `grunnkrets`). */
const SUB_MUNICIPAL = /^(?:bydel|bydeler|bydels|delomrade|grunnkrets|district|sone|tettsted)/;
const BARE_CODE = /^(?:0|\d{2}|\d{4})$/;

// ---------------------------------------------------------------------------------------------
// Units in column names

const PERCENT_WORDS = new Set(['prosent', 'pst', 'pct', 'percent']);
const KRONER_SCALES: Record<string, string> = { mill: 'mill. kr', mrd: 'mrd. kr', '1000': '1000 kr' };

/** The last two words of a label, split at whitespace, `_` and `.` (a linear split, no backtracking). */
function lastWords(label: string): string[] {
  const words = label.toLowerCase().split(/[\s_.]+/);
  while (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words.slice(-3);
}

/** A unit written as the last words of a column name: `..._mill_kr`, `Skatt i kr`, `Andel prosent`. */
function unitSuffix(label: string): string | undefined {
  const words = lastWords(label);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (PERCENT_WORDS.has(last)) return '%';
  for (const scale of Object.keys(KRONER_SCALES)) if (last === `${scale}kr`) return KRONER_SCALES[scale];
  if (last !== 'kr') return undefined;
  return (Object.hasOwn(KRONER_SCALES, before) && words.length >= 3 ? KRONER_SCALES[before] : undefined) ?? 'kr';
}

/** The unit a column name states: "Bruttoprodukt (mill. kr)" or `..._mill_kr`. */
function unitOf(label: string): string | undefined {
  const paren = /\(([^()]+)\)\s*$/.exec(label);
  // Not a year, a span of years, or an index base ("2015=100").
  if (paren && !/^-?\d{4}-?$|^\d{4}\s*-\s*\d{4}$|^\d{4}\s?=\s?100$/.test(paren[1]!.trim())) return paren[1]!.trim();
  return unitSuffix(label);
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface ColumnPlan {
  index: number;
  header: string;
  role: 'region' | 'regionName' | 'period' | 'measure' | 'value' | 'unit' | 'status' | 'dim' | 'skip';
  /** value columns: what the column name says, readable. */
  measureLabel?: string;
  /** value columns: the column name as written (the measure's code is made from it). */
  measureKey?: string;
  /** A column of notes or comments, skipped on purpose. */
  freeText?: boolean;
  period?: string;
  unit?: string;
  /** dim columns: dimension id. */
  dimId?: string;
}

interface ColumnStats {
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
function readNumber(cell: string): ParsedNumber | undefined {
  if (PLAIN_NUMBER.test(cell)) {
    const value = Number(cell.includes(',') ? cell.replace(',', '.') : cell);
    // 400 digits are a plain number to the pattern, but Infinity to a double: then it is not a number.
    if (Number.isFinite(value)) return { value };
  }
  return parseNumberText(cell);
}

/** Longest field accepted (the Innsikt reader's limit for a text). */
const MAX_FIELD = 5000;

/** Column roles are decided on at most this many data rows. */
const SAMPLE_ROWS = 5000;

function columnStats(rows: Row[], index: number): ColumnStats {
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
function isSymbolLike(text: string): boolean {
  return /^[^\p{L}\p{N}\s]{1,3}$/u.test(text.trim());
}

function isNumericColumn(s: ColumnStats): boolean {
  if (s.numbers === 0) return false;
  if (s.leadingZero > 0) return false;
  return s.numbers + s.statuses >= (s.nonEmpty * 2) / 3;
}

function columnPath(line: number, header: string, index: number): string {
  return header.trim() ? `line ${line}, column ${JSON.stringify(header.trim())}` : `line ${line}, column ${index + 1}`;
}

function headerName(header: string, index: number): string {
  return header.trim() ? `"${header.trim()}"` : `${index + 1} (no name)`;
}

/** A data row: some cell is a number that is not a period (a header may hold years, not other numbers). */
function looksLikeData(row: Row): boolean {
  return row.fields.some((f) => {
    const cell = f.trim();
    if (cell === '' || isPeriod(cell)) return false;
    const p = parseNumberText(cell);
    return p !== undefined && p.value !== null;
  });
}

interface HeaderFound {
  /** The last header row (the data starts below it). */
  header: number;
  /** Every header row, top to bottom: one, or two or three in Statbank's "matrix" layout. */
  headerRows: number[];
  titles: string[];
}

/** The non-empty cells of a row, trimmed. */
function filledCells(row: Row): string[] {
  const out: string[] = [];
  for (const f of row.fields) {
    const t = f.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/**
 * A second or third header row of Statbank's "matrix" layout: the years (or units) under the measure row, with
 * the region column's cell empty (`"";"2020";"2021"`), a row of periods alone, or the stub columns' names with the
 * years under the measures (`"region";"kjønn";"2020";"2021"` under `"";"";"Sysselsatte";"Sysselsatte"`). A data row
 * holds numbers that are not years, so it is never taken for one.
 */
function isLowerHeaderRow(row: Row, above: Row): boolean {
  if (row.fields.length < 2 || looksLikeData(row)) return false;
  const filled = filledCells(row);
  if (filled.length === 0) return false;
  if (row.fields[0]!.trim() === '' || filled.every(isPeriod)) return true;
  // Under the filled cells of the row above (the measures), years only.
  let under = 0;
  for (let j = 0; j < above.fields.length; j++) {
    if (above.fields[j]!.trim() === '') continue;
    const cell = row.fields[j]?.trim() ?? '';
    if (cell !== '' && !isPeriod(cell)) return false;
    if (cell !== '') under++;
  }
  return under > 0 && above.fields[0]!.trim() === '';
}

/**
 * The header is the first row with two or more filled fields that is followed by data; in Statbank's "matrix"
 * layout it is two or three rows (a measure row above a year row; measure / unit / year). Rows with one filled
 * field before it (a title, whether or not it is padded with delimiters to the table's width) are title lines.
 */
function findHeader(rows: Row[], delimiter: string, issues: IssueList): HeaderFound | undefined {
  const join = delimiter === '\t' ? ' ' : `${delimiter} `;
  const titles: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const filled = filledCells(row);
    const nextIndex = nextFilled(rows, i + 1);
    const next = rows[nextIndex];
    if (filled.length === 1 && next && filledCells(next).length >= 2) {
      // "11616: Sysselsatte …";;;; — a title padded with delimiters.
      titles.push(filled[0]!);
      continue;
    }
    if (row.fields.length >= 2 && !next) return { header: i, headerRows: [i], titles }; // a header with no data below it
    if (row.fields.length >= 2 && next && next.fields.length >= 2) {
      if (looksLikeData(row)) {
        issues.error(
          `line ${row.line}`,
          `The file has no header row: the first line with several fields (${preview(row)}) holds data. Add a line naming the columns, for example "region;år;verdi".`,
        );
        return undefined;
      }
      // A title line that happens to contain the delimiter, followed by the real header.
      const after = rows[nextFilled(rows, nextIndex + 1)];
      if (
        after &&
        !looksLikeData(next) &&
        looksLikeData(after) &&
        next.fields.length === after.fields.length &&
        row.fields.length !== next.fields.length &&
        !isLowerHeaderRow(next, row)
      ) {
        titles.push(filled.join(join));
        continue;
      }
      const headerRows = [i];
      let k = nextIndex;
      while (
        headerRows.length < 3 &&
        k < rows.length &&
        isLowerHeaderRow(rows[k]!, rows[headerRows[headerRows.length - 1]!]!) &&
        rows[nextFilled(rows, k + 1)] !== undefined
      ) {
        headerRows.push(k);
        k = nextFilled(rows, k + 1);
      }
      return { header: headerRows[headerRows.length - 1]!, headerRows, titles };
    }
    if (filled.length > 0) titles.push(filled.join(join));
  }
  issues.error(
    'line 1',
    'No header row was found: the file needs a line naming the columns (for example "region;år;verdi") followed by lines of data, with the fields separated by ";", "," or a tab.',
  );
  return undefined;
}

/** A row of units under a measure row ("1000 kr", "prosent", "personer"): short words, no periods. */
const UNIT_WORD =
  /^(?:%|‰|prosent|promille|per cent|percent|kr|kroner|nok|(?:1 ?000|tusen|mill\.?|mrd\.?) ?(?:kr|kroner|nok|personer)?|personer|antall|number|indeks|index|år|timer|tonn|kg|km|m2|daa)$/i;

/**
 * The column names of a header of one to three rows, read together: a measure (or a year) written once spans the
 * columns after it that are empty in its row but named in another, a unit row is put in brackets and the period goes
 * last, so that "Sysselsatte" / "2021" reads "Sysselsatte 2021" and "Beløp" / "1000 kr" / "2021" reads
 * "Beløp (1000 kr) 2021", whichever of the rows holds the years.
 */
function combineHeaderRows(rows: Row[]): string[] {
  if (rows.length === 1) return rows[0]!.fields.slice();
  const width = Math.max(...rows.map((r) => r.fields.length));
  const cellOf = (r: Row, j: number) => r.fields[j]?.trim() ?? '';
  // The row of years: every filled cell after the first column is a period.
  const periodRow = rows.find((r) => {
    const cells = filledCells({ fields: r.fields.slice(1), line: r.line });
    return cells.length > 0 && cells.every(isPeriod);
  });
  const filled = rows.map((r) => Array.from({ length: width }, (_, j) => cellOf(r, j)));
  for (let k = 0; k < rows.length; k++) {
    const cells = filled[k]!;
    for (let j = 1; j < width; j++) {
      const namedElsewhere = rows.some((_, other) => other !== k && cellOf(rows[other]!, j) !== '');
      if (cells[j] === '' && namedElsewhere && j > 1) cells[j] = cells[j - 1]!;
    }
  }
  const out: string[] = [];
  for (let j = 0; j < width; j++) {
    const parts: string[] = [];
    rows.forEach((row, k) => {
      const cell = filled[k]![j]!;
      if (row === periodRow || cell === '') return;
      parts.push(k > 0 && UNIT_WORD.test(cell) ? `(${cell})` : cell);
    });
    const period = periodRow ? filled[rows.indexOf(periodRow)]![j]! : '';
    if (period !== '') parts.push(period);
    out.push(parts.join(' '));
  }
  return out;
}

/** A line with one filled field, its first, that holds no number: a note under the table. */
function isFootnoteRow(row: Row): boolean {
  const filled = filledCells(row);
  return filled.length === 1 && row.fields[0]!.trim() !== '' && !looksLikeData(row) && !/^\d/.test(filled[0]!);
}

/** Most decimals kept from a cell: more are float artefacts (`2569.6999999999998`), not precision. */
const MAX_DECIMALS = 4;

/**
 * How many decimals a number cell shows: `57,5 %` → 1, `60,00 %` → 2, `1 234` → 0, `1.234` (a thousands point) → 0.
 * Read from the digits after the last `,` or `.`, counted only when they are decimals of the value read.
 */
function decimalsShown(cell: string, value: number): number {
  const mark = Math.max(cell.lastIndexOf(','), cell.lastIndexOf('.'));
  if (mark < 0) return 0;
  let digits = 0;
  while (digits < 20 && /\d/.test(cell.charAt(mark + 1 + digits))) digits++;
  if (digits === 0) return 0;
  const fraction = cell.slice(mark + 1, mark + 1 + digits);
  // An integer with digits after the mark: decimals only when they are zeros ("60,00"), else a thousands separator.
  if (Number.isInteger(value) && /[1-9]/.test(fraction)) return 0;
  return Math.min(digits, MAX_DECIMALS);
}

function nextFilled(rows: Row[], from: number): number {
  let k = from;
  while (k < rows.length && isBlank(rows[k]!)) k++;
  return k;
}

function preview(row: Row): string {
  const text = row.fields.join(' | ');
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Decides the role of every column from its name and its content. */
function planColumns(headers: string[], data: Row[], width: number): ColumnPlan[] {
  const plans: ColumnPlan[] = [];
  const stats: ColumnStats[] = [];
  for (let j = 0; j < width; j++) {
    const header = headers[j] ?? '';
    const s = columnStats(data, j);
    stats.push(s);
    const role = nameRole(header);
    const split = splitHeader(header);
    const plan: ColumnPlan = { index: j, header, role: 'skip' };
    if (role === 'value') {
      plan.role = 'value';
    } else if (role === 'region' || role === 'regionName' || role === 'period' || role === 'measure' || role === 'unit' || role === 'status') {
      plan.role = role;
    } else if (role === 'dim') {
      plan.role = 'dim';
    } else if (role === 'skip') {
      plan.freeText = true;
    } else if (split.period !== undefined && split.label === '') {
      // A bare period as the column name ("2021"): always values.
      plan.role = 'value';
    } else if (s.nonEmpty > 0 && s.codeAndName >= s.nonEmpty * 0.8) {
      plan.role = 'region';
    } else if (s.nonEmpty > 0 && s.bareCodes >= s.nonEmpty * 0.8 && (s.leadingZero > 0 || /^(code|kode|nr|nummer)$/.test(fold(header)))) {
      // "0301", "0402": codes with a leading zero are identifiers, not quantities.
      plan.role = 'region';
    } else if (s.nonEmpty > 0 && s.periods === s.nonEmpty && split.period === undefined) {
      plan.role = 'period';
    } else if (isNumericColumn(s) || (s.nonEmpty > 0 && s.statuses === s.nonEmpty && split.period !== undefined)) {
      plan.role = 'value';
    } else if (s.nonEmpty > 0) {
      plan.role = 'dim';
    }
    if (plan.role === 'value') {
      const label = split.label;
      if (split.period !== undefined) plan.period = split.period;
      if (label && role !== 'value') {
        // A raw name with no spaces (`bruttoprodukt_basisverdi_lopende_priser_mill_kr`) reads as words, its unit pulled out.
        const named = columnLabel(label);
        plan.measureLabel = /\s/.test(label) ? label : named.label;
        plan.measureKey = label;
        const unit = unitOf(label) ?? named.unit;
        if (unit) plan.unit = unit;
      }
    }
    plans.push(plan);
  }

  // One region column. Prefer one named so; among several, the code column keeps the role and a
  // text column becomes its name column.
  const regions = plans.filter((p) => p.role === 'region');
  if (regions.length > 1) {
    const codeCol = regions.find((p) => stats[p.index]!.bareCodes + stats[p.index]!.codeAndName >= stats[p.index]!.nonEmpty * 0.8) ?? regions[0]!;
    for (const p of regions) {
      if (p === codeCol) continue;
      const s = stats[p.index]!;
      // A second column of codes ("3001 - Halden" beside "0101 - Halden") is another classification, not the names.
      p.role = s.bareCodes === 0 && s.codeAndName === 0 && !plans.some((q) => q.role === 'regionName') ? 'regionName' : 'dim';
    }
  }
  let region = plans.find((p) => p.role === 'region');
  const named = plans.find((p) => p.role === 'regionName');
  if (!region && named) {
    // A name column alone ("navn;verdi") is the region column.
    named.role = 'region';
    region = named;
  }
  if (!region) {
    // No column named or shaped like a region: the first text column, if it has no name or is first.
    const candidate = plans.find((p) => p.role === 'dim' && (p.header.trim() === '' || p.index === 0));
    if (candidate) {
      candidate.role = 'region';
      region = candidate;
    }
  }
  // A bare code column ("3401") with a text column beside it holding the names.
  const names = plans.filter((p) => p.role === 'regionName');
  for (const p of names.slice(1)) p.role = 'dim';
  if (region && names.length === 0) {
    const s = stats[region.index]!;
    const right = plans[region.index + 1];
    // Only when the region column's name says it holds numbers or codes ("kommunenr", "kode"), so that
    // "region;næring" keeps næring as a dimension.
    const codeHeader = /(nummer|nr|kode|code)$/.test(fold(region.header).replace(/ /g, ''));
    if (codeHeader && s.bareCodes >= s.nonEmpty * 0.8 && right && right.role === 'dim' && nameRole(right.header) === undefined) {
      const rs = stats[right.index]!;
      if (rs.numbers === 0 && rs.bareCodes === 0) right.role = 'regionName';
    }
  }

  // A text column with about one value per region (another classification's code, "3001 - Halden" beside
  // "0101 - Halden") is an attribute of the region, not a category to narrow the figures to.
  const regionCount = region ? stats[region.index]!.distinct : 0;
  for (const p of plans) {
    const s = stats[p.index]!;
    if (p.role === 'dim' && nameRole(p.header) !== 'dim' && s.distinct >= 10 && s.distinct >= regionCount * 0.75 && s.distinct <= regionCount) {
      p.role = 'skip';
      p.freeText = true;
    }
  }

  for (const role of ['period', 'measure', 'unit', 'status'] as const) {
    const cols = plans.filter((p) => p.role === role);
    for (const p of cols.slice(1)) p.role = 'dim';
  }

  const used = new Set<string>();
  for (const p of plans) {
    if (p.role !== 'dim') continue;
    let id = slugify(p.header) || `column-${p.index + 1}`;
    const base = id;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    p.dimId = id;
  }
  return plans;
}

/**
 * Remembers which (region, period, measure, dims) cells were seen. Numbers the parts and combines the
 * numbers into one key, so that no joined string is built and kept per cell.
 */
class CellKeys {
  private readonly ids = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  private readonly numeric = new Set<number>();
  private readonly text = new Set<string>();
  private static readonly radix = 8192;

  private id(part: 0 | 1 | 2 | 3, value: string): number {
    const map = this.ids[part];
    let id = map.get(value);
    if (id === undefined) {
      id = map.size;
      map.set(value, id);
    }
    return id;
  }

  /** Adds a cell; false when it was already there. */
  add(region: string, period: string, measure: string, dims: string): boolean {
    const r = this.id(0, region);
    const p = this.id(1, period);
    const m = this.id(2, measure);
    const d = this.id(3, dims);
    const radix = CellKeys.radix;
    if (r < radix && p < radix && m < radix && d < 1024) {
      const key = r + radix * (p + radix * (m + radix * d));
      if (this.numeric.has(key)) return false;
      this.numeric.add(key);
      return true;
    }
    const key = `${r}:${p}:${m}:${d}`;
    if (this.text.has(key)) return false;
    this.text.add(key);
    return true;
  }
}

/** Keeps code ↔ label pairs unique and stable: two labels never share a code. */
class Codebook {
  private readonly byLabel = new Map<string, string>();
  private readonly codes = new Set<string>();

  code(label: string): string {
    let code = this.byLabel.get(label);
    if (code !== undefined) return code;
    const base = slugify(label) || (label.trim() === '' ? '' : 'x');
    code = base;
    for (let k = 2; this.codes.has(code); k++) code = `${base}-${k}`;
    this.byLabel.set(label, code);
    this.codes.add(code);
    return code;
  }
}

const NO_DIMS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'county', 4: 'municipality' };

/**
 * Parses CSV text or bytes into a {@link Dataset}. Bytes are decoded with {@link decodeText}.
 * Throws a {@link FeedError} listing every problem when the file cannot be read.
 */
export function parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions = {}): Dataset {
  let text = typeof input === 'string' ? input : decodeText(input);
  if (text.startsWith(BOM)) text = text.slice(1);
  const issues = new IssueList();
  if (text.trim() === '') throw new FeedError([{ path: 'file', message: 'The file is empty.' }]);

  const delimiter = options.delimiter ?? detectDelimiter(text);
  const { rows, unclosedQuote } = readRows(text, delimiter);
  if (unclosedQuote !== undefined) {
    issues.warn(`line ${unclosedQuote}`, 'A quoted field starting on this line is never closed: the rest of the file was read as part of it.');
  }
  // No field of a statistics table is a book: a longer one is a broken (or hostile) file, and every view would
  // lay it out, measure it and wrap it, freezing the page for seconds.
  for (const row of rows) {
    for (let j = 0; j < row.fields.length; j++) {
      const length = row.fields[j]!.length;
      if (length > MAX_FIELD) issues.error(`line ${row.line}, column ${j + 1}`, `This field is ${length} characters long; at most ${MAX_FIELD} are allowed.`);
    }
  }
  issues.throwIfAny();
  const found = findHeader(rows, delimiter, issues);
  if (!found) {
    issues.throwIfAny();
    throw new FeedError([{ path: 'line 1', message: 'No header row was found.' }]);
  }

  const headerRow = rows[found.headerRows[0]!]!;
  // Trailing empty header cells (a trailing delimiter) do not make columns.
  const headers = combineHeaderRows(found.headerRows.map((k) => rows[k]!));
  while (headers.length > 1 && headers[headers.length - 1]!.trim() === '') headers.pop();
  const width = headers.length;

  // Data rows; single-field lines after the data are footnotes.
  const notes: Note[] = [];
  const data: Row[] = [];
  let pending: Row[] = [];
  for (let i = found.header + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    if (row.fields.length === 1 && width > 1) {
      pending.push(row);
      continue;
    }
    // A one-field line between data lines is a broken row, not a footnote.
    for (const lone of pending)
      issues.warn(`line ${lone.line}`, `This line has a single field (${preview(lone)}) where the header names ${width} columns; it was skipped.`);
    pending = [];
    data.push(row);
  }
  // Footnotes padded with delimiters to the table's width ("Kilde: SSB";;;) after the last line of data.
  const padded: Row[] = [];
  while (data.length > 1 && isFootnoteRow(data[data.length - 1]!)) padded.unshift(data.pop()!);
  for (const lone of [...padded, ...pending]) notes.push({ text: filledCells(lone).join(' '), mandatory: false, scope: 'dataset' });

  if (data.length === 0) {
    issues.error(`line ${headerRow.line}`, 'The file has a header row but no data rows below it.');
    issues.throwIfAny();
  }
  const plans = planColumns(headers, data, width);
  const values = plans.filter((p) => p.role === 'value');
  if (values.length === 0) {
    const described = headers.map((h, j) => headerName(h, j)).join(', ');
    issues.error(
      `line ${headerRow.line}`,
      `No column holds numbers, so there are no values to show. The columns are ${described}. Put the figures in a column such as "verdi", or in one column per year.`,
    );
    issues.throwIfAny();
  }

  const title = found.titles[0];
  // Title lines after the first come before the footnotes, in file order; one new array, not an unshift per line
  // (quadratic in the number of lines, and it reversed them).
  const titleNotes: Note[] = [];
  for (let k = 1; k < found.titles.length; k++) titleNotes.push({ text: found.titles[k]!, mandatory: false, scope: 'dataset' });
  const allNotes = titleNotes.length > 0 ? titleNotes.concat(notes) : notes;
  const periodColumn = plans.find((p) => p.role === 'period');
  const regionColumn = plans.find((p) => p.role === 'region');
  const nameColumn = plans.find((p) => p.role === 'regionName');
  const measureColumn = plans.find((p) => p.role === 'measure');
  const unitColumn = plans.find((p) => p.role === 'unit');
  const statusColumn = plans.find((p) => p.role === 'status');
  const dimColumns = plans.filter((p) => p.role === 'dim');

  // Period when neither a column nor the column names give one.
  let fallbackPeriod = '';
  if (!periodColumn && values.some((p) => p.period === undefined)) {
    const titleYear = title ? title.match(/\b(?:1[89]\d\d|2[01]\d\d)\b/g) : null;
    if (options.period !== undefined) fallbackPeriod = options.period;
    else if (titleYear && new Set(titleYear).size === 1) fallbackPeriod = titleYear[0]!;
    else issues.warn(`line ${headerRow.line}`, 'No column gives the year or period, and no column name contains one: the values have no period.');
  }
  if (periodColumn && values.some((p) => p.period !== undefined)) {
    issues.warn(
      `line ${headerRow.line}`,
      `The file has a period column (${headerName(periodColumn.header, periodColumn.index)}) and years in other column names; the period column was used.`,
    );
  }
  if (!regionColumn) issues.warn(`line ${headerRow.line}`, 'No column names the region: the values have no region.');
  for (const p of plans) {
    if (p.role === 'skip' && !p.freeText && p.header.trim() !== '')
      issues.warn(`line ${headerRow.line}, column ${JSON.stringify(p.header.trim())}`, 'This column is empty and was skipped.');
  }

  // A file that names neither itself nor its source has an untitled source ("Kilde: ikke oppgitt"), never "CSV".
  const sourceTitle = title ?? options.sourceTitle ?? '';
  const source: Source = { id: slugify(sourceTitle).slice(0, 60) || 'csv', title: sourceTitle };
  const table = title ? /^(\d{5})\s*:/.exec(title) : null;
  if (table) source.table = table[1]!;

  const measureCodes = new Codebook();
  const dimCodes = new Map<string, Codebook>();
  for (const p of dimColumns) dimCodes.set(p.dimId!, new Codebook());

  const regions = new Map<string, Region>();
  const measures = new Map<string, Measure>();
  const periods = new Set<string>();
  const dimensions = new Map<string, Dimension>();
  const dimensionSeen = new Map<string, Set<string>>();
  for (const p of dimColumns) {
    dimensions.set(p.dimId!, { id: p.dimId!, label: p.header.trim() || p.dimId!, categories: [] });
    dimensionSeen.set(p.dimId!, new Set());
  }
  const defaultMeasureLabel = options.indicator ?? title ?? 'Verdi';
  const observations: Observation[] = [];
  const seen = new CellKeys();
  const regionCache = new Map<string, NormalisedRegion>();
  const subMunicipal = regionColumn !== undefined && SUB_MUNICIPAL.test(fold(regionColumn.header));
  let duplicates = 0;
  let emptyCells = 0;
  let firstEmpty = '';
  let raggedShort = 0;
  let raggedLong = 0;

  for (const row of data) {
    const f = row.fields;
    if (f.length > width) {
      const extra = f.slice(width).some((c) => c.trim() !== '');
      if (extra && raggedLong++ === 0) {
        issues.warn(`line ${row.line}`, `This line has ${f.length} fields but the header names ${width} columns; the extra fields were ignored.`);
      }
    } else if (f.length < width) {
      if (raggedShort++ === 0) {
        issues.warn(`line ${row.line}`, `This line has ${f.length} fields but the header names ${width} columns; the missing fields were read as empty.`);
      }
    }

    // Region
    let regionCode = '';
    let regionLabel = '';
    let originalRegion: string | undefined;
    if (regionColumn) {
      const raw = (f[regionColumn.index] ?? '').trim();
      if (raw === '') {
        issues.error(columnPath(row.line, regionColumn.header, regionColumn.index), 'The region is missing on this line.');
        continue;
      }
      let norm = regionCache.get(raw);
      if (!norm) {
        // City districts and other sub-municipal units keep their own codes: "01" Gamle Oslo is not a county.
        norm = subMunicipal ? { code: raw, level: 'other' } : normaliseRegionCode(raw);
        regionCache.set(raw, norm);
      }
      regionCode = norm.code;
      regionLabel = norm.label ?? raw;
      if (nameColumn) {
        const name = (f[nameColumn.index] ?? '').trim();
        if (name) regionLabel = name;
      }
      if (regionCode !== raw) originalRegion = raw;
      if (!regions.has(regionCode)) {
        const region: Region = { code: regionCode, name: regionLabel, level: norm.level ?? LEVEL_BY_LENGTH[regionCode.length] ?? 'other' };
        if (!norm.level && !/^\d+$/.test(regionCode)) region.level = 'other';
        // The office's own code for the whole country ("TOTAL";"Hele landet") keeps its code and says its level.
        if (!norm.level && /^(?:hele landet|heile landet|landet i alt)$/i.test(regionLabel)) region.level = 'country';
        const span = /\((\d{4})?\s*-\s*(\d{4})?\)\s*$/.exec(regionLabel);
        if (span) {
          if (span[1]) region.validFrom = span[1];
          if (span[2]) region.validTo = span[2];
        }
        regions.set(regionCode, region);
      }
    }

    // Period
    let rowPeriod: string | undefined;
    if (periodColumn) {
      rowPeriod = (f[periodColumn.index] ?? '').trim();
      if (rowPeriod === '') {
        issues.error(columnPath(row.line, periodColumn.header, periodColumn.index), 'The period (year) is missing on this line.');
        continue;
      }
    }

    // Measure, unit, status, dims from the row
    let rowMeasureLabel: string | undefined;
    if (measureColumn) {
      rowMeasureLabel = (f[measureColumn.index] ?? '').trim();
      if (rowMeasureLabel === '') {
        issues.error(columnPath(row.line, measureColumn.header, measureColumn.index), 'The measure is missing on this line.');
        continue;
      }
    }
    const rowUnit = unitColumn ? (f[unitColumn.index] ?? '').trim() || undefined : undefined;
    const rowStatus = statusColumn ? (f[statusColumn.index] ?? '').trim() || undefined : undefined;
    const dims = dimColumns.length ? (Object.create(null) as Record<string, string>) : NO_DIMS;
    for (const p of dimColumns) {
      const label = (f[p.index] ?? '').trim();
      const code = dimCodes.get(p.dimId!)!.code(label);
      dims[p.dimId!] = code;
      const seenCodes = dimensionSeen.get(p.dimId!)!;
      if (!seenCodes.has(code)) {
        seenCodes.add(code);
        dimensions.get(p.dimId!)!.categories.push({ code, label });
      }
    }
    const dimKey = dimColumns.length ? dimColumns.map((p) => dims[p.dimId!]).join('\u0001') : '';
    // One frozen dims object per line, shared by its values (and one for all lines when there are no dimensions),
    // as the JSON-stat reader shares them: a 1 MB file is then not a hundred thousand extra objects.
    const rowDims = dimColumns.length ? Object.freeze(dims) : NO_DIMS;

    for (const col of values) {
      const raw = f[col.index] ?? '';
      const cell = raw.trim();
      if (cell === '') {
        if (emptyCells++ === 0) firstEmpty = columnPath(row.line, col.header, col.index);
        continue;
      }
      let parsed: ParsedNumber | undefined = readNumber(cell);
      if (!parsed) {
        if (isSymbolLike(cell)) {
          parsed = { value: null, status: cell };
          issues.warn(
            columnPath(row.line, col.header, col.index),
            `"${cell}" is not one of Statistics Norway's status symbols (.., ., :, -); it was kept as a gap with that symbol.`,
          );
        } else {
          issues.error(
            columnPath(row.line, col.header, col.index),
            `${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)} is not a number. Write a number such as 1 234,5 or 57,5 %, or a status symbol such as .. (not available).`,
          );
          continue;
        }
      }

      const measureLabel = rowMeasureLabel ?? col.measureLabel ?? defaultMeasureLabel;
      // The code comes from the column's own name (stable for `measure="…"`), the label is the readable one.
      const measureCode = measureCodes.code(rowMeasureLabel ?? col.measureKey ?? measureLabel) || 'value';
      const period = rowPeriod ?? col.period ?? fallbackPeriod;
      const unit = rowUnit ?? col.unit ?? (parsed.percent ? '%' : undefined);

      let measure = measures.get(measureCode);
      if (!measure) {
        measure = { code: measureCode, label: measureLabel };
        measures.set(measureCode, measure);
      }
      if (unit && !measure.unit) measure.unit = unit;
      // The decimals the data shows (57,5 % has one), when the file states none.
      if (parsed.value !== null) {
        const shown = decimalsShown(cell, parsed.value);
        if (shown > (measure.decimals ?? 0)) measure.decimals = shown;
      }

      const obs: Observation = {
        measure: measureCode,
        measureLabel,
        region: regionCode,
        regionLabel,
        period,
        value: parsed.value,
        dims: rowDims,
        source: source.id,
      };
      if (options.indicator) obs.indicator = options.indicator;
      if (originalRegion !== undefined) obs.originalRegion = originalRegion;
      const status = parsed.status ?? rowStatus;
      if (status) obs.status = status;
      if (parsed.qualifier) {
        obs.qualifier = parsed.qualifier;
        if (parsed.qualifierText !== undefined) obs.qualifierText = parsed.qualifierText;
      }
      if (unit) obs.unit = unit;
      observations.push(obs);
      if (period) periods.add(period);

      if (!seen.add(regionCode, period, measureCode, dimKey)) {
        if (duplicates++ < IssueList.limit) {
          issues.warn(
            columnPath(row.line, col.header, col.index),
            `A value for ${regionLabel || 'this region'}, ${period || 'no period'}, "${measureLabel}" was already given on an earlier line; both were kept.`,
          );
        }
      }
    }
  }
  if (duplicates > IssueList.limit) issues.warn('file', `${duplicates} values repeat a region, period and measure given earlier; both were kept each time.`);
  if (raggedLong > 1) issues.warn('file', `${raggedLong} lines have more fields than the header; the extra fields were ignored.`);
  if (raggedShort > 1) issues.warn('file', `${raggedShort} lines have fewer fields than the header; the missing fields were read as empty.`);
  if (emptyCells > 0)
    issues.warn(
      firstEmpty,
      `${emptyCells === 1 ? 'An empty cell was' : `${emptyCells} empty cells were`} skipped (the first is here). Use a status symbol such as .. to mark a missing figure.`,
    );

  issues.throwIfAny((n) => `The CSV file could not be read: ${n} problem${n === 1 ? '' : 's'}.`);

  const indicators: IndicatorMeta[] = options.indicator ? [title ? { id: options.indicator, title } : { id: options.indicator }] : [];
  const warnings: FeedIssue[] = issues.warnings;
  const dataset: Dataset = {
    format: 'csv',
    indicators,
    regions: [...regions.values()],
    periods: [...periods].sort(comparePeriods),
    measures: [...measures.values()],
    dimensions: [...dimensions.values()],
    observations,
    sources: [source],
    notes: allNotes,
    warnings,
  };
  if (title) dataset.title = title;
  return dataset;
}

function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
