import type { Localized } from '../data/types.js';

/**
 * A text in the readers' languages as the builder writes it: a plain text as it is, an object as `nb`, then `nn`
 * and `en` where given (a fresh object, in that order, whatever order the configuration wrote them in).
 */
export function localized(v: Localized): Localized {
  if (typeof v === 'string') return v;
  const out: { nb: string; nn?: string; en?: string } = { nb: v.nb };
  if (v.nn !== undefined) out.nn = v.nn;
  if (v.en !== undefined) out.en = v.en;
  return out;
}
