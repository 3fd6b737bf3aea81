import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssomStyle } from '../cssom-style.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { type FittedPath, type GeoFeature } from '../../charts/geo.js';
import {
  buildMapModel,
  classColors,
  neighbour,
  textColorOn,
  type Direction,
  type MapArea,
  type MapLevel,
  type MapModel,
  type MapModelOptions,
} from '../../charts/map-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { formatPeriod } from '../../indicators/format.js';
import { renderTimeSlider, type TimeSliderOptions } from './time-slider.js';
import { type Shape, geoLayout, geoPaths, mapFeatures, tileLabel, tileLayout } from './map-layout.js';

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

export { mapStyles } from './map-view.styles.js';

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
