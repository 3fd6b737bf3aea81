/**
 * The sharing code (what the toolbar's buttons do, permalinks, embed code, print table) arrives in a chunk of its own,
 * once the widget has drawn and the page is idle (or at once when the page's fragment holds a widget's state, or
 * when a sharing button is pressed first): the module every page loads first carries only this loader, and the
 * toolbar's buttons are drawn with the widget from the view runtime. (Downloads are a further chunk, loaded on the
 * first click: see export.ts.)
 */
import { lazyModule } from '../../data/lazy-module.js';
import type { ShareController, ShareSource } from './controller.js';
import type { ShareHandle, ShareHost } from './share-runtime.js';

export type ShareRuntime = typeof import('./share-runtime.js');
export type { ShareController, ShareHandle, ShareSource };

const runtime = lazyModule(() => import('./share-runtime.js'));

/** The sharing runtime once it has arrived (synchronous access for render()). */
export const shareRuntime = runtime.get;

/** Starts (once per page) and awaits the sharing runtime chunk. */
export const loadShareRuntime = runtime.load;

/** True when the last load of the chunk failed: widgets then draw without sharing (and without waiting for it). */
export const shareFailed = runtime.failed;

/**
 * Whether the page's fragment holds a widget's state (`…&inn-<id>=…`). A widget then waits for the sharing
 * runtime before it draws, so that it opens in the linked state instead of switching to it after a first paint.
 */
export function fragmentHasWidgetState(hash: string = location.hash): boolean {
  return /(?:^#?|&)inn-[^=&]+=/.test(hash);
}

/**
 * Loads the chunk and attaches sharing to a widget (once per element: a second call gives the same handle).
 * Resolves with undefined, after a console warning, when the chunk cannot be loaded: the widget then works
 * without sharing.
 */
export function connectShare(host: ShareHost, source: ShareSource, flush: () => void): Promise<ShareHandle | undefined> {
  return loadShareRuntime().then(
    (s) => s.attachShare(host, source, flush),
    (err: unknown) => {
      console.warn(`<${host.localName}>: sharing is not available (${String(err)}).`);
      return undefined;
    },
  );
}
