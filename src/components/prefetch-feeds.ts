import { sharedLoader } from '../data/loader.js';

/**
 * Starts loading the feeds of an element's `src` (one URL or several, space-separated) through the page's shared
 * loader, before the element's own code has arrived: when it asks, it joins the download and the parse under way.
 * A failure is the element's to report (it asks again and gets the error); nothing is reported here.
 */
export function prefetchFeeds(src: string | null): void {
  for (const url of (src ?? '').split(/\s+/)) if (url) sharedLoader.load(url).catch(() => undefined);
}
