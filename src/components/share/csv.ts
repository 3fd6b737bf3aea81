/**
 * CSV of exactly the rows behind a view: what the chart, table, map or key figure draws, with the status
 * symbols, qualifiers and sources kept.
 *
 * Format choices:
 *  - RFC 4180 quoting (a field with the separator, a quote or a line break is quoted, quotes doubled), CRLF
 *    line ends, UTF-8 with a byte-order mark so that Excel reads æ, ø, å correctly.
 *  - Separator and decimal mark follow the widget's language, because that is the best guess we have for
 *    the reader's spreadsheet: nb/nn write `;` and a decimal comma (`12,5`), as Norwegian Excel and Statistics
 *    Norway's own CSV downloads do; en writes `,` and a decimal point. Numbers are never grouped (`12807`,
 *    not `12 807`) and never rounded: the file holds the value as the feed gave it.
 *  - Column names are fixed and the same in every language (snake_case, English), so a script that reads
 *    one download reads them all; the labels inside (region name, measure) follow the widget's language.
 *  - A gap keeps its status symbol in the `value` cell (`..`), as Statistics Norway's files do, and in the
 *    `status` column; a gap is never written as 0 or left for a spreadsheet to read as 0.
 *  - A qualifier ("over 70", "ca. 68") stays out of the value cell, which holds only the number so that it
 *    can be summed and charted: `qualifier` holds `atLeast` / `atMost` / `approx` and `qualifier_text` the
 *    source's own words.
 *  - Provenance per row: the source's Statbank page (`source_url`), when it was retrieved and when the table was
 *    last updated (`source_retrieved`, `source_updated`, ISO 8601 as the feed gives them), and for a computed
 *    figure the formula in words in the widget's language (`derived_formula`, from the row's `origin` when the
 *    view model passes it on).
 *  - A Statistics Norway table number is written as the source line names it, `tabell 11616` (`table 11616`
 *    in English): a column of bare numbers would be read back as a second value column by the CSV reader.
 *  - Text that a spreadsheet would run as a formula (any feed text starting with `=`, `+`, `-`, `@`, a tab or a
 *    line break, in any column, the status symbol written into the `value` cell included) is written with a
 *    leading `'` (OWASP's advice against CSV injection). Numbers and the known status symbols are never changed.
 *
 * Innsikt's own CSV reader (src/data/csv.ts, through parseFeed) reads the file back: region, name, period,
 * measure, value, unit and status come back as such; the other columns come back as dimensions.
 */
import type { Lang, Origin, Source } from '../../data/types.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';

export interface CsvFormat {
  delimiter: ';' | ',' | '\t';
  decimal: ',' | '.';
}

/** The separator and decimal mark for a widget language (see the module comment). */
export function csvFormatFor(lang: Lang): CsvFormat {
  return lang === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

export const CSV_BOM = '\ufeff';

/** Every column, in order. `category` is written only when the view has a series (parts, industries). */
export const CSV_COLUMNS = [
  'region_code',
  'region_name',
  'period',
  'category',
  'measure_code',
  'measure',
  'value',
  'qualifier',
  'qualifier_text',
  'status',
  'unit',
  'derived',
  'source',
  'source_publisher',
  'source_table',
  'source_url',
  'source_retrieved',
  'source_updated',
  'source_series',
  'source_authors',
  'source_part',
  'source_quote',
  'derived_formula',
  'ref',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const STATUS_LIKE = /^(\.\.\.|…|\.\.|\.|:|-)$/;
const NUMBER_LIKE = /^-?\d+(?:[.,]\d+)?$/;
/** What makes a spreadsheet evaluate a cell: `=`, `+`, `-`, `@`, or a tab or line break before them (OWASP). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A number as plain digits: full precision, no grouping, no exponent, the given decimal mark. */
export function plainNumber(value: number, decimal: ',' | '.'): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** Text a spreadsheet would not run as a formula (see the module comment). */
export function defused(text: string): string {
  if (text === '' || STATUS_LIKE.test(text) || NUMBER_LIKE.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds the separator, a quote, a line break or edge whitespace. */
export function csvField(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A bare table number (`11616`) with its word, as the source line writes it; anything else as given. */
function tableText(table: string | undefined, lang: Lang): string {
  const tb = (table ?? '').trim();
  return /^\d+$/.test(tb) ? `${t(lang, 'table')} ${tb}` : tb;
}

function sourceOf(row: ViewRow, model: ViewModel): Source | undefined {
  if (row.source) return model.sources.find((s) => s.id === row.source);
  return model.sources.length === 1 ? model.sources[0] : undefined;
}

/** A computed figure's formula in the widget's language, when the row carries its origin (feed `origins`). */
function formulaText(row: ViewRow & { origin?: Origin }, lang: Lang): string {
  const f = row.origin?.formula;
  if (f === undefined) return '';
  return typeof f === 'string' ? f : (f[lang] ?? f.nb);
}

export interface ViewCsvOptions extends Partial<CsvFormat> {
  /** Leave out the byte-order mark (for tests or for tools that choke on it). Default false. */
  noBom?: boolean;
}

/** The rows a view draws (its rows, then the totals a part-of-whole view shows), as CSV text with a BOM. */
export function viewCsv(model: ViewModel, options: ViewCsvOptions = {}): string {
  const format = { ...csvFormatFor(model.lang), ...options };
  const rows = [...model.rows, ...model.totals];
  const hasCategory = rows.some((r) => r.series !== undefined);
  const columns = CSV_COLUMNS.filter((c) => c !== 'category' || hasCategory);
  const lines = [columns.join(format.delimiter)];
  for (const row of rows) {
    const source = sourceOf(row, model);
    // A number is written as digits (never changed); a gap's status symbol is feed text like any other.
    const value = row.value !== null ? plainNumber(row.value, format.decimal) : defused(row.status ?? '');
    const cells: Record<CsvColumn, string> = {
      region_code: row.region,
      region_name: row.regionLabel,
      period: row.period,
      category: row.seriesLabel ?? row.series ?? '',
      measure_code: model.measure,
      measure: model.measureLabel,
      value,
      qualifier: row.qualifier ?? '',
      qualifier_text: row.qualifierText ?? '',
      status: row.status ?? '',
      unit: model.unit,
      derived: row.derived ? 'true' : 'false',
      source: source?.title ?? '',
      source_publisher: source?.publisher ?? '',
      source_table: tableText(source?.table, model.lang),
      source_url: source?.url ?? '',
      source_retrieved: source?.retrieved ?? '',
      source_updated: source?.updated ?? '',
      source_series: source?.series ?? '',
      source_authors: source?.authors ?? '',
      source_part: row.part ?? '',
      source_quote: row.quote ?? '',
      derived_formula: formulaText(row, model.lang) || (row.derived && model.derivedFrom) || '',
      ref: row.ref ?? '',
    };
    lines.push(columns.map((c) => csvField(c === 'value' ? cells[c] : defused(cells[c]), format.delimiter)).join(format.delimiter));
  }
  return `${options.noBom ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** The CSV as a file body: `text/csv; charset=utf-8`. */
export function viewCsvBlob(model: ViewModel, options: ViewCsvOptions = {}): Blob {
  return new Blob([viewCsv(model, options)], { type: 'text/csv;charset=utf-8' });
}
