/** Most decimals kept from a cell: more are float artefacts (`2569.6999999999998`), not precision. */
const MAX_DECIMALS = 4;

/**
 * How many decimals a number cell shows: `57,5 %` → 1, `60,00 %` → 2, `1 234` → 0, `1.234` (a thousands point) → 0.
 * Read from the digits after the last `,` or `.`, counted only when they are decimals of the value read.
 */
export function decimalsShown(cell: string, value: number): number {
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
