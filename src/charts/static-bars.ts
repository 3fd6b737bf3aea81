import { nice as d3Nice, ticks as d3Ticks } from 'd3-array';
import type { Lang } from '../data/types.js';
import type { ViewModel } from '../indicators/view-model.js';
import { type ChartDatum, categoryLabelLimit, chartData, shareAxisMax, templateKey, valueTitle, wrapLabel } from './chart-data.js';
import { formatNumber } from '../indicators/format.js';
import { LOCALES } from './locale.js';
import type { Theme } from './theme.js';
import { type SvgNode, svgChild, toSvgElement } from './svg-node.js';

/**
 * The first paint of a bar chart, drawn without Vega.
 *
 * A bar chart is readable the moment its feed is parsed: this draws the same marks as the compiled bar template
 * (templates.ts, `barsTemplate`) with the same layout rules — 26 px bands with Vega-Lite's band padding, the
 * value axis made "nice" and ticked the way d3/Vega do it, flush end labels, parity label thinning, the plot
 * fitted to the width with the value labels inside it — from the same rows (chartData), so it is the chart the
 * reader will keep seeing. The Vega view is built behind it and takes its place once drawn (render.ts), adding
 * tooltips and the PNG/SVG export; the two agree to within a pixel or two (test/charts/static-bars.test.ts
 * compares them mark by mark), so the swap is not seen.
 *
 * Why: Vega's runtime is most of the bytes and most of the CPU time before a dashboard is drawn; the reader
 * needs neither to read a bar chart. Shapes with legends or lines (grouped and stacked bars, index lines) are
 * left to Vega: {@link drawStaticChart} returns false for them.
 *
 * The layout ({@link staticChartTree}) is a tree of plain data (svg-node.ts): the widget writes it into the page with
 * DOM calls, and the pre-render (prerender.ts) writes it as markup in Node, with a text measure that needs no canvas.
 * Safe by construction: feed text only ever becomes `textContent` or escaped text.
 */
const FONT_SIZE = 12;
const STEP = 26;
// Vega-Lite's bar band padding: inner 0.1 of the step, outer half of that.
const PADDING_INNER = 0.1;
const PADDING_OUTER = 0.05;
const PADDING = { left: 2, right: 6, top: 6, bottom: 2 };
/** Category labels: right-aligned 6 px left of the plot, cut at 140 px, two lines 12 px apart. */
const LABEL_PADDING = 6;
const LINE_HEIGHT = 12;
/** Value axis: 5 px ticks, labels 2 px below them, the title 8 px below the labels. */
const TICK = 5;
const AXIS_LABEL_Y = 16;
const AXIS_TITLE_Y = 35;
const BOTTOM = 39;
/** A value axis title too wide for the drawing wraps at spaces, one line this far below the other. */
const TITLE_LINE_HEIGHT = 14;
/** Vega draws text with baseline `middle` this far below its anchor (a third of the font size). */
const MIDDLE = FONT_SIZE / 3;
const LABEL_SEPARATION = 10;
/** Vega's `triangle-right` symbol at size 50. */
const ARROW_RIGHT = 'M3.062,0L-3.062,-3.536L-3.062,3.536Z';
const ARROW_LEFT = 'M-3.062,0L3.062,-3.536L3.062,3.536Z';

export interface StaticChartOptions {
  /** Width of the whole chart in CSS pixels, axes and labels included. */
  width: number;
  /** What the chart shows, in words: the accessible name of the drawing. */
  description: string;
  /** Measures a text in CSS pixels at the chart's 12 px font (default: a canvas, as Vega measures). */
  measure?: TextMeasure;
  /**
   * The drawing stays: no Vega view replaces it (the profile's small charts). Where Vega would draw two tick labels
   * over each other, it then draws one; otherwise it draws what Vega draws, so that the swap is not seen.
   */
  final?: boolean;
}

/** A text's width in CSS pixels at the chart's font size, bold or not, in `family`. */
export type TextMeasure = (text: string, bold: boolean, family: string) => number;

// ---------------------------------------------------------------------------------------------------------------
// Scale arithmetic: d3-array's ticks and nice, which Vega's linear scales use (so the axes come out the same).

/** d3's ticks(start, stop, count) for start < stop. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0) || !(stop > start)) return [start];
  return d3Ticks(start, stop, count);
}

/** d3-scale's linear.nice(count) (Vega calls it with d3's default of 10 for `nice: true`): d3-array's nice. */
export function nice(start: number, stop: number, count = 10): [number, number] {
  return d3Nice(start, stop, count);
}

/**
 * A tick label the way Vega's default (d3 `,f` at the ticks' precision) writes it in the widget's locale: the
 * project's number format, with the chart locale's minus sign (Vega writes U+2212 in English too).
 */
export function formatTick(value: number, step: number, lang: Lang): string {
  // At most 20 decimals, as d3-format allows (a step of 1e-237 from a hostile feed would make Intl throw).
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(step) || 1))));
  const text = formatNumber(Math.abs(value), lang, decimals);
  return value < 0 && /[1-9]/.test(text) ? `${LOCALES[lang].number.minus ?? '-'}${text}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Text: measured the way Vega measures it (a canvas context with the same font), cut with an ellipsis.

let measureContext: CanvasRenderingContext2D | null | undefined;
let measureFont = '';
const widths = new Map<string, number>();

/** The canvas measure (Vega's way); a rough estimate where there is no canvas. */
export const canvasMeasure: TextMeasure = (text, bold, family) => {
  const key = `${bold ? 'b' : 'n'}${family}\u0000${text}`;
  let w = widths.get(key);
  if (w !== undefined) return w;
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (measureContext) {
    // Setting the font makes the canvas parse it: only when it changes.
    const font = `${bold ? 'bold' : 'normal'} ${FONT_SIZE}px ${family}`;
    if (font !== measureFont) measureContext.font = measureFont = font;
    w = measureContext.measureText(text).width;
  } else w = text.length * FONT_SIZE * 0.6;
  if (widths.size > 5000) widths.clear();
  widths.set(key, w);
  return w;
};

/** The text cut to `limit` px with an ellipsis, as Vega's `limit` does. */
function truncate(textWidth: TextMeasure, text: string, limit: number, bold: boolean, family: string): string {
  const full = textWidth(text, bold, family);
  if (full <= limit) return text;
  // The longest start that fits with its ellipsis (widths grow with length), found from a proportional guess: two or
  // three measurements, where a binary search over the length takes five to seven (each costs a canvas call).
  const fits = (n: number) => n === 0 || textWidth(`${text.slice(0, n)}…`, bold, family) <= limit;
  let n = Math.min(text.length - 1, Math.floor((text.length * limit) / full));
  if (fits(n)) while (n + 1 < text.length && fits(n + 1)) n++;
  else while (!fits(--n));
  return `${text.slice(0, n)}…`;
}

/**
 * The value axis title in lines that each fit `limit` px, broken between words: a long title at a narrow width
 * ("Sysselsatte med arbeidssted i kommunen (personer)" at 360 px) is drawn whole instead of cut at both edges. Only
 * a single word wider than the whole drawing is cut with an ellipsis (the chart's description still names it).
 */
function titleLines(textWidth: TextMeasure, text: string, limit: number, family: string): string[] {
  if (textWidth(text, false, family) <= limit) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, false, family) > limit) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines.map((l) => truncate(textWidth, l, limit, false, family));
}

/** No character of a tick label (digits, separators, minus) is wider than the font size: an upper bound on its width. */
const widthBound = (text: string) => text.length * FONT_SIZE;

// ---------------------------------------------------------------------------------------------------------------
// Drawing

const el = svgChild;

const r2 = (v: number) => Math.round(v * 100) / 100;

/** Whether a model's chart has a static first paint (the bar templates without a legend). */
export function hasStaticChart(model: ViewModel): boolean {
  const key = templateKey(model);
  return key === 'change-bars' || key === 'level-bars' || key === 'share-bars' || key === 'diverging-bars' || key === 'part-of-whole/single';
}

interface Layout {
  domain: [number, number];
  tickValues: number[];
  x: (v: number) => number;
}

/**
 * Draws the model's bar chart into `container` (replacing what is there) and returns true; returns false, drawing
 * nothing, when the chart is not a plain bar chart or its values give no axis (Vega draws those).
 */
export function drawStaticChart(container: HTMLElement, model: ViewModel, theme: Theme, options: StaticChartOptions): boolean {
  const tree = staticChartTree(model, theme, options);
  if (!tree) return false;
  container.replaceChildren(toSvgElement(tree));
  container.setAttribute('role', 'img');
  if (options.description) container.setAttribute('aria-label', options.description);
  return true;
}

/** A category (band) of the chart: its label lines, bold for a comparison. */
interface Category {
  cat: string;
  bold: boolean;
  lines: string[];
}

/** What every drawing step needs: the model, how text is measured, the drawing's size and the value scale. */
interface Frame {
  model: ViewModel;
  theme: Theme;
  options: StaticChartOptions;
  textWidth: TextMeasure;
  family: string;
  /** Width of the whole drawing, height of the bands, the category axis's width, the plot's width. */
  W: number;
  H: number;
  left: number;
  plot: number;
  layout: Layout;
}

/**
 * The model's bar chart as a tree of SVG nodes (the root `<svg>`); undefined when the chart is not a plain bar chart
 * or its values give no axis.
 */
export function staticChartTree(model: ViewModel, theme: Theme, options: StaticChartOptions): SvgNode | undefined {
  if (!hasStaticChart(model)) return undefined;
  const textWidth = options.measure ?? canvasMeasure;
  const rows = chartData(model, theme);
  const family = theme.fontFamily;
  const W = Math.max(120, Math.floor(options.width));

  const { cats, catIndex } = categories(rows, categoryLabelLimit(W), textWidth, family);
  if (cats.length === 0) return undefined;
  const raw = valueExtent(rows, model);
  if (!raw) return undefined;

  const H = cats.length * STEP;
  const maxLabel = Math.max(...cats.flatMap((c) => c.lines.map((line) => textWidth(line, c.bold, family))));
  const left = PADDING.left + Math.ceil(LABEL_PADDING + maxLabel - 0.5);

  // The domain is made nice once (d3's default count of 10, as Vega does for `nice: true`); the ticks depend on the
  // plot width (the template's tickCount).
  const [d0, d1] = nice(raw[0], raw[1]);
  if (!(d1 > d0) || !Number.isFinite(d1 - d0)) return undefined;
  const { plot, layout } = fitPlot(rows, d0, d1, W - left - PADDING.right, textWidth, family);
  const frame: Frame = { model, theme, options, textWidth, family, W, H, left, plot, layout };

  const title = titleLines(textWidth, valueTitle(model), W - 2 * PADDING.left, family);
  const height = PADDING.top + 1 + H + BOTTOM + (title.length - 1) * TITLE_LINE_HEIGHT;
  const svg: SvgNode = {
    tag: 'svg',
    attrs: { class: 'marks inn-static', width: W, height, viewBox: `0 0 ${W} ${height}`, 'aria-hidden': 'true' },
    children: [],
  };
  const root = el(svg, 'g', { transform: `translate(${left},${PADDING.top + 1})`, 'font-family': family, 'font-size': `${FONT_SIZE}px` });
  drawValueAxis(root, frame, title);
  drawCategoryAxis(root, cats, theme);
  drawMarks(root, frame, rows, (d) => catIndex.get(d.cat)! * STEP);
  return svg;
}

/**
 * Categories in axis order, their labels (two lines for long names, cut at 140 px or 40 % of a wide chart), bold
 * for comparisons.
 */
function categories(rows: ChartDatum[], labelLimit: number, textWidth: TextMeasure, family: string): { cats: Category[]; catIndex: Map<string, number> } {
  const cats: Category[] = [];
  const catIndex = new Map<string, number>();
  for (const d of [...rows].sort((a, b) => a.ord - b.ord)) {
    if (catIndex.has(d.cat)) continue;
    catIndex.set(d.cat, cats.length);
    const bold = rows.some((r) => r.cmp && r.cat === d.cat);
    cats.push({ cat: d.cat, bold, lines: wrapLabel(d.cat).map((line) => truncate(textWidth, line, labelLimit, bold, family)) });
  }
  return { cats, catIndex };
}

/** The value scale's extent: every field the template puts on x (bars, extensions, arrows, labels, zero). */
function valueExtent(rows: ChartDatum[], model: ViewModel): [number, number] | undefined {
  const xs = [0];
  for (const d of rows) {
    if (!d.gap) xs.push(d.x0!, d.x1!);
    if (d.open === 'out' && d.ext !== null) xs.push(d.ext);
    if (d.arrow && d.arrowX !== null) xs.push(d.arrowX);
    xs.push(d.lx);
  }
  if (!xs.every(Number.isFinite)) return undefined;
  const max = shareAxisMax(model);
  const raw: [number, number] = [Math.min(...xs), max ?? Math.max(...xs)];
  if (!(raw[1] > raw[0]) || !Number.isFinite(raw[1] - raw[0])) return undefined;
  return raw;
}

/** Fits the plot to the width with the value labels inside the drawing (Vega's fit-x, solved directly). */
function fitPlot(rows: ChartDatum[], d0: number, d1: number, full: number, textWidth: TextMeasure, family: string): { plot: number; layout: Layout } {
  const layoutFor = (plot: number): Layout => {
    const x = (v: number) => ((v - d0) / (d1 - d0)) * plot;
    return { domain: [d0, d1], tickValues: ticks(d0, d1, Math.max(2, Math.floor(plot / 80))), x };
  };
  let plot = full;
  for (let i = 0; i < 6; i++) {
    const fit = layoutFor(plot);
    let over = 0;
    for (const d of rows) {
      if (!d.label || d.neg) continue;
      over = Math.max(over, fit.x(d.lx) + 5 + textWidth(d.label, d.cmp, family) - plot);
    }
    const next = Math.max(40, full - Math.ceil(over));
    if (Math.abs(next - plot) < 0.5) break;
    plot = next;
  }
  return { plot, layout: layoutFor(plot) };
}

/** Value axis: grid behind everything, then ticks, labels (thinned by parity until none overlap), domain, title. */
function drawValueAxis(root: SvgNode, frame: Frame, title: string[]): void {
  const { theme, textWidth, family, W, H, left, plot } = frame;
  const { x, tickValues } = frame.layout;
  const grid = el(root, 'g', { class: 'role-axis-grid', stroke: theme.grid, 'stroke-width': 1 });
  for (const t of tickValues) el(grid, 'line', { x1: Math.round(x(t)) + 0.5, x2: Math.round(x(t)) + 0.5, y1: 0.5, y2: H + 0.5 });
  const axis = el(root, 'g', { class: 'role-axis', transform: `translate(0.5,${H + 0.5})` });
  const tickMarks = el(axis, 'g', { stroke: theme.border, 'stroke-width': 1 });
  for (const t of tickValues) el(tickMarks, 'line', { x1: Math.round(x(t)), x2: Math.round(x(t)), y1: 0, y2: TICK });
  const tickGroup = el(axis, 'g', { class: 'role-axis-label', fill: theme.muted });
  for (const l of tickLabels(frame)) el(tickGroup, 'text', { 'text-anchor': l.anchor, x: r2(x(l.t)), y: AXIS_LABEL_Y }, l.text);
  el(axis, 'line', { class: 'role-axis-domain', x1: 0, x2: plot, y1: 0, y2: 0, stroke: theme.border, 'stroke-width': 1 });
  // The title centred under the plot, as Vega draws it; a line that would leave the drawing is moved in (and wrapped
  // when wider than the drawing), so that no word is cut off at its edges.
  title.forEach((line, i) => {
    const w = textWidth(line, false, family);
    const centre = Math.min(Math.max(plot / 2, -left + PADDING.left + w / 2), W - left - PADDING.left - w / 2);
    el(axis, 'text', { class: 'role-axis-title', 'text-anchor': 'middle', x: r2(centre), y: AXIS_TITLE_Y + i * TITLE_LINE_HEIGHT, fill: theme.text }, line);
  });
}

interface TickLabel {
  t: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
  lo: number;
  hi: number;
}

/** The tick labels drawn: every tick's, thinned by parity until none overlap. */
function tickLabels(frame: Frame): TickLabel[] {
  const { model, options, textWidth, family, plot } = frame;
  const { x, tickValues, domain } = frame.layout;
  const step = tickValues.length > 1 ? tickValues[1]! - tickValues[0]! : domain[1] - domain[0];
  const placed = (width: (text: string) => number): TickLabel[] =>
    tickValues.map((t) => {
      const text = formatTick(t, step, model.lang);
      const w = width(text);
      // Vega-Lite's labelFlush: only a label at an end of the axis is aligned flush with it.
      const anchor = x(t) < 0.5 ? 'start' : x(t) > plot - 0.5 ? 'end' : 'middle';
      const lo = anchor === 'start' ? x(t) : anchor === 'end' ? x(t) - w : x(t) - w / 2;
      return { t, text, anchor, lo, hi: lo + w };
    });
  const overlaps = (ls: TickLabel[]) => ls.some((l, i) => i > 0 && l.lo < ls[i - 1]!.hi + LABEL_SEPARATION);
  // Widths only matter where labels might overlap: when not even their upper bounds do, nothing is thinned and
  // nothing needs measuring.
  let labels = placed(widthBound);
  if (overlaps(labels)) {
    labels = placed((text) => textWidth(text, false, family));
    while (labels.length > 2 && overlaps(labels)) labels = labels.filter((_, i) => i % 2 === 0);
    // Two labels that still run into each other (a plot squeezed by long value labels, as in the profile's cards at
    // 320 px: "0" over "200 000") become one: the one farther from zero, which gives the scale.
    if (options.final && labels.some((l, i) => i > 0 && l.lo < labels[i - 1]!.hi)) labels = [labels.reduce((a, b) => (Math.abs(b.t) > Math.abs(a.t) ? b : a))];
  }
  return labels;
}

/** Category axis: one label per band, never thinned. */
function drawCategoryAxis(root: SvgNode, cats: Category[], theme: Theme): void {
  const catLabels = el(root, 'g', { class: 'role-axis-label', fill: theme.text, 'text-anchor': 'end', transform: 'translate(0.5,0.5)' });
  cats.forEach((c, i) => {
    const mid = i * STEP + STEP / 2;
    const text = el(catLabels, 'text', {
      x: -LABEL_PADDING,
      y: r2(mid - ((c.lines.length - 1) * LINE_HEIGHT) / 2 + MIDDLE),
      ...(c.bold ? { 'font-weight': 'bold' } : {}),
    });
    if (c.lines.length === 1) text.text = c.lines[0]!;
    else c.lines.forEach((line, j) => el(text, 'tspan', { x: -LABEL_PADDING, ...(j ? { dy: LINE_HEIGHT } : {}) }, line));
  });
}

/** Marks, in the template's layer order: bars, extensions, arrows, the zero line, value labels. */
function drawMarks(root: SvgNode, frame: Frame, rows: ChartDatum[], band: (d: ChartDatum) => number): void {
  const { theme, H } = frame;
  const { x } = frame.layout;
  const bandwidth = STEP * (1 - PADDING_INNER);
  const outer = STEP * PADDING_OUTER;
  const bars = el(root, 'g', { class: 'role-mark bars_marks' });
  for (const d of rows) {
    if (d.gap) continue;
    const a = x(Math.min(d.x0!, d.x1!));
    const b = x(Math.max(d.x0!, d.x1!));
    const dashed = d.open === 'in' || d.q === 'approx';
    el(bars, 'rect', {
      x: r2(a),
      y: r2(band(d) + outer),
      width: r2(b - a),
      height: r2(bandwidth),
      rx: b - a >= 2 ? 1 : 0,
      fill: d.color,
      'fill-opacity': d.open === 'in' ? 0.3 : d.q === 'approx' ? 0.55 : 1,
      ...(dashed ? { stroke: d.color, 'stroke-width': 1.5, 'stroke-dasharray': '4,3' } : {}),
    });
  }
  const ext = el(root, 'g', { class: 'role-mark extension_marks', 'stroke-width': 2, 'stroke-dasharray': '4,3' });
  for (const d of rows) {
    if (d.open !== 'out' || d.ext === null || d.x1 === null) continue;
    const y = r2(band(d) + STEP / 2);
    el(ext, 'line', { x1: r2(x(d.x1)), x2: r2(x(d.ext)), y1: y, y2: y, stroke: d.color });
  }
  const arrows = el(root, 'g', { class: 'role-mark arrows_marks' });
  for (const d of rows) {
    if (!d.arrow || d.arrowX === null) continue;
    el(arrows, 'path', {
      transform: `translate(${r2(x(d.arrowX))},${r2(band(d) + STEP / 2)})`,
      d: d.arrow === 'triangle-left' ? ARROW_LEFT : ARROW_RIGHT,
      fill: d.color,
    });
  }
  el(root, 'line', { class: 'role-mark zero_marks', x1: r2(x(0)), x2: r2(x(0)), y1: 0, y2: H, stroke: theme.text, 'stroke-width': 1 });
  const values = el(root, 'g', { class: 'role-mark labels_marks' });
  for (const d of rows) {
    if (!d.label) continue;
    el(
      values,
      'text',
      {
        'text-anchor': d.neg ? 'end' : 'start',
        x: r2(x(d.lx) + (d.neg ? -5 : 5)),
        y: r2(band(d) + STEP / 2 + MIDDLE),
        fill: d.gap ? theme.muted : theme.text,
        ...(d.cmp ? { 'font-weight': 'bold' } : {}),
      },
      d.label,
    );
  }
}
