/**
 * No jumps: every demo page, with its feeds 2–3 s late (the test server's /__slow/ prefix), keeps its layout while
 * the figures arrive: cumulative layout shift (Layout Instability API, every shift summed) below 0.05, at a desktop
 * and a phone width.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../embed/frame.js';
import { DEMO_PAGES, pageDrawn } from '../quality/axe-pages.js';

/** The municipality profile, whose figures arrive from four feeds at once. */
const PROFILE = 'profile.html?region=3443';
const profileDrawn = (doc: Document) => {
  const root = doc.querySelector('inn-profile')?.shadowRoot;
  return !!root?.querySelector('article .chart svg') && !root.querySelector('.status[role="status"]');
};

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

interface Shift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
}

function describeNode(n: Node | null | undefined): string {
  if (!n) return '?';
  const el = n instanceof Element ? n : n.parentElement;
  if (!el) return n.nodeName;
  const root = el.getRootNode();
  const host =
    root instanceof ShadowRoot ? `${root.host.localName}[${root.host.getAttribute('indicator') ?? ''}/${root.host.getAttribute('view') ?? ''}] ` : '';
  return `${host}<${el.localName} class="${el.getAttribute('class') ?? ''}">`;
}

/** The layout shifts of a frame's document so far (buffered: from its start). */
function shiftsOf(win: Window): Promise<Shift[]> {
  return new Promise((resolve) => {
    const Observer = (win as unknown as { PerformanceObserver: typeof PerformanceObserver }).PerformanceObserver;
    const po = new Observer((list) => {
      po.disconnect();
      resolve(list.getEntries() as Shift[]);
    });
    po.observe({ type: 'layout-shift', buffered: true });
    // No shift at all: the observer never calls back.
    win.setTimeout(() => {
      po.disconnect();
      resolve([]);
    }, 500);
  });
}

describe('no layout shift while slow feeds arrive', function () {
  this.timeout(90000);
  for (const [width, height] of [
    [1280, 900],
    [360, 740],
  ] as const) {
    for (const page of [...DEMO_PAGES, PROFILE]) {
      it(`demo/${page} at ${width} px: CLS < 0.05`, async () => {
        frame = openFrame({ src: `/__slow/demo/${page}` });
        frame.style.width = `${width}px`;
        frame.style.height = `${height}px`;
        const doc = await until(
          () =>
            frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.location.pathname !== 'blank' ? frame!.contentDocument : undefined,
          `${page} loaded`,
        );
        await until(() => (page === PROFILE ? profileDrawn(doc) : pageDrawn(page)(doc)) || undefined, `${page} drawn`, 60000);
        // Let the last charts in view finish (the Vega view replaces the first paint).
        await new Promise((r) => setTimeout(r, 1500));
        const shifts = (await shiftsOf(frame.contentWindow!)).filter((s) => !s.hadRecentInput);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        const detail = shifts
          .filter((s) => s.value > 0.001)
          .map(
            (s) =>
              `${s.value.toFixed(3)} at ${Math.round(s.startTime)} ms: ${(s.sources ?? []).map((x) => `${describeNode(x.node)} ${Math.round(x.previousRect.y)}+${Math.round(x.previousRect.height)} → ${Math.round(x.currentRect.y)}+${Math.round(x.currentRect.height)}`).join('; ')}`,
          );
        expect(cls, `CLS ${cls.toFixed(3)}\n${detail.join('\n')}`).to.be.below(0.05);
      });
    }
  }
});
