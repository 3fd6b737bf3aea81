export type ViewRuntime = typeof import('./view-runtime.js');

let loaded: ViewRuntime | undefined;
let loading: Promise<ViewRuntime> | undefined;

/** The view runtime once it has arrived (synchronous access for render()). */
export function viewRuntime(): ViewRuntime | undefined {
  return loaded;
}

/** Starts (once per page) and awaits the view runtime chunk. */
export function loadViewRuntime(): Promise<ViewRuntime> {
  loading ??= import('./view-runtime.js').then((m) => (loaded = m));
  return loading;
}
