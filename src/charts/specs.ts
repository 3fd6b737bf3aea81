import type { ViewModel } from '../indicators/view-model.js';
import {
  type ChartDatum,
  type ChartMark,
  type ChartRef,
  chartData,
  chartMarks,
  chartRefs,
  categoryLabelLimit,
  shareAxisMax,
  templateKey,
  valueTitle,
  wrapLabel,
} from './chart-data.js';
import { vegaLocale } from './locale.js';
import { PLACEHOLDERS, SIGNALS, type VegaLiteSpec, template } from './templates.js';
import type { Theme } from './theme.js';

export type { VegaLiteSpec } from './templates.js';
export { chartData, chartMarks, chartRefs, templateKey, valueTitle, TEMPLATE_KEYS, type ChartDatum, type ChartRef, type TemplateKey } from './chart-data.js';

/** What a template's placeholders stand for, for one model and theme. */
export type PlaceholderValues = Record<string, string | null>;

/** The data sets a template reads: `rows` always, `refs` (reference lines) and `marks` (the feed's remarks) for index lines. */
export interface ChartDatasets {
  rows: ChartDatum[];
  refs: ChartRef[];
  marks: ChartMark[];
}

/** Values of the template's signals (see {@link SIGNALS}). */
export type ChartSignals = Record<string, unknown>;

export function placeholderValues(model: ViewModel, theme: Theme): PlaceholderValues {
  const values: PlaceholderValues = {
    [PLACEHOLDERS.font]: theme.fontFamily,
    [PLACEHOLDERS.xTitle]: valueTitle(model),
    [PLACEHOLDERS.yTitle]: valueTitle(model),
  };
  PLACEHOLDERS.series.forEach((p, i) => (values[p] = theme.series[i]!));
  return values;
}

/** The theme's colours, as the values of the templates' theme signals. */
export function themeSignals(theme: Theme): ChartSignals {
  return {
    [SIGNALS.text]: theme.text,
    [SIGNALS.muted]: theme.muted,
    [SIGNALS.grid]: theme.grid,
    [SIGNALS.border]: theme.border,
  };
}

/** Signal values for a model, given its {@link chartData} rows. */
export function chartSignals(model: ViewModel, rows: ChartDatum[], width = 0): ChartSignals {
  const comparison = [...new Set(rows.filter((d) => d.cmp).map((d) => d.cat))];
  const wrapped = [...new Set(rows.map((d) => d.cat))].map((cat) => [cat, wrapLabel(cat)] as const).filter(([, lines]) => lines.length > 1);
  return {
    [SIGNALS.comparison]: comparison,
    [SIGNALS.domainMax]: shareAxisMax(model),
    [SIGNALS.wrapKeys]: wrapped.map(([cat]) => cat),
    [SIGNALS.wrapLines]: wrapped.map(([, lines]) => lines),
    [SIGNALS.labelLimit]: categoryLabelLimit(width),
  };
}

export function chartDatasets(model: ViewModel, theme: Theme): ChartDatasets {
  return { rows: chartData(model, theme), refs: chartRefs(model), marks: chartMarks(model) };
}

interface FillPlan {
  /** The spec as JSON. */
  json: string;
  /** Where strings with a placeholder are: the path to each, and its text. */
  places: Array<[path: Array<string | number>, text: string]>;
}

/** Per spec object: its fill plan, or null when it is not plain JSON data (then it is walked). Specs are read-only. */
const plans = new WeakMap<object, FillPlan | null>();

function planFor(spec: object): FillPlan | null {
  let plan = plans.get(spec);
  if (plan !== undefined) return plan;
  const places: FillPlan['places'] = [];
  let plain = true;
  const path: Array<string | number> = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.includes('__INN_')) places.push([[...path], node]);
    } else if (typeof node === 'number') {
      // JSON writes NaN and ±Infinity as null and −0 as 0.
      if (!Number.isFinite(node) || Object.is(node, -0)) plain = false;
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (!(i in node)) plain = false;
        path.push(i);
        visit(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(node))) {
      for (const key of Object.keys(node)) {
        // JSON.parse makes "__proto__" an own property; the walk would not.
        if (key === '__proto__') plain = false;
        path.push(key);
        visit((node as Record<string, unknown>)[key]);
        path.pop();
      }
    } else if (node !== null && typeof node !== 'boolean') plain = false;
  };
  visit(spec);
  plan = plain ? { json: JSON.stringify(spec), places } : null;
  plans.set(spec, plan);
  return plan;
}

/** Escapes text for use inside a double- or single-quoted string literal of a compiled expression. */
function escapeInString(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'");
}

/**
 * Replaces placeholders in a template — Vega-Lite, compiled Vega, or Vega's runtime dataflow description —
 * returning a new object. A string that is exactly a placeholder becomes the value (which may be null); a
 * placeholder inside a longer string (the source text of a compiled expression) is replaced by the value
 * escaped for a string literal. Replacement values are never scanned again, so text from a feed can never
 * introduce a placeholder.
 */
export function fillPlaceholders<T>(spec: T, values: PlaceholderValues): T {
  const pattern = /__INN_[A-Z0-9]+__/g;
  const fill = (text: string): unknown => {
    if (Object.hasOwn(values, text)) return values[text];
    return text.replace(pattern, (p) => (Object.hasOwn(values, p) ? escapeInString(values[p] ?? '') : p));
  };
  const plan = spec !== null && typeof spec === 'object' ? planFor(spec) : null;
  if (plan) {
    // A compiled template is ~75 KB of plain data, filled once per chart: copy it with JSON.parse (native, and
    // no garbage from a walk) and replace only where the plan says a placeholder is.
    const out = JSON.parse(plan.json) as Record<string | number, unknown>;
    for (const [path, text] of plan.places) {
      let node = out;
      for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string | number, unknown>;
      node[path[path.length - 1]!] = fill(text);
    }
    return out as T;
  }
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.includes('__INN_') ? fill(node) : node;
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v);
      return out;
    }
    return node;
  };
  return walk(spec) as T;
}

/**
 * The complete Vega-Lite spec for a model: its template with theme, titles, locale, width and signal values
 * filled in. The data stays out (`data: {name: 'rows'}`): supply {@link chartDatasets} when rendering.
 * The browser runtime (render.ts) does not use this: it fills the same template compiled ahead of time.
 */
export function chartSpec(model: ViewModel, theme: Theme, width: number): VegaLiteSpec {
  const spec = fillPlaceholders(template(templateKey(model)), placeholderValues(model, theme)) as VegaLiteSpec & {
    width?: unknown;
    params?: Array<{ name: string; value?: unknown }>;
    config?: Record<string, unknown>;
  };
  spec.width = Math.max(1, Math.round(width));
  spec.config = { ...spec.config, locale: vegaLocale(model.lang) };
  const signals = { ...themeSignals(theme), ...chartSignals(model, chartData(model, theme), width) };
  for (const p of spec.params ?? []) if (Object.hasOwn(signals, p.name)) p.value = signals[p.name];
  return spec;
}
