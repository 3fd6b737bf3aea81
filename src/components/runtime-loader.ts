export type ViewRuntime = typeof import('./view-runtime.js');

/**
 * A lazily loaded chunk: started once per page, read synchronously (for render()) once it has arrived. (A failed
 * download is not retried: browsers keep a module that failed to load as failed for the page's lifetime.)
 */
function lazyChunk<T>(load: () => Promise<T>): { get: () => T | undefined; load: () => Promise<T> } {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => loaded,
    load: () => (loading ??= load().then((m) => (loaded = m))),
  };
}

const view = lazyChunk(() => import('./view-runtime.js'));
const map = lazyChunk(() => import('./map-runtime.js'));

/** The view runtime once it has arrived. */
export const viewRuntime = view.get;
/** Starts (once per page) and awaits the view runtime chunk. */
export const loadViewRuntime = view.load;
/** The map view's chunk once it has arrived. */
export const mapRuntime = map.get;
/** Starts (once per page) and awaits the map view's chunk: only widgets that show a map ask for it. */
export const loadMapRuntime = map.load;
