// Loaded first (a classic script in <head>, so it also works under the strict policy) by every bench page: it
// records timings, Innsikt's events, errors and CSP violations from the start into window.__bench.
(() => {
  const bench = {
    marks: [],
    ready: [],
    drawn: [],
    failed: [],
    errors: [],
    violations: [],
  };
  window.__bench = bench;
  bench.mark = (name, detail) => bench.marks.push({ name, t: performance.now(), ...detail });
  window.addEventListener(
    'securitypolicyviolation',
    (e) =>
      bench.violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      }),
    true,
  );
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason?.message ?? e.reason)));
  // Composed events from inside shadow roots reach the document (capture phase: nothing can stop them first).
  document.addEventListener('inn-ready', (e) => bench.ready.push({ t: performance.now(), view: e.detail.view, indicator: e.detail.indicator }), true);
  // Innsikt's User Timing marks: each time a chart is on screen (`by`: 'static' first paint or 'vega' view).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== 'inn:chart-drawn') continue;
        const first = !bench.drawn.some((d) => d.indicator === e.detail.indicator);
        bench.drawn.push({ t: e.startTime, ...e.detail, first });
        // Counted once, when the fifth chart is first on screen (walking every shadow root costs time).
        if (first && bench.drawn.filter((d) => d.first).length === 5) bench.drawnAtFifth = bench.drawnCharts('.chart-canvas');
      }
    }).observe({ type: 'mark', buffered: true });
  } catch {
    /* no PerformanceObserver: the bench falls back to inn-ready */
  }
  document.addEventListener('inn-error', (e) => bench.failed.push({ t: performance.now(), message: e.detail.message }), true);

  /** Every element matching `selector`, in the document and in every shadow root under it. */
  bench.deepAll = (selector, root = document) => {
    const out = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...bench.deepAll(selector, el.shadowRoot));
    return out;
  };
  /** Vega drawings (<svg>) under `selector` that hold data marks (not only axes). */
  bench.drawnCharts = (selector) => bench.deepAll(`${selector} svg`).filter((svg) => svg.querySelector('g.role-mark > *')).length;
})();
