import type { Lang } from '../data/types.js';
import { t } from './messages/element-text.js';

/** What went wrong, as far as the reader's message depends on it (the `inn-error` event's detail is one). */
export interface ErrorFacts {
  /** `feed` (the feed is invalid), `load` (HTTP/network/timeout), `render` (drawing failed). */
  kind: 'feed' | 'load' | 'render';
  /** For load errors: `http`, `network`, `timeout`, `content-type`, `too-large`, `invalid`, `aborted`. */
  reason?: string;
  status?: number;
  /** Whole seconds the server asked us to wait (at most an hour). */
  retryAfter?: number;
}

/** How long to wait, in words: two minutes and more read as minutes. */
function waitText(seconds: number, lang: Lang): string {
  if (seconds === 1) return t(lang, 'oneSecond');
  return seconds < 120 ? t(lang, 'nSeconds', { n: seconds }) : t(lang, 'nMinutes', { n: Math.ceil(seconds / 60) });
}

function httpText(e: ErrorFacts, lang: Lang): string {
  if (e.status === 404) return t(lang, 'err_http404');
  if (e.status === 429) return e.retryAfter === undefined ? t(lang, 'err_http429') : t(lang, 'err_http429wait', { wait: waitText(e.retryAfter, lang) });
  return t(lang, e.status !== undefined && e.status >= 500 ? 'err_http5xx' : 'err_http', { status: String(e.status ?? '') });
}

/** The error in the reader's language; the technical message (English, with paths) goes under "details". */
export function errorText(e: ErrorFacts, lang: Lang): string {
  if (e.kind === 'feed') return t(lang, 'err_feed');
  if (e.kind === 'render') return t(lang, 'err_render');
  switch (e.reason) {
    case 'http':
      return httpText(e, lang);
    case 'timeout':
      return t(lang, 'err_timeout');
    case 'network':
      return t(lang, 'err_network');
    case 'content-type':
      return t(lang, 'err_content');
    case 'too-large':
      return t(lang, 'err_large');
    case 'aborted':
      return t(lang, 'err_aborted');
    default:
      return t(lang, 'err_invalid');
  }
}
