import type { Localized } from './types.js';
import { type IssueList, describe } from './errors.js';

/**
 * The shared core of the hand-written validator of the feed builder's configuration (cli/config.ts, which mirrors
 * feeds-config.schema.json): each check records a problem with its path and a plain sentence, and returns the value
 * when it is usable. (The Innsikt feed is checked by code generated from its schema: scripts/generate-validators.mjs.)
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export abstract class Checker {
  constructor(readonly issues: IssueList) {}

  error(path: string, message: string): void {
    this.issues.error(path, message);
  }

  /** Reports every key of `obj` that is not in `keys`. */
  allowed(obj: Obj, path: string, keys: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!keys.includes(k)) this.error(`${path}.${k}`, `unknown field "${k.slice(0, 40)}" (allowed: ${keys.join(', ')}).`);
  }

  /** A text; what counts as a usable one (empty? how long?) is the format's own rule. */
  abstract text(v: unknown, path: string, required?: boolean): string | undefined;

  /** A text, or an object of texts by language: `nb` required, `nn` and `en` optional. */
  localized(v: unknown, path: string, required = false): Localized | undefined {
    if (v === undefined) {
      if (required) this.error(path, 'is missing: give a text, or an object with "nb" (and optionally "nn", "en").');
      return undefined;
    }
    if (typeof v === 'string') return this.text(v, path);
    if (!isObj(v)) {
      this.error(path, `expected a text or an object with "nb", "nn", "en", got ${describe(v)}.`);
      return undefined;
    }
    this.allowed(v, path, ['nb', 'nn', 'en']);
    const nb = this.text(v.nb, `${path}.nb`, true);
    const nn = this.text(v.nn, `${path}.nn`);
    const en = this.text(v.en, `${path}.en`);
    if (nb === undefined) return undefined;
    const out: { nb: string; nn?: string; en?: string } = { nb };
    if (nn !== undefined) out.nn = nn;
    if (en !== undefined) out.en = en;
    return out;
  }

  /** A list (an empty one when missing or not a list, after reporting it). */
  list(v: unknown, path: string, required: boolean, minItems = 0, maxItems = Infinity): unknown[] {
    if (v === undefined) {
      if (required) this.error(path, 'is missing: a list is required here.');
      return [];
    }
    if (!Array.isArray(v)) {
      this.error(path, `expected a list, got ${describe(v)}.`);
      return [];
    }
    if (v.length < minItems) this.error(path, `needs at least ${minItems} entr${minItems === 1 ? 'y' : 'ies'}.`);
    if (v.length > maxItems) this.error(path, `has ${v.length} entries; at most ${maxItems} are allowed.`);
    return v;
  }
}
