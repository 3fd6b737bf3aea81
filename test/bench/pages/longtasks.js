// Loaded right after probe.js by the pages of figures 9 and 10: every main-thread task over 50 ms from the start
// (the Long Tasks API), into window.__bench.longtasks as { start, duration } in ms from navigation start.
(() => {
  const bench = window.__bench;
  bench.longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = undefined;
  }
  /** Resolves with performance.now() once `test()` holds, checked every frame. */
  bench.when = (test) =>
    new Promise((done) => {
      const check = () => (test() ? done(performance.now()) : requestAnimationFrame(check));
      check();
    });
})();
