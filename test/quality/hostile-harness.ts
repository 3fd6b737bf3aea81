/**
 * What the hostile-widget tests share: mounting <inn-indicator> with a feed as `data` and waiting (time-boxed)
 * for inn-ready, inn-error or an empty state; the checks every outcome must pass; the catch of uncaught
 * errors; and a guard that keeps feeds that hang the widget pipeline out of the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnErrorEvent } from '../../src/components/events.js';
import { runPipeline, stopPipeline } from './pipeline.js';
import { handWritten, innsiktFeed } from './hostile-cases.js';

export const VIEWS = ['chart', 'table', 'map', 'kpi'] as const;
export type View = (typeof VIEWS)[number];
export const TIME_BOX_MS = 10000;
export const PIPELINE_BOX_MS = 5000;

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Installs mocha hooks: console quiet, uncaught errors collected (and asserted after each test), a host element. */
export function useHostileHarness(): { host: () => HTMLElement } {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  const consoleError = console.error;
  const consoleWarn = console.warn;
  let host: HTMLElement | undefined;

  before(async function () {
    // The first chart on a page loads and compiles the chart runtime (seconds, unbundled): not a hostile
    // feed's doing, so it happens here, outside the time boxes.
    this.timeout(60000);
    const warm = document.createElement('inn-indicator');
    warm.setAttribute('view', 'chart');
    warm.data = innsiktFeed();
    const drawn = new Promise((resolve) => warm.addEventListener('inn-ready', resolve, { once: true }));
    document.body.prepend(warm);
    await drawn;
    warm.remove();
    // Every refused feed is logged by the widget: thousands of lines that would bury the test report.
    console.error = () => {};
    console.warn = () => {};
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    stopPipeline();
    console.error = consoleError;
    console.warn = consoleWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '720px';
    document.body.prepend(host);
    uncaught.length = 0;
  });
  afterEach(() => {
    host?.remove();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });
  return { host: () => host! };
}

/** Whether the feed sends the widget pipeline (run in a worker) past its time box: an endless loop, or far too slow. */
export async function hangsInPipeline(data: unknown, handWrittenName?: string): Promise<boolean> {
  try {
    return (await runPipeline(data, undefined, PIPELINE_BOX_MS, handWrittenName)).outcome === 'timeout';
  } catch (err) {
    // A value too deep even to serialise for the worker: it is mounted unscreened (parse refuses such nesting fast).
    if (err instanceof RangeError) return false;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Mounting

export type Outcome = { kind: 'ready' } | { kind: 'error'; event: InnErrorEvent } | { kind: 'empty'; text: string } | { kind: 'timeout' };

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Mounts a widget with `data` and waits for inn-ready, inn-error or a drawn empty state, at most `timeBox` ms. */
export async function settle(
  host: HTMLElement,
  data: unknown,
  view: View,
  attrs: Record<string, string> = {},
  timeBox = TIME_BOX_MS,
): Promise<{ el: InnIndicator; outcome: Outcome }> {
  const el = document.createElement('inn-indicator');
  el.setAttribute('view', view);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  let outcome: Outcome | undefined;
  el.addEventListener('inn-ready', () => (outcome ??= { kind: 'ready' }));
  el.addEventListener('inn-error', (e) => (outcome ??= { kind: 'error', event: e }));
  host.replaceChildren(el);
  const started = performance.now();
  while (!outcome && performance.now() - started < timeBox) {
    await nextFrame();
    const empty = el.shadowRoot?.querySelector('.state.empty');
    if (!outcome && empty) outcome = { kind: 'empty', text: (empty.textContent ?? '').trim() };
  }
  await el.updateComplete;
  return { el, outcome: outcome ?? { kind: 'timeout' } };
}

export function label(data: unknown): string {
  try {
    const s = typeof data === 'string' ? data : data instanceof Uint8Array ? `<${data.length} bytes>` : JSON.stringify(data);
    return (s ?? String(data)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(data);
  }
}

/** Every element in the widget's shadow root and any shadow roots inside it. */
function allElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  const stack: Array<ShadowRoot | Element> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      out.push(child);
      stack.push(child);
      if (child.shadowRoot) stack.push(child.shadowRoot);
    }
  }
  return out;
}

const FORBIDDEN = new Set([
  'script',
  'img',
  'iframe',
  'object',
  'embed',
  'foreignobject',
  'base',
  'link',
  'meta',
  'frame',
  'frameset',
  'audio',
  'video',
  'image',
]);

/** What a hostile feed must never achieve, checked on one widget. Returns the violations found. */
export function violations(el: InnIndicator): string[] {
  const out: string[] = [];
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  for (const node of allElements(root)) {
    const tag = node.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) out.push(`<${tag}> in the shadow root`);
    for (const attr of node.getAttributeNames()) {
      if (/^on/i.test(attr)) out.push(`<${tag} ${attr}="${node.getAttribute(attr)}">`);
      if (/(^|:)href$/i.test(attr) || attr === 'src' || attr === 'action' || attr === 'formaction') {
        const value = (node.getAttribute(attr) ?? '').trim();
        // Internal references (url(#pattern), #id) are fine; anything else must be http(s).
        if (!value.startsWith('#') && !/^https?:\/\//i.test(value)) out.push(`<${tag} ${attr}="${value}">`);
      }
    }
    if (tag === 'a' && !/^https?:\/\//i.test(node.getAttribute('href') ?? node.getAttribute('xlink:href') ?? 'https://'))
      out.push(`<a href="${node.getAttribute('href')}">`);
  }
  if (window.__pwned !== undefined) out.push('window.__pwned was set');
  return out;
}

/** The checks every outcome must pass. */
export function expectSettled(el: InnIndicator, outcome: Outcome, view: View, what: string): void {
  expect(outcome.kind, `${what}: neither inn-ready, inn-error nor an empty state within ${TIME_BOX_MS} ms`).to.not.equal('timeout');
  const root = el.shadowRoot!;
  if (outcome.kind === 'error') {
    const alert = root.querySelector('[role="alert"]');
    expect(alert, `${what}: an error without role="alert"`).to.exist;
    expect((alert!.querySelector('.error-message')?.textContent ?? '').trim(), `${what}: error message`).to.not.equal('');
    // Retrying makes sense for a feed given as src or as data (which the page may have changed since).
    if (el.src || el.data) expect(root.querySelector('button.retry'), `${what}: retry button`).to.exist;
    // A feed the data core cannot read must not be blamed on the chart (the "could not be drawn" message).
    if (view !== 'chart') expect(outcome.event.detail.kind, `${what}: ${outcome.event.detail.message}`).to.not.equal('render');
  } else if (outcome.kind === 'empty') {
    expect(outcome.text, `${what}: empty state without words`).to.not.equal('');
  } else if (outcome.kind === 'ready') {
    expect(root.querySelector('[role="alert"]'), `${what}: inn-ready with an error shown`).to.equal(null);
    // inn-ready comes with the view drawn, or with an empty state that says what is missing.
    const empty = root.querySelector('.state.empty');
    if (empty) expect((empty.textContent ?? '').trim(), `${what}: empty state without words`).to.not.equal('');
    else if (view === 'table') expect(root.querySelector('table'), `${what}: table`).to.exist;
    else if (view === 'chart') expect(root.querySelector('.chart-canvas svg'), `${what}: chart`).to.exist;
  }
  expect(violations(el), what).to.deep.equal([]);
}

/** Moves a synthetic pointer over each mark of the chart, so that the tooltip shows each datum. */
export async function hoverEveryMark(el: InnIndicator): Promise<void> {
  const svg = el.shadowRoot!.querySelector('.chart-canvas svg');
  if (!svg) return;
  for (const mark of [...svg.querySelectorAll('.mark-rect path, .mark-symbol path, .mark-line path, .mark-text text')].slice(0, 40)) {
    const box = mark.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const init = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    mark.dispatchEvent(new PointerEvent('pointermove', init));
    mark.dispatchEvent(new MouseEvent('mousemove', init));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Hovers and focuses each map area, so that the map's tip shows each area's name. */
export function hoverEveryArea(el: InnIndicator): void {
  for (const area of el.shadowRoot!.querySelectorAll<SVGGElement>('.inn-map .area')) {
    area.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    area.focus();
  }
}

/**
 * One test per hand-written case (hostile-cases.ts) whose name passes `filter`: each, in every view, ends in a
 * view, an empty state or a clear error within the time box. A case that does not finish in the pipeline
 * worker fails without being mounted (it would freeze this page).
 */
export function handWrittenSuite(title: string, filter: (name: string) => boolean, host: () => HTMLElement, timeBox = TIME_BOX_MS): void {
  describe(title, function () {
    this.timeout(Math.max(120000, timeBox * 5));
    for (const { name, input } of handWritten().filter((c) => filter(c.name))) {
      it(name, async () => {
        expect(
          await hangsInPipeline(undefined, name),
          `${name}: the widget pipeline does not finish within ${PIPELINE_BOX_MS} ms (see hostile-data.test.ts); not mounted`,
        ).to.equal(false);
        const data = input();
        const failures: string[] = [];
        for (const view of VIEWS) {
          const started = performance.now();
          const { el, outcome } = await settle(host(), data, view, {}, timeBox);
          const ms = Math.round(performance.now() - started);
          try {
            expectSettled(el, outcome, view, `${name} as ${view} (${ms} ms)`);
          } catch (err) {
            failures.push((err as Error).message);
          }
        }
        expect(failures.join('\n')).to.equal('');
      });
    }
  });
}
