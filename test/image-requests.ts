/**
 * Resolves once an image asked for now, at an address of its own on the test server, has failed to load. An
 * `<img src=x onerror=…>` that feed text might have turned into (even one never put into the page) asked the
 * same server earlier, so its error handler has run by then: for checks that a script-injection canary never
 * ran, without a fixed sleep. (Asking for the canary's own address instead does not work: the browser may
 * answer the second image first.)
 */
export function imageRequestsSettled(): Promise<void> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = img.onerror = () => resolve();
    img.src = `x?settled=${Math.random()}`;
  });
}
