/**
 * Remembers which (region, period, measure, dims) cells were seen. Numbers the parts and combines the
 * numbers into one key, so that no joined string is built and kept per cell.
 */
export class CellKeys {
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
