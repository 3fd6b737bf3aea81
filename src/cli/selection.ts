/**
 * PxWebApi v2 selection expressions, as the real API reads them in a GET URL (`valueCodes[Var]=a,b,c`):
 * - plain codes (`3401`, `K-3401`, `BNPB`);
 * - wildcards `*` (any run of characters) and `?` (one character): `*`, `34*`, `202?`;
 * - functions `top(n)`, `top(n,offset)`, `bottom(n)`, `bottom(n,offset)`, `from(x)`, `to(x)`, `range(a,b)`.
 *
 * The comma separates list items, so an expression that itself contains a comma must be sent in square brackets
 * (`[range(2015,2020)]`, `[top(3,1)]`); unbracketed the API answers HTTP 400 "Illegal selection expression".
 * `top(5)`, `*`, `34*` work bare. This module writes the URL form and works out which of a table's codes a
 * selection covers, so an answer can be checked against its question.
 *
 * Pure TypeScript, no Node imports.
 */

const FUNCTION = /^(top|bottom|from|to|range)\((.*)\)$/i;

/** A selection item without brackets a config may have added: `[range(2015,2020)]` → `range(2015,2020)`. */
export function unbracket(item: string): string {
  const t = item.trim();
  return t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1).trim() : t;
}

/** Whether an item is an expression (function or wildcard) rather than one code. */
export function isExpression(item: string): boolean {
  const t = unbracket(item);
  return FUNCTION.test(t) || t.includes('*') || t.includes('?');
}

/** The item as the GET URL carries it: bracketed when it contains a comma, bare otherwise. Not yet URL-encoded. */
export function urlForm(item: string): string {
  const t = unbracket(item);
  return t.includes(',') ? `[${t}]` : t;
}

function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

function count(arg: string | undefined): number | undefined {
  if (arg === undefined || !/^\s*\d{1,6}\s*$/.test(arg)) return undefined;
  return Number(arg);
}

/**
 * The codes of `tableCodes` (in the table's own order, as the metadata lists them) that one item selects.
 * Undefined when the item cannot be read as an expression (the API would answer 400).
 */
export function expandItem(item: string, tableCodes: readonly string[]): string[] | undefined {
  const t = unbracket(item);
  const fn = FUNCTION.exec(t);
  if (fn) {
    const name = fn[1]!.toLowerCase();
    const args = fn[2]!.split(',').map((a) => a.trim());
    if (name === 'top' || name === 'bottom') {
      const n = count(args[0]);
      const offset = args.length > 1 ? count(args[1]) : 0;
      if (n === undefined || offset === undefined || args.length > 2) return undefined;
      if (name === 'top') return tableCodes.slice(Math.max(0, tableCodes.length - offset - n), Math.max(0, tableCodes.length - offset));
      return tableCodes.slice(offset, offset + n);
    }
    if (name === 'from' || name === 'to') {
      if (args.length !== 1) return undefined;
      const at = tableCodes.indexOf(args[0]!);
      if (at < 0) return [];
      return name === 'from' ? tableCodes.slice(at) : tableCodes.slice(0, at + 1);
    }
    if (args.length !== 2) return undefined;
    const a = tableCodes.indexOf(args[0]!);
    const b = tableCodes.indexOf(args[1]!);
    if (a < 0 || b < 0) return [];
    return tableCodes.slice(Math.min(a, b), Math.max(a, b) + 1);
  }
  if (t.includes('*') || t.includes('?')) {
    const re = wildcard(t);
    return tableCodes.filter((c) => re.test(c));
  }
  return tableCodes.includes(t) ? [t] : [];
}

/**
 * Which codes a whole selection covers. With the table's codes (from its metadata) this is exact; without them
 * (no metadata) only plain codes and wildcards can be matched, and `limit` says how many codes the functions
 * may add at most (`top(5)` → 5; `from(…)` → unlimited).
 */
export function selectionMatcher(items: readonly string[], tableCodes?: readonly string[]): { covers: (code: string) => boolean; limit: number } {
  if (tableCodes) {
    const set = new Set<string>();
    for (const item of items) for (const c of expandItem(item, tableCodes) ?? []) set.add(c);
    return { covers: (code) => set.has(code), limit: set.size };
  }
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  let open = false;
  let limit = 0;
  for (const item of items) {
    const t = unbracket(item);
    const fn = FUNCTION.exec(t);
    if (fn) {
      const name = fn[1]!.toLowerCase();
      const n = name === 'top' || name === 'bottom' ? count(fn[2]!.split(',')[0]) : undefined;
      if (n === undefined) open = true;
      else limit += n;
    } else if (t.includes('*') || t.includes('?')) {
      patterns.push(wildcard(t));
      open = true;
    } else {
      exact.add(t);
      limit++;
    }
  }
  const anyFunction = items.some((i) => FUNCTION.test(unbracket(i)));
  return {
    covers: (code) => exact.has(code) || patterns.some((re) => re.test(code)) || anyFunction,
    limit: open ? Number.POSITIVE_INFINITY : limit,
  };
}
