/**
 * A text's width in ems, estimated without a DOM to measure in and without knowing the font: widgets inherit the
 * page's font, so the estimate is that of a wide sans-serif (Verdana, DejaVu Sans) and errs on the wide side. Use it
 * to fit text in a fixed box (a map tile); where the font is known and a canvas is at hand, measure instead.
 */
const NARROW = /[iljI.,:;'!|()[\]\s\u00a0\u2009\u202f-]/;
const WIDE = /[mwMWÆæŒœ%]/;

export function textWidthEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.36;
    else if (WIDE.test(ch)) em += 1.0;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch !== ch.toLowerCase()) em += 0.76;
    else em += 0.62;
  }
  return bold ? em * 1.1 : em;
}
