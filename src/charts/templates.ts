import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/unit.js';
import type { TopLevel } from 'vega-lite/types_unstable/spec/toplevel.js';
import type { TemplateKey } from './chart-data.js';

/**
 * One Vega-Lite template per chart shape. Templates never depend on data: the rows arrive at render time as
 * the `rows` data set (see chart-data.ts), and everything else that varies is a signal ({@link SIGNALS}: theme
 * colours, the comparison regions, label widths …) set by the runtime before the first run — except where
 * Vega-Lite takes no signal (the font, axis titles) or a signal would cost (the series colours): there a
 * placeholder string (`__INN_XTITLE__`) is filled in by fillPlaceholders (specs.ts).
 *
 * Because they are data-independent, the templates are compiled ahead of time: Vega-Lite → Vega → Vega's
 * runtime dataflow description (see compile-templates.ts); the browser gets JSON plus the Vega view runtime,
 * never the Vega-Lite compiler or the Vega parser. Placeholders survive both compile steps because they are
 * only ever used as whole string values, never computed with.
 *
 * Rules a template must keep, so that the compiled form stays valid:
 *  - placeholders only as whole strings, never inside an expression (so they end up as expression literals
 *    or plain values that a string replace can fill without quoting problems);
 *  - no text from the data or the model inside `expr`/`test` strings (labels and tooltips are data fields);
 *  - only the Vega transforms registered in render.ts (a test parses every template and checks).
 */

export type VegaLiteSpec = TopLevelSpec;

/** The parts the templates are built of, as Vega-Lite types them (types only: Vega-Lite is a devDependency). */
type Template = TopLevel<LayerSpec<Field>>;
type Encoding = NonNullable<UnitSpec<Field>['encoding']>;
type Param = NonNullable<Template['params']>[number];

/**
 * Names of the placeholders, as they appear in templates and compiled specs: only where Vega-Lite takes no
 * signal (the config's `font`, axis titles) or a signal costs (the series colours, see SERIES_RANGE).
 * Everything else that varies is a signal ({@link SIGNALS}).
 */
export const PLACEHOLDERS = {
  font: '__INN_FONT__',
  series: ['__INN_S1__', '__INN_S2__', '__INN_S3__', '__INN_S4__', '__INN_S5__', '__INN_S6__'],
  xTitle: '__INN_XTITLE__',
  yTitle: '__INN_YTITLE__',
} as const;

const P = PLACEHOLDERS;

/** Signals the runtime sets from the model before the first run. */
export const SIGNALS = {
  /** Category labels of the comparison region(s): drawn bold on the category axis. */
  comparison: 'innCmp',
  /** Upper end of the value axis (100 for percent shares), or null for "fit the data". */
  domainMax: 'innMax',
  /** Long category names and their two-line forms (see wrapLabel in chart-data.ts). */
  wrapKeys: 'innWrapKeys',
  wrapLines: 'innWrapLines',
  /** Width (px) a category label may take before it is cut (see categoryLabelLimit in chart-data.ts). */
  labelLimit: 'innLabelLimit',
  /** The theme's colours (see themeSignals in specs.ts): text, secondary text, grid lines, axis lines. */
  text: 'innText',
  muted: 'innMuted',
  grid: 'innGrid',
  border: 'innBorder',
} as const;

/** The theme's colours as signal references. */
const C = {
  text: { expr: SIGNALS.text },
  muted: { expr: SIGNALS.muted },
  grid: { expr: SIGNALS.grid },
  border: { expr: SIGNALS.border },
} as const;

/**
 * The six categorical colours as a scale range: placeholders. Vega-Lite takes a signal only per entry of a range
 * (not the whole range), and six expressions in each series scale of each template cost a page 0.85 KB gzip.
 */
const SERIES_RANGE = [...PLACEHOLDERS.series];

/** The theme's signals, declared by every template; the runtime sets them from the theme before the first run. */
function themeParams(): Param[] {
  return [SIGNALS.text, SIGNALS.muted, SIGNALS.grid, SIGNALS.border].map((name) => ({ name, value: null }));
}

/** The signals every bar template declares, with their values before the runtime sets them. */
function barParams(): Param[] {
  return [
    { name: SIGNALS.comparison, value: [] },
    { name: SIGNALS.domainMax, value: null },
    { name: SIGNALS.wrapKeys, value: [] },
    { name: SIGNALS.wrapLines, value: [] },
    { name: SIGNALS.labelLimit, value: 140 },
    ...themeParams(),
  ];
}

const FONT_SIZE = 12;
const BAR_STEP = 26;
const LINE_HEIGHT = 240;

function config(): NonNullable<TopLevelSpec['config']> {
  return {
    font: P.font,
    // Marks are not announced one by one: the widget describes the chart in words and has a table view.
    aria: false,
    view: { stroke: null },
    axis: {
      labelColor: C.muted,
      labelFontSize: FONT_SIZE,
      titleColor: C.text,
      titleFontSize: FONT_SIZE,
      titleFontWeight: 'normal',
      gridColor: C.grid,
      domainColor: C.border,
      tickColor: C.border,
      labelOverlap: true,
      labelSeparation: 10,
    },
    legend: {
      labelColor: C.text,
      labelFontSize: FONT_SIZE,
      titleColor: C.text,
      titleFontSize: FONT_SIZE,
      titleFontWeight: 'normal',
      orient: 'bottom',
      direction: 'vertical',
      // Legend labels are cut to the plot width, so a long part name cannot push the chart wider than its box.
      labelLimit: { expr: 'max(60, width - 24)' },
      symbolType: 'square',
    },
    text: { color: C.text, fontSize: FONT_SIZE },
    // Lines break at a gap instead of joining the values on either side of it.
    line: { invalid: 'break-paths-filter-domains' },
  };
}

function base(): Omit<Template, 'layer'> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // No background: the widget sits on the host page (Vega-Lite takes no null here, an expression giving null).
    background: { expr: 'null' },
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { left: 2, right: 6, top: 6, bottom: 2 },
    // Replaced at render time with the container width.
    width: 400,
    config: config(),
  };
}

const tooltip = { field: 'tip', type: 'nominal' } as const;
const notGap = { filter: '!datum.gap' };
/** Mark-level expressions are evaluated per item, so they can read the datum. */
const cmpWeight = { expr: "datum.cmp ? 'bold' : 'normal'" };

/** The category axis of horizontal bars: region names on the left, where they never overlap. */
function categoryY(): Encoding['y'] {
  return {
    field: 'cat',
    type: 'nominal',
    sort: { field: 'ord', op: 'min' },
    title: null,
    axis: {
      labelLimit: { expr: SIGNALS.labelLimit },
      labelPadding: 6,
      labelColor: C.text,
      // One label per bar, always: hiding "overlapping" names would leave bars without a region.
      labelOverlap: false,
      ticks: false,
      domain: false,
      labelFontWeight: { condition: { test: `indexof(${SIGNALS.comparison}, datum.value) >= 0`, value: 'bold' }, value: 'normal' },
      // An array is drawn as lines of text: long names wrap instead of being cut off.
      labelExpr: `indexof(${SIGNALS.wrapKeys}, datum.value) < 0 ? datum.value : ${SIGNALS.wrapLines}[indexof(${SIGNALS.wrapKeys}, datum.value)]`,
      labelLineHeight: 12,
    },
  };
}

function valueX(field: string, options: { share?: boolean } = {}): Encoding['x'] {
  return {
    field,
    type: 'quantitative',
    title: P.xTitle,
    scale: { zero: true, nice: true, ...(options.share ? { domainMax: { expr: SIGNALS.domainMax } } : {}) },
    axis: { tickCount: { expr: 'max(2, floor(width / 80))' }, grid: true, titlePadding: 8 },
  };
}

/** Fill and outline of a bar: pale with a dashed outline for a bound open towards zero, lighter for `ca.`. */
function barStyle(fill: Encoding['fill']): Pick<Encoding, 'fill' | 'stroke' | 'fillOpacity' | 'strokeWidth' | 'strokeDash' | 'tooltip'> {
  return {
    fill,
    stroke: { field: 'color', type: 'nominal', scale: null },
    fillOpacity: {
      condition: [
        { test: "datum.open === 'in'", value: 0.3 },
        { test: "datum.q === 'approx'", value: 0.55 },
      ],
      value: 1,
    },
    strokeWidth: { condition: { test: "datum.open === 'in' || datum.q === 'approx'", value: 1.5 }, value: 0 },
    strokeDash: { condition: { test: "datum.open === 'in' || datum.q === 'approx'", value: [4, 3] }, value: [1, 0] },
    tooltip,
  };
}

const zeroRule: UnitSpec<Field> = {
  name: 'zero',
  data: { values: [{ zero: 0 }] },
  mark: { type: 'rule', strokeWidth: 1 },
  encoding: { x: { field: 'zero', type: 'quantitative', title: P.xTitle }, color: { value: C.text } },
};

/**
 * Horizontal bars, one per category: change, level, share and diverging bars, and the parts of one region.
 * Gaps get no bar: their status symbol stands at zero. Bounds get an open end (see chart-data.ts).
 */
function barsTemplate(options: { share?: boolean; grouped?: boolean }): Template {
  const y = categoryY();
  const offset: Pick<Encoding, 'yOffset'> = options.grouped ? { yOffset: { field: 'series', type: 'nominal', sort: { field: 'sord', op: 'min' } } } : {};
  const fill: Encoding['fill'] = options.grouped
    ? { field: 'series', type: 'nominal', sort: { field: 'sord', op: 'min' }, scale: { range: SERIES_RANGE }, legend: { title: null } }
    : { field: 'color', type: 'nominal', scale: null };
  return {
    ...base(),
    height: options.grouped ? { step: 16, for: 'offset' } : { step: BAR_STEP },
    params: barParams(),
    data: { name: 'rows' },
    layer: [
      {
        name: 'bars',
        transform: [notGap],
        mark: { type: 'bar', cornerRadiusEnd: 1 },
        encoding: { y, ...offset, x: valueX('x0', options), x2: { field: 'x1' }, ...barStyle(fill) },
      },
      {
        name: 'extension',
        transform: [{ filter: "datum.open === 'out'" }],
        mark: { type: 'rule', strokeWidth: 2, strokeDash: [4, 3] },
        encoding: {
          y,
          ...offset,
          x: { field: 'x1', type: 'quantitative', title: P.xTitle },
          x2: { field: 'ext' },
          stroke: { field: 'color', type: 'nominal', scale: null },
          tooltip,
        },
      },
      {
        name: 'arrows',
        transform: [{ filter: "datum.arrow !== ''" }],
        mark: { type: 'point', filled: true, size: 50, opacity: 1 },
        encoding: {
          y,
          ...offset,
          x: { field: 'arrowX', type: 'quantitative', title: P.xTitle },
          shape: { field: 'arrow', type: 'nominal', scale: null },
          fill: { field: 'color', type: 'nominal', scale: null },
          tooltip,
        },
      },
      zeroRule,
      {
        name: 'labels',
        mark: { type: 'text', baseline: 'middle', align: { expr: "datum.neg ? 'right' : 'left'" }, dx: { expr: 'datum.neg ? -5 : 5' }, fontWeight: cmpWeight },
        encoding: {
          y,
          ...offset,
          x: { field: 'lx', type: 'quantitative', title: P.xTitle },
          text: { field: 'label', type: 'nominal' },
          fill: { condition: { test: 'datum.gap', value: C.muted }, value: C.text },
          tooltip,
        },
      },
    ],
  };
}

/** One horizontal bar per region, its parts stacked in series order, with a legend and labels inside parts. */
function stackedTemplate(): Template {
  const y = categoryY();
  return {
    ...base(),
    height: { step: BAR_STEP + 4 },
    params: barParams(),
    data: { name: 'rows' },
    layer: [
      {
        name: 'bars',
        transform: [notGap],
        mark: { type: 'bar' },
        encoding: {
          y,
          x: valueX('x0'),
          x2: { field: 'x1' },
          ...barStyle({ field: 'series', type: 'nominal', sort: { field: 'sord', op: 'min' }, scale: { range: SERIES_RANGE }, legend: { title: null } }),
        },
      },
      zeroRule,
      {
        name: 'labels',
        transform: [{ filter: "!datum.gap && datum.inLabel !== ''" }],
        // Shown only where the part is wide enough for it (about 7 px per character at 12 px): a cut-off number
        // would be misread. The tooltip and the table always have the value. (Vega-Lite copies mark opacity to the
        // legend symbols, where there is no such datum: hence the isString guard.)
        mark: {
          type: 'text',
          baseline: 'middle',
          align: 'center',
          opacity: { expr: "isString(datum.inLabel) && abs(scale('x', datum.x1) - scale('x', datum.x0)) < length(datum.inLabel) * 7 + 6 ? 0 : 1" },
        },
        encoding: {
          y,
          x: { field: 'lx', type: 'quantitative', title: P.xTitle },
          text: { field: 'inLabel', type: 'nominal' },
          fill: { field: 'onColor', type: 'nominal', scale: null },
          tooltip,
        },
      },
      {
        // The whole and the missing parts, after the end of each bar (see chart-data.ts).
        name: 'notes',
        transform: [{ filter: 'datum.gap' }],
        mark: { type: 'text', baseline: 'middle', align: 'left', dx: 5, limit: 220 },
        encoding: {
          y,
          x: { field: 'lx', type: 'quantitative', title: P.xTitle },
          text: { field: 'label', type: 'nominal' },
          fill: { value: C.muted },
          tooltip,
        },
      },
    ],
  };
}

/** Solid, dashed and dotted: with six colours, eighteen lines stay distinguishable in the legend. */
const DASHES: number[][] = [...Array<number[]>(6).fill([1, 0]), ...Array<number[]>(6).fill([6, 3]), ...Array<number[]>(6).fill([2, 2])];

/** The feed's remarks (a reform, a break in a series) on a line chart: a rule at the period, its label along the top. */
function annotationLayers(x: Encoding['x']): UnitSpec<Field>[] {
  return [
    {
      name: 'marks',
      data: { name: 'marks' },
      mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1 },
      encoding: { x, color: { value: C.muted } },
    },
    {
      name: 'markLabels',
      data: { name: 'marks' },
      transform: [{ filter: 'datum.label' }],
      // At most half the plot's width: a label runs from its rule towards the far edge and never widens the chart.
      mark: {
        type: 'text',
        align: { expr: 'datum.align' },
        dx: { expr: 'datum.dx' },
        baseline: 'top',
        y: { expr: '2 + 13 * datum.row' },
        limit: { expr: 'max(40, width / 2 - 8)' },
        fontSize: 11,
      },
      encoding: { x, text: { field: 'label', type: 'nominal' }, fill: { value: C.muted } },
    },
  ];
}

/**
 * Index lines over periods, a reference rule at 100, labels at the end of each line instead of a legend; or, with
 * `legend` (when there are too many lines to name at their ends), a legend (colour and dash per line, in the
 * model's order) and heavier strokes for the comparison and focus regions.
 */
function linesTemplate({ legend = false } = {}): Template {
  const x: Encoding['x'] = {
    field: 'periodLabel',
    type: 'ordinal',
    sort: { field: 'pord', op: 'min' },
    title: null,
    scale: { type: 'point', padding: 0.3 },
    axis: { labelAngle: 0, labelOverlap: 'greedy', grid: false },
  };
  const y = (field: string): Encoding['y'] => ({
    field,
    type: 'quantitative',
    title: P.yTitle,
    scale: { zero: false, nice: true },
    axis: { tickCount: 5, grid: true, titlePadding: 8 },
  });
  const byLine = { field: 'series', type: 'nominal', sort: { field: 'sord', op: 'min' } } as const;
  const colour: Encoding['stroke'] = legend
    ? { ...byLine, scale: { range: SERIES_RANGE }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2, symbolSize: 200 } }
    : { field: 'color', type: 'nominal', scale: null };
  const dash: Encoding['strokeDash'] = legend
    ? { ...byLine, scale: { range: DASHES }, legend: { title: null } }
    : { condition: { test: 'datum.cmp', value: [6, 3] }, value: [1, 0] };
  const layer: UnitSpec<Field>[] = [
    {
      name: 'reference',
      data: { name: 'refs' },
      mark: { type: 'rule', strokeDash: [2, 3], strokeWidth: 1.5 },
      encoding: { y: y('y'), color: { value: C.muted } },
    },
    ...annotationLayers(x),
    {
      name: 'lines',
      // Vega-Lite drops a strokeWidth encoding on lines; a mark-level expression is read from each line's first point.
      mark: { type: 'line', strokeWidth: legend ? { expr: 'datum.width' } : 2, interpolate: 'linear' },
      encoding: { x, y: y('y'), detail: { field: 'line', type: 'nominal' }, stroke: colour, strokeDash: dash },
    },
    {
      name: 'points',
      transform: [notGap],
      mark: { type: 'point', size: 40, strokeWidth: 1.5, opacity: 1 },
      encoding: {
        x,
        y: y('y'),
        shape: { field: 'arrow', type: 'nominal', scale: null },
        stroke: colour,
        fill: legend ? colour : { field: 'color', type: 'nominal', scale: null },
        fillOpacity: { condition: { test: "datum.q === 'approx'", value: 0 }, value: 1 },
        tooltip,
      },
    },
    {
      name: 'labels',
      transform: [{ filter: 'datum.end' }],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 7, limit: 130, fontWeight: cmpWeight },
      encoding: { x, y: y('ly'), text: { field: 'endLabel', type: 'nominal' }, fill: { field: 'color', type: 'nominal', scale: null }, tooltip },
    },
    {
      name: 'gaps',
      transform: [{ filter: 'datum.gap && isValid(datum.ly)' }],
      mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -6 },
      encoding: { x, y: y('ly'), text: { field: 'label', type: 'nominal' }, fill: { value: C.muted }, tooltip },
    },
  ];
  return {
    ...base(),
    height: LINE_HEIGHT,
    params: themeParams(),
    data: { name: 'rows' },
    layer: legend ? layer.filter((l) => l.name !== 'labels') : layer,
  };
}

/** The Vega-Lite template for a chart shape, with placeholders. A fresh object on every call. */
export function template(key: TemplateKey): TopLevelSpec {
  switch (key) {
    case 'change-bars':
    case 'level-bars':
    case 'diverging-bars':
    case 'part-of-whole/single':
      return barsTemplate({});
    case 'share-bars':
      return barsTemplate({ share: true });
    case 'diverging-bars/series':
      return barsTemplate({ grouped: true });
    case 'part-of-whole':
      return stackedTemplate();
    case 'index-lines':
      return linesTemplate();
    case 'index-lines/legend':
      return linesTemplate({ legend: true });
  }
}
