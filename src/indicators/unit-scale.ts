/**
 * Money in the unit a reader reads: a table in "1000 kr" whose figures run to millions is written in "mrd. kr" or
 * "mill. kr" ("1,8 mrd. kr", not "1 793 513 1000 kr"). Only the writing changes: the value is the same amount.
 */
export interface UnitScale {
  unit: string;
  /** Multiply a value in the source's unit by this to get it in {@link UnitScale.unit}. */
  factor: number;
  decimals: number;
}

const MONEY: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:kr\.?|kroner|nok)$/i, 1],
  [/^(?:1 ?000|tusen)\s?(?:kr\.?|kroner|nok)$/i, 1e3],
  [/^(?:mill\.?|millioner|mill\. ?kroner)\s?(?:kr\.?|kroner|nok)?$/i, 1e6],
  [/^(?:mrd\.?|milliarder)\s?(?:kr\.?|kroner|nok)?$/i, 1e9],
];

const TARGETS: ReadonlyArray<readonly [number, string]> = [
  [1e9, 'mrd. kr'],
  [1e6, 'mill. kr'],
  [1, 'kr'],
];

/** The multiple of kroner a unit stands for (`1000 kr` → 1000), or undefined when it is not money. */
export function moneyMultiple(unit: string): number | undefined {
  const u = unit.trim();
  if (u.length > 30) return undefined;
  for (const [re, m] of MONEY) if (re.test(u)) return m;
  return undefined;
}

/**
 * How to write money figures: in the largest of kr, mill. kr and mrd. kr that keeps the typical (median) figure at
 * 1 or more, never smaller than the source's unit. Undefined when the unit is not money, or already the one a reader
 * reads.
 */
export function unitScale(unit: string, values: ReadonlyArray<number | null>): UnitScale | undefined {
  const multiple = moneyMultiple(unit);
  if (multiple === undefined) return undefined;
  const sizes = values
    .filter((v): v is number => v !== null && Number.isFinite(v) && v !== 0)
    .map((v) => Math.abs(v) * multiple)
    .sort((a, b) => a - b);
  if (!sizes.length) return undefined;
  const typical = sizes[Math.floor(sizes.length / 2)]!;
  const [target, name] = TARGETS.find(([t]) => typical >= t) ?? TARGETS[TARGETS.length - 1]!;
  if (target <= multiple) return undefined;
  const factor = multiple / target;
  const decimals = target > multiple && typical / target < 100 ? 1 : 0;
  return { unit: name, factor, decimals };
}

/**
 * One money figure in the unit that reads best for its own size: 1 793 513 (1000 kr) → 1,8 mrd. kr; 7 012 (1000 kr)
 * → 7,0 mill. kr; 650 (1000 kr) stays 650 (1000 kr): never a smaller unit than the source's. Undefined when the unit
 * is not money or already the one that reads best.
 */
export function readableMoney(value: number, unit: string): (UnitScale & { value: number }) | undefined {
  const multiple = moneyMultiple(unit);
  if (multiple === undefined) return undefined;
  const kroner = Math.abs(value) * multiple;
  const [target, name] = TARGETS.find(([t]) => kroner >= t) ?? TARGETS[TARGETS.length - 1]!;
  const factor = multiple / target;
  // Already in the unit that reads best, or a smaller one would claim digits the source never gave
  // (928 in 1000 kr is not 927 632 kr): written as the source states it.
  if (factor >= 1) return undefined;
  const scaled = value * factor;
  return { value: scaled, unit: name, factor, decimals: target > 1 && Math.abs(scaled) < 100 ? 1 : 0 };
}
