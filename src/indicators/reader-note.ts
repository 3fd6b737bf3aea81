/**
 * A note as a reader sees it: without the machine references a feed may carry for checking ("(002_4b4b….txt:46)",
 * "Teksten som tallene er kontrollert mot: ../shared/seeds/….txt"). Those stay in the data and the CSV; a reader cites
 * the report by its title, series and year, which the source line gives. Undefined when nothing but a reference is left.
 */
const REF_IN_PARENS = /\s*\((?:[^()]*?\.txt:\d+[^()]*)\)/g;
const FILE_REF = /[\w./-]*\.txt(?::\d+(?:[-–]\d+)?)?/;

export function readerNote(text: string): string | undefined {
  const out = text.replace(REF_IN_PARENS, '').trim();
  // A note that still names a file is a pointer for whoever checks the figures, not for the reader.
  return out === '' || FILE_REF.test(out) ? undefined : out;
}
