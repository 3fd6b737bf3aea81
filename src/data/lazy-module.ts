/**
 * A module (or anything) loaded on first use, once per page: every caller awaits the same promise, so callers waiting
 * for it resume in the same turn, and once it has arrived it is read synchronously (for a render).
 *
 * The one retry rule of every lazily loaded part of Innsikt (the view, map, chart and sharing runtimes, the feed
 * readers, the chart templates, the download code): a failed load is forgotten, so the next request (the widget's
 * retry button, the next feed, the next click) imports again. Browsers that still keep a failed module fetch for
 * the page's lifetime (before whatwg/html#10327) fail that request at once; the others fetch again.
 */
export interface LazyModule<T> {
  /** The value once it has arrived; undefined before, and after a failed load. */
  get(): T | undefined;
  /** Starts the load (unless one is under way or done) and awaits it. */
  load(): Promise<T>;
  /** Whether the last load failed (and no newer one is under way). */
  failed(): boolean;
}

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  let failed = false;
  return {
    get: () => value,
    failed: () => failed,
    load: () => {
      if (pending) return pending;
      failed = false;
      return (pending = load().then(
        (v) => (value = v),
        (err: unknown) => {
          pending = undefined;
          failed = true;
          throw err;
        },
      ));
    },
  };
}
