import { FeedError } from '../data/errors.js';
import { LoadError } from '../data/loader.js';
import type { InnErrorDetail } from './events.js';

/** An error as the `inn-error` event tells it (and the widget shows it): a feed's problems, a failed load or a failed drawing. */
export function errorDetail(err: unknown, src: string): InnErrorDetail {
  const detail: InnErrorDetail =
    err instanceof FeedError
      ? { kind: 'feed', message: err.message, issues: err.issues }
      : err instanceof LoadError
        ? {
            kind: 'load',
            reason: err.kind,
            message: err.message,
            issues: [],
            ...(err.status !== undefined ? { status: err.status } : {}),
            ...(err.retryAfter !== undefined ? { retryAfter: err.retryAfter } : {}),
          }
        : { kind: 'render', message: err instanceof Error ? err.message : String(err), issues: [] };
  if (src) detail.src = src;
  return detail;
}
