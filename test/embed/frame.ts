// Helpers for tests that look at a whole host page in an iframe (same origin, so the test can read it).

/** Opens `src` (a URL) or `srcdoc` (a document) in an 800×600 frame pinned to the top-left of the viewport. */
export function openFrame(page: { src?: string; srcdoc?: string }): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  // Pinned inside the test page's viewport, so that what is scrolled into view in the frame is really visible
  // (an IntersectionObserver in a frame measures against the top-level viewport).
  Object.assign(iframe.style, { position: 'fixed', left: '0', top: '0', width: '800px', height: '600px', border: '0', background: '#fff', zIndex: '10' });
  if (page.srcdoc !== undefined) iframe.srcdoc = page.srcdoc;
  else iframe.src = page.src ?? 'about:blank';
  document.body.append(iframe);
  return iframe;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves when the frame has done what it started on its own, for negative checks ("nothing else was
 * requested"): its load event has fired, and its list of fetched resources stayed the same over `rounds`
 * consecutive rounds, each one idle period of the frame's main thread and one round trip to the same server (so
 * a request the page had started has had as many round trips to finish). It counts rounds, not milliseconds.
 */
export async function settled(iframe: HTMLIFrameElement, rounds = 10): Promise<void> {
  await until(() => iframe.contentDocument?.readyState === 'complete', 'the frame to load');
  const win = iframe.contentWindow!;
  let last = -1;
  for (let same = 0; same < rounds;) {
    await new Promise((r) => win.requestIdleCallback(r, { timeout: 2000 }));
    await fetch(`/demo/data/innlandet.json?settled=${Math.random()}`, { method: 'HEAD' });
    const n = resourcesOf(iframe).length;
    same = n === last ? same + 1 : 0;
    last = n;
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails with `what` after `ms`. */
export async function until<T>(check: () => T | undefined | false, what: string, ms = 20000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** The resource URLs a frame's document has requested so far (Resource Timing). */
export function resourcesOf(iframe: HTMLIFrameElement): string[] {
  return (iframe.contentWindow?.performance.getEntriesByType('resource') ?? []).map((e) => e.name);
}
