import { isPercentUnit } from './format.js';

/**
 * A measure's label with its unit written once. The unit is left out when the label already states it ("Endring i
 * prosent" with `%`, "Indeks (basisår = 100)" with `indeks`), and follows a label that ends in parentheses after a
 * comma, not in a second pair of them ("Bruttoregionprodukt (BRP), mrd. kr", not "(BRP) (mrd. kr)").
 */

/** True when the label already says the unit, in its own words or as the unit is written. */
export function labelStatesUnit(label: string, unit: string | undefined): boolean {
  const u = (unit ?? '').trim().toLowerCase();
  if (!u) return true;
  const l = label.toLowerCase();
  return l.includes(u) || (isPercentUnit(u) && /prosent|per ?cent/.test(l));
}

/** "Beløp (mrd. kr)", "Bruttoregionprodukt (BRP), mrd. kr", "Endring i prosent". */
export function labelWithUnit(label: string, unit: string | undefined): string {
  if (labelStatesUnit(label, unit)) return label;
  return /\)\s*$/.test(label) ? `${label.trimEnd()}, ${unit!.trim()}` : `${label} (${unit!.trim()})`;
}
