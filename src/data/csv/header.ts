/**
 * The header of a CSV table: title lines above it, one to three header rows (Statbank's "matrix" layout), the
 * column names they make together, and footnote lines below the data.
 */
import { parseNumberText } from '../number.js';
import { IssueList } from '../errors.js';
import { isBlank, nextFilled, preview, type Row } from './rows.js';
import { isPeriod } from './column-names.js';

/** A data row: some cell is a number that is not a period (a header may hold years, not other numbers). */
export function looksLikeData(row: Row): boolean {
  return row.fields.some((f) => {
    const cell = f.trim();
    if (cell === '' || isPeriod(cell)) return false;
    const p = parseNumberText(cell);
    return p !== undefined && p.value !== null;
  });
}

export interface HeaderFound {
  /** The last header row (the data starts below it). */
  header: number;
  /** Every header row, top to bottom: one, or two or three in Statbank's "matrix" layout. */
  headerRows: number[];
  titles: string[];
}

/** The non-empty cells of a row, trimmed. */
export function filledCells(row: Row): string[] {
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
export function findHeader(rows: Row[], delimiter: string, issues: IssueList): HeaderFound | undefined {
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
export function combineHeaderRows(rows: Row[]): string[] {
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
export function isFootnoteRow(row: Row): boolean {
  const filled = filledCells(row);
  return filled.length === 1 && row.fields[0]!.trim() !== '' && !looksLikeData(row) && !/^\d/.test(filled[0]!);
}
