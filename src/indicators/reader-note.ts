/**
 * A note as a reader sees it: without the machine references a feed may carry for checking ("(002_4b4b….txt:46)",
 * "Teksten som tallene er kontrollert mot: ../shared/seeds/….txt"). Those stay in the data and the CSV; a reader cites
 * the report by its title, series and year, which the source line gives. Undefined when nothing but a reference is left.
 */
// (`(?<!\s)`: a run of spaces is tried once, from its start, not from each of its spaces.)
const REF_IN_PARENS = /(?<!\s)\s*\((?:[^()]*?\.txt:\d+[^()]*)\)/g;
const FILE_REF = /[\w./-]*\.txt(?::\d+(?:[-–]\d+)?)?/;

/**
 * A space in a feed's note between a figure and its unit ("38 %", "68 mrd.", "650 personer") or inside a number
 * written with a space before a group of three ("1 000") becomes a no-break space, so that a narrow column never
 * puts the figure on one line and its unit or thousands on the next.
 */
const FIGURE_SPACE = /(\d) (?=(?:%|‰|prosent|prosentpoeng|per cent|percent|mrd\.|mill\.|kr\b|kroner|personer|personar|people|jobs)(?![\p{L}]))/gu;
// Linear in the note's length however many groups a line of digits has: a number starts only where no digit or
// group comes before it, and its groups are taken whole (a lookahead captures them, the backreference consumes them,
// so nothing backtracks into them).
const THOUSANDS_SPACE = /(?<![\d,.]|\d )(\d{1,3})(?=((?: \d{3})+))\2(?![\d,])/g;

export function readerNote(text: string): string | undefined {
  const out = text
    .replace(REF_IN_PARENS, '')
    .trim()
    .replace(THOUSANDS_SPACE, (_, head: string, groups: string) => head + groups.replaceAll(' ', '\u00a0'))
    .replace(FIGURE_SPACE, '$1\u00a0');
  // A note that still names a file is a pointer for whoever checks the figures, not for the reader.
  return out === '' || FILE_REF.test(out) ? undefined : out;
}
