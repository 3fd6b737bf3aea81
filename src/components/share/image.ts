/**
 * Picture downloads: one standalone SVG document with the title, subtitle, the chart (or a table of the
 * figures), the summary sentence, the source line and a credit drawn in, so that an image that travels on its
 * own still says what it shows and where the figures come from. PNG is the same SVG drawn onto a canvas.
 *
 * The document is built with DOM methods and serialised with XMLSerializer: every feed text goes in as a text
 * node or an attribute value, so it is XML-escaped by construction; nothing is parsed as markup except the
 * chart's own SVG (from Vega or the map view), which is parsed as XML and imported as a nested <svg>.
 */
import type { Lang } from '../../data/types.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { summarize } from '../../indicators/summary.js';
import { sourceLine, statusExplanations } from '../../indicators/source-line.js';
import { formatDate } from '../../indicators/format.js';
import { t } from '../../indicators/messages/catalogue.js';
import { THEMES, type Theme } from '../../charts/theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ComposeOptions {
  /** Width of the picture in CSS pixels. Default: the chart's width plus margins (at least 480), or 640. */
  width?: number;
  /** Language of the fixed words (table headings, date). Default: the model's. */
  lang?: Lang;
  /** Who made the picture, before the date: default `Innsikt`. */
  credit?: string;
  /** The date in the credit. Default: today. */
  date?: Date;
  /** Colours and font. Default: the light theme. The picture has the theme's page background (not transparent). */
  theme?: Theme;
  /** Draw the figures as a table: instead of the chart when there is none, below it when there is (the map). */
  table?: boolean;
  /** Text width in pixels for a CSS font shorthand; default: a canvas 2D context's measureText. */
  measure?: (text: string, font: string) => number;
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Text width in CSS pixels, from a canvas; an estimate where there is no canvas. */
function canvasMeasure(text: string, font: string): number {
  if (measureContext === undefined) measureContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 0.55 * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]) || 14);
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** Today's date as an ISO day (`2026-05-03`), in local time. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The credit line: `Innsikt · 3.5.2026`. */
export function creditLine(lang: Lang, credit = 'Innsikt', date: Date = new Date()): string {
  return `${credit} · ${formatDate(isoDay(date), lang)}`;
}

/**
 * Splits text into lines no wider than `width`. Breaks at ordinary spaces only: a no-break space (`12 %`,
 * `1 234`) holds its words together. A single word wider than the line gets a line of its own.
 */
export function wrapText(text: string, width: number, font: string, measure: (text: string, font: string) => number = canvasMeasure): string[] {
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens text with an ellipsis until it fits `width`. */
function fit(text: string, width: number, font: string, measure: (text: string, font: string) => number): string {
  if (measure(text, font) <= width) return text;
  let s = text;
  while (s.length > 1 && measure(`${s}…`, font) > width) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

interface Canvas {
  doc: XMLDocument;
  root: SVGSVGElement;
  theme: Theme;
  measure: (text: string, font: string) => number;
}

function el<K extends keyof SVGElementTagNameMap>(
  c: Canvas,
  name: K,
  attrs: Record<string, string | number>,
  parent: Element = c.root,
): SVGElementTagNameMap[K] {
  const node = c.doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent.append(node);
  return node;
}

interface TextStyle {
  size: number;
  weight?: number;
  color: string;
  anchor?: 'start' | 'end';
}

function font(c: Canvas, s: TextStyle): string {
  return `${s.weight ?? 400} ${s.size}px ${c.theme.fontFamily}`;
}

/** One line of text with its baseline at `y`. The text goes in as a text node: escaped on serialisation. */
function textAt(c: Canvas, text: string, x: number, y: number, s: TextStyle, parent?: Element): void {
  const node = el(
    c,
    'text',
    {
      x: x.toFixed(1),
      y: y.toFixed(1),
      'font-family': c.theme.fontFamily,
      'font-size': s.size,
      'font-weight': s.weight ?? 400,
      fill: s.color,
      ...(s.anchor === 'end' ? { 'text-anchor': 'end' } : {}),
    },
    parent,
  );
  node.textContent = text;
}

/** A wrapped paragraph from `y` (its top); returns the y below it. */
function paragraph(c: Canvas, text: string, x: number, y: number, width: number, s: TextStyle): number {
  const lineHeight = Math.round(s.size * 1.35);
  let top = y;
  for (const line of wrapText(text, width, font(c, s), c.measure)) {
    textAt(c, line, x, top + s.size, s);
    top += lineHeight;
  }
  return top;
}

/** The chart's SVG text as an element, with a size; throws when it is not well-formed SVG. */
function parseChart(chartSvg: string): { svg: SVGSVGElement; width: number; height: number } {
  const parsed = new DOMParser().parseFromString(chartSvg, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (parsed.getElementsByTagName('parsererror').length || svg.localName !== 'svg' || svg.namespaceURI !== SVG_NS) {
    throw new Error('The chart is not well-formed SVG.');
  }
  const box = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = parseFloat(svg.getAttribute('width') ?? '') || box[2] || 0;
  const height = parseFloat(svg.getAttribute('height') ?? '') || box[3] || 0;
  if (!(width > 0 && height > 0)) throw new Error('The chart SVG has no size.');
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: svg as unknown as SVGSVGElement, width, height };
}

/**
 * The widths of a table's columns, from their natural (measured) widths, in `room` px: the value column (last) is
 * never shortened; the region column (first) keeps its whole width up to 40 % of the table's width, and the other
 * text columns give way first.
 */
function columnWidths(natural: number[], room: number, tableWidth: number): number[] {
  const value = natural[natural.length - 1]!;
  const text = natural.slice(0, -1);
  const total = text.reduce((a, b) => a + b, 0);
  const free = room - value;
  if (total <= free || text.length === 0) return natural;
  const [first, ...others] = text as [number, ...number[]];
  const othersTotal = others.reduce((a, b) => a + b, 0);
  // The region column: all it needs when the other columns can give way, at most 40 % of the image and of the room.
  const firstWidth = Math.min(first, Math.max(free - othersTotal, Math.min(0.4 * tableWidth, 0.8 * free)));
  const shrink = othersTotal > 0 ? Math.min(1, Math.max(0.2, (free - firstWidth) / othersTotal)) : 1;
  return [Math.max(0, firstWidth), ...others.map((w) => w * shrink), value];
}

/** The figures as a table: region, category, period (when they vary) and the value as the table view writes it. */
function drawTable(c: Canvas, model: ViewModel, lang: Lang, x: number, y: number, width: number): number {
  const rows: ViewRow[] = [...model.rows, ...model.totals];
  const hasSeries = rows.some((r) => r.series !== undefined);
  const hasPeriods = new Set(rows.map((r) => r.period)).size > 1;
  const body: TextStyle = { size: 13, color: c.theme.text };
  const head: TextStyle = { size: 13, weight: 700, color: c.theme.text };
  const columns: Array<{ title: string; cell: (r: ViewRow) => string; numeric?: boolean }> = [
    { title: t(lang, 'colRegion'), cell: (r) => (r.isComparison ? `${r.regionLabel} (${t(lang, 'comparison')})` : r.regionLabel) },
    ...(hasSeries ? [{ title: t(lang, 'colSeries'), cell: (r: ViewRow) => r.seriesLabel ?? r.series ?? '' }] : []),
    ...(hasPeriods ? [{ title: t(lang, 'colPeriod'), cell: (r: ViewRow) => r.periodLabel }] : []),
    { title: model.unit ? `${t(lang, 'colValue')} (${model.unit})` : t(lang, 'colValue'), cell: (r) => `${r.label}${r.derived ? '*' : ''}`, numeric: true },
  ];
  const gap = 16;
  // Measured in the font each row is drawn in: comparison rows are semibold.
  const natural = columns.map((col) =>
    Math.max(c.measure(col.title, font(c, head)), ...rows.map((r) => c.measure(col.cell(r), font(c, r.isComparison ? { ...body, weight: 600 } : body)))),
  );
  const widths = columnWidths(natural, width - gap * (columns.length - 1), width);
  const tableWidth = Math.min(width, widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1));
  const rowHeight = 22;
  const g = el(c, 'g', { class: 'figures' });
  const drawRow = (cells: string[], top: number, style: TextStyle) => {
    let cx = x;
    cells.forEach((text, i) => {
      const numeric = columns[i]!.numeric;
      const shown = numeric ? text : fit(text, widths[i]!, font(c, style), c.measure);
      if (numeric) textAt(c, shown, x + tableWidth, top + 15, { ...style, anchor: 'end' }, g);
      else textAt(c, shown, cx, top + 15, style, g);
      cx += widths[i]! + gap;
    });
  };
  drawRow(
    columns.map((col) => col.title),
    y,
    head,
  );
  el(c, 'line', { x1: x, x2: x + tableWidth, y1: y + rowHeight, y2: y + rowHeight, stroke: c.theme.text, 'stroke-width': 1 }, g);
  let top = y + rowHeight + 2;
  for (const r of rows) {
    drawRow(
      columns.map((col) => col.cell(r)),
      top,
      r.isComparison ? { ...body, weight: 600 } : body,
    );
    el(c, 'line', { x1: x, x2: x + tableWidth, y1: top + rowHeight, y2: top + rowHeight, stroke: c.theme.border, 'stroke-width': 0.75 }, g);
    top += rowHeight;
  }
  const small: TextStyle = { size: 12, color: c.theme.muted };
  top += 6;
  for (const e of statusExplanations(model)) top = paragraph(c, `${e.symbol} ${e.text}`, x, top, width, small);
  if (rows.some((r) => r.qualifier)) top = paragraph(c, `${t(lang, 'qualifierTerm')}: ${t(lang, 'qualifierNote')}`, x, top, width, small);
  if (rows.some((r) => r.derived)) top = paragraph(c, `* ${t(lang, 'derivedNote')}`, x, top, width, small);
  return top;
}

/**
 * A standalone SVG document: title, subtitle, the chart (nested <svg>, scaled down to fit if it is wider than
 * the picture) or a table of the figures, the summary sentence, the source line with mandatory notes, and the
 * credit. `chartSvg` is an SVG document (Vega's `toSVG()`, or the map's SVG from {@link standaloneMapSvg});
 * without it the figures are drawn as a table.
 */
export function composeSvg(chartSvg: string | null | undefined, model: ViewModel, options: ComposeOptions = {}): string {
  const lang = options.lang ?? model.lang;
  const theme = options.theme ?? THEMES.light;
  const chart = chartSvg ? parseChart(chartSvg) : undefined;
  const pad = 20;
  const width = Math.round(options.width ?? (chart ? Math.max(480, chart.width + 2 * pad) : 640));
  const inner = width - 2 * pad;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const c: Canvas = { doc, root, theme, measure: options.measure ?? canvasMeasure };
  const source = sourceLine(model);
  const summary = summarize(model);

  // Accessible name and description for the file itself.
  el(c, 'title', {}).textContent = [model.title, model.subtitle].filter(Boolean).join(': ');
  el(c, 'desc', {}).textContent = [summary, source.text].filter(Boolean).join(' ');
  const background = theme.background && theme.background !== 'transparent' ? theme.background : theme.pageBackground;
  const bg = el(c, 'rect', { x: 0, y: 0, width, fill: background });

  let y = pad;
  y = paragraph(c, model.title, pad, y, inner, { size: 20, weight: 700, color: theme.text });
  if (model.subtitle) y = paragraph(c, model.subtitle, pad, y + 2, inner, { size: 14, color: theme.muted });
  y += 12;

  if (chart) {
    const scale = chart.width > inner ? inner / chart.width : 1;
    const w = chart.width * scale;
    const h = chart.height * scale;
    const nested = doc.importNode(chart.svg, true) as unknown as SVGSVGElement;
    nested.setAttribute('x', String(pad));
    nested.setAttribute('y', y.toFixed(1));
    nested.setAttribute('width', w.toFixed(1));
    nested.setAttribute('height', h.toFixed(1));
    root.append(nested);
    y += h + 12;
  }
  if (!chart || options.table) y = drawTable(c, model, lang, pad, y, inner) + 12;

  if (summary) y = paragraph(c, summary, pad, y, inner, { size: 14, color: theme.text }) + 8;
  const small: TextStyle = { size: 12, color: theme.muted };
  y = paragraph(c, source.text, pad, y, inner, small);
  for (const note of source.mandatoryNotes) y = paragraph(c, note, pad, y, inner, { ...small, color: theme.text });
  y = paragraph(c, creditLine(lang, options.credit, options.date), pad, y + 4, inner, small);

  const height = Math.ceil(y + pad);
  bg.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('lang', lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/**
 * The map view's <svg> as a standalone SVG document: the interactive parts (focus and hover rings, tab stops,
 * ARIA, data attributes, Lit's markers) are dropped, and what the widget styles with CSS is written as
 * attributes, so that it draws the same outside the widget.
 */
export function standaloneMapSvg(svg: SVGSVGElement, theme: Theme = THEMES.light): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const n of clone.querySelectorAll('.ring, .ring-halo, .hover-ring')) n.remove();
  for (const n of clone.querySelectorAll('.sel')) {
    n.setAttribute('fill', 'none');
    n.setAttribute('stroke', theme.text);
    n.setAttribute('stroke-width', '2.5');
  }
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const n of comments) n.parentNode?.removeChild(n);
  for (const n of [clone, ...clone.querySelectorAll('*')]) {
    for (const a of [...n.attributes]) {
      if (/^(tabindex|role|style|aria-.*|data-.*|class)$/.test(a.name)) n.removeAttribute(a.name);
    }
  }
  const box = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) {
    clone.setAttribute('width', String(box[2]));
    clone.setAttribute('height', String(box[3]));
  }
  clone.setAttribute('font-family', theme.fontFamily);
  return new XMLSerializer().serializeToString(clone);
}

/** Size of an SVG document from its root's width and height (or viewBox). */
function svgSize(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return { width: parseFloat(root.getAttribute('width') ?? '') || box[2] || 0, height: parseFloat(root.getAttribute('height') ?? '') || box[3] || 0 };
}

/**
 * Draws an SVG document onto a canvas and returns a PNG. The SVG goes in through a blob: URL (allowed by
 * `img-src 'self' data: blob:`); an SVG without external resources does not taint the canvas. `scale` 2 gives
 * a sharp picture on high-density screens and in print.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no size.');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The canvas gave no PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
