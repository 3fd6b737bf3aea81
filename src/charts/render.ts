/**
 * The chart runtime: draws a {@link ViewModel} with Vega into a container. Components load it lazily
 * (`import('../charts/render.js')`), so pages without a chart never download Vega.
 *
 * Strict-CSP safe: expressions are evaluated by vega-interpreter from syntax trees compiled ahead of time
 * (no `eval` / `new Function`, so no 'unsafe-eval'); nothing injects <style> elements or style attributes
 * (no 'unsafe-inline' for styles); the tooltip is text in the widget's shadow root (tooltip.ts).
 *
 * Only the Vega pieces the compiled templates use are bundled: the view, the scenegraph renderers, the
 * interpreter and the transforms registered below — not the Vega-Lite compiler, not the Vega parser. The
 * production build trims Vega further (vegaModules() in rollup-plugins.mjs: expression functions, scale and
 * mark types, date formats, …) and checks every template against what it keeps.
 */
import type { Runtime, View as VegaView } from 'vega';
import { View } from 'vega-view';
import { expressionInterpreter } from 'vega-interpreter';
import { transforms } from 'vega-dataflow';
import { aggregate, collect, extent, facet, filter, multiextent, prefacet, proxy, relay, sieve, values } from 'vega-transforms';
import { bound, mark, overlap, render, viewlayout } from 'vega-view-transforms';
import { axisticks, datajoin, encode, legendentries, scale, sortitems } from 'vega-encode';
import type { ViewModel } from '../indicators/view-model.js';
import { type ChartDatum, categoryLabelLimit, chartData, chartMarks, chartRefs, templateKey } from './chart-data.js';
import { loadTemplate } from './compiled.js';
import { vegaLocale } from './locale.js';
import { chartSignals, fillPlaceholders, placeholderValues, themeSignals } from './specs.js';
import { SIGNALS } from './templates.js';
import type { Theme } from './theme.js';
import { createTooltip } from './tooltip.js';
import { figureElements, focusFigures, itemFigure } from './figure-focus.js';

/**
 * The transforms the compiled templates use (test/charts/render.test.ts parses every template and fails if
 * one is missing here). A template that needs another transform must add it to this list.
 */
export const REGISTERED_TRANSFORMS = {
  aggregate,
  collect,
  extent,
  facet,
  filter,
  multiextent,
  prefacet,
  proxy,
  relay,
  sieve,
  values,
  bound,
  mark,
  overlap,
  render,
  viewlayout,
  axisticks,
  datajoin,
  encode,
  legendentries,
  scale,
  sortitems,
};
for (const [name, transform] of Object.entries(REGISTERED_TRANSFORMS)) {
  // Other code on the page (a full `vega` build) may have registered the same transforms: keep theirs.
  if (!Object.hasOwn(transforms, name)) transforms[name] = transform;
}

export interface RenderOptions {
  /** Width of the whole chart in CSS pixels, axes and labels included. */
  width: number;
  /** Where the tooltip element goes: the widget's shadow root, so that the widget's styles apply to it. */
  tooltipRoot: ShadowRoot | HTMLElement;
  /** What the chart shows, in words: becomes the accessible name of the chart. */
  description: string;
  /** 'svg' (default) or 'canvas'. */
  renderer?: 'svg' | 'canvas';
  /** Aborting stops a pending render (the promise rejects with an AbortError) or finalizes a finished one. */
  signal?: AbortSignal;
  /** Called with the region code of a mark the reader clicks (selecting it everywhere on a dashboard). */
  onSelect?: (region: string) => void;
  /**
   * Opens the source card of the figure a reader clicks, or reaches by keyboard (each bar or point is then a button,
   * see figure-focus.ts): `key` is "region|period|series" of the row behind the mark.
   */
  onFigure?: (key: string, mark: SVGElement) => void;
  /** A last tooltip line saying that a click opens the figure's source ("Klikk for kilde"), with `onFigure`. */
  figureHint?: string;
}

export interface ChartHandle {
  /** The Vega view, for inspection and tests. Do not keep it beyond {@link finalize}. */
  readonly view: VegaView;
  /** The rendered <svg> or <canvas> element inside the container. */
  readonly element: Element | null;
  /** Redraws at a new width (e.g. from a ResizeObserver). */
  resize(width: number): Promise<void>;
  /** A standalone SVG document of the chart as drawn. */
  toSVG(scale?: number): Promise<string>;
  toCanvas(scale?: number): Promise<HTMLCanvasElement>;
  /** A `data:image/png` URL. */
  toPNG(scale?: number): Promise<string>;
  /** Releases the view (timers, listeners), removes its drawing and its tooltip element. Idempotent. */
  finalize(): void;
  readonly finalized: boolean;
}

/** The latest render per container: a newer render supersedes an older one (see {@link renderChart}). */
const latest = new WeakMap<HTMLElement, object>();
const mounted = new WeakMap<HTMLElement, ChartHandle>();

function abortError(reason: string): DOMException {
  return new DOMException(reason, 'AbortError');
}

/**
 * Runs the view until its layout settles. Vega's `fit-x` sizes the plot from the bounds of one layout pass;
 * value labels beyond the end of the bars move when the plot shrinks, so one pass can leave them overflowing
 * by a few pixels. Each further pass shrinks the overflow geometrically; two or three are enough.
 */
async function settle(view: VegaView): Promise<void> {
  await view.runAsync();
  for (let i = 0; i < 4; i++) {
    const before = view.signal('width') as number;
    view.resize();
    await view.runAsync();
    if (Math.abs((view.signal('width') as number) - before) < 0.5) break;
  }
}

function setSignal(runtime: Runtime, name: string, value: unknown): void {
  const op = runtime.operators.find((o) => (o as { signal?: string }).signal === name) as { value?: unknown } | undefined;
  if (op) op.value = value;
}

/**
 * Renders a model into `container` (which the chart owns: its content is replaced).
 *
 * Contract for re-rendering and teardown:
 *  - The latest call per container wins. A render that is superseded by a newer call on the same container
 *    before it finishes rejects with an AbortError and leaves nothing behind (its view, if built, is
 *    finalized); a finished chart in the container is finalized when a newer render replaces it.
 *  - The caller finalizes the handle when the chart goes away (e.g. in `disconnectedCallback`).
 *  - `options.signal` aborts a pending render, or finalizes the chart if it has already been drawn.
 */
export async function renderChart(container: HTMLElement, model: ViewModel, theme: Theme, options: RenderOptions): Promise<ChartHandle> {
  const token = {};
  latest.set(container, token);
  const superseded = () => latest.get(container) !== token || options.signal?.aborted === true;
  if (options.signal?.aborted) throw abortError('The chart render was aborted.');

  const key = templateKey(model);
  const runtime = fillPlaceholders(await loadTemplate(key), placeholderValues(model, theme));
  if (superseded()) throw abortError('The chart render was superseded by a newer one.');

  const width = Math.max(120, Math.floor(options.width));
  const rows = chartData(model, theme);
  configureRuntime(runtime, model, theme, rows, width, options.description);
  const chart = new MountedChart(container, runtime, options);
  const view = chart.view;
  view.data('rows', rows);
  if (key === 'index-lines') view.data('refs', chartRefs(model));
  if (key.startsWith('index-lines')) view.data('marks', chartMarks(model));
  listenForClicks(chart, options);

  // The layout settles before the view has a container (no renderer): the passes of settle() draw nothing,
  // and the drawing is made once, below.
  try {
    await settle(view);
  } catch (err) {
    chart.finalize();
    throw err;
  }
  if (superseded()) {
    chart.finalize();
    throw abortError('The chart render was superseded by a newer one.');
  }
  // Drawn off screen first: whatever the container shows (a first paint from static-bars.ts, or the previous view)
  // stays until this drawing is complete, so there is never an empty frame between the two.
  const holder = document.createElement('div');
  view.initialize(holder);
  chart.drawing = holder.querySelector(':scope > svg, :scope > canvas');
  options.signal?.addEventListener('abort', chart.finalize, { once: true });
  try {
    await view.runAsync();
  } catch (err) {
    chart.finalize();
    throw err;
  }
  if (superseded() || chart.finalized) {
    chart.finalize();
    throw abortError('The chart render was superseded by a newer one.');
  }
  // Nothing awaited since the last check, so no newer render has touched the container yet: from here on this
  // render owns it, until a newer one takes it over.
  mountDrawing(container, chart, options);
  return chart;
}

/** Sets what the compiled template leaves open: locale, accessible description, width, theme and chart signals. */
function configureRuntime(runtime: Runtime, model: ViewModel, theme: Theme, rows: ChartDatum[], width: number, description: string): void {
  const runtimeSpec = runtime as Runtime & { description?: string; eventConfig?: Record<string, unknown> };
  runtimeSpec.locale = vegaLocale(model.lang) as unknown as Runtime['locale'];
  runtimeSpec.description = description;
  // No <form class="vega-bindings"> in the container: the templates bind no inputs.
  runtimeSpec.eventConfig = { ...runtimeSpec.eventConfig, bind: 'none' };
  setSignal(runtime, 'width', width);
  setSignal(runtime, 'background', null);
  for (const [name, value] of Object.entries({ ...themeSignals(theme), ...chartSignals(model, rows, width) })) setSignal(runtime, name, value);
}

/** A chart's Vega view with its tooltip, and its drawing once made: the {@link ChartHandle} renderChart returns. */
class MountedChart implements ChartHandle {
  readonly view: VegaView;
  /** The <svg> or <canvas> the view drew, once {@link renderChart} has made it. */
  drawing: Element | null = null;
  #finalized = false;
  readonly #tooltip: ReturnType<typeof createTooltip>;

  constructor(
    private readonly container: HTMLElement,
    private readonly runtime: Runtime,
    private readonly options: RenderOptions,
  ) {
    const tooltip = createTooltip(options.tooltipRoot);
    const hint = options.onFigure && options.figureHint;
    this.#tooltip = tooltip;
    this.view = new View(runtime, {
      expr: expressionInterpreter,
      renderer: options.renderer ?? 'svg',
      tooltip: hint
        ? (h, event, item, value) => tooltip.handler(h, event, item, value && itemFigure(item) ? `${String(value)}\n${hint}` : value)
        : tooltip.handler,
      hover: false,
    });
  }

  get element(): Element | null {
    return this.#finalized ? null : this.drawing;
  }

  get finalized(): boolean {
    return this.#finalized;
  }

  async resize(w: number): Promise<void> {
    if (this.#finalized) return;
    const width = Math.max(120, Math.floor(w));
    this.view.width(width);
    if (this.runtime.operators.some((o) => (o as { signal?: string }).signal === SIGNALS.labelLimit)) {
      this.view.signal(SIGNALS.labelLimit, categoryLabelLimit(width));
    }
    await settle(this.view);
    if (this.drawing && this.options.onFigure) focusFigures(this.drawing, this.options.onFigure);
  }

  toSVG = (s = 1) => this.view.toSVG(s);
  toCanvas = (s = 1) => this.view.toCanvas(s);
  toPNG = (s = 1) => this.view.toImageURL('png', s);

  /** An arrow function: it is also the listener of `options.signal`'s abort event. */
  finalize = (): void => {
    if (this.#finalized) return;
    this.#finalized = true;
    this.view.finalize();
    this.#tooltip.remove();
    // vega-scenegraph keeps the SVG element it styled last in a module variable. From it, the scenegraph item
    // (__data__) and, up the tree, the <svg> with Vega's event listeners lead to the View, the container and the
    // whole widget, which would stay in memory until the next chart is drawn: cut both ways.
    const drawing = this.drawing;
    if (drawing) {
      for (const node of drawing.querySelectorAll('*')) delete (node as { __data__?: unknown }).__data__;
      drawing.replaceChildren();
    }
    drawing?.remove();
    if (mounted.get(this.container) === this) mounted.delete(this.container);
    this.options.signal?.removeEventListener('abort', this.finalize);
  };
}

/** A click on a mark selects its region (`onSelect`) and opens its figure's source card (`onFigure`). */
function listenForClicks(chart: MountedChart, options: RenderOptions): void {
  if (options.onSelect) {
    const onSelect = options.onSelect;
    chart.view.addEventListener('click', (_event, item) => {
      const region = (item as { datum?: { region?: unknown } } | null | undefined)?.datum?.region;
      if (typeof region === 'string' && region) onSelect(region);
    });
  }
  if (options.onFigure) {
    const onFigure = options.onFigure;
    chart.view.addEventListener('click', (_event, item) => {
      const key = itemFigure(item);
      const mark = key && chart.drawing ? figureElements(chart.drawing).get(key) : undefined;
      if (key && mark) onFigure(key, mark);
    });
  }
}

/** Puts the finished drawing in the container (finalizing the chart it replaces) and names it for assistive tech. */
function mountDrawing(container: HTMLElement, chart: MountedChart, options: RenderOptions): void {
  const drawing = chart.drawing;
  mounted.get(container)?.finalize();
  if (drawing) container.replaceChildren(drawing);
  else container.replaceChildren();
  mounted.set(container, chart);
  if (drawing && options.onFigure) focusFigures(drawing, options.onFigure);
  // An image with a name: the marks themselves are not announced one by one (the widget has a table view), unless
  // they are buttons that open their source cards: then a named group of them.
  container.setAttribute('role', options.onFigure && drawing ? 'group' : 'img');
  container.removeAttribute('aria-roledescription');
  if (options.description) container.setAttribute('aria-label', options.description);
  else container.removeAttribute('aria-label');
}
