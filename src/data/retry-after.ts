/**
 * HTTP `Retry-After`, read once for the widgets' loader and the feed builder: delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`), RFC 9110 §10.2.3.
 */

/** Milliseconds from `now` the server asks us to wait; undefined when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) {
    const ms = Math.round(Number(v) * 1000);
    return Number.isFinite(ms) ? ms : undefined;
  }
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Longest wait shown to a reader; a server asking for more (a maintenance window, or a broken header) gets "try again later". */
export const MAX_SHOWN_WAIT_SECONDS = 3600;

/**
 * A wait a reader can act on, in whole seconds (rounded up, at least 1), or undefined when there is none or it is longer
 * than {@link MAX_SHOWN_WAIT_SECONDS} ("Prøv igjen om 1e+308 sekunder" helps no one).
 */
export function shownWaitSeconds(ms: number | undefined): number | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return undefined;
  const seconds = Math.ceil(ms / 1000);
  return seconds > MAX_SHOWN_WAIT_SECONDS ? undefined : seconds;
}
