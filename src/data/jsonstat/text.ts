/**
 * Texts and links read from a JSON-stat document. Every text is data, never markup: it is copied as a plain string
 * (trimmed, cut at {@link MAX_TEXT}) and only ever rendered as text. A URL is kept only when it is http(s).
 */

/** Longest text kept from a feed (the Innsikt reader's limit); a longer one is cut, ending in "…". */
export const MAX_TEXT = 5000;

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/i;

export function clip(t: string): string {
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

/** A non-empty string, trimmed and clipped; undefined for anything else. */
export function text(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const t = x.trim();
  return t === '' ? undefined : clip(t);
}

/** The first http(s) URL in a text. */
export function httpUrl(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const m = URL_IN_TEXT.exec(x);
  if (!m) return undefined;
  try {
    const u = new URL(m[0]);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
