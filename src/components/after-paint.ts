/**
 * Resolves once the page has drawn what it had to draw, for work that can wait: the Vega runtime of charts that
 * already have a first paint, the sharing code, the dashboard's picker lists (requestIdleCallback, else a short
 * timeout).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
