import { expect } from '@open-wc/testing';
import { renderChart } from '../../src/charts/render.js';
import { loadTemplate } from '../../src/charts/compiled.js';
import { THEMES } from '../../src/charts/theme.js';
import { TEMPLATE_KEYS } from '../../src/charts/chart-data.js';
import type { CspReport } from './csp-fixture.js';
import { ALL_MODELS } from './models.js';

/**
 * The chart runtime must work on a page with `script-src 'self'` (no 'unsafe-eval') and `style-src 'self'`
 * (no inline styles). Two checks: a real policy in an iframe, and the runtime run with `eval` and `Function`
 * replaced by stubs that throw.
 */
describe('charts/render under a strict Content-Security-Policy', function () {
  this.timeout(60000);

  it('draws every chart kind in a page whose policy forbids eval and inline styles', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '400px';
    iframe.style.height = '300px';
    iframe.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:">
      <script type="module" src="${new URL('./csp-fixture.ts', import.meta.url).pathname}"></script>
      </head><body></body></html>`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as unknown as { cspReport?: Promise<CspReport> };
    for (let i = 0; i < 200 && !win.cspReport; i++) await new Promise((r) => setTimeout(r, 50));
    const report = await win.cspReport!;
    iframe.remove();
    // The policy is really in force…
    expect(report.evalBlocked, 'eval blocked').to.equal(true);
    expect(report.styleAttributeBlocked, 'style attribute blocked').to.equal(true);
    // …and the charts did not need anything it forbids.
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.drawn).to.deep.equal(ALL_MODELS.map(([key]) => key));
    expect(report.tooltip).to.not.equal('');
  });

  it('never calls eval or Function while drawing', async () => {
    // Compile the templates first: in unbundled use the fallback compiler (Vega-Lite, the Vega parser) runs in
    // the browser; the production bundle ships the compiled JSON instead (see rollup-plugins.mjs).
    for (const key of TEMPLATE_KEYS) await loadTemplate(key);
    const w = window as unknown as { eval: typeof eval; Function: FunctionConstructor };
    const original = { eval: w.eval, Function: w.Function };
    const calls: string[] = [];
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.violatedDirective);
    document.addEventListener('securitypolicyviolation', onViolation);
    w.eval = ((code: string) => {
      calls.push(`eval(${String(code).slice(0, 40)})`);
      throw new EvalError('eval is not allowed');
    }) as typeof eval;
    w.Function = new Proxy(original.Function, {
      apply(_t, _this, args) {
        calls.push(`Function(${args.join(',').slice(0, 40)})`);
        throw new EvalError('Function is not allowed');
      },
      construct(_t, args) {
        calls.push(`new Function(${args.join(',').slice(0, 40)})`);
        throw new EvalError('Function is not allowed');
      },
    });
    const handles = [];
    try {
      for (const [, make] of ALL_MODELS) {
        const host = document.createElement('div');
        document.body.append(host);
        const container = document.createElement('div');
        host.append(container);
        const handle = await renderChart(container, make(), THEMES.dark, { width: 360, tooltipRoot: host, description: 'd' });
        handles.push(handle);
        const bar = container.querySelector('g.bars_marks path, g.points_marks path')!;
        bar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 1, clientY: 1 }));
        await handle.resize(500);
        await handle.toSVG();
        host.remove();
      }
    } finally {
      w.eval = original.eval;
      w.Function = original.Function;
      document.removeEventListener('securitypolicyviolation', onViolation);
      for (const h of handles) h.finalize();
    }
    expect(calls).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    expect(handles).to.have.length(ALL_MODELS.length);
  });
});
