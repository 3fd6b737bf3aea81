// Axe on whole demo pages: each page in a frame of its own, with axe-core injected into it.
import { openFrame, until } from '../embed/frame.js';

let frame: HTMLIFrameElement | undefined;

/** Removes the frame of the last audit. */
export function closeAuditFrame(): void {
  frame?.remove();
  frame = undefined;
}

export interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** Runs axe-core inside a page of its own (injected into the frame: the page's own document and shadow roots). */
export async function auditPage(path: string, ready: (doc: Document) => boolean): Promise<AxeResult> {
  frame = openFrame({ src: path });
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const doc = await until(
    () => (frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.location.pathname !== 'blank' ? frame!.contentDocument : undefined),
    `${path} loaded`,
  );
  await until(() => ready(doc) || undefined, `${path} drawn`, 40000);
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((r, j) => {
    script.onload = r;
    script.onerror = j;
  });
  doc.head.append(script);
  await loaded;
  const axe = (frame.contentWindow as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
  return axe.run(doc, { resultTypes: ['violations'] });
}

/** Every <inn-indicator> in the document (and inside dashboards) has finished: a view or an error is shown. */
export function allDrawn(doc: Document): boolean {
  const widgets: Element[] = [...doc.querySelectorAll('inn-indicator')];
  for (const d of doc.querySelectorAll('inn-dashboard')) {
    const kids = d.shadowRoot?.querySelectorAll('inn-indicator');
    if (!kids?.length) return false;
    widgets.push(...kids);
  }
  return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('[part="summary"], [role="alert"], .state.empty[role="status"]'));
}

/**
 * Every page in demo/ (with the state a reader of chart.html and embed.html arrives with). demo/csp.html is served
 * with its strict CSP: axe-core is injected from the same origin, which script-src 'self' allows.
 */
export const DEMO_PAGES = [
  'index.html',
  'nn.html',
  'en.html',
  'gallery.html',
  'prerendered.html',
  'csp.html',
  'chart.html#indicator=employment-change&view=chart&period=1990-2002',
  'embed.html?indicator=rd-share&view=kpi',
  'embed-parent.html',
];

/** When a demo page is drawn (embed-parent.html: when every frame in it is). */
export function pageDrawn(page: string): (doc: Document) => boolean {
  return (doc) =>
    page.startsWith('embed-parent') ? [...doc.querySelectorAll('iframe')].every((f) => f.contentDocument && allDrawn(f.contentDocument)) : allDrawn(doc);
}
