/**
 * Map geometry without a DOM: reads GeoJSON and TopoJSON polygons into plain features and fits them into an
 * SVG box as compact path strings.
 *
 * - GeoJSON: a FeatureCollection (or one Feature / geometry) of Polygon, MultiPolygon or GeometryCollection.
 * - TopoJSON: decoded by topojson-client's `feature` (delta encoding and quantization undone); the object is
 *   picked by name or the first one is used.
 * - Coordinates: projected CRSs (EPSG:25833 / EPSG:32633, UTM metres, as Statistics Norway's maps use) are
 *   planar and fitted linearly; WGS84 longitude/latitude is projected with a spherical transverse Mercator
 *   centred on the features drawn (conformal, and close to how Norwegian maps look). The CRS comes from the
 *   old GeoJSON `crs` member when there is one, else from the size of the coordinates.
 * - Ring orientation is ignored: draw the paths with `fill-rule="evenodd"` and holes come out right whichever
 *   way the rings run.
 */
import { feature } from 'topojson-client';
import { normaliseRegionCode } from '../data/region-code.js';
import { isRecord as isObject } from '../data/is-record.js';
import { regionName } from '../data/geography.js';

/** How a feature's coordinates are to be read. */
export type GeoCrs = 'lonlat' | 'planar';

export interface GeoFeature {
  /** Normalised region code: `3401` (4 digits) for a municipality, `34` (2 digits) for a county. */
  code: string;
  name: string;
  /** Polygon rings in source coordinates ([x, y] or [lon, lat]), outer rings and holes alike. */
  rings: number[][][];
  crs: GeoCrs;
}

export interface GeoParseOptions {
  /** TopoJSON object to read (case-insensitive); default the first one. */
  object?: string;
  /** Property that holds the region code; default detected (KOMMUNENR, kommunenummer, fylkesnummer, id, FYLKE ...). */
  codeProperty?: string;
  /** Property that holds the name; default detected (NAVN, kommunenavn, fylkesnavn, name ...). */
  nameProperty?: string;
  /** Overrides CRS detection. */
  crs?: GeoCrs;
}

export class GeoError extends Error {
  override readonly name = 'GeoError';
}

// ---------------------------------------------------------------------------------------------------------
// Reading

type Json = Record<string, unknown>;

interface RawFeature {
  id: unknown;
  properties: Json;
  rings: number[][][];
}

/** Code properties in order of preference; the kind says how numeric codes are padded. */
const CODE_PROPERTIES: ReadonlyArray<readonly [string, 'municipality' | 'county' | 'any']> = [
  ['kommunenummer', 'municipality'],
  ['kommunenr', 'municipality'],
  ['komnr', 'municipality'],
  ['kommune_nr', 'municipality'],
  ['fylkesnummer', 'county'],
  ['fylkesnr', 'county'],
  ['fylke_nr', 'county'],
  ['code', 'any'],
  ['kode', 'any'],
  ['regionkode', 'any'],
  ['id', 'any'],
  ['fylke', 'county'],
];
const NAME_PROPERTIES = ['navn', 'kommunenavn', 'fylkesnavn', 'name', 'label', 'tekst'];

function propertyKey(props: Json, wanted: string): string | undefined {
  if (Object.hasOwn(props, wanted)) return wanted;
  const lower = wanted.toLowerCase();
  return Object.keys(props).find((k) => k.toLowerCase() === lower);
}

function present(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));
}

/** `301` → `0301` for a municipality property, `3` → `03` for a county one; `K-3401`, `3401 Kongsvinger` → `3401`. */
export function normaliseGeoCode(raw: unknown, kind: 'municipality' | 'county' | 'any' = 'any'): string {
  const text = String(raw).trim();
  if (/^\d+$/.test(text)) {
    if (kind === 'municipality' || (kind === 'any' && (text.length === 3 || text.length === 4))) return text.padStart(4, '0');
    if (kind === 'county' || (kind === 'any' && text.length <= 2)) return text.padStart(2, '0');
    return text;
  }
  return normaliseRegionCode(text).code;
}

function codeAccessor(features: RawFeature[], options: GeoParseOptions): (f: RawFeature) => string {
  const share = (get: (f: RawFeature) => unknown) => features.filter((f) => present(get(f))).length / Math.max(1, features.length);
  if (options.codeProperty !== undefined) {
    const wanted = options.codeProperty;
    if (wanted === 'id' && share((f) => f.id) > 0) return (f) => normaliseGeoCode(f.id);
    const kind = CODE_PROPERTIES.find(([p]) => p === wanted.toLowerCase())?.[1] ?? 'any';
    return (f) => {
      const key = propertyKey(f.properties, wanted);
      return key === undefined ? '' : normaliseGeoCode(f.properties[key], kind);
    };
  }
  for (const [prop, kind] of CODE_PROPERTIES) {
    const get = (f: RawFeature) => {
      const key = propertyKey(f.properties, prop);
      return key === undefined ? undefined : f.properties[key];
    };
    if (share(get) >= 0.9) return (f) => (present(get(f)) ? normaliseGeoCode(get(f), kind) : '');
    // The feature's own id ranks with the generic `id` property.
    if (prop === 'id' && share((f) => f.id) >= 0.9) return (f) => (present(f.id) ? normaliseGeoCode(f.id) : '');
  }
  throw new GeoError('geo: no region code found in the features (looked for KOMMUNENR, kommunenummer, fylkesnummer, code, id, FYLKE); pass codeProperty');
}

function nameOf(f: RawFeature, code: string, options: GeoParseOptions): string {
  for (const prop of options.nameProperty !== undefined ? [options.nameProperty] : NAME_PROPERTIES) {
    const key = propertyKey(f.properties, prop);
    const v = key === undefined ? undefined : f.properties[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return regionName(code, 'nb') ?? code;
}

function toPoint(p: unknown): number[] | undefined {
  if (!Array.isArray(p) || p.length < 2) return undefined;
  const x = Number(p[0]);
  const y = Number(p[1]);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
}

function toRing(coords: unknown): number[][] | undefined {
  if (!Array.isArray(coords)) return undefined;
  const ring: number[][] = [];
  for (const p of coords) {
    const pt = toPoint(p);
    if (pt) ring.push(pt);
  }
  return ring.length >= 3 ? ring : undefined;
}

/** Rings of a GeoJSON geometry (Polygon, MultiPolygon, GeometryCollection); other types give none. */
function geoJsonRings(geometry: unknown, out: number[][][] = []): number[][][] {
  if (!isObject(geometry)) return out;
  const coords = geometry.coordinates;
  switch (geometry.type) {
    case 'Polygon':
      if (Array.isArray(coords)) for (const r of coords) pushRing(out, toRing(r));
      break;
    case 'MultiPolygon':
      if (Array.isArray(coords)) for (const poly of coords) if (Array.isArray(poly)) for (const r of poly) pushRing(out, toRing(r));
      break;
    case 'GeometryCollection':
      if (Array.isArray(geometry.geometries)) for (const g of geometry.geometries) geoJsonRings(g, out);
      break;
    default:
      break;
  }
  return out;
}

function pushRing(out: number[][][], ring: number[][] | undefined): void {
  if (ring) out.push(ring);
}

function readGeoJson(doc: Json): RawFeature[] {
  const list: unknown[] =
    doc.type === 'FeatureCollection'
      ? Array.isArray(doc.features)
        ? doc.features
        : []
      : doc.type === 'Feature'
        ? [doc]
        : [{ type: 'Feature', properties: {}, geometry: doc }];
  const out: RawFeature[] = [];
  for (const f of list) {
    if (!isObject(f)) continue;
    const rings = geoJsonRings(f.geometry);
    if (rings.length) out.push({ id: f.id, properties: isObject(f.properties) ? f.properties : {}, rings });
  }
  return out;
}

function readTopoJson(doc: Json, options: GeoParseOptions): RawFeature[] {
  const objects = isObject(doc.objects) ? doc.objects : {};
  const names = Object.keys(objects);
  let name: string | undefined;
  if (options.object !== undefined) {
    const wanted = options.object.toLowerCase();
    name = names.find((n) => n === options.object) ?? names.find((n) => n.toLowerCase() === wanted);
    if (name === undefined)
      throw new GeoError(`geo: the topology has no object "${options.object}" (it has ${names.map((n) => `"${n}"`).join(', ') || 'none'})`);
  } else {
    name = names[0];
  }
  if (name === undefined) throw new GeoError('geo: the topology has no objects');
  // topojson-client decodes the arcs (delta encoding and quantization undone) into GeoJSON, read as GeoJSON is.
  let geo: ReturnType<typeof feature>;
  try {
    geo = feature(doc as unknown as Parameters<typeof feature>[0], objects[name] as Parameters<typeof feature>[1]);
  } catch (err) {
    throw new GeoError(`geo: the TopoJSON object "${name}" cannot be decoded (${err instanceof Error ? err.message : String(err)})`);
  }
  return readGeoJson(geo as unknown as Json);
}

const LONLAT_CRS = /(?:EPSG:{1,2}(?:4326|4258|4230|4617|4269)\b|CRS:?84\b|WGS[\s_-]?84)/i;
const PROJECTED_CRS = /EPSG:{1,2}\d+/i;

function crsOf(doc: Json, raw: RawFeature[]): GeoCrs {
  const crs = doc.crs;
  const name = isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : undefined;
  if (name !== undefined) {
    if (LONLAT_CRS.test(name)) return 'lonlat';
    if (PROJECTED_CRS.test(name)) return 'planar';
  }
  // No (or an unknown) CRS: longitude/latitude fit inside ±180 / ±90; UTM metres are far larger.
  for (const f of raw) for (const r of f.rings) for (const p of r) if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) return 'planar';
  return 'lonlat';
}

/**
 * Reads GeoJSON or TopoJSON (text or parsed) into features with normalised codes. Features without polygon
 * geometry are skipped; features that share a code stay separate (fitPaths joins them).
 */
export function parseGeo(input: string | unknown, options: GeoParseOptions = {}): GeoFeature[] {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new GeoError(`geo: not JSON (${(e as Error).message})`);
    }
  }
  if (!isObject(doc) || typeof doc.type !== 'string') throw new GeoError('geo: expected a GeoJSON or TopoJSON object');
  const raw = doc.type === 'Topology' ? readTopoJson(doc, options) : readGeoJson(doc);
  if (raw.length === 0) return [];
  const crs = options.crs ?? crsOf(doc, raw);
  const code = codeAccessor(raw, options);
  return raw.map((f) => {
    const c = code(f);
    return { code: c, name: nameOf(f, c, options), rings: f.rings, crs };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Projection and fitting

/** Planar coordinates (x east, y north) for every ring, lon/lat projected around the features' own centre. */
function projected(features: readonly GeoFeature[]): number[][][][] {
  let lonMin = Infinity;
  let lonMax = -Infinity;
  let latMin = Infinity;
  let latMax = -Infinity;
  for (const f of features) {
    if (f.crs !== 'lonlat') continue;
    for (const r of f.rings) {
      for (const [lon, lat] of r as Array<[number, number]>) {
        if (lon < lonMin) lonMin = lon;
        if (lon > lonMax) lonMax = lon;
        if (lat < latMin) latMin = lat;
        if (lat > latMax) latMax = lat;
      }
    }
  }
  const rad = Math.PI / 180;
  const lon0 = ((lonMin + lonMax) / 2) * rad;
  // Spherical transverse Mercator on the central meridian of the features: conformal, north up.
  const project = ([lon, lat]: number[]): number[] => {
    const dl = lon! * rad - lon0;
    const phi = lat! * rad;
    const b = Math.max(-0.999999, Math.min(0.999999, Math.cos(phi) * Math.sin(dl)));
    return [Math.atanh(b), Math.atan2(Math.tan(phi), Math.cos(dl))];
  };
  return features.map((f) => (f.crs === 'lonlat' ? f.rings.map((r) => r.map(project)) : f.rings));
}

function boundsOf(rings: number[][][][]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const f of rings) {
    for (const r of f) {
      for (const p of r) {
        const x = p[0]!;
        const y = p[1]!;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return [x0, y0, x1, y1];
}

/** Height / width of the features as drawn (north up), to size a map's box. 1 when there is nothing to draw. */
export function aspectRatio(features: readonly GeoFeature[]): number {
  if (features.length === 0) return 1;
  const [x0, y0, x1, y1] = boundsOf(projected(features));
  const w = x1 - x0;
  const h = y1 - y0;
  return w > 0 && h > 0 ? h / w : 1;
}

export interface FitOptions {
  /** Drop points closer than this (in output units, i.e. px) to the previous kept point. Default 0.5; 0 keeps all. */
  simplify?: number;
  /** Decimals kept in path coordinates. Default 1. */
  precision?: number;
}

export interface FittedPath {
  code: string;
  name: string;
  /** SVG path data (relative line-tos, one subpath per ring); draw with `fill-rule="evenodd"`. */
  d: string;
  /** Centroid of the largest ring, in output units: where a label or tooltip belongs. */
  cx: number;
  cy: number;
  /** Bounding box in output units. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function ringArea(r: number[][]): { area: number; cx: number; cy: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i] as [number, number];
    const [xj, yj] = r[j] as [number, number];
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (a === 0) {
    const n = r.length || 1;
    return { area: 0, cx: r.reduce((s, p) => s + p[0]!, 0) / n, cy: r.reduce((s, p) => s + p[1]!, 0) / n };
  }
  return { area: Math.abs(a / 2), cx: cx / (3 * a), cy: cy / (3 * a) };
}

/** One ring as `M x y l dx dy ... z` on a grid of 10^-precision, points nearer than `tolerance` dropped. */
function ringPath(ring: number[][], tolerance: number, factor: number): { d: string; points: number[][] } | undefined {
  const pts = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring;
  const kept: number[][] = [];
  const t2 = tolerance * tolerance;
  for (const p of pts) {
    const last = kept[kept.length - 1];
    if (last && (p[0]! - last[0]!) ** 2 + (p[1]! - last[1]!) ** 2 < t2) continue;
    kept.push(p);
  }
  // The last point may sit next to the first once the ring closes.
  while (kept.length > 3) {
    const a = kept[kept.length - 1]!;
    const b = kept[0]!;
    if ((a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2 >= t2) break;
    kept.pop();
  }
  const grid: Array<[number, number]> = [];
  for (const p of kept) {
    const gx = Math.round(p[0]! * factor);
    const gy = Math.round(p[1]! * factor);
    const last = grid[grid.length - 1];
    if (!last || last[0] !== gx || last[1] !== gy) grid.push([gx, gy]);
  }
  if (grid.length > 1 && grid[0]![0] === grid[grid.length - 1]![0] && grid[0]![1] === grid[grid.length - 1]![1]) grid.pop();
  if (grid.length < 3) return undefined;
  const n = (v: number) => String(v / factor);
  let d = `M${n(grid[0]![0])} ${n(grid[0]![1])}l`;
  const parts: string[] = [];
  for (let i = 1; i < grid.length; i++) parts.push(`${n(grid[i]![0] - grid[i - 1]![0])} ${n(grid[i]![1] - grid[i - 1]![1])}`);
  d += parts.join(' ').replace(/ -/g, '-') + 'z';
  return { d, points: grid.map(([x, y]) => [x / factor, y / factor]) };
}

/**
 * Fits the features into a `width` × `height` box (less `padding` on every side), north up, keeping the
 * aspect ratio and centring the result. Returns one path per code, in the order codes first appear.
 */
export function fitPaths(features: readonly GeoFeature[], width: number, height: number, padding = 0, options: FitOptions = {}): FittedPath[] {
  if (features.length === 0) return [];
  const tolerance = Math.max(0, options.simplify ?? 0.5);
  const factor = 10 ** Math.max(0, Math.min(6, Math.round(options.precision ?? 1)));
  const planar = projected(features);
  const [bx0, by0, bx1, by1] = boundsOf(planar);
  const innerW = Math.max(0, width - 2 * padding);
  const innerH = Math.max(0, height - 2 * padding);
  const spanX = bx1 - bx0;
  const spanY = by1 - by0;
  const k = spanX > 0 && spanY > 0 ? Math.min(innerW / spanX, innerH / spanY) : spanX > 0 ? innerW / spanX : spanY > 0 ? innerH / spanY : 1;
  const ox = padding + (innerW - spanX * k) / 2;
  const oy = padding + (innerH - spanY * k) / 2;
  const toBox = (p: number[]): number[] => [ox + (p[0]! - bx0) * k, oy + (by1 - p[1]!) * k];

  const byCode = new Map<string, { path: FittedPath; parts: string[]; best: number }>();
  features.forEach((f, i) => {
    let entry = byCode.get(f.code);
    if (!entry) {
      entry = { path: { code: f.code, name: f.name, d: '', cx: NaN, cy: NaN, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }, parts: [], best: -1 };
      byCode.set(f.code, entry);
    }
    const rings = planar[i]!.map((r) => r.map(toBox));
    let drawn = rings.map((r) => ringPath(r, tolerance, factor));
    if (drawn.every((r) => r === undefined) && rings.length) {
      // Too small to survive simplification: keep the largest ring at full detail so the area stays on the map.
      const largest = rings.reduce((a, b) => (ringArea(b).area > ringArea(a).area ? b : a));
      drawn = [ringPath(largest, 0, Math.max(factor, 100))];
      if (!drawn[0]) {
        // Smaller than the grid: a 1 × 1 square where it lies.
        const { cx, cy } = ringArea(largest);
        const x = Math.round((cx - 0.5) * factor) / factor;
        const y = Math.round((cy - 0.5) * factor) / factor;
        drawn = [
          ringPath(
            [
              [x, y],
              [x + 1, y],
              [x + 1, y + 1],
              [x, y + 1],
            ],
            0,
            factor,
          ),
        ];
      }
    }
    for (const r of drawn) {
      if (!r) continue;
      entry.parts.push(r.d);
      const { area, cx, cy } = ringArea(r.points);
      if (area > entry.best) {
        entry.best = area;
        entry.path.cx = Math.round(cx * factor) / factor;
        entry.path.cy = Math.round(cy * factor) / factor;
      }
      for (const [x, y] of r.points as Array<[number, number]>) {
        const p = entry.path;
        if (x < p.x0) p.x0 = x;
        if (x > p.x1) p.x1 = x;
        if (y < p.y0) p.y0 = y;
        if (y > p.y1) p.y1 = y;
      }
    }
  });
  const out: FittedPath[] = [];
  for (const { path, parts } of byCode.values()) {
    if (!parts.length) continue;
    path.d = parts.join('');
    out.push(path);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Credit

/** Property names of Kartverket's administrative units (kommuner, fylker), as in its GeoJSON and TopoJSON. */
const KARTVERKET_KEYS = ['kommunenummer', 'kommunenavn', 'fylkesnummer', 'fylkesnavn'];

/** The first few features' properties of a GeoJSON FeatureCollection or a TopoJSON topology. */
function sampleProperties(doc: Record<string, unknown>): Array<Record<string, unknown>> {
  const lists: unknown[] =
    doc.type === 'Topology' && isObject(doc.objects) ? Object.values(doc.objects).map((o) => (isObject(o) ? o.geometries : undefined)) : [doc.features];
  return lists.flatMap((l) => (Array.isArray(l) ? l.slice(0, 5) : [])).map((f: unknown) => (isObject(f) && isObject(f.properties) ? f.properties : {}));
}

/**
 * Who must be credited for the borders: `Kartverket` (CC BY 4.0) when the file is Kartverket's — its address
 * names it, the document's own attribution or licence does, or the features carry Kartverket's property names
 * (`kommunenummer`, `fylkesnavn` …) — else undefined.
 */
export function geoCredit(doc: unknown, url = ''): 'Kartverket' | undefined {
  if (/kartverket/i.test(url)) return 'Kartverket';
  if (!isObject(doc)) return undefined;
  const declared = ['attribution', 'license', 'licence', 'copyright', 'source', 'name', 'description'].map((k) => doc[k]).filter((v) => typeof v === 'string');
  if (declared.some((v) => /kartverket/i.test(v as string))) return 'Kartverket';
  return sampleProperties(doc).some((p) => KARTVERKET_KEYS.some((k) => k in p)) ? 'Kartverket' : undefined;
}
