// The script of demo/csp.html (a page under a strict policy has no inline script). It is a classic script in
// <head>, so it runs before the body is parsed and hears every `securitypolicyviolation` from the first one.
// It waits until every widget has drawn (scrolling each into view: charts are drawn only when about to be seen),
// checks what each drew and lists where the page's requests went. (That the policy is really in force is probed by
// the test, test/embed/csp.test.ts, from outside: the page itself provokes no violation, so its console stays clean.) The report goes to window.cspReport, to #csp-status and, in a frame (the test), to the parent window.
(() => {
  const violations = [];
  const errors = [];
  /** The element a violation is about, and the widget it is in: `<figure.chart> in inn-indicator[rd-share/chart]`. */
  const where = (e) => {
    const node = e.composedPath()[0];
    if (!(node instanceof Element)) return '';
    const host = node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : undefined;
    const name = `<${node.localName}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}>`;
    return host ? `${name} in ${host.localName}[${host.getAttribute('indicator')}/${host.getAttribute('view')}]` : name;
  };
  window.addEventListener(
    'securitypolicyviolation',
    (e) =>
      violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        element: where(e),
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      }),
    true,
  );
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

  const ready = new Map();
  const failed = new Map();
  document.addEventListener('inn-ready', (e) => ready.set(e.target, e.detail));
  document.addEventListener('inn-error', (e) => failed.set(e.target, e.detail.message));

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const within = (promise, ms) => Promise.race([promise, sleep(ms)]);

  /** What the widget drew, in words ('' when nothing). */
  function drawn(el) {
    const root = el.shadowRoot;
    if (!root) return '';
    switch (el.getAttribute('view')) {
      case 'chart':
        return root.querySelector('.chart-canvas svg') ? 'chart svg' : '';
      case 'table': {
        const rows = root.querySelectorAll('table tbody tr').length;
        return rows ? `${rows} table rows` : '';
      }
      case 'map': {
        if (root.querySelector('.map svg')) return 'map svg';
        // Figures for counties or the country only: the map view says so and shows them as a table instead.
        const rows = root.querySelectorAll('.map table tbody tr, .body table tbody tr').length;
        return rows ? `map view as a table, ${rows} rows` : '';
      }
      case 'kpi': {
        const value = root.querySelector('.kpi-value')?.textContent?.trim() ?? '';
        return value ? `key figure ${value}` : '';
      }
      default:
        return '';
    }
  }

  async function run() {
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    await within(customElements.whenDefined('inn-indicator'), 20000);
    const widgets = [...document.querySelectorAll('inn-indicator')];
    const deadline = performance.now() + 60000;
    for (const el of widgets) {
      if (!ready.has(el) && !failed.has(el)) el.scrollIntoView({ block: 'center' });
      while (!ready.has(el) && !failed.has(el) && performance.now() < deadline) await sleep(25);
    }
    window.scrollTo(0, 0);
    // Violation events are queued as tasks: let any late ones arrive before counting.
    await sleep(300);
    const widgetViolations = violations.slice();

    const resources = performance.getEntriesByType('resource').map((e) => e.name);
    const report = {
      origin: location.origin,
      widgets: widgets.map((el) => ({
        indicator: el.getAttribute('indicator'),
        view: el.getAttribute('view'),
        ready: ready.has(el),
        error: failed.get(el) ?? null,
        drawn: drawn(el),
        // What the view shows in words, to tell an empty state from a broken one when a check fails.
        text: (el.shadowRoot?.querySelector('.body, .state')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      })),
      violations: widgetViolations,
      errors,
      resources,
      foreign: resources.filter((url) => new URL(url).origin !== location.origin),
    };
    window.cspReport = report;
    const ok = report.widgets.filter((w) => w.ready && w.drawn).length;
    const status = document.getElementById('csp-status');
    if (status) {
      status.textContent = `${ok} of ${widgets.length} widgets drawn; ${widgetViolations.length} policy violation(s); ${report.foreign.length} request(s) to other origins.`;
    }
    if (window.parent !== window) window.parent.postMessage({ type: 'innsikt-csp-report', report }, location.origin);
  }

  run().catch((err) => {
    errors.push(String(err));
    if (window.parent !== window) window.parent.postMessage({ type: 'innsikt-csp-report', report: { errors, violations, widgets: [] } }, location.origin);
  });
})();
