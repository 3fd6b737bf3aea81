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
 * A script for the head of a frame's document, before anything else: it keeps a list of the callbacks the page
 * has scheduled and not yet run (setTimeout, setInterval, requestIdleCallback, requestAnimationFrame), so that
 * settled() can tell "nothing more will happen on its own" from "something is still to come".
 */
export const TRACK_SCHEDULED = `<script>(() => {
  const pending = (window.__scheduled = new Map());
  const track = (setName, clearName, once) => {
    const set = window[setName].bind(window);
    const clear = window[clearName].bind(window);
    const tokens = new Map();
    window[setName] = (fn, arg, ...rest) => {
      const token = {};
      const id = set((...a) => {
        if (once) {
          pending.delete(token);
          tokens.delete(id);
        }
        return fn(...a);
      }, arg, ...rest);
      tokens.set(id, token);
      pending.set(token, setName + '(' + (typeof arg === 'number' ? arg : JSON.stringify(arg ?? '')) + ')');
      return id;
    };
    window[clearName] = (id) => {
      pending.delete(tokens.get(id));
      tokens.delete(id);
      clear(id);
    };
  };
  track('setTimeout', 'clearTimeout', true);
  track('setInterval', 'clearInterval', false);
  track('requestIdleCallback', 'cancelIdleCallback', true);
  track('requestAnimationFrame', 'cancelAnimationFrame', true);
})();</script>`;

type Tracked = Window & { __scheduled?: Map<object, string> };

/**
 * Resolves when the frame has done all it started on its own, for negative checks ("nothing else was
 * requested"): its load event has fired, no callback it scheduled is still to run (its head must start with
 * TRACK_SCHEDULED; a preload put off by a timer or to an idle period is waited for, whatever its delay), and its
 * list of fetched resources stayed the same over `rounds` consecutive rounds, each one idle period of the frame's
 * main thread and one round trip to the same server (so a request the page had started has had as many round
 * trips to finish). It waits on the page's state, never for a fixed time.
 */
export async function settled(iframe: HTMLIFrameElement, rounds = 10): Promise<void> {
  await until(() => iframe.contentDocument?.readyState === 'complete', 'the frame to load');
  const win = iframe.contentWindow as Tracked;
  const scheduled = win.__scheduled;
  if (!scheduled) throw new Error("settled() needs TRACK_SCHEDULED at the start of the frame's head");
  let last = -1;
  for (let same = 0; same < rounds;) {
    await until(
      () => scheduled.size === 0,
      () => `the frame's scheduled callbacks to run (still pending: ${[...scheduled.values()].join(', ')})`,
      30000,
    );
    await new Promise((r) => win.requestIdleCallback(r, { timeout: 2000 }));
    await fetch(`/demo/data/innlandet.json?settled=${Math.random()}`, { method: 'HEAD' });
    const n = resourcesOf(iframe).length;
    same = n === last && scheduled.size === 0 ? same + 1 : 0;
    last = n;
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails with `what` after `ms`. */
export async function until<T>(check: () => T | undefined | false, what: string | (() => string), ms = 20000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(25);
  }
}

/** The resource URLs a frame's document has requested so far (Resource Timing). */
export function resourcesOf(iframe: HTMLIFrameElement): string[] {
  return (iframe.contentWindow?.performance.getEntriesByType('resource') ?? []).map((e) => e.name);
}
