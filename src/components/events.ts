import type { FeedIssue } from '../data/types.js';

export interface InnReadyDetail {
  indicator: string;
  view: string;
  /** Number of observations the view shows. */
  rows: number;
}

export interface InnErrorDetail {
  /** A plain-language message, as shown in the widget. */
  message: string;
  /** `feed` (the feed is invalid), `load` (HTTP/network/timeout), `render` (drawing failed). */
  kind: 'feed' | 'load' | 'render';
  /** For load errors: `http`, `network`, `timeout`, `content-type`, `too-large`, `invalid`, `aborted`. */
  reason?: string;
  /** The feed problems with their paths, when the feed was invalid. */
  issues: FeedIssue[];
  src?: string;
  status?: number;
  /** Seconds the server asked us to wait before trying again (HTTP 429/503 `Retry-After`). */
  retryAfter?: number;
}

export interface InnSelectDetail {
  /** What the user changed. */
  change: 'region' | 'period' | 'view' | 'measure';
  indicator?: string;
  regions?: string[];
  period?: string;
  view?: string;
  measure?: string;
}

/** Fired when a view has data and is drawn (after a load, a retry, or a change the user made). */
export class InnReadyEvent extends CustomEvent<InnReadyDetail> {
  constructor(detail: InnReadyDetail) {
    super('inn-ready', { detail, bubbles: true, composed: true });
  }
}

/** Fired when the feed cannot be loaded or read, or a view cannot be drawn. The widget shows the message. */
export class InnErrorEvent extends CustomEvent<InnErrorDetail> {
  constructor(detail: InnErrorDetail) {
    super('inn-error', { detail, bubbles: true, composed: true });
  }
}

/** Fired when the user changes the region, period, measure or view (never when a property is set from code). */
export class InnSelectEvent extends CustomEvent<InnSelectDetail> {
  constructor(detail: InnSelectDetail) {
    super('inn-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inn-ready': InnReadyEvent;
    'inn-error': InnErrorEvent;
    'inn-select': InnSelectEvent;
  }
}
