import { css, html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssomStyle } from '../cssom-style.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { harmoniseCode } from '../../data/reform.js';
import { aspectRatio, fitPaths, type FittedPath, type GeoFeature } from '../../charts/geo.js';
import {
  buildMapModel,
  classColors,
  levelTiles,
  neighbour,
  textColorOn,
  type Direction,
  type MapArea,
  type MapLevel,
  type MapModel,
  type MapModelOptions,
} from '../../charts/map-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { isPercentUnit } from '../../indicators/format.js';
import { textWidthEm } from '../../charts/text-width.js';
import { formatPeriod } from '../../indicators/format.js';
import { renderTimeSlider, timeSliderStyles, type TimeSliderOptions } from './time-slider.js';

/** The colours a map needs; a chart {@link Theme} (src/charts/theme.ts) fits. The background stays transparent. */
export interface MapColors {
  /** Sequential ramp, low to high (a theme's `sequential`; `seq` is read when it is absent). */
  sequential?: readonly string[];
  seq?: readonly string[];
  /** Diverging ramp, strong negative → neutral → strong positive. */
  diverging: readonly string[];
  text: string;
  muted: string;
  border: string;
  /** Fill for areas without data; default transparent (with a dashed outline). */
  noData?: string;
  /** Focus ring; default `text`. */
  focus?: string;
}

/** Used only when the colours given have no sequential ramp. */
const FALLBACK_SEQUENTIAL = ['#dbe9f6', '#a6cbe8', '#5d9fd3', '#2a6fad', '#0b3f78'] as const;

export interface MapViewOptions extends Pick<MapModelOptions, 'classes' | 'method' | 'scheme' | 'period' | 'series'> {
  /** Real borders (from parseGeo). Without them, or when none matches the data, a tile grid is drawn. */
  geo?: readonly GeoFeature[] | undefined;
  level: MapLevel;
  colors: MapColors;
  /** With the area's row and element, so that the widget can open the figure's source card. */
  onSelect: (code: string, row?: ViewRow, area?: SVGElement) => void;
  /** Region codes shown as selected (aria-pressed, outlined). */
  selected?: readonly string[] | undefined;
  /** Whom the borders in `geo` must credit (`Kartverket`): shown under a map drawn from them, and in its pictures. */
  geoCredit?: string | undefined;
  /**
   * A time slider over these periods (when there are several): the map shows `time.current`, and its colour
   * classes cover `scaleRows` (every period's rows), so that a colour means the same in every year.
   */
  time?: (Omit<TimeSliderOptions, 'lang'> & { scaleRows: readonly ViewRow[] }) | undefined;
}

/** The map's styles, adopted by the host's shadow root (a constructed sheet: allowed under a strict CSP). */
export const mapStyles = css`
  ${timeSliderStyles}
  .inn-map {
    color: var(--inn-map-text);
  }
  .inn-map__body {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-start;
  }
  .inn-map__credit {
    margin: 0.25rem 0 0;
    font-size: 0.75em;
    color: var(--inn-map-muted);
  }
  .inn-map__figure {
    position: relative;
    flex: 1 1 18rem;
    min-width: 0;
  }
  .inn-map__svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .inn-map .area {
    cursor: pointer;
    outline: none;
  }
  .inn-map .labels {
    pointer-events: none;
    user-select: none;
  }
  .inn-map .ring,
  .inn-map .hover-ring,
  .inn-map .sel {
    fill: none;
    pointer-events: none;
  }
  .inn-map .ring {
    stroke: var(--inn-map-focus);
    stroke-width: 3px;
  }
  .inn-map .ring-halo {
    fill: none;
    pointer-events: none;
    stroke: var(--inn-map-focus-halo);
    stroke-width: 6px;
  }
  .inn-map .hover-ring {
    stroke: var(--inn-map-text);
    stroke-width: 1.5px;
  }
  .inn-map .sel {
    stroke: var(--inn-map-text);
    stroke-width: 2.5px;
  }
  .inn-map__tip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 6px));
    pointer-events: none;
    padding: 0.2em 0.5em;
    border: 1px solid var(--inn-map-muted);
    border-radius: 3px;
    white-space: nowrap;
    background: Canvas;
    color: CanvasText;
    font-size: 0.875em;
  }
  .inn-map__tip.below {
    transform: translate(-50%, 6px);
  }
  .inn-map__tip[hidden] {
    display: none;
  }
  .inn-map__aside {
    flex: 0 1 12rem;
    margin: 0;
    font-size: 0.875em;
  }
  .inn-map__aside ul,
  .inn-map__legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .inn-map__aside li + li {
    margin-top: 0.25em;
  }
  .inn-map__value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .inn-map__legend {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .inn-map__legend p {
    margin: 0 0 0.25em;
  }
  .inn-map__legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .inn-map__legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .inn-map__swatch {
    flex: none;
  }
  .inn-map__fixed {
    margin: 0.25rem 0 0;
    font-size: 0.75em;
    color: var(--inn-map-muted);
  }
`;

// ---------------------------------------------------------------------------------------------------------
// Layout

interface Shape {
  area: MapArea;
  d: string;
  cx: number;
  cy: number;
  /** Tile only: the box the labels go in. */
  tile?: { x: number; y: number; w: number; h: number };
  top: number;
  bottom: number;
}

interface Layout {
  width: number;
  height: number;
  shapes: Shape[];
  tiles: boolean;
}

const TILE = { municipality: { w: 68, h: 60, gap: 4, font: 12.5, value: 14 }, region: { w: 156, h: 84, gap: 6, font: 15, value: 17 } } as const;

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 -${r} ${r}h-${w - 2 * r}a${r} ${r} 0 0 1 -${r} -${r}v-${h - 2 * r}a${r} ${r} 0 0 1 ${r} -${r}z`;
}

function tileLayout(model: MapModel): Layout {
  const tiles = levelTiles(model.level);
  const t = TILE[model.level];
  let rows = 0;
  let cols = 0;
  for (const tile of Object.values(tiles)) {
    rows = Math.max(rows, tile.row + 1);
    cols = Math.max(cols, tile.col + 1);
  }
  const shapes: Shape[] = [];
  for (const area of model.areas) {
    const tile = tiles[area.place];
    if (!tile) continue;
    const x = tile.col * (t.w + t.gap);
    const y = tile.row * (t.h + t.gap);
    shapes.push({ area, d: roundedRect(x, y, t.w, t.h, 3), cx: x + t.w / 2, cy: y + t.h / 2, tile: { x, y, w: t.w, h: t.h }, top: y, bottom: y + t.h });
  }
  shapes.sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  return { width: cols * (t.w + t.gap) - t.gap, height: rows * (t.h + t.gap) - t.gap, shapes, tiles: true };
}

const GEO_WIDTH = 600;
const fitted = new WeakMap<readonly GeoFeature[], Map<string, { width: number; height: number; paths: FittedPath[] }>>();

/**
 * The features that belong on this map: those on the level's tiles (pre-2020 codes too), so a national file
 * draws Innlandet and peer towns stay in the list beside it; when none is, those the data has (a county map).
 */
function mapFeatures(geo: readonly GeoFeature[], level: MapLevel, view: ViewModel): GeoFeature[] {
  const tiles = levelTiles(level);
  const onTiles = geo.filter((f) => tiles[f.code] !== undefined || tiles[harmoniseCode(f.code).code] !== undefined);
  if (onTiles.length) return onTiles;
  const inData = new Set<string>();
  for (const r of view.rows) {
    inData.add(r.region);
    inData.add(harmoniseCode(r.region).code);
  }
  return geo.filter((f) => inData.has(f.code) || inData.has(harmoniseCode(f.code).code));
}

function geoPaths(geo: readonly GeoFeature[], features: GeoFeature[]): { width: number; height: number; paths: FittedPath[] } {
  const key = features.map((f) => f.code).join(',');
  let byKey = fitted.get(geo);
  if (!byKey) fitted.set(geo, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    const width = GEO_WIDTH;
    const height = Math.round(Math.min(800, Math.max(240, width * aspectRatio(features))));
    hit = { width, height, paths: fitPaths(features, width, height, 4) };
    byKey.set(key, hit);
  }
  return hit;
}

function geoLayout(model: MapModel, width: number, height: number, paths: FittedPath[]): Layout {
  const byPlace = new Map(paths.map((p) => [p.code, p]));
  const band = height / 10;
  const shapes: Shape[] = [];
  for (const area of model.areas) {
    const p = byPlace.get(area.place);
    if (p) shapes.push({ area, d: p.d, cx: p.cx, cy: p.cy, top: p.y0, bottom: p.y1 });
  }
  // Reading order: bands from north to south, west to east within a band.
  shapes.sort((a, b) => Math.floor(a.cy / band) - Math.floor(b.cy / band) || a.cx - b.cx);
  return { width, height, shapes, tiles: false };
}

// ---------------------------------------------------------------------------------------------------------
// Tile labels

/** The smallest label text; a value that would need less is left to the tile's name and tooltip. */
const MIN_FONT = 8;

/**
 * A tile's value as it fits: without a unit in words ("5 971", not "5 971 personer": the legend says it), and left
 * out when even that needs a font below {@link MIN_FONT} (the tile's name and tooltip carry the full value).
 */
function tileValue(label: string, unit: string, width: number, font: number): string {
  const u = unit.trim();
  const suffix = `\u00a0${u}`;
  const short = u && !isPercentUnit(u) && label.endsWith(suffix) ? label.slice(0, -suffix.length) : label;
  if (textWidthEm(short, true) * Math.min(font, MIN_FONT) > width) return '';
  return short;
}

/** A name in one or two lines ("Vestre" / "Slidre", "Nord-" / "Aurdal"), with a font size that fits `width`. */
function nameLines(name: string, width: number, font: number): { lines: string[]; size: number } {
  const fits = (s: string, f: number) => textWidthEm(s) * f <= width;
  let lines = [name];
  if (!fits(name, font)) {
    const breaks: number[] = [];
    for (let i = 1; i < name.length - 1; i++) if (name[i] === ' ' || name[i - 1] === '-') breaks.push(i);
    if (breaks.length) {
      const mid = name.length / 2;
      const at = breaks.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
      lines = [name.slice(0, at).trim(), name.slice(at).trim()];
    }
  }
  const longest = Math.max(...lines.map((l) => textWidthEm(l)));
  const size = Math.max(MIN_FONT, Math.min(font, width / longest));
  return { lines, size: Math.round(size * 10) / 10 };
}

/** The name and value of a tile, with a halo in the tile's colour so hatching never runs through the letters. */
function tileLabel(shape: Shape, model: MapModel, color: string, halo: string | undefined): SVGTemplateResult {
  const box = shape.tile!;
  const t = TILE[model.level];
  const { lines, size } = nameLines(shape.area.name, box.w - 4, t.font);
  const value = tileValue(shape.area.shortLabel, model.unit, box.w - 6, t.value);
  const valueSize = Math.max(MIN_FONT, Math.min(t.value, (box.w - 6) / Math.max(0.5, textWidthEm(value, true))));
  const lineGap = size * 1.15;
  const blockHeight = lines.length * lineGap + (value ? valueSize * 1.25 : 0);
  const top = box.y + (box.h - blockHeight) / 2;
  return svg`<text
    data-place=${shape.area.place}
    fill=${color}
    stroke=${halo ?? 'none'}
    stroke-width=${halo ? 3 : 0}
    stroke-linejoin="round"
    paint-order="stroke"
    text-anchor="middle"
    x=${shape.cx}
  >
    ${lines.map((l, i) => svg`<tspan x=${shape.cx} y=${(top + (i + 0.8) * lineGap).toFixed(1)} font-size=${size}>${l}</tspan>`)}
    ${
      value
        ? svg`<tspan x=${shape.cx} y=${(top + lines.length * lineGap + valueSize * 1.05).toFixed(1)} font-size=${valueSize.toFixed(1)} font-weight="600">${value}</tspan>`
        : nothing
    }
  </text>`;
}

// ---------------------------------------------------------------------------------------------------------
// Interaction (the template keeps no state: focus, tooltip and rings are updated on the elements themselves)

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function areaOf(e: Event): SVGGElement | null {
  const t = e.target as Element | null;
  return (t?.closest?.('.area') as SVGGElement | null) ?? null;
}

function overlay(svgEl: Element, cls: string, source: Element | null): void {
  const d = source?.querySelector('.shape')?.getAttribute('d');
  for (const ring of svgEl.querySelectorAll(`.${cls}, .${cls}-halo`)) {
    if (d) {
      ring.setAttribute('d', d);
      ring.removeAttribute('visibility');
    } else {
      ring.setAttribute('visibility', 'hidden');
    }
  }
}

function showTip(root: Element, area: SVGGElement | null, width: number, height: number): void {
  const tip = root.querySelector<HTMLElement>('.inn-map__tip');
  if (!tip) return;
  if (!area) {
    tip.hidden = true;
    return;
  }
  const x = Number(area.dataset.x);
  const top = Number(area.dataset.top);
  const bottom = Number(area.dataset.bottom);
  const below = top < height * 0.12;
  tip.textContent = area.getAttribute('aria-label') ?? '';
  tip.classList.toggle('below', below);
  tip.style.left = `${((x / width) * 100).toFixed(2)}%`;
  tip.style.top = `${(((below ? bottom : top) / height) * 100).toFixed(2)}%`;
  tip.hidden = false;
}

/**
 * A choropleth map of a view: a tile grid of Innlandet's 46 municipalities or 10 planning regions, or real
 * borders when `geo` has features for the data. Each area is a button (arrow keys move between them with a
 * roving tabindex; click, Enter or Space call `onSelect`) named "Gjøvik: 12,5 %"; hovering or focusing shows
 * the value; the legend is below (part="legend") and regions that are not on the map (Norway, peer towns) are
 * listed beside it (part="comparison").
 */
export function renderMap(view: ViewModel, options: MapViewOptions): TemplateResult {
  const { colors, onSelect } = options;
  const lang = view.lang;
  const features = options.geo?.length ? mapFeatures(options.geo, options.level, view) : [];
  const geo = features.length ? geoPaths(options.geo!, features) : undefined;

  const palette = { seq: colors.sequential ?? colors.seq ?? FALLBACK_SEQUENTIAL, diverging: colors.diverging };
  const time = options.time && options.time.periods.length > 1 ? options.time : undefined;
  const modelOptions = mapModelOptions(options, palette, time, geo);
  const model = buildMapModel(view, modelOptions);
  const layout = geo ? geoLayout(model, geo.width, geo.height, geo.paths) : tileLayout(model);
  const fills = classColors(model, palette);
  const noDataFill = colors.noData ?? 'transparent';
  const selected = new Set(options.selected ?? []);
  const isSelected = (a: MapArea) => selected.has(a.code) || selected.has(a.place);
  const tabStop = (layout.shapes.find((s) => isSelected(s.area)) ?? layout.shapes[0])?.area.place;
  const points = layout.shapes.map((s) => ({ code: s.area.place, x: s.cx, y: s.cy }));
  const hatchId = `inn-map-hatch-${++hatchCounter}`;
  const { width, height } = layout;

  const rowAt = new Map(layout.shapes.map((s) => [s.area.place, s.area.row]));
  const { onKeydown, onFocusin, onFocusout, onPointerover, onPointerleave } = mapEvents(points, rowAt, onSelect, width, height);

  const area: AreaContext = { fills, noDataFill, isSelected, tabStop, hatchId, colors, tiles: layout.tiles, onSelect };
  const areaTemplate = (s: Shape) => areaButton(s, area);
  // Tile labels sit in their own layer, outside the buttons: the button's name ("Lom: over 20 %") says it all,
  // and the compact visible text ("Lom > 20 %") must not compete with it.
  const labelTemplate = (s: Shape) => {
    const a = s.area;
    const fill = a.classIndex === null ? undefined : fills[a.classIndex];
    const color = fill === undefined ? colors.text : textColorOn(fill, [colors.text, '#ffffff', '#1a1a1a']);
    return tileLabel(s, model, color, a.hatched ? fill : undefined);
  };

  // With a slider, the period shown is in the map's name and the legend's caption: both change as it moves.
  const periodShown = model.period && (view.shownPeriods.length > 1 || time) ? formatPeriod(model.period, lang) : undefined;
  const title = [view.title, view.subtitle, time ? periodShown : undefined].filter(Boolean).join(': ');
  const caption = [model.measureLabel, model.seriesLabel, periodShown].filter(Boolean).join(', ');
  // The focus ring has a halo of the opposite lightness, so it shows on the darkest and the lightest fills.
  const focusHalo = textColorOn(colors.focus ?? colors.text, ['#ffffff', '#000000']);
  const cssVars = {
    '--inn-map-text': colors.text,
    '--inn-map-muted': colors.muted,
    '--inn-map-focus': colors.focus ?? colors.text,
    '--inn-map-focus-halo': focusHalo,
  };

  return html`<div class="inn-map" style=${cssomStyle(cssVars)}>
    ${time ? renderTimeSlider({ ...time, lang }) : nothing}
    <div class="inn-map__body">
      <div class="inn-map__figure">
        <svg
          class="inn-map__svg"
          viewBox="-4 -4 ${width + 8} ${height + 8}"
          role="group"
          aria-label=${`${t(lang, 'view_map')}: ${title}. ${t(lang, 'mapKeys')}`}
          style=${cssomStyle({ maxWidth: `${Math.round((width + 8) * (layout.tiles ? 1.25 : 1.1))}px` })}
          @keydown=${onKeydown}
          @focusin=${onFocusin}
          @focusout=${onFocusout}
          @pointerover=${onPointerover}
          @pointerleave=${onPointerleave}
        >
          <defs>
            <pattern id=${hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="2" height="6" fill="#ffffff" fill-opacity="0.6"></rect>
              <rect x="2" width="1.2" height="6" fill="#000000" fill-opacity="0.45"></rect>
            </pattern>
          </defs>
          ${layout.shapes.map(areaTemplate)} ${layout.tiles ? svg`<g class="labels" aria-hidden="true">${layout.shapes.map(labelTemplate)}</g>` : nothing}
          ${layout.shapes.filter((s) => isSelected(s.area)).map((s) => svg`<path class="sel" d=${s.d} vector-effect="non-scaling-stroke"></path>`)}
          <path class="hover-ring" visibility="hidden" vector-effect="non-scaling-stroke"></path>
          <path class="ring-halo" visibility="hidden" vector-effect="non-scaling-stroke"></path>
          <path class="ring" visibility="hidden" vector-effect="non-scaling-stroke"></path>
        </svg>
        <div class="inn-map__tip" aria-hidden="true" hidden></div>
        ${!layout.tiles && options.geoCredit ? html`<p class="inn-map__credit" part="map-credit">${t(lang, 'mapCredit', { who: options.geoCredit })}</p>` : nothing}
      </div>
      ${offMapAside(model, lang)}
    </div>
    ${renderLegend(model, fills, colors, caption)} ${time ? fixedClassesNote(time, lang) : nothing}
  </div>`;
}

/** What the map model is asked for: no more classes than the palette has colours, the period, the places drawn. */
function mapModelOptions(
  options: MapViewOptions,
  palette: { seq: readonly string[]; diverging: readonly string[] },
  time: MapViewOptions['time'] | undefined,
  geo: { paths: FittedPath[] } | undefined,
): MapModelOptions {
  // No more classes than the ramps have colours: a 5-step diverging ramp tells two steps per side apart.
  const modelOptions: MapModelOptions = {
    level: options.level,
    classes: Math.max(1, Math.min(options.classes ?? 5, palette.seq.length || 5)),
    divergingSteps: Math.max(1, Math.min(Math.ceil((options.classes ?? 5) / 2), Math.floor(palette.diverging.length / 2) || 1)),
  };
  for (const k of ['method', 'scheme', 'period', 'series'] as const) if (options[k] !== undefined) Object.assign(modelOptions, { [k]: options[k] });
  if (time) Object.assign(modelOptions, { period: time.current, scaleRows: time.scaleRows });
  if (geo) {
    modelOptions.places = geo.paths.map((p) => p.code);
    modelOptions.placeNames = Object.fromEntries(geo.paths.map((p) => [p.code, p.name]));
  }
  return modelOptions;
}

/** What an area's button needs to know: its colours, whether it is selected or the tab stop, what a click does. */
interface AreaContext {
  fills: string[];
  noDataFill: string;
  isSelected: (a: MapArea) => boolean;
  tabStop: string | undefined;
  hatchId: string;
  colors: MapColors;
  tiles: boolean;
  onSelect: MapViewOptions['onSelect'];
}

/** One area as a button: its shape, filled by class (dashed without data), hatched when its figure is a bound. */
function areaButton(s: Shape, ctx: AreaContext): SVGTemplateResult {
  const { fills, noDataFill, isSelected, tabStop, hatchId, colors, onSelect } = ctx;
  const a = s.area;
  const noData = a.classIndex === null;
  const fill = noData ? noDataFill : fills[a.classIndex!]!;
  const cls = `area${noData ? ' no-data' : ` class-${a.classIndex}`}${a.hatched ? ' hatched' : ''}${isSelected(a) ? ' selected' : ''}`;
  return svg`<g
      class=${cls}
      role="button"
      tabindex=${a.place === tabStop ? '0' : '-1'}
      aria-label=${a.accessibleName}
      aria-pressed=${isSelected(a) ? 'true' : 'false'}
      aria-disabled=${a.row ? nothing : 'true'}
      data-code=${a.code}
      data-place=${a.place}
      data-x=${s.cx}
      data-top=${s.top}
      data-bottom=${s.bottom}
      @click=${(e: Event) => {
        if (a.row) onSelect(a.code, a.row, e.currentTarget as SVGElement);
      }}
    >
      <path
        class="shape"
        d=${s.d}
        fill=${fill}
        fill-rule="evenodd"
        stroke=${colors.muted}
        stroke-width=${ctx.tiles ? 1 : 0.75}
        stroke-dasharray=${noData ? '3 2' : 'none'}
        vector-effect="non-scaling-stroke"
      ></path>
      ${a.hatched ? svg`<path class="hatch" d=${s.d} fill=${`url(#${hatchId})`} fill-rule="evenodd" pointer-events="none"></path>` : nothing}
    </g>`;
}

/**
 * The keyboard, focus and pointer handlers of the map's <svg>: arrows move between neighbouring areas (roving
 * tabindex), Enter or Space selects, Escape hides the tip; focus and hover draw a ring and show the tip.
 */
function mapEvents(
  points: Array<{ code: string; x: number; y: number }>,
  rowAt: Map<string, ViewRow | undefined>,
  onSelect: MapViewOptions['onSelect'],
  width: number,
  height: number,
) {
  const onKeydown = (e: KeyboardEvent) => {
    const area = areaOf(e);
    if (!area || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      // An area the view has no row for cannot be selected: the view would have nothing left to show.
      if (area.getAttribute('aria-disabled') !== 'true') onSelect(area.dataset.code!, rowAt.get(area.dataset.place!), area);
      return;
    }
    if (e.key === 'Escape') {
      showTip(area.closest('.inn-map')!, null, width, height);
      return;
    }
    const all = [...(area.ownerSVGElement?.querySelectorAll<SVGGElement>('.area') ?? [])];
    let next: string | undefined;
    if (e.key === 'Home') next = all[0]?.dataset.place;
    else if (e.key === 'End') next = all[all.length - 1]?.dataset.place;
    else if (KEYS[e.key]) next = neighbour(points, area.dataset.place!, KEYS[e.key]!);
    else return;
    e.preventDefault();
    const target = all.find((el) => el.dataset.place === next);
    target?.focus();
  };
  const onFocusin = (e: FocusEvent) => {
    const area = areaOf(e);
    const svgEl = e.currentTarget as SVGSVGElement;
    if (!area) return;
    // Roving tabindex: the focused area is the map's one tab stop.
    for (const el of svgEl.querySelectorAll<SVGGElement>('.area')) el.setAttribute('tabindex', el === area ? '0' : '-1');
    overlay(svgEl, 'ring', area);
    showTip(svgEl.closest('.inn-map')!, area, width, height);
  };
  const onFocusout = (e: FocusEvent) => {
    const svgEl = e.currentTarget as SVGSVGElement;
    if (e.relatedTarget instanceof Element && svgEl.contains(e.relatedTarget)) return;
    overlay(svgEl, 'ring', null);
    const hovered = svgEl.querySelector('.area:hover') as SVGGElement | null;
    showTip(svgEl.closest('.inn-map')!, hovered, width, height);
  };
  const onPointerover = (e: PointerEvent) => {
    const area = areaOf(e);
    const svgEl = e.currentTarget as SVGSVGElement;
    overlay(svgEl, 'hover-ring', area);
    if (area) showTip(svgEl.closest('.inn-map')!, area, width, height);
  };
  const onPointerleave = (e: PointerEvent) => {
    const svgEl = e.currentTarget as SVGSVGElement;
    overlay(svgEl, 'hover-ring', null);
    const focused = svgEl.querySelector('.area:focus') as SVGGElement | null;
    showTip(svgEl.closest('.inn-map')!, focused, width, height);
  };
  return { onKeydown, onFocusin, onFocusout, onPointerover, onPointerleave };
}

/** The rows not on the map (Norway, the county), listed beside it. */
function offMapAside(model: MapModel, lang: ViewModel['lang']): TemplateResult | typeof nothing {
  return model.offMap.length
    ? html`<div class="inn-map__aside" part="comparison">
        <span class="inn-map__aside-title">${t(lang, 'mapComparison')}:</span>
        <ul>
          ${model.offMap.map((o) => html`<li data-code=${o.code}>${o.name} <span class="inn-map__value">${o.label}</span></li>`)}
        </ul>
      </div>`
    : nothing;
}

/** Under a slider: the classes are fixed over all the years, so that colours compare. */
function fixedClassesNote(time: NonNullable<MapViewOptions['time']>, lang: ViewModel['lang']): TemplateResult {
  return html`<p class="inn-map__fixed">
    ${t(lang, 'mapFixedClasses', { from: formatPeriod(time.periods[0]!, lang), to: formatPeriod(time.periods[time.periods.length - 1]!, lang) })}
  </p>`;
}

let hatchCounter = 0;

function swatch(fill: string, colors: MapColors, kind: 'class' | 'no-data' | 'hatched'): TemplateResult {
  return html`<svg class="inn-map__swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
    ${
      kind === 'no-data'
        ? svg`<rect x="0.5" y="0.5" width="17" height="11" fill=${colors.noData ?? 'transparent'} stroke=${colors.muted} stroke-dasharray="3 2"></rect>`
        : kind === 'hatched'
          ? svg`<rect x="0.5" y="0.5" width="17" height="11" fill="none" stroke=${colors.muted}></rect>
            <path d="M0 12L12 0M6 12L18 0M-6 12L6 0M12 12L24 0" stroke=${colors.text} stroke-width="1.2"></path>`
          : svg`<rect x="0.5" y="0.5" width="17" height="11" fill=${fill} stroke=${colors.muted}></rect>`
    }
  </svg>`;
}

function renderLegend(model: MapModel, fills: string[], colors: MapColors, caption: string): TemplateResult {
  return html`<div class="inn-map__legend" part="legend">
    ${caption ? html`<p class="inn-map__legend-caption">${caption}</p>` : nothing}
    <ul>
      ${model.legend.map(
        (e) =>
          html`<li class="legend-${e.kind}">
            ${swatch(e.classIndex !== undefined ? fills[e.classIndex]! : '', colors, e.kind)}
            <span>${e.label}${e.kind === 'no-data' && e.symbols?.length ? html` (${e.symbols.join(', ')})` : nothing}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}
