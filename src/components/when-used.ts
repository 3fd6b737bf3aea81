/**
 * Loads an element's module the first time the element appears in the page, so that a page without it pays
 * nothing but this check. Looks at the document (not into other elements' shadow roots); a page that creates the
 * element inside a shadow root imports its define module itself. The live collection makes each check O(1).
 */
export function whenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag);
  const start = (observer?: MutationObserver) => {
    observer?.disconnect();
    load().catch((err: unknown) => console.error(`<${tag}> could not be loaded:`, err));
  };
  if (found.length) return start();
  const observer = new MutationObserver(() => {
    if (found.length) start(observer);
  });
  observer.observe(document, { childList: true, subtree: true });
}
