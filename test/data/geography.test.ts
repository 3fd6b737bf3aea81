import { expect } from '@open-wc/testing';
import {
  CURRENT_COUNTIES,
  HEDMARK_MUNICIPALITIES,
  INNLANDET_MUNICIPALITIES,
  MUNICIPALITY_TILES,
  OPPLAND_MUNICIPALITIES,
  PLANNING_REGION_CODES,
  REGION_TILES,
  knownRegions,
  planningRegionMembers,
  planningRegionOf,
  planningRegions,
  regionInfo,
  regionName,
  type Tile,
} from '../../src/data/geography.js';
import { sharedBytes, sharedText, skipShared } from '../shared-fixtures.js';

const KOMMUNER_2026 = 'fixtures/ssb/klass_131_kommuneinndeling_2026_latin1.csv';
const FYLKER_2026 = 'fixtures/ssb/klass_104_fylkesinndeling_2026_utf8_med_U+FFFD.csv';
const ENDRINGER = 'fixtures/ssb/klass_131_endringer_2019-2020_latin1_nbsp.csv';
const INNLANDET_GEOJSON = 'fixtures/geo/ssb_mimir_innlandet_kommuner_2024_epsg25833.geojson';

/** `"code";"parentCode";"level";"name";...` → code → name (first four fields are always quoted). */
function klassCodes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const m = /^"([^"]*)";"[^"]*";"[^"]*";"([^"]*)"/.exec(line);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Equal names, where `??` in the fixture stands for one damaged Sámi letter (one or two characters). */
function sameName(ours: string, fixture: string): boolean {
  if (!fixture.includes('??')) return ours === fixture;
  const pattern = fixture
    .split('??')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.{1,2}');
  return new RegExp(`^${pattern}$`).test(ours);
}

const cellOf = (t: Tile): string => `${t.row},${t.col}`;

describe('geography: regions', () => {
  it('has Norway, the counties and the municipalities of both eras', () => {
    expect(regionInfo('0')).to.deep.equal({ code: '0', name: 'Norge', names: { nn: 'Noreg', en: 'Norway' }, level: 'country' });
    expect(regionName('0', 'nb')).to.equal('Norge');
    expect(regionName('0', 'nn')).to.equal('Noreg');
    expect(regionName('0', 'en')).to.equal('Norway');
    expect(regionInfo('04')).to.deep.equal({ code: '04', name: 'Hedmark', level: 'county', parent: '0', validTo: '2019' });
    expect(regionInfo('05')).to.deep.equal({ code: '05', name: 'Oppland', level: 'county', parent: '0', validTo: '2019' });
    expect(regionInfo('34')).to.deep.equal({ code: '34', name: 'Innlandet', level: 'county', parent: '0', validFrom: '2020' });
    expect(INNLANDET_MUNICIPALITIES).to.have.length(46);
    expect(HEDMARK_MUNICIPALITIES).to.have.length(22);
    expect(OPPLAND_MUNICIPALITIES).to.have.length(26);
    expect(new Set([...INNLANDET_MUNICIPALITIES, ...HEDMARK_MUNICIPALITIES, ...OPPLAND_MUNICIPALITIES]).size).to.equal(94);
    for (const c of INNLANDET_MUNICIPALITIES) expect(regionInfo(c), c).to.include({ level: 'municipality', parent: '34', validFrom: '2020' });
    for (const c of HEDMARK_MUNICIPALITIES) expect(regionInfo(c), c).to.include({ level: 'municipality', parent: '04', validTo: '2019' });
    for (const c of OPPLAND_MUNICIPALITIES) expect(regionInfo(c), c).to.include({ level: 'municipality', parent: '05', validTo: '2019' });
    expect(regionInfo('3407')).to.deep.equal({ code: '3407', name: 'Gjøvik', level: 'municipality', parent: '34', validFrom: '2020' });
    expect(regionInfo('3053')).to.include({ name: 'Jevnaker', parent: '30', validFrom: '2020', validTo: '2023' });
    expect(regionInfo('9999')).to.equal(undefined);
    expect(regionName('9999')).to.equal(undefined);
  });

  it("keeps SSB's disambiguated names, with a short form on request", () => {
    expect(regionName('3419')).to.equal('Våler (Innlandet)');
    expect(regionName('3419', 'nb', { short: true })).to.equal('Våler');
    expect(regionName('0426')).to.equal('Våler');
    expect(regionName('3407', 'en', { short: true })).to.equal('Gjøvik');
  });

  it('hands out copies that callers cannot use to change the tables', () => {
    const r = regionInfo('0')!;
    r.name = 'changed';
    r.names!.en = 'changed';
    expect(regionName('0', 'nb')).to.equal('Norge');
    expect(regionName('0', 'en')).to.equal('Norway');
    const p = planningRegions();
    p[0]!.members.length = 0;
    expect(planningRegions()[0]!.members.length).to.be.greaterThan(0);
  });

  it('gives every known region a parent that is itself known', () => {
    for (const r of knownRegions()) {
      if (r.parent !== undefined) expect(regionInfo(r.parent), `${r.code} → ${r.parent}`).to.not.equal(undefined);
    }
  });

  it("has the 46 municipalities of KLASS 131 (2026), with SSB's names", async function () {
    const bytes = await sharedBytes(KOMMUNER_2026);
    if (!bytes) return skipShared(this, KOMMUNER_2026);
    const klass = klassCodes(new TextDecoder('iso-8859-1').decode(bytes));
    expect(klass.size).to.equal(358);
    const innlandet = [...klass].filter(([code]) => code.startsWith('34'));
    expect(innlandet.map(([c]) => c)).to.deep.equal([...INNLANDET_MUNICIPALITIES]);
    for (const [code, name] of innlandet) expect(sameName(regionName(code)!, name), `${code} ${name}`).to.equal(true);
    // Where Jevnaker and Lunner are now
    for (const code of ['3234', '3236']) expect(sameName(regionName(code)!, klass.get(code)!), code).to.equal(true);
    // The comparison handles the damaged Sámi letters in the fixture
    expect(sameName('Evenes - Evenášši', klass.get('1853')!)).to.equal(true);
    expect(sameName('Evenes - Evenes', klass.get('1853')!)).to.equal(false);
  });

  it('has exactly the current counties of KLASS 104 (2026)', async function () {
    const text = await sharedText(FYLKER_2026);
    if (text === undefined) return skipShared(this, FYLKER_2026);
    const klass = klassCodes(text);
    klass.delete('99'); // Uoppgitt
    expect(klass.size).to.equal(15);
    expect([...CURRENT_COUNTIES].sort()).to.deep.equal([...klass.keys()].sort());
    for (const [code, name] of klass) {
      expect(regionName(code), code).to.equal(name);
      expect(regionInfo(code)!.validTo, code).to.equal(undefined);
    }
  });

  it('names the pre-2020 and 2020 municipalities as KLASS 131 changes 2019→2020 does', async function () {
    const bytes = await sharedBytes(ENDRINGER);
    if (!bytes) return skipShared(this, ENDRINGER);
    const rows = new TextDecoder('iso-8859-1')
      .decode(bytes)
      .split('\r\n')
      .slice(1)
      .filter((l) => /^0[45]/.test(l));
    expect(rows).to.have.length(48);
    const label = /^(\d{4})\u00a0-\u00a0(.+)$/;
    for (const row of rows) {
      const [from, to] = row.split(';');
      const a = label.exec(from!)!;
      const b = label.exec(to!)!;
      expect(regionName(a[1]!), from).to.equal(a[2]);
      expect(regionName(b[1]!), to).to.equal(b[2]);
    }
  });
});

describe('geography: planning regions', () => {
  it('has the 10 regions of report 002', () => {
    const table = planningRegions();
    expect(table.map((r) => r.code)).to.deep.equal([...PLANNING_REGION_CODES]);
    expect(PLANNING_REGION_CODES).to.have.members([
      'R-glamdalen',
      'R-hamar',
      'R-sor-osterdal',
      'R-nord-osterdal',
      'R-gjovik',
      'R-hadeland',
      'R-lillehammer',
      'R-midt-gudbrandsdal',
      'R-nord-gudbrandsdal',
      'R-valdres',
    ]);
    expect(regionInfo('R-gjovik')).to.deep.equal({ code: 'R-gjovik', name: 'Gjøvikregionen', names: { en: 'Gjøvik region' }, level: 'region', parent: '34' });
    expect(regionName('R-sor-osterdal')).to.equal('Sør-Østerdal');
    expect(table.filter((r) => r.formerCounty === '04')).to.have.length(4);
    expect(table.filter((r) => r.formerCounty === '05')).to.have.length(6);
  });

  it('splits the 46 current and the 48 pre-2020 municipalities into regions without gaps or overlaps', () => {
    const current = PLANNING_REGION_CODES.flatMap((r) => planningRegionMembers(r));
    expect(current).to.have.length(46);
    expect(current).to.have.members([...INNLANDET_MUNICIPALITIES]);
    const old = PLANNING_REGION_CODES.flatMap((r) => planningRegionMembers(r, '2019'));
    expect(old).to.have.length(48);
    expect(old).to.have.members([...HEDMARK_MUNICIPALITIES, ...OPPLAND_MUNICIPALITIES]);
    for (const r of planningRegions()) {
      const before = planningRegionMembers(r.code, 2015).map((c) => regionInfo(c)!);
      for (const m of before) expect(m.parent, `${r.code} ${m.code}`).to.equal(r.formerCounty);
    }
  });

  it("matches the report's membership lists", () => {
    const names = (code: string, period?: string): string[] => planningRegionMembers(code, period).map((c) => regionName(c, 'nb', { short: true })!);
    expect(names('R-glamdalen')).to.have.members(['Eidskog', 'Grue', 'Kongsvinger', 'Nord-Odal', 'Sør-Odal', 'Våler', 'Åsnes']);
    expect(names('R-hamar')).to.have.members(['Hamar', 'Løten', 'Ringsaker', 'Stange']);
    expect(names('R-sor-osterdal')).to.have.members(['Elverum', 'Engerdal', 'Stor-Elvdal', 'Trysil', 'Åmot']);
    expect(names('R-nord-osterdal')).to.have.members(['Alvdal', 'Folldal', 'Os', 'Rendalen', 'Tolga', 'Tynset']);
    expect(names('R-gjovik')).to.have.members(['Gjøvik', 'Østre Toten', 'Vestre Toten', 'Søndre Land', 'Nordre Land']);
    expect(names('R-lillehammer')).to.have.members(['Lillehammer', 'Øyer', 'Gausdal']);
    expect(names('R-midt-gudbrandsdal')).to.have.members(['Nord-Fron', 'Sør-Fron', 'Ringebu']);
    expect(names('R-nord-gudbrandsdal')).to.have.members(['Dovre', 'Lesja', 'Lom', 'Sel', 'Skjåk', 'Vågå']);
    expect(names('R-valdres')).to.have.members(['Etnedal', 'Nord-Aurdal', 'Sør-Aurdal', 'Vang', 'Vestre Slidre', 'Øystre Slidre']);
    expect(names('R-hadeland', '2019')).to.have.members(['Gran', 'Lunner', 'Jevnaker']);
    expect(names('R-hadeland')).to.deep.equal(['Gran']);
    expect(names('R-hadeland', '2021K3')).to.deep.equal(['Gran']);
  });

  it('knows that Hadeland lost Jevnaker and Lunner in 2020', () => {
    const hadeland = planningRegions().find((r) => r.code === 'R-hadeland')!;
    expect(hadeland.note).to.match(/Jevnaker/);
    expect(planningRegionOf('0532')).to.equal('R-hadeland');
    expect(planningRegionOf('0532', '2019')).to.equal('R-hadeland');
    expect(planningRegionOf('0532', '2020')).to.equal(undefined);
    expect(planningRegionOf('3053')).to.equal(undefined);
    expect(planningRegionOf('3446', '2020')).to.equal('R-hadeland');
    expect(planningRegionOf('3446', '2019')).to.equal(undefined);
    expect(planningRegionOf('0402')).to.equal('R-glamdalen');
    expect(planningRegionOf('3401')).to.equal('R-glamdalen');
    expect(planningRegionMembers('R-nowhere')).to.deep.equal([]);
  });

  it('lets a feed override or add regions', () => {
    const table = planningRegions([
      { code: 'R-hadeland', name: 'Hadeland', members: [{ code: '3446' }, { code: '3053' }, { code: '3054' }] },
      {
        code: 'R-mjosbyen',
        name: 'Mjøsbyen',
        members: [
          { code: '3403', validFrom: '2020' },
          { code: '3407', validFrom: '2020' },
        ],
      },
    ]);
    expect(table).to.have.length(11);
    expect(planningRegionMembers('R-hadeland', undefined, table)).to.deep.equal(['3446', '3053', '3054']);
    expect(planningRegionMembers('R-mjosbyen', '2022', table)).to.deep.equal(['3403', '3407']);
    expect(planningRegionMembers('R-mjosbyen', '2019', table)).to.deep.equal([]);
    expect(planningRegionOf('3053', undefined, table)).to.equal('R-hadeland');
    // the default is untouched
    expect(planningRegionMembers('R-hadeland')).to.deep.equal(['3446']);
  });
});

describe('geography: tile grids', () => {
  function checkGrid(tiles: Readonly<Record<string, Tile>>, codes: readonly string[]): void {
    expect(Object.keys(tiles)).to.have.members([...codes]);
    const cells = new Map<string, string>();
    for (const [code, t] of Object.entries(tiles)) {
      expect(Number.isInteger(t.row) && t.row >= 0 && Number.isInteger(t.col) && t.col >= 0, code).to.equal(true);
      const other = cells.get(cellOf(t));
      expect(other, `${code} and ${other} share cell ${cellOf(t)}`).to.equal(undefined);
      cells.set(cellOf(t), code);
    }
  }

  it('puts each of the 46 municipalities in a cell of its own', () => {
    checkGrid(MUNICIPALITY_TILES, INNLANDET_MUNICIPALITIES);
  });

  it('puts each of the 10 planning regions in a cell of its own', () => {
    checkGrid(REGION_TILES, PLANNING_REGION_CODES);
  });

  it('places the regions roughly as on the map', () => {
    const t = (code: string): Tile => REGION_TILES[code]!;
    expect(t('R-valdres').col).to.equal(0);
    expect(t('R-nord-gudbrandsdal')).to.deep.equal({ row: 0, col: 0 });
    expect(t('R-nord-osterdal').row).to.equal(0);
    expect(t('R-nord-osterdal').col).to.be.greaterThan(t('R-nord-gudbrandsdal').col);
    const maxRow = Math.max(...Object.values(REGION_TILES).map((x) => x.row));
    const maxCol = Math.max(...Object.values(REGION_TILES).map((x) => x.col));
    expect(t('R-glamdalen')).to.deep.equal({ row: maxRow, col: maxCol });
  });

  /** Area-weighted centroids (metres, UTM 33) of the municipalities in SSB's map. */
  async function centroids(ctx: Mocha.Context): Promise<Map<string, [number, number]> | undefined> {
    const text = await sharedText(INNLANDET_GEOJSON);
    if (text === undefined) {
      skipShared(ctx, INNLANDET_GEOJSON);
      return undefined;
    }
    type Ring = Array<[number, number]>;
    const geo = JSON.parse(text) as {
      features: Array<{ properties: { KOMMUNENR: string }; geometry: { type: string; coordinates: Ring[] | Ring[][] } }>;
    };
    const out = new Map<string, [number, number]>();
    for (const f of geo.features) {
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
      let a = 0;
      let cx = 0;
      let cy = 0;
      for (const ring of polygons.map((p) => p[0]!)) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x0, y0] = ring[i]!;
          const [x1, y1] = ring[i + 1]!;
          const c = x0 * y1 - x1 * y0;
          a += c;
          cx += (x0 + x1) * c;
          cy += (y0 + y1) * c;
        }
      }
      out.set(f.properties.KOMMUNENR, [cx / (3 * a), cy / (3 * a)]);
    }
    return out;
  }

  it("keeps municipalities two or more rows (columns) apart in the same north–south (west–east) order as on SSB's map", async function () {
    const c = await centroids(this);
    if (!c) return;
    expect([...c.keys()]).to.have.members([...INNLANDET_MUNICIPALITIES]);
    const wrong: string[] = [];
    for (const [a, ta] of Object.entries(MUNICIPALITY_TILES)) {
      for (const [b, tb] of Object.entries(MUNICIPALITY_TILES)) {
        const [xa, ya] = c.get(a)!;
        const [xb, yb] = c.get(b)!;
        if (ta.row + 2 <= tb.row && !(ya > yb)) wrong.push(`${regionName(a)} is drawn north of ${regionName(b)}`);
        if (ta.col + 2 <= tb.col && !(xa < xb)) wrong.push(`${regionName(a)} is drawn west of ${regionName(b)}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it("orders planning regions by row and column as their municipalities lie on SSB's map", async function () {
    const c = await centroids(this);
    if (!c) return;
    const centre = (region: string): [number, number] => {
      const ms = planningRegionMembers(region).map((m) => c.get(m)!);
      return [ms.reduce((s, p) => s + p[0], 0) / ms.length, ms.reduce((s, p) => s + p[1], 0) / ms.length];
    };
    const wrong: string[] = [];
    for (const [a, ta] of Object.entries(REGION_TILES)) {
      for (const [b, tb] of Object.entries(REGION_TILES)) {
        if (ta.row < tb.row && !(centre(a)[1] > centre(b)[1])) wrong.push(`${a} is drawn north of ${b}`);
        if (ta.col < tb.col && !(centre(a)[0] < centre(b)[0])) wrong.push(`${a} is drawn west of ${b}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});
