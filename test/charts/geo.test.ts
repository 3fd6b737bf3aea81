import { expect } from '@open-wc/testing';
import { GeoError, aspectRatio, fitPaths, normaliseGeoCode, parseGeo, type FittedPath, type GeoFeature } from '../../src/charts/geo.js';
import { INNLANDET_MUNICIPALITIES, HEDMARK_MUNICIPALITIES } from '../../src/data/geography.js';
import { sharedText, skipShared } from '../shared-fixtures.js';

const INNLANDET_2024 = 'fixtures/geo/ssb_mimir_innlandet_kommuner_2024_epsg25833.geojson';
const HEDMARK_2019 = 'fixtures/geo/ssb_mimir_hedmark_kommuner_2019_epsg32633.geojson';
const KOMMUNER_TOPO = 'fixtures/geo/kartverket_kommuner_2024_S_wgs84.topojson';
const FYLKER_TOPO = 'fixtures/geo/kartverket_fylker_2024_S_wgs84.topojson';

/** Every coordinate of a path, made absolute again (M x y l dx dy ... z, as fitPaths writes them). */
function pathPoints(d: string): number[][] {
  const out: number[][] = [];
  for (const sub of d.split('z').filter(Boolean)) {
    const m = /^M([-\d.]+) ([-\d.]+)l(.*)$/.exec(sub);
    expect(m, sub.slice(0, 40)).to.not.equal(null);
    let x = Number(m![1]);
    let y = Number(m![2]);
    out.push([x, y]);
    const nums = (m![3]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i]!;
      y += nums[i + 1]!;
      out.push([x, y]);
    }
  }
  return out;
}

function expectInside(paths: FittedPath[], width: number, height: number): void {
  for (const p of paths) {
    for (const [x, y] of pathPoints(p.d)) {
      expect(x, p.code).to.be.within(-0.2, width + 0.2);
      expect(y, p.code).to.be.within(-0.2, height + 0.2);
    }
    expect(p.cx, p.code).to.be.within(0, width);
    expect(p.cy, p.code).to.be.within(0, height);
  }
}

const byCode = (paths: FittedPath[]) => new Map(paths.map((p) => [p.code, p]));

/** Signed area (shoelace) of a ring in source coordinates, y up: positive = counter-clockwise. */
function signedArea(r: number[][]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += r[j]![0]! * r[i]![1]! - r[i]![0]! * r[j]![1]!;
  return a / 2;
}

describe('geo: real map files', () => {
  it('reads the 46 Innlandet municipalities (EPSG:25833, UTM metres) and fits them north up', async function () {
    const text = await sharedText(INNLANDET_2024);
    if (text === undefined) return skipShared(this, INNLANDET_2024);
    const features = parseGeo(text);
    expect(features).to.have.length(46);
    expect(features.map((f) => f.code).sort()).to.deep.equal([...INNLANDET_MUNICIPALITIES].sort());
    expect(features.every((f) => f.crs === 'planar')).to.equal(true);
    expect(features.find((f) => f.code === '3407')!.name).to.equal('Gjøvik');
    // Outer rings run counter-clockwise in this file.
    expect(signedArea(features[0]!.rings[0]!)).to.be.greaterThan(0);

    const paths = fitPaths(features, 600, 700, 10);
    expect(paths).to.have.length(46);
    expectInside(paths, 600, 700);
    const m = byCode(paths);
    // North up: Lesja and Dovre (north-west) above Kongsvinger (south-east); Kongsvinger east of Lesja.
    expect(m.get('3432')!.cy).to.be.lessThan(m.get('3401')!.cy);
    expect(m.get('3431')!.cy).to.be.lessThan(m.get('3401')!.cy);
    expect(m.get('3432')!.cx).to.be.lessThan(m.get('3401')!.cx);
    // Eidskog is the southernmost tile, Os (north-east) lies above Elverum.
    expect(m.get('3430')!.cy).to.be.lessThan(m.get('3420')!.cy);
    // Fitted to the box: touches the padding on at least one axis, uses the whole of the other axis' centre.
    const x0 = Math.min(...paths.map((p) => p.x0));
    const x1 = Math.max(...paths.map((p) => p.x1));
    const y0 = Math.min(...paths.map((p) => p.y0));
    const y1 = Math.max(...paths.map((p) => p.y1));
    expect(Math.abs(x0 - 10) < 1 || Math.abs(y0 - 10) < 1).to.equal(true);
    expect(Math.abs(x0 + x1 - 600)).to.be.lessThan(2);
    expect(Math.abs(y0 + y1 - 700)).to.be.lessThan(2);
    // UTM is planar: the projected box keeps the file's own aspect ratio.
    expect(aspectRatio(features)).to.be.within(1.0, 1.3);
    // Rounded and simplified: one decimal at most, and a small DOM.
    expect(/\d\.\d\d/.test(paths.map((p) => p.d).join(''))).to.equal(false);
    expect(paths.reduce((s, p) => s + p.d.length, 0)).to.be.lessThan(60_000);
  });

  it('reads old Hedmark (EPSG:32633, clockwise rings) with pre-2020 codes', async function () {
    const text = await sharedText(HEDMARK_2019);
    if (text === undefined) return skipShared(this, HEDMARK_2019);
    const features = parseGeo(text);
    expect(features).to.have.length(22);
    expect(features.map((f) => f.code).sort()).to.deep.equal([...HEDMARK_MUNICIPALITIES].sort());
    expect(features.every((f) => f.crs === 'planar')).to.equal(true);
    expect(signedArea(features[0]!.rings[0]!)).to.be.lessThan(0);
    const paths = fitPaths(features, 400, 700, 5);
    expect(paths).to.have.length(22);
    expectInside(paths, 400, 700);
    const m = byCode(paths);
    // Os (0441, north) above Kongsvinger (0402, south); Trysil (0428) east of Hamar (0403).
    expect(m.get('0441')!.cy).to.be.lessThan(m.get('0402')!.cy);
    expect(m.get('0428')!.cx).to.be.greaterThan(m.get('0403')!.cx);
  });

  it('reads the Kartverket TopoJSON municipalities (lon/lat) and keeps Innlandet by code', async function () {
    const text = await sharedText(KOMMUNER_TOPO);
    if (text === undefined) return skipShared(this, KOMMUNER_TOPO);
    const all = parseGeo(text, { object: 'Kommuner' });
    expect(all).to.have.length(357);
    expect(all.every((f) => f.crs === 'lonlat' && /^\d{4}$/.test(f.code))).to.equal(true);
    const innlandet = all.filter((f) => f.code.startsWith('34'));
    expect(innlandet).to.have.length(46);
    expect(innlandet.map((f) => f.code).sort()).to.deep.equal([...INNLANDET_MUNICIPALITIES].sort());
    expect(all.find((f) => f.code === '0301')!.name).to.equal('Oslo');
    const paths = fitPaths(innlandet, 600, 650, 8);
    expect(paths).to.have.length(46);
    expectInside(paths, 600, 650);
    const m = byCode(paths);
    expect(m.get('3432')!.cy).to.be.lessThan(m.get('3401')!.cy);
    expect(m.get('3431')!.cy).to.be.lessThan(m.get('3401')!.cy);
    expect(m.get('3401')!.cx).to.be.greaterThan(m.get('3454')!.cx);
    // The projection is conformal enough that Innlandet has about the shape the UTM map gives it.
    expect(aspectRatio(innlandet)).to.be.within(0.95, 1.25);
    // The object is also found without its name (the first one) and case-insensitively.
    expect(parseGeo(text, { object: 'kommuner' })).to.have.length(357);
    expect(() => parseGeo(text, { object: 'Fylker' })).to.throw(GeoError, /"Kommuner"/);
  });

  it('reads the Kartverket TopoJSON counties with two-digit codes', async function () {
    const text = await sharedText(FYLKER_TOPO);
    if (text === undefined) return skipShared(this, FYLKER_TOPO);
    const counties = parseGeo(text);
    expect(counties).to.have.length(15);
    expect(counties.every((f) => /^\d{2}$/.test(f.code))).to.equal(true);
    const innlandet = counties.find((f) => f.code === '34')!;
    expect(innlandet.name).to.equal('Innlandet');
    const paths = fitPaths(counties, 500, 800, 0);
    expectInside(paths, 500, 800);
    const m = byCode(paths);
    // Finnmark (56) is north-east of Innlandet; Agder (42) south-west of it.
    expect(m.get('56')!.cy).to.be.lessThan(m.get('34')!.cy);
    expect(m.get('56')!.cx).to.be.greaterThan(m.get('34')!.cx);
    expect(m.get('42')!.cy).to.be.greaterThan(m.get('34')!.cy);
  });
});

/** Two unit squares side by side sharing the arc x = 1, quantized (scale 0.5, translate 10/20) and delta-encoded. */
const TOPOLOGY = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [10, 20] },
  objects: {
    Omrader: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], id: 301, properties: { navn: 'Vest' } },
        { type: 'MultiPolygon', arcs: [[[2, -1]]], id: '3401', properties: { navn: 'Øst' } },
        { type: 'LineString', arcs: [0], id: '9999' },
      ],
    },
  },
  arcs: [
    // shared arc: (2,0) → (2,2) in quantized units, i.e. x = 11, y 20 → 21
    [
      [2, 0],
      [0, 2],
    ],
    // west square rest: (2,2) → (0,2) → (0,0) → (2,0)
    [
      [2, 2],
      [-2, 0],
      [0, -2],
      [2, 0],
    ],
    // east square rest: (2,0) → (4,0) → (4,2) → (2,2)
    [
      [2, 0],
      [2, 0],
      [0, 2],
      [-2, 0],
    ],
  ],
};

describe('geo: parsing', () => {
  it('says which TopoJSON object cannot be decoded when an arc it names is missing', () => {
    const broken = structuredClone(TOPOLOGY);
    broken.arcs.pop();
    expect(() => parseGeo(broken)).to.throw(GeoError, /"Omrader" cannot be decoded/);
  });

  it('decodes quantized, delta-encoded TopoJSON arcs and reversed arc references', () => {
    const features = parseGeo(TOPOLOGY);
    expect(features.map((f) => [f.code, f.name])).to.deep.equal([
      ['0301', 'Vest'],
      ['3401', 'Øst'],
    ]);
    // Ring of the west square: arc 0 then arc 1 without its repeated first point.
    expect(features[0]!.rings).to.deep.equal([
      [
        [11, 20],
        [11, 21],
        [10, 21],
        [10, 20],
        [11, 20],
      ],
    ]);
    // East square: arc 2 then arc 0 reversed.
    expect(features[1]!.rings).to.deep.equal([
      [
        [11, 20],
        [12, 20],
        [12, 21],
        [11, 21],
        [11, 20],
      ],
    ]);
    expect(features[0]!.crs).to.equal('lonlat');
    const paths = fitPaths(features, 200, 100, 0);
    const m = byCode(paths);
    expect(m.get('0301')!.cx).to.be.lessThan(m.get('3401')!.cx);
  });

  it('reads GeoJSON code and name properties, padding numeric codes by kind', () => {
    const square = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 1, y],
          [x + 1, y + 1],
          [x, y + 1],
          [x, y],
        ],
      ],
    });
    const fc = (props: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
      type: 'FeatureCollection',
      ...extra,
      features: props.map((p, i) => ({ type: 'Feature', properties: p, geometry: square(i, 0) })),
    });
    expect(parseGeo(fc([{ kommunenummer: 301, kommunenavn: 'Oslo' }, { kommunenummer: '3401' }])).map((f) => [f.code, f.name])).to.deep.equal([
      ['0301', 'Oslo'],
      ['3401', 'Kongsvinger'],
    ]);
    expect(
      parseGeo(
        fc([
          { fylkesnummer: 3, fylkesnavn: 'Oslo' },
          { fylkesnummer: 34, fylkesnavn: 'Innlandet' },
        ]),
      ).map((f) => f.code),
    ).to.deep.equal(['03', '34']);
    // FYLKE is the parent county when KOMMUNENR is there, the code when it is alone.
    expect(parseGeo(fc([{ KOMMUNENR: '3407', FYLKE: '34', NAVN: 'Gjøvik' }])).map((f) => f.code)).to.deep.equal(['3407']);
    expect(parseGeo(fc([{ FYLKE: 4, NAVN: 'Hedmark' }])).map((f) => f.code)).to.deep.equal(['04']);
    expect(parseGeo(fc([{ id: 'K-3405' }])).map((f) => f.code)).to.deep.equal(['3405']);
    expect(parseGeo(fc([{ nummer: 'x' }]), { codeProperty: 'nummer' }).map((f) => f.code)).to.deep.equal(['x']);
    expect(() => parseGeo(fc([{ navn: 'Ingen kode' }]))).to.throw(GeoError, /codeProperty/);
    expect(normaliseGeoCode('301', 'municipality')).to.equal('0301');
    expect(normaliseGeoCode(5, 'county')).to.equal('05');
    expect(normaliseGeoCode('3401 Kongsvinger')).to.equal('3401');
  });

  it('detects the CRS from the crs member, else from coordinate size', () => {
    const feature = (coords: number[][]) => ({ type: 'Feature', properties: { id: '3401' }, geometry: { type: 'Polygon', coordinates: [coords] } });
    const utm = [
      [600000, 6650000],
      [610000, 6650000],
      [610000, 6660000],
      [600000, 6650000],
    ];
    const lonlat = [
      [12, 60],
      [12.1, 60],
      [12.1, 60.1],
      [12, 60],
    ];
    expect(parseGeo({ type: 'FeatureCollection', features: [feature(utm)] })[0]!.crs).to.equal('planar');
    expect(parseGeo({ type: 'FeatureCollection', features: [feature(lonlat)] })[0]!.crs).to.equal('lonlat');
    // A small planar extent (e.g. a local grid in km) is still planar when the crs member says so.
    const crs25833 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } };
    expect(parseGeo({ type: 'FeatureCollection', crs: crs25833, features: [feature(lonlat)] })[0]!.crs).to.equal('planar');
    const crs84 = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    expect(parseGeo({ type: 'FeatureCollection', crs: crs84, features: [feature(lonlat)] })[0]!.crs).to.equal('lonlat');
    // A bare Feature and a bare geometry are read too; non-polygons are skipped.
    expect(parseGeo(feature(lonlat))).to.have.length(1);
    expect(
      parseGeo({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 1 }, geometry: { type: 'Point', coordinates: [1, 2] } }] }),
    ).to.deep.equal([]);
    expect(() => parseGeo('not json')).to.throw(GeoError);
    expect(() => parseGeo({ foo: 1 })).to.throw(GeoError);
  });
});

describe('geo: fitting', () => {
  const ring = (pts: number[][]) => [...pts, pts[0]!];
  const square: GeoFeature = {
    code: '1',
    name: 'A',
    crs: 'planar',
    rings: [
      ring([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ],
  };

  it('is north up, centred, and ignores ring orientation', () => {
    const ccw = fitPaths([square], 100, 50, 5);
    const cw = fitPaths(
      [
        {
          ...square,
          rings: [
            ring([
              [0, 0],
              [0, 10],
              [10, 10],
              [10, 0],
            ]),
          ],
        },
      ],
      100,
      50,
      5,
    );
    expect(ccw[0]).to.include({ x0: 30, y0: 5, x1: 70, y1: 45, cx: 50, cy: 25 });
    expect(cw[0]).to.include({ x0: 30, y0: 5, x1: 70, y1: 45, cx: 50, cy: 25 });
    expect(ccw[0]!.d).to.equal('M30 45l40 0 0-40-40 0z');
    // y grows to the south: the point with the larger northing is drawn higher up.
    const tall: GeoFeature = {
      code: '2',
      name: 'B',
      crs: 'planar',
      rings: [
        ring([
          [0, 0],
          [1, 0],
          [1, 100],
        ]),
      ],
    };
    const [p] = fitPaths([tall], 100, 100, 0);
    const pts = pathPoints(p!.d);
    expect(pts[2]![1]).to.be.lessThan(pts[0]![1]!);
  });

  it('joins features with the same code and keeps holes as separate subpaths', () => {
    const holed: GeoFeature = {
      code: '1',
      name: 'A',
      crs: 'planar',
      rings: [
        ring([
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ]),
        ring([
          [3, 3],
          [3, 6],
          [6, 6],
          [6, 3],
        ]),
      ],
    };
    const island: GeoFeature = {
      code: '1',
      name: 'A',
      crs: 'planar',
      rings: [
        ring([
          [20, 0],
          [22, 0],
          [22, 2],
        ]),
      ],
    };
    const paths = fitPaths([holed, island], 220, 100, 0);
    expect(paths).to.have.length(1);
    expect(paths[0]!.d.match(/M/g)).to.have.length(3);
    // The centroid is that of the largest ring.
    expect(paths[0]!.cx).to.equal(50);
  });

  it('drops points closer than the tolerance, rounds, and never loses a tiny area', () => {
    const dense: number[][] = [];
    for (let i = 0; i <= 1000; i++) dense.push([i / 10, 0]);
    dense.push([100, 100], [0, 100]);
    const f: GeoFeature = { code: '1', name: 'A', crs: 'planar', rings: [ring(dense)] };
    const simplified = fitPaths([f], 100, 100, 0);
    const full = fitPaths([f], 100, 100, 0, { simplify: 0, precision: 2 });
    expect(pathPoints(simplified[0]!.d).length).to.be.lessThan(210);
    expect(pathPoints(full[0]!.d).length).to.be.greaterThan(1000);
    const speck: GeoFeature = {
      code: '2',
      name: 'B',
      crs: 'planar',
      rings: [
        ring([
          [1000, 1000],
          [1000.01, 1000],
          [1000.01, 1000.01],
        ]),
      ],
    };
    const paths = fitPaths([f, speck], 100, 100, 0);
    expect(paths.map((p) => p.code)).to.deep.equal(['1', '2']);
    expect(fitPaths([], 100, 100)).to.deep.equal([]);
  });
});
