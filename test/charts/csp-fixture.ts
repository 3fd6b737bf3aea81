/**
 * Runs inside an iframe whose document has a meta Content-Security-Policy of `script-src 'self'; style-src
 * 'self'` (see csp.test.ts): draws every chart kind, shows a tooltip, and reports what the policy blocked.
 */
import { renderChart } from '../../src/charts/render.js';
import { THEMES } from '../../src/charts/theme.js';
import { ALL_MODELS } from './models.js';

export interface CspReport {
  /** The policy is in force: eval and a style attribute are blocked. */
  evalBlocked: boolean;
  styleAttributeBlocked: boolean;
  drawn: string[];
  tooltip: string;
  violations: string[];
  error?: string;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
const tick = () => new Promise((r) => setTimeout(r, 50));

async function run(): Promise<CspReport> {
  const report: CspReport = { evalBlocked: false, styleAttributeBlocked: false, drawn: [], tooltip: '', violations };
  try {
    (0, eval)('1');
  } catch {
    report.evalBlocked = true;
  }
  const probe = document.createElement('div');
  probe.setAttribute('style', 'color: rgb(255, 0, 0)');
  document.body.append(probe);
  report.styleAttributeBlocked = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';
  probe.remove();
  await tick();
  violations.length = 0;

  try {
    for (const [key, make] of ALL_MODELS) {
      const container = document.createElement('div');
      document.body.append(container);
      const handle = await renderChart(container, make(), THEMES.light, { width: 320, tooltipRoot: document.body, description: key });
      if (container.querySelector('svg g.bars_marks path, svg g.lines_marks path')) report.drawn.push(key);
      const bar = container.querySelector('g.bars_marks path, g.points_marks path');
      if (bar) {
        const r = bar.getBoundingClientRect();
        bar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: r.left + 1, clientY: r.top + 1 }));
        report.tooltip ||= document.querySelector('[part="tooltip"]')?.textContent ?? '';
      }
      await handle.toSVG();
      handle.finalize();
    }
  } catch (err) {
    report.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  await tick();
  return report;
}

(window as unknown as { cspReport: Promise<CspReport> }).cspReport = run();
