import { slugify } from '../slug.js';

/** Keeps code ↔ label pairs unique and stable: two labels never share a code. */
export class Codebook {
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
