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
