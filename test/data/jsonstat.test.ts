import { expect } from '@open-wc/testing';
import { isJsonStat, parseJsonStat } from '../../src/data/jsonstat.js';
import { FeedError } from '../../src/data/errors.js';
import { sharedJson, skipShared } from '../shared-fixtures.js';

// Hand-written JSON-stat documents are deliberately loose: tests poke at any field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A small SSB-shaped dataset: 2 regions × 2 years × 1 measure, index as objects, like PxWebApi v0. */
function small(): Json {
  return {
    version: '2.0',
    class: 'dataset',
    label: '07459: Befolkning, etter region, statistikkvariabel og år',
    source: 'Statistisk sentralbyrå',
    updated: '2022-02-24T07:00:00Z',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [2, 1, 2],
    dimension: {
      Region: { label: 'region', category: { index: { 'K-3401': 0, 'K-3405': 1 }, label: { 'K-3401': 'Kongsvinger ', 'K-3405': 'Lillehammer' } } },
      ContentsCode: {
        label: 'statistikkvariabel',
        category: { index: { Personer1: 0 }, label: { Personer1: 'Personer' }, unit: { Personer1: { base: 'personer', decimals: 0 } } },
      },
      Tid: { label: 'år', category: { index: { '2021': 0, '2022': 1 }, label: { '2021': '2021', '2022': '2022' } } },
    },
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
    value: [17900, 17920, 28400, 28500],
    extension: { px: { tableid: '07459', decimals: 0 } },
  };
}

function issuesOf(fn: () => unknown): Array<{ path: string; message: string }> {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(FeedError);
    return (err as FeedError).issues;
  }
  throw new Error('expected a FeedError, but parsing succeeded');
}

function issueAt(issues: Array<{ path: string; message: string }>, path: string): string {
  const hit = issues.find((i) => i.path === path);
  if (!hit) throw new Error(`no issue at ${path}; got ${issues.map((i) => i.path).join(', ')}`);
  return hit.message;
}

describe('isJsonStat', () => {
  it('recognises JSON-stat 2.0 datasets, collections and 1.x bundles', () => {
    expect(isJsonStat(small())).to.equal(true);
    expect(isJsonStat({ class: 'collection', link: { item: [small()] } })).to.equal(true);
    const { id, size, role, ...rest } = small();
    expect(isJsonStat({ dataset: { ...rest, class: undefined, dimension: { ...rest['dimension'], id, size, role } } })).to.equal(true);
  });

  it('rejects Innsikt feeds, CSV text, arrays and unrelated objects', () => {
    expect(isJsonStat({ innsikt: '1', indicators: [], regions: [], sources: [], observations: [] })).to.equal(false);
    expect(isJsonStat('Region;2022\n3401;17920')).to.equal(false);
    expect(isJsonStat([small()])).to.equal(false);
    expect(isJsonStat(null)).to.equal(false);
    expect(isJsonStat({ class: 'table', value: [1] })).to.equal(false);
    expect(isJsonStat({ a: { b: 1 } })).to.equal(false);
  });
});

describe('parseJsonStat: a 2.0 dataset', () => {
  it('reads each cell with normalised region, trimmed label, period, measure, unit and decimals', () => {
    const ds = parseJsonStat(small());
    expect(ds.format).to.equal('jsonstat');
    expect(ds.observations).to.have.length(4);
    // Row-major: the last dimension (Tid) varies fastest.
    expect(ds.observations.map((o) => `${o.region}/${o.period}=${o.value}`)).to.deep.equal([
      '3401/2021=17900',
      '3401/2022=17920',
      '3405/2021=28400',
      '3405/2022=28500',
    ]);
    expect(ds.observations[1]).to.deep.equal({
      measure: 'Personer1',
      measureLabel: 'Personer',
      region: '3401',
      regionLabel: 'Kongsvinger',
      originalRegion: 'K-3401',
      period: '2022',
      value: 17920,
      unit: 'personer',
      decimals: 0,
      dims: {},
      source: 'ssb-07459',
    });
    expect(ds.regions).to.deep.equal([
      { code: '3401', name: 'Kongsvinger', level: 'municipality' },
      { code: '3405', name: 'Lillehammer', level: 'municipality' },
    ]);
    expect(ds.measures).to.deep.equal([{ code: 'Personer1', label: 'Personer', unit: 'personer', decimals: 0 }]);
    expect(ds.periods).to.deep.equal(['2021', '2022']);
    expect(ds.dimensions).to.deep.equal([]);
    expect(ds.warnings).to.deep.equal([]);
  });

  it('takes title, updated and one SSB source entry from label, updated, source and extension.px.tableid', () => {
    const ds = parseJsonStat(small());
    expect(ds.title).to.equal('07459: Befolkning, etter region, statistikkvariabel og år');
    expect(ds.updated).to.equal('2022-02-24T07:00:00Z');
    expect(ds.sources).to.deep.equal([
      {
        id: 'ssb-07459',
        title: '07459: Befolkning, etter region, statistikkvariabel og år',
        publisher: 'Statistisk sentralbyrå',
        table: '07459',
        updated: '2022-02-24T07:00:00Z',
      },
    ]);
  });

  it('finds the table id in the label when extension.px is missing, and keeps a non-SSB publisher as given', () => {
    const input = small();
    delete input['extension'];
    input['source'] = 'Innlandet fylkeskommune';
    input['label'] = '12367: Driftsregnskap';
    const src = parseJsonStat(input).sources[0]!;
    expect(src.table).to.equal('12367');
    expect(src.publisher).to.equal('Innlandet fylkeskommune');
    expect(src.id).to.equal('12367');
  });

  it('keeps only http(s) links as the source url and treats markup in texts as plain data', () => {
    const input = small();
    input['href'] = 'javascript:alert(1)';
    input['link'] = { alternate: [{ href: 'https://www.ssb.no/statbank/table/07459' }] };
    input['label'] = '<img src=x onerror=alert(1)> 07459';
    input['dimension'].Region.category.label['K-3401'] = '<b>Kongsvinger</b>';
    const ds = parseJsonStat(input);
    expect(ds.sources[0]!.url).to.equal('https://www.ssb.no/statbank/table/07459');
    expect(ds.title).to.equal('<img src=x onerror=alert(1)> 07459');
    expect(ds.observations[0]!.regionLabel).to.equal('<b>Kongsvinger</b>');

    const onlyScript = small();
    onlyScript['href'] = 'javascript:alert(1)';
    expect(parseJsonStat(onlyScript).sources[0]).to.not.have.property('url');
  });

  it('uses options.sourceTitle when the input names no source or label', () => {
    const input = small();
    delete input['label'];
    delete input['source'];
    delete input['extension'];
    const src = parseJsonStat(input, { sourceTitle: 'Egen beregning' }).sources[0]!;
    expect(src).to.deep.equal({ id: 'Egen beregning', title: 'Egen beregning', updated: '2022-02-24T07:00:00Z' });
    expect(parseJsonStat(input, { sourceTitle: 'Egen beregning' }).observations[0]!.source).to.equal('Egen beregning');
  });

  it('tags every observation with options.indicator and ignores options.harmonise', () => {
    const input = small();
    input['dimension'].Region.category = { index: ['K-0402'], label: { 'K-0402': 'Kongsvinger (-2019)' } };
    input['size'] = [1, 1, 2];
    input['value'] = [17900, 17920];
    const ds = parseJsonStat(input, { indicator: 'population', harmonise: true });
    expect(ds.observations.map((o) => o.indicator)).to.deep.equal(['population', 'population']);
    expect(ds.indicators).to.deep.equal([{ id: 'population' }]);
    expect(ds.observations.map((o) => o.region)).to.deep.equal(['0402', '0402']);
    expect(parseJsonStat(small()).observations[0]).to.not.have.property('indicator');
    expect(parseJsonStat(small()).indicators).to.deep.equal([]);
  });

  it('maps every cell of a 5-dimensional table to the same coordinates as div/mod arithmetic would', () => {
    const sizes = [2, 3, 1, 4, 5];
    const ids = ['Region', 'A', 'ContentsCode', 'B', 'Tid'];
    const dimension: Json = {};
    ids.forEach((id, k) => {
      const codes = Array.from({ length: sizes[k]! }, (_, j) => (id === 'Region' ? `K-34${10 + j}` : id === 'Tid' ? String(2000 + j) : `${id}${j}`));
      dimension[id] = { label: id.toLowerCase(), category: { index: codes, label: Object.fromEntries(codes.map((c) => [c, `${c} label`])) } };
    });
    const total = sizes.reduce((a, b) => a * b, 1);
    const ds = parseJsonStat({ class: 'dataset', id: ids, size: sizes, dimension, value: Array.from({ length: total }, (_, i) => i) });
    expect(ds.observations).to.have.length(total);
    ds.observations.forEach((o, i) => {
      let rest = i;
      const c = new Array<number>(sizes.length);
      for (let k = sizes.length - 1; k >= 0; k--) {
        c[k] = rest % sizes[k]!;
        rest = Math.floor(rest / sizes[k]!);
      }
      expect(o.value).to.equal(i);
      expect(o.region).to.equal(`34${10 + c[0]!}`);
      expect(o.dims).to.deep.equal({ A: `A${c[1]}`, B: `B${c[3]}` });
      expect(o.period).to.equal(String(2000 + c[4]!));
    });
  });
});

describe('parseJsonStat: category index forms', () => {
  it('reads category.index given as an array', () => {
    const input = small();
    input['dimension'].Region.category.index = ['K-3405', 'K-3401'];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.region)).to.deep.equal(['3405', '3405', '3401', '3401']);
    expect(ds.regions.map((r) => r.name)).to.deep.equal(['Lillehammer', 'Kongsvinger']);
  });

  it('orders categories by the positions in an index object, not by key order', () => {
    const input = small();
    input['dimension'].Tid.category.index = { '2022': 1, '2021': 0 };
    input['dimension'].Region.category.index = { 'K-3405': 1, 'K-3401': 0 };
    expect(parseJsonStat(input).observations.map((o) => `${o.region}/${o.period}`)).to.deep.equal(['3401/2021', '3401/2022', '3405/2021', '3405/2022']);
  });

  it('accepts a missing index when label names a single category', () => {
    const input = small();
    input['dimension'].ContentsCode.category = { label: { Personer1: 'Personer' } };
    const ds = parseJsonStat(input);
    expect(ds.observations.every((o) => o.measure === 'Personer1' && o.measureLabel === 'Personer')).to.equal(true);
    expect(ds.warnings).to.deep.equal([]);
  });

  it('falls back to the category code when a label is missing, and trims no-break spaces from labels', () => {
    const input = small();
    input['dimension'].Region.category.label = { 'K-3401': 'Porsanger - Porsángu - Porsanki\u00a0' };
    const ds = parseJsonStat(input);
    expect(ds.regions.map((r) => r.name)).to.deep.equal(['Porsanger - Porsángu - Porsanki', 'K-3405']);
  });
});

describe('parseJsonStat: values and status', () => {
  it('reads a sparse value object: missing positions are null', () => {
    const input = small();
    input['value'] = { '0': 17900, '3': 28500 };
    input['status'] = { '1': '..', '2': ':' };
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.value)).to.deep.equal([17900, null, null, 28500]);
    expect(ds.observations.map((o) => o.status)).to.deep.equal([undefined, '..', ':', undefined]);
  });

  it('makes no cell of a hole in a sparse value object (listed in neither value nor status): a few kilobytes cannot ask for a million objects', () => {
    const input = small();
    input['size'] = [2, 1, 2];
    input['value'] = { '0': 17900 };
    input['status'] = { '3': ':' };
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => [o.region, o.period, o.value, o.status])).to.deep.equal([
      ['3401', '2021', 17900, undefined],
      ['3405', '2022', null, ':'],
    ]);
    const bomb = small();
    const regions = Array.from({ length: 400 }, (_, i) => String(1000 + i));
    const years = Array.from({ length: 2490 }, (_, i) => String(i));
    bomb['size'] = [400, 1, 2490];
    (bomb['dimension'] as Json)['Region'] = { category: { index: regions } };
    (bomb['dimension'] as Json)['Tid'] = { category: { index: years } };
    bomb['value'] = { '7': 1 };
    expect(parseJsonStat(bomb).observations).to.have.length(1);
    // A status for every cell does not make the holes cells either.
    bomb['status'] = '..';
    expect(parseJsonStat(bomb).observations.map((o) => [o.value, o.status])).to.deep.equal([[1, '..']]);
  });

  it('refuses a table of more than a million cells', () => {
    const input = small();
    input['size'] = [1001, 1, 1000];
    const issues = issuesOf(() => parseJsonStat(input));
    expect(issues.some((i) => /1001000 cells, more than the 1000000/.test(i.message))).to.equal(true);
  });

  it('keeps a dimension named __proto__ or constructor like any other (its categories stay apart)', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const input = JSON.parse(
        JSON.stringify(small())
          .replace('"id":["Region","ContentsCode","Tid"]', `"id":["Region","ContentsCode","Tid","${id}"]`)
          .replace('"size":[2,1,2]', '"size":[2,1,2,2]'),
      ) as Json;
      Object.defineProperty(input['dimension'], id, {
        value: { category: { index: ['a', 'b'], label: { a: 'A', b: 'B' } } },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      input['value'] = [1, 2, 3, 4, 5, 6, 7, 8];
      const ds = parseJsonStat(input);
      expect(
        ds.dimensions.map((d) => d.id),
        id,
      ).to.deep.equal([id]);
      expect(
        ds.observations.map((o) => (Object.hasOwn(o.dims, id) ? o.dims[id] : 'missing')),
        id,
      ).to.deep.equal(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    }
  });

  it('applies a single status string to every cell', () => {
    const input = small();
    input['status'] = 'p';
    input['value'] = [1, null, 3, 4];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.status)).to.deep.equal(['p', 'p', 'p', 'p']);
    expect(ds.observations[1]!.value).to.equal(null);
  });

  it('reads status as an array with one entry per cell', () => {
    const input = small();
    input['value'] = [null, 2, null, 4];
    input['status'] = ['.', null, ':', ''];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => [o.value, o.status])).to.deep.equal([
      [null, '.'],
      [2, undefined],
      [null, ':'],
      [4, undefined],
    ]);
  });

  it('keeps the status of a null cell and marks a null without status as ".." with one warning for all of them', () => {
    const input = small();
    input['value'] = [null, null, null, 4];
    input['status'] = { '0': '.' };
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.status)).to.deep.equal(['.', '..', '..', undefined]);
    expect(ds.observations.slice(0, 3).map((o) => o.value)).to.deep.equal([null, null, null]);
    expect(ds.warnings).to.have.length(1);
    expect(ds.warnings[0]!.path).to.equal('value[1]');
    expect(ds.warnings[0]!.message).to.equal('2 cells have neither a number nor a status symbol; shown as ".." (not available).');
  });

  it('keeps an unknown status symbol and warns once per symbol instead of failing', () => {
    const input = small();
    input['value'] = [null, 2, null, null];
    input['status'] = { '0': 'x', '2': 'x', '3': '.' };
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.status)).to.deep.equal(['x', undefined, 'x', '.']);
    expect(ds.warnings).to.deep.equal([{ path: 'status["0"]', message: 'Unknown status symbol "x" (on 2 cells); it is kept as given.' }]);
  });
});

describe('parseJsonStat: roles', () => {
  function noRoles(ids: string[]): Json {
    const input = small();
    delete input['role'];
    const dim = input['dimension'];
    input['dimension'] = { [ids[0]!]: dim.Region, [ids[1]!]: dim.ContentsCode, [ids[2]!]: dim.Tid };
    input['id'] = ids;
    return input;
  }

  for (const ids of [
    ['Region', 'ContentsCode', 'Tid'],
    ['KOKkommuneregion0000', 'ContentsCode', 'tid'],
    ['Fylke', 'ContentsCode', 'Year'],
    ['Kommune', 'ContentsCode', 'Aar'],
    ['Region', 'ContentsCode', 'år'],
  ]) {
    it(`finds region, metric and time without "role" when the dimensions are named ${ids.join(', ')}`, () => {
      const ds = parseJsonStat(noRoles(ids));
      expect(ds.observations.map((o) => `${o.region}/${o.measure}/${o.period}`)).to.deep.equal([
        '3401/Personer1/2021',
        '3401/Personer1/2022',
        '3405/Personer1/2021',
        '3405/Personer1/2022',
      ]);
      expect(ds.dimensions).to.deep.equal([]);
    });
  }

  it('takes a dimension of year codes for time when nothing else marks it', () => {
    const ds = parseJsonStat(noRoles(['Region', 'ContentsCode', 'Periode2']));
    expect(ds.periods).to.deep.equal(['2021', '2022']);
    expect(ds.observations[0]!.period).to.equal('2021');
  });

  it('puts every other dimension in Observation.dims and Dataset.dimensions, sharing one frozen dims object per combination', () => {
    const input = small();
    input['id'] = ['Region', 'Kjonn', 'ContentsCode', 'Tid'];
    input['size'] = [2, 2, 1, 2];
    input['dimension'].Kjonn = { label: 'kjønn ', category: { index: { '1': 0, '2': 1 }, label: { '1': 'Menn', '2': 'Kvinner' } } };
    input['value'] = [1, 2, 3, 4, 5, 6, 7, 8];
    const ds = parseJsonStat(input);
    expect(ds.dimensions).to.deep.equal([
      {
        id: 'Kjonn',
        label: 'kjønn',
        categories: [
          { code: '1', label: 'Menn' },
          { code: '2', label: 'Kvinner' },
        ],
      },
    ]);
    expect(ds.observations.map((o) => o.dims['Kjonn'])).to.deep.equal(['1', '1', '2', '2', '1', '1', '2', '2']);
    const obs = ds.observations;
    expect(obs[0]!.dims).to.equal(obs[1]!.dims);
    expect(obs[0]!.dims).to.equal(obs[4]!.dims);
    expect(obs[0]!.dims).to.not.equal(obs[2]!.dims);
    expect(Object.isFrozen(obs[0]!.dims)).to.equal(true);
  });

  it('uses role.geo even when the dimension has an unusual name', () => {
    const input = small();
    input['dimension'] = { Omraade: input['dimension'].Region, ContentsCode: input['dimension'].ContentsCode, Tid: input['dimension'].Tid };
    input['id'] = ['Omraade', 'ContentsCode', 'Tid'];
    input['role'].geo = ['Omraade'];
    expect(parseJsonStat(input).observations[0]!.region).to.equal('3401');
  });

  it('warns about a role naming a missing dimension and falls back to the dimension names', () => {
    const input = small();
    input['role'].geo = ['Kommune'];
    const ds = parseJsonStat(input);
    expect(ds.observations[0]!.region).to.equal('3401');
    expect(ds.warnings).to.deep.equal([
      { path: 'role.geo', message: 'The role lists the text "Kommune", which is not one of the dimensions; it was ignored.' },
    ]);
  });

  it('warns when two region categories normalise to the same code', () => {
    const input = small();
    input['dimension'].Region.category = { index: ['EAK', '0'], label: { EAK: 'Landet', '0': 'Hele landet' } };
    const ds = parseJsonStat(input);
    expect(ds.regions).to.deep.equal([{ code: '0', name: 'Landet', level: 'country' }]);
    expect(ds.warnings.map((w) => w.path)).to.deep.equal(['dimension.Region.category.index']);
    expect(ds.warnings[0]!.message).to.equal('Region categories "EAK" and "0" both mean region 0; their cells are duplicates.');
  });

  it('normalises EAK to 0 and F-34 to 34 with their levels, keeping other codes as given', () => {
    const input = small();
    input['dimension'].Region.category = {
      index: ['EAK', 'F-34', 'EKG16', 'K-23'],
      label: { EAK: 'Landet', 'F-34': 'Innlandet', EKG16: 'KOSTRA-gruppe 16', 'K-23': 'Kontinentalsokkelen' },
    };
    input['size'] = [4, 1, 2];
    input['value'] = [1, 2, 3, 4, 5, 6, 7, 8];
    const ds = parseJsonStat(input);
    expect(ds.regions).to.deep.equal([
      { code: '0', name: 'Landet', level: 'country' },
      { code: '34', name: 'Innlandet', level: 'county' },
      { code: 'EKG16', name: 'KOSTRA-gruppe 16', level: 'other' },
      { code: 'K-23', name: 'Kontinentalsokkelen', level: 'other' },
    ]);
    expect(ds.observations[0]!.originalRegion).to.equal('EAK');
    expect(ds.observations[4]).to.not.have.property('originalRegion');
  });

  it('assumes the whole country (region 0, with a warning) when there is no region dimension and the title says "hele landet"', () => {
    const input = small();
    input['label'] = 'Sysselsatte i hele landet';
    input['id'] = ['ContentsCode', 'Tid'];
    input['size'] = [1, 2];
    delete input['dimension'].Region;
    delete input['role'].geo;
    input['value'] = [2800000, 2850000];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => [o.region, o.regionLabel])).to.deep.equal([
      ['0', 'Hele landet'],
      ['0', 'Hele landet'],
    ]);
    expect(ds.regions).to.deep.equal([{ code: '0', name: 'Hele landet', level: 'country' }]);
    expect(ds.warnings.map((w) => w.path)).to.deep.equal(['dimension']);
  });

  it('reads a table with no region dimension from another source as figures with no region (a warning, no error)', () => {
    const input = small();
    input['source'] = 'Statistics Finland';
    input['id'] = ['ContentsCode', 'Tid'];
    input['size'] = [1, 2];
    delete input['dimension'].Region;
    delete input['role'].geo;
    input['value'] = [1, 2];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => [o.region, o.period, o.value])).to.deep.equal([
      ['', '2021', 1],
      ['', '2022', 2],
    ]);
    expect(ds.regions).to.deep.equal([]);
    expect(ds.warnings.map((w) => w.message)).to.deep.equal([
      'No region dimension among "ContentsCode", "Tid": the figures have no region and are shown as series, not on a map.',
    ]);
  });

  it('places a Statistics Norway table with no region dimension on the whole country (its tables without a region are national)', () => {
    const input = small();
    input['id'] = ['ContentsCode', 'Tid'];
    input['size'] = [1, 2];
    delete input['dimension'].Region;
    delete input['role'].geo;
    input['value'] = [1, 2];
    const ds = parseJsonStat(input);
    expect(ds.observations.map((o) => o.region)).to.deep.equal(['0', '0']);
    expect(ds.warnings[0]!.message).to.equal(
      "No region dimension; the figures are taken to be for the whole country because Statistics Norway's tables without a region are national.",
    );
  });

  it('reads a table with no time dimension as figures with no period, with a warning', () => {
    const input = small();
    input['dimension'].Tid.category = { index: { x: 0, y: 1 } };
    input['dimension'] = { Region: input['dimension'].Region, ContentsCode: input['dimension'].ContentsCode, Variant: input['dimension'].Tid };
    input['id'] = ['Region', 'ContentsCode', 'Variant'];
    delete input['role'];
    const ds = parseJsonStat(input);
    expect(ds.periods).to.deep.equal([]);
    expect(ds.observations.map((o) => [o.region, o.period, o.dims['Variant'], o.value])).to.deep.equal([
      ['3401', '', 'x', 17900],
      ['3401', '', 'y', 17920],
      ['3405', '', 'x', 28400],
      ['3405', '', 'y', 28500],
    ]);
    expect(ds.warnings.map((w) => w.message)).to.deep.equal([
      'No time dimension among "Region", "ContentsCode", "Variant": the figures have no period. Mark one with "role": {"time": [...]} or name it "Tid".',
    ]);
  });
});

describe('parseJsonStat: notes', () => {
  it('reads dataset notes with noteMandatory as SSB writes it ({"1": true})', () => {
    const input = small();
    input['note'] = ['Tallene gjelder 1. januar.', 'Fra 2020 gjelder ny kommuneinndeling.'];
    input['extension'].noteMandatory = { '1': true };
    expect(parseJsonStat(input).notes).to.deep.equal([
      { text: 'Tallene gjelder 1. januar.', mandatory: false, scope: 'dataset' },
      { text: 'Fra 2020 gjelder ny kommuneinndeling.', mandatory: true, scope: 'dataset' },
    ]);
  });

  it('also reads noteMandatory given as an array of flags or of positions', () => {
    const input = small();
    input['note'] = ['a', 'b', 'c'];
    input['extension'].noteMandatory = [false, true, false];
    expect(parseJsonStat(input).notes.map((n) => n.mandatory)).to.deep.equal([false, true, false]);
    input['extension'].noteMandatory = [0, 2];
    expect(parseJsonStat(input).notes.map((n) => n.mandatory)).to.deep.equal([true, false, true]);
  });

  it('reads dimension notes and category notes; category notes go on the matching cells only', () => {
    const input = small();
    const region = input['dimension'].Region;
    region.note = ['Regioninndeling per 2024.'];
    region.extension = { noteMandatory: { '0': true }, categoryNoteMandatory: { 'K-3405': { '1': true } } };
    region.category.note = { 'K-3405': ['Inkluderer Fåberg.', 'Tall for 2021 er foreløpige.'] };
    input['dimension'].Tid.category.note = { '2022': 'Foreløpige tall.' };
    const ds = parseJsonStat(input);
    expect(ds.notes).to.deep.equal([
      { text: 'Regioninndeling per 2024.', mandatory: true, scope: 'dimension:Region' },
      { text: 'Inkluderer Fåberg.', mandatory: false, scope: 'category:Region/3405' },
      { text: 'Tall for 2021 er foreløpige.', mandatory: true, scope: 'category:Region/3405' },
      { text: 'Foreløpige tall.', mandatory: false, scope: 'category:Tid/2022' },
    ]);
    expect(ds.observations.map((o) => o.note)).to.deep.equal([
      undefined,
      'Foreløpige tall.',
      'Inkluderer Fåberg.\nTall for 2021 er foreløpige.',
      'Inkluderer Fåberg.\nTall for 2021 er foreløpige.\nForeløpige tall.',
    ]);
  });
});

describe('parseJsonStat: collections and 1.x bundles', () => {
  function second(): Json {
    const input = small();
    input['label'] = '11342: Areal og befolkning';
    input['extension'] = { px: { tableid: '11342' } };
    input['dimension'].Region.category = { index: { 'K-3405': 0, 'K-3407': 1 }, label: { 'K-3405': 'Lillehammer', 'K-3407': 'Gjøvik' } };
    input['dimension'].Tid.category = { index: { '2020': 0, '2022': 1 } };
    input['value'] = [1, 2, 3, 4];
    input['updated'] = '2023-01-01T00:00:00Z';
    return input;
  }

  it('concatenates the observations of a collection and merges regions, periods and sources', () => {
    const ds = parseJsonStat({ version: '2.0', class: 'collection', label: 'Befolkning', link: { item: [small(), second()] } });
    expect(ds.observations).to.have.length(8);
    expect(ds.observations.slice(4).map((o) => o.source)).to.deep.equal(['ssb-11342', 'ssb-11342', 'ssb-11342', 'ssb-11342']);
    expect(ds.regions.map((r) => r.code)).to.deep.equal(['3401', '3405', '3407']);
    expect(ds.periods).to.deep.equal(['2020', '2021', '2022']);
    expect(ds.sources.map((s) => s.id)).to.deep.equal(['ssb-07459', 'ssb-11342']);
    expect(ds.measures).to.have.length(1);
    expect(ds.title).to.equal('Befolkning');
    expect(ds.updated).to.equal('2023-01-01T00:00:00Z');
  });

  it('skips collection items that are only links, with a warning', () => {
    const ds = parseJsonStat({ class: 'collection', link: { item: [{ class: 'dataset', href: 'https://data.ssb.no/api/v0/dataset/1234.json' }, small()] } });
    expect(ds.observations).to.have.length(4);
    expect(ds.warnings.map((w) => w.path)).to.deep.equal(['link.item[0]']);
  });

  it('reports problems inside a collection item with the item in the path', () => {
    const bad = second();
    bad['value'] = [1, '2', 3, 4];
    const issues = issuesOf(() => parseJsonStat({ class: 'collection', link: { item: [small(), bad] } }));
    expect(issues.map((i) => i.path)).to.deep.equal(['link.item[1].value[1]']);
  });

  it('fails clearly on an empty collection', () => {
    expect(
      issueAt(
        issuesOf(() => parseJsonStat({ class: 'collection', link: { item: [] } })),
        'link.item',
      ),
    ).to.equal('The collection is empty.');
  });

  function bundled(ds: Json): Json {
    const { id, size, role, ...rest } = ds;
    delete rest['class'];
    delete rest['version'];
    return { ...rest, dimension: { ...ds['dimension'], id, size, role } };
  }

  it('reads a JSON-stat 1.x bundle with id, size and role inside "dimension", several names at once', () => {
    const ds = parseJsonStat({ befolkning: bundled(small()), areal: bundled(second()) });
    expect(ds.observations).to.have.length(8);
    expect(ds.observations[0]).to.include({ region: '3401', period: '2021', value: 17900, unit: 'personer' });
    expect(ds.regions.map((r) => r.code)).to.deep.equal(['3401', '3405', '3407']);
  });

  it('reports 1.x problems with the dataset name and dimension.id/size in the path', () => {
    const b = bundled(small());
    b['dimension'].size = [2, 1];
    const issues = issuesOf(() => parseJsonStat({ dataset: b }));
    expect(issueAt(issues, 'dataset.dimension.size')).to.equal('"size" has 2 entries, but "id" names 3 dimensions; they must match one to one.');
  });
});

describe('parseJsonStat: errors a webmaster can act on', () => {
  it('reports missing id and size together', () => {
    const input = small();
    delete input['id'];
    delete input['size'];
    const issues = issuesOf(() => parseJsonStat(input));
    expect(issueAt(issues, 'id')).to.equal('The dataset has no "id" list naming its dimensions.');
    expect(issueAt(issues, 'size')).to.equal('The dataset has no "size" list giving the number of categories in each dimension.');
  });

  it('reports a value list whose length does not match the sizes', () => {
    const input = small();
    input['value'] = [1, 2, 3];
    expect(
      issueAt(
        issuesOf(() => parseJsonStat(input)),
        'value',
      ),
    ).to.equal('There are 3 values, but the dimension sizes (2 × 1 × 2) call for 4.');
  });

  it('reports a category position outside the dimension', () => {
    const input = small();
    input['dimension'].Region.category.index = { 'K-3401': 0, 'K-3405': 7 };
    expect(
      issueAt(
        issuesOf(() => parseJsonStat(input)),
        'dimension.Region.category.index',
      ),
    ).to.equal('Category "K-3405" has position 7, but the dimension has 2 categories (positions 0–1).');
  });

  it('reports a category count that disagrees with size', () => {
    const input = small();
    input['dimension'].Tid.category.index = ['2021', '2022', '2023'];
    expect(
      issueAt(
        issuesOf(() => parseJsonStat(input)),
        'dimension.Tid.category.index',
      ),
    ).to.equal('Dimension "Tid" lists 3 categories, but "size" gives it 2.');
  });

  it('reports text, NaN and Infinity values with their cell position, all at once', () => {
    const input = small();
    input['value'] = [17900, '1 200', Number.NaN, Number.POSITIVE_INFINITY];
    const issues = issuesOf(() => parseJsonStat(input));
    expect(issues.map((i) => i.path)).to.deep.equal(['value[1]', 'value[2]', 'value[3]']);
    expect(issues[0]!.message).to.equal(
      'Expected a number or null, but found the text "1 200". Numbers must be written without quotes, spaces or thousands separators (1200, not "1 200").',
    );
    expect(issues[1]!.message).to.contain('found NaN');
    expect(issues[2]!.message).to.contain('found Infinity');
  });

  it('reports bad values even when the structure is also broken', () => {
    const input = small();
    input['size'] = [2, 1];
    input['value'] = [1, 'x', 3, 4];
    const paths = issuesOf(() => parseJsonStat(input)).map((i) => i.path);
    expect(paths).to.deep.equal(['size', 'value[1]']);
  });

  it('reports bad keys in sparse value and status objects', () => {
    const input = small();
    input['value'] = { '0': 1, '9': 2, abc: 3 };
    input['status'] = { '-1': '.' };
    const issues = issuesOf(() => parseJsonStat(input));
    expect(issueAt(issues, 'value["9"]')).to.equal('"9" is not a cell position: keys must be whole numbers from 0 to 3.');
    expect(issues.map((i) => i.path)).to.include.members(['value["abc"]', 'status["-1"]']);
  });

  it('reports a dimension named in id but not described', () => {
    const input = small();
    delete input['dimension'].Tid;
    expect(
      issueAt(
        issuesOf(() => parseJsonStat(input)),
        'dimension.Tid',
      ),
    ).to.equal('Dimension "Tid" is named in "id" but not described under "dimension".');
  });

  it('reports a status list of the wrong length and a status that is not a symbol', () => {
    const input = small();
    input['status'] = ['.', 5, null];
    const issues = issuesOf(() => parseJsonStat(input));
    expect(issueAt(issues, 'status')).to.equal('There are 3 status entries, but 4 cells; the list must have one entry per cell (or be a single symbol).');
    expect(issueAt(issues, 'status[1]')).to.equal('Expected a status symbol, but found the number 5.');
  });

  it('rejects input that is not an object, a dimension response, and a missing value', () => {
    expect(
      issueAt(
        issuesOf(() => parseJsonStat('{"class":"dataset"}')),
        '(top level)',
      ),
    ).to.equal('Expected a JSON-stat object, but found the text "{\\"class\\":\\"dataset\\"}".');
    expect(
      issueAt(
        issuesOf(() => parseJsonStat({ class: 'dimension', version: '2.0', category: {} })),
        'class',
      ),
    ).to.contain('holds no figures');
    const input = small();
    delete input['value'];
    expect(
      issueAt(
        issuesOf(() => parseJsonStat(input)),
        'value',
      ),
    ).to.equal('The dataset has no "value" holding its figures.');
  });

  it('throws a FeedError whose message starts with the first problem', () => {
    const input = small();
    input['value'] = [1, 'x', 'y', 4];
    expect(() => parseJsonStat(input)).to.throw(
      FeedError,
      'value[1]: Expected a number or null, but found the text "x". Numbers must be written without quotes, spaces or thousands separators (1200, not "1 200"). (and 1 more problem)',
    );
  });
});

describe('parseJsonStat: size', () => {
  it('parses a generated 200 000-cell table with 4 dimensions', () => {
    const sizes = [100, 4, 10, 50];
    const ids = ['Region', 'ContentsCode', 'Alder', 'Tid'];
    const dimension: Json = {};
    ids.forEach((id, k) => {
      const codes = Array.from({ length: sizes[k]! }, (_, j) => (id === 'Region' ? `K-${String(3000 + j)}` : id === 'Tid' ? String(1970 + j) : `${id}${j}`));
      dimension[id] = {
        label: id,
        category: { index: Object.fromEntries(codes.map((c, j) => [c, j])), label: Object.fromEntries(codes.map((c) => [c, `${c} `])) },
      };
    });
    const total = 200_000;
    const value = new Array<number | null>(total);
    const status: Record<string, string> = {};
    for (let i = 0; i < total; i++) {
      if (i % 97 === 0) {
        value[i] = null;
        status[String(i)] = ':';
      } else value[i] = i * 0.5;
    }
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      id: ids,
      size: sizes,
      dimension,
      value,
      status,
      role: { time: ['Tid'], metric: ['ContentsCode'] },
    });
    expect(ds.observations).to.have.length(total);
    // Cell 123 457 = (Region 61, ContentsCode 2, Alder 9, Tid 7) in row-major order.
    const o = ds.observations[123_457]!;
    expect(o).to.include({ region: '3061', measure: 'ContentsCode2', period: '1977', value: 61728.5 });
    expect(o.dims).to.deep.equal({ Alder: 'Alder9' });
    expect(ds.observations.filter((x) => x.status === ':')).to.have.length(Math.ceil(total / 97));
    expect(ds.regions).to.have.length(100);
    expect(ds.warnings).to.deep.equal([]);
  });
});

describe('parseJsonStat: real Statistics Norway responses', () => {
  const POP = 'fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json';
  const KOSTRA = 'fixtures/ssb/ssb_12367_kostra_driftsregnskap_2015-2020.jsonstat2.json';

  it('07459: the 46 Innlandet municipalities sum to 371 253', async function () {
    const input = await sharedJson(POP);
    if (input === undefined) return skipShared(this, POP);
    const ds = parseJsonStat(input);
    const innlandet = ds.observations.filter((o) => /^34\d\d$/.test(o.region));
    expect(innlandet).to.have.length(46);
    expect(innlandet.reduce((s, o) => s + o.value!, 0)).to.equal(371253);
    expect(innlandet.every((o) => o.period === '2022' && o.unit === 'personer' && o.decimals === 0 && o.originalRegion === `K-${o.region}`)).to.equal(true);
  });

  it('07459: 356 municipalities and 3 pseudo-regions, with trimmed labels such as "Våler (Innlandet)"', async function () {
    const input = await sharedJson(POP);
    if (input === undefined) return skipShared(this, POP);
    const ds = parseJsonStat(input);
    expect(ds.observations).to.have.length(359);
    expect(ds.regions).to.have.length(359);
    expect(ds.regions.filter((r) => r.level === 'municipality')).to.have.length(356);
    expect(ds.regions.filter((r) => r.level !== 'municipality').map((r) => r.code)).to.deep.equal(['K-21-22', 'K-23', 'K-Rest']);
    expect(ds.regions.find((r) => r.code === '3419')!.name).to.equal('Våler (Innlandet)');
    expect(ds.regions.find((r) => r.code === '5436')!.name).to.equal('Porsanger - Porsángu - Porsanki');
    expect(ds.observations.find((o) => o.region === 'K-Rest')!.value).to.equal(0);
    expect(ds.sources).to.deep.equal([
      {
        id: 'ssb-07459',
        title: '07459: Befolkning, etter region, statistikkvariabel og år',
        publisher: 'Statistisk sentralbyrå',
        table: '07459',
        updated: '2022-02-24T07:00:00Z',
      },
    ]);
    expect(ds.warnings).to.deep.equal([]);
  });

  it('12367: 1250 cells, the 485 null cells each carry their status from the sparse status object', async function () {
    const input = (await sharedJson(KOSTRA)) as Json | undefined;
    if (input === undefined) return skipShared(this, KOSTRA);
    const ds = parseJsonStat(input);
    expect(ds.observations).to.have.length(1250);
    const nulls = ds.observations.filter((o) => o.value === null);
    expect(nulls).to.have.length(485);
    ds.observations.forEach((o, i) => {
      expect(o.value).to.equal(input['value'][i]);
      expect(o.status).to.equal(input['status'][String(i)]);
    });
    expect(new Set(nulls.map((o) => o.status))).to.deep.equal(new Set(['.', ':']));
    expect(ds.warnings).to.deep.equal([]);
  });

  it('12367: finds the KOKkommuneregion0000 region dimension, ContentsCode in fifth place, and the years without 2018', async function () {
    const input = await sharedJson(KOSTRA);
    if (input === undefined) return skipShared(this, KOSTRA);
    const ds = parseJsonStat(input);
    expect(ds.periods).to.deep.equal(['2015', '2016', '2017', '2019', '2020']);
    expect(ds.regions.map((r) => [r.code, r.level])).to.deep.equal([
      ['0', 'country'],
      ['EAKUO', 'other'],
      ['3001', 'municipality'],
      ['EKG16', 'other'],
      ['EKG17', 'other'],
    ]);
    expect(ds.measures).to.deep.equal([{ code: 'KOSbelop0000', label: 'Beløp (1000 kr)', unit: '1000 kr', decimals: 0 }]);
    expect(ds.dimensions.map((d) => d.id)).to.deep.equal(['KOKregnskapsomfa0000', 'KOKfunksjon0000', 'KOKart0000']);
    // Cell 15: region EAK, scope A, function 100, art AGD56 (4th), year 2015 — confidential.
    expect(ds.observations[15]).to.deep.include({ region: '0', regionLabel: 'Landet', period: '2015', value: null, status: ':' });
    expect(ds.observations[15]!.dims).to.deep.equal({ KOKregnskapsomfa0000: 'A', KOKfunksjon0000: '100', KOKart0000: 'AGD56' });
    const halden2020 = ds.observations.find(
      (o) =>
        o.region === '3001' &&
        o.period === '2020' &&
        o.dims['KOKart0000'] === 'AGD4' &&
        o.dims['KOKfunksjon0000'] === '100' &&
        o.dims['KOKregnskapsomfa0000'] === 'A',
    )!;
    expect(halden2020.measureLabel).to.equal('Beløp (1000 kr)');
    expect(halden2020.value).to.equal((input as Json)['value'][2 * 250 + 4]);
  });
});
