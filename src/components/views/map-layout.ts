import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { ViewModel } from '../../indicators/view-model.js';
import { harmoniseCode } from '../../data/reform.js';
import { aspectRatio, fitPaths, type FittedPath, type GeoFeature } from '../../charts/geo.js';
import { levelTiles, type MapArea, type MapLevel, type MapModel } from '../../charts/map-model.js';
import { isPercentUnit } from '../../indicators/format.js';
import { textWidthEm } from '../../charts/text-width.js';

/* Where each area of a map is drawn: tiles in a grid, or shapes fitted from real borders; and a tile's label. */

// ---------------------------------------------------------------------------------------------------------
// Layout

export interface Shape {
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

export function tileLayout(model: MapModel): Layout {
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
export function mapFeatures(geo: readonly GeoFeature[], level: MapLevel, view: ViewModel): GeoFeature[] {
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

export function geoPaths(geo: readonly GeoFeature[], features: GeoFeature[]): { width: number; height: number; paths: FittedPath[] } {
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

export function geoLayout(model: MapModel, width: number, height: number, paths: FittedPath[]): Layout {
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
export function tileLabel(shape: Shape, model: MapModel, color: string, halo: string | undefined): SVGTemplateResult {
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
