import { expect } from '@open-wc/testing';
import { openFrame, until } from './frame.js';

/**
 * The built bundle (dist/innsikt.js) on a host page with a strict Content-Security-Policy: demo/csp.html, served
 * by the test server with the policy as a header (web-test-runner.config.mjs). It shows every indicator in every
 * view; its own script (demo/csp-page.js) records `securitypolicyviolation` events from the start and posts a
 * report when every widget has drawn. Run `npm run build` first.
 */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const INDICATORS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
const VIEWS = ['chart', 'table', 'map', 'kpi'];

interface Violation {
  directive: string;
  blockedURI: string;
  element: string;
  sourceFile: string;
  line: number;
  sample: string;
}
interface CspReport {
  origin: string;
  widgets: Array<{ indicator: string; view: string; ready: boolean; error: string | null; drawn: string; text: string }>;
  violations: Violation[];
  errors: string[];
  resources: string[];
  foreign: string[];
}

/** Opens a page in a frame and waits for the report its script posts. */
async function reportOf(src: string, type: string, ms = 90000): Promise<{ report: CspReport; iframe: HTMLIFrameElement }> {
  let report: CspReport | undefined;
  const onMessage = (e: MessageEvent) => {
    if (e.origin === location.origin && e.data?.type === type) report = e.data.report;
  };
  window.addEventListener('message', onMessage);
  const iframe = openFrame({ src });
  try {
    await until(() => report, `the report of ${src}`, ms);
  } finally {
    window.removeEventListener('message', onMessage);
  }
  return { report: report!, iframe };
}

describe('the bundle on a page with a strict Content-Security-Policy', function () {
  this.timeout(120000);
  let report: CspReport;
  let iframe: HTMLIFrameElement;

  before(async () => {
    ({ report, iframe } = await reportOf('/demo/csp.html', 'innsikt-csp-report'));
  });
  after(() => iframe?.remove());

  it('is served with the policy as a response header (and the same policy in <meta>)', async () => {
    const res = await fetch('/demo/csp.html', { cache: 'no-store' });
    expect(res.headers.get('content-security-policy')).to.equal(POLICY);
    const meta = iframe.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).to.equal(POLICY);
    expect(iframe.contentDocument!.querySelectorAll('script:not([src]), style, [style]'), 'inline script or style in the page').to.have.length(0);
  });

  it('enforces the policy: eval and style attributes are refused in the page (probed from the test)', async () => {
    const win = iframe.contentWindow as Window & typeof globalThis;
    const doc = iframe.contentDocument!;
    const heard: string[] = [];
    win.addEventListener('securitypolicyviolation', (e) => heard.push(e.effectiveDirective));
    let evalBlocked = false;
    try {
      win.eval('1');
    } catch (err) {
      evalBlocked = err instanceof win.EvalError;
    }
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    doc.body.append(probe);
    const styleAttributeBlocked = Math.round(probe.getBoundingClientRect().width) !== 123;
    probe.remove();
    await until(() => heard.length >= 2 || undefined, 'the violations reported', 5000);
    expect(evalBlocked, 'eval blocked').to.equal(true);
    expect(styleAttributeBlocked, 'style attribute blocked').to.equal(true);
    expect(heard).to.include('script-src');
    expect(heard.some((d) => d.startsWith('style-src'))).to.equal(true);
  });

  it("the page's own self-test provokes no violation (no red CSP error in its console)", () => {
    expect(report.violations).to.deep.equal([]);
    expect(Object.keys(report)).to.not.include('probe');
  });

  it('draws every indicator in every view', () => {
    const expected = INDICATORS.flatMap((indicator) => VIEWS.map((view) => `${indicator}/${view}`));
    expect(report.widgets.map((w) => `${w.indicator}/${w.view}`)).to.have.members(expected);
    const notDrawn = report.widgets
      .filter((w) => !w.ready || !w.drawn || w.error)
      .map((w) => `${w.indicator}/${w.view}: ready=${w.ready} drawn="${w.drawn}" error=${w.error} text="${w.text}"`);
    expect(notDrawn).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });

  it('causes no policy violation', () => {
    expect(report.violations.map((v) => `${v.directive} ${v.blockedURI}: ${v.element} (${v.sourceFile}:${v.line})`)).to.deep.equal([]);
  });

  it('requests nothing from any other origin', () => {
    expect(report.foreign).to.deep.equal([]);
    expect(report.resources.every((url) => new URL(url).origin === report.origin)).to.equal(true);
    // …and the page did load the bundle, its chunks and the feed.
    const paths = report.resources.map((url) => new URL(url).pathname);
    expect(paths).to.include('/dist/innsikt.js');
    expect(paths).to.include('/demo/data/innlandet.json');
    expect(paths.some((p) => /^\/dist\/chunks\/render-/.test(p))).to.equal(true);
  });
});

describe('control: plain vega-embed under the same policy', function () {
  this.timeout(120000);

  it('is refused (so the test above would catch a runtime that needs eval or inline styles)', async () => {
    const { report, iframe } = await reportOf('/test/embed/csp-vega-embed.html', 'innsikt-csp-control');
    iframe.remove();
    const directives = report.violations.map((v) => v.directive);
    expect(directives, 'eval refused').to.include('script-src');
    expect(report.errors.join(' ')).to.match(/unsafe-eval|EvalError|Content Security Policy/i);
  });
});
