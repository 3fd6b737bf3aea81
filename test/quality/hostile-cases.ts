/**
 * Hand-written hostile feeds and the valid base feeds they are made from (no fast-check here, so that the
 * pipeline worker loads quickly). hostile-corpus.ts adds the generated ones.
 */
import { INNLANDET_MUNICIPALITIES, regionName } from '../../src/data/geography.js';

// Hand-written documents are deliberately loose: the corpus pokes at any field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** Script-injection canaries: if any of them ever runs, `window.__pwned` is set. */
export const CANARIES = ['<img src=x onerror=window.__pwned=1>', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>'] as const;

/** Links that must never reach an href. */
export const BAD_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
] as const;

/** An array nested `depth` levels deep, built without recursion. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** An object nested `depth` levels deep. */
export function deepObject(depth: number, key = 'a'): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Base feeds

/** A small valid Innsikt feed with text in every field a feed can carry. `text` fills the texts. */
export function innsiktFeed(text: (field: string) => string = (f) => f, url = 'https://www.ssb.no/statbank/table/11616'): Json {
  return {
    innsikt: '1',
    title: { nb: text('feed title'), nn: text('feed title nn'), en: text('feed title en') },
    updated: '2026-01-01',
    indicators: [
      {
        id: 'commuting',
        title: { nb: text('indicator title'), en: text('indicator title en') },
        description: text('description'),
        unit: text('indicator unit'),
        definition: text('definition'),
        measures: [
          { id: 'in', label: { nb: text('measure label'), nn: text('measure label nn') }, unit: text('measure unit'), decimals: 1 },
          { id: 'out', label: text('measure label 2'), unit: text('measure unit 2') },
        ],
      },
    ],
    regions: [
      { code: '0', name: { nb: text('region 0'), en: text('region 0 en') }, level: 'country' },
      { code: '34', name: text('region 34'), level: 'county' },
      { code: '3401', name: text('region 3401'), level: 'municipality', parent: '34' },
      { code: '3403', name: text('region 3403'), level: 'municipality', parent: '34' },
      { code: '3405', name: text('region 3405'), level: 'municipality', parent: '34' },
      { code: 'R-gjovik', name: text('planning region'), level: 'region' },
    ],
    sources: [
      {
        id: 'ssb',
        title: text('source title'),
        publisher: text('publisher'),
        url,
        table: text('table'),
        licence: text('licence'),
        retrieved: '2026-01-02',
        notes: [text('source note')],
      },
    ],
    notes: [
      { text: text('mandatory note'), mandatory: true },
      { text: { nb: text('optional note'), en: text('optional note en') }, mandatory: false, indicator: 'commuting' },
    ],
    dimensions: [
      {
        id: 'type',
        label: text('dimension label'),
        categories: [
          { code: 'total', label: text('category total') },
          { code: 'part', label: text('category part') },
        ],
      },
    ],
    observations: [
      { indicator: 'commuting', measure: 'in', region: '0', period: '2020', value: 120000.5, dims: { type: 'total' }, note: text('cell note') },
      {
        indicator: 'commuting',
        measure: 'in',
        region: '34',
        period: '2020',
        value: 8000,
        dims: { type: 'total' },
        qualifier: 'approx',
        qualifierText: text('qualifier text'),
      },
      { indicator: 'commuting', measure: 'in', region: '3401', period: '2020', value: 1200, dims: { type: 'total' }, ref: text('ref') },
      { indicator: 'commuting', measure: 'in', region: '3403', period: '2020', value: null, status: ':', dims: { type: 'total' } },
      { indicator: 'commuting', measure: 'in', region: '3405', period: '2020', value: 900, dims: { type: 'total' }, derived: true },
      { indicator: 'commuting', measure: 'in', region: '3401', period: '2021', value: 1250, dims: { type: 'total' } },
      { indicator: 'commuting', measure: 'in', region: '3405', period: '2021', value: 950, dims: { type: 'part' } },
      { indicator: 'commuting', measure: 'in', region: 'R-gjovik', period: '2021', value: 4100, dims: { type: 'total' } },
      { indicator: 'commuting', measure: 'out', region: '3401', period: '2021', value: -3.5, dims: { type: 'total' } },
    ],
  };
}

/** The first eight Innlandet municipalities (all on the map's tile grid) with their names, for feeds that draw a real map. */
export const MUNICIPALITIES: ReadonlyArray<[string, string]> = INNLANDET_MUNICIPALITIES.slice(0, 8).map((code) => [code, regionName(code)!]);

/** A valid Innsikt feed (indicator `commuting`) with one value per municipality in {@link MUNICIPALITIES}, plus Innlandet and Norway. */
export function municipalityFeed(values: ReadonlyArray<number | null>, text: (field: string) => string = (f) => f): Json {
  return {
    innsikt: '1',
    indicators: [{ id: 'commuting', title: text('Innpendling'), measures: [{ id: 'in', label: text('Innpendlere'), unit: text('personer') }] }],
    regions: [
      { code: '0', name: 'Norge', level: 'country' },
      { code: '34', name: 'Innlandet', level: 'county' },
      ...MUNICIPALITIES.map(([code, name]) => ({ code, name: text(name), level: 'municipality', parent: '34' })),
    ],
    sources: [{ id: 'ssb', title: text('Pendling'), publisher: 'Statistisk sentralbyrå', table: '11616' }],
    observations: [
      { indicator: 'commuting', measure: 'in', region: '0', period: '2021', value: 1000 },
      { indicator: 'commuting', measure: 'in', region: '34', period: '2021', value: 500 },
      ...MUNICIPALITIES.map(([code], i) => {
        const value = values[i % values.length] ?? null;
        return value === null
          ? { indicator: 'commuting', measure: 'in', region: code, period: '2021', value: null, status: '..' }
          : { indicator: 'commuting', measure: 'in', region: code, period: '2021', value };
      }),
    ],
  };
}

/** A small valid JSON-stat 2.0 dataset (3 regions × 2 years × 2 measures), texts from `text`. */
export function jsonStatFeed(text: (field: string) => string = (f) => f): Json {
  return {
    version: '2.0',
    class: 'dataset',
    label: text('label'),
    source: text('source'),
    href: 'https://data.ssb.no/api/v0/dataset/07459.json',
    updated: '2022-02-24T07:00:00Z',
    note: [text('dataset note')],
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [3, 2, 2],
    dimension: {
      Region: {
        label: text('region dimension'),
        note: [text('dimension note')],
        category: {
          index: { 'K-3401': 0, 'K-3403': 1, 'K-3405': 2 },
          label: { 'K-3401': text('region a'), 'K-3403': text('region b'), 'K-3405': text('region c') },
          note: { 'K-3403': [text('category note')] },
        },
      },
      ContentsCode: {
        label: text('metric dimension'),
        category: {
          index: { Personer: 0, Andel: 1 },
          label: { Personer: text('measure a'), Andel: text('measure b') },
          unit: { Personer: { base: text('unit a'), decimals: 0 }, Andel: { label: text('unit b'), decimals: 1 } },
        },
      },
      Tid: { label: text('time dimension'), category: { index: { '2021': 0, '2022': 1 }, label: { '2021': '2021', '2022': '2022' } } },
    },
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
    value: [17900, 1.5, 17920, 1.6, 28400, null, 28500, 2.5, 5000, 0.4, 5100, 0.5],
    status: { '5': '..' },
    extension: { px: { tableid: '07459', decimals: 0 }, noteMandatory: { '0': true } },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Hand-written cases

const TEN_MB = 10 * 1024 * 1024;

/** A feed whose only indicator has a broken id, with `n` observations that name the (so unlisted) indicator. */
export function manyBadObservations(n: number): Json {
  const f = innsiktFeed();
  f['indicators'][0]['id'] = ['commuting'];
  f['observations'] = Array.from({ length: n }, (_, i) => ({ indicator: 'commuting', measure: 'in', region: '3401', period: String(1900 + i), value: i }));
  return f;
}

/** A small JSON-stat document whose sizes call for n × n cells, with an empty sparse `value` object. */
export function sparseBomb(n: number): Json {
  const regions = Array.from({ length: n }, (_, i) => String(100000 + i));
  const years = Array.from({ length: n }, (_, i) => String(i));
  return {
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [n, n],
    role: { time: ['Tid'], geo: ['Region'] },
    dimension: { Region: { category: { index: regions } }, Tid: { category: { index: years } } },
    value: {},
  };
}

/** Hand-written hostile inputs, by name. Functions, so the 10 MB strings are only built when used. */
export function handWritten(): Array<{ name: string; input: () => unknown }> {
  const feed = () => innsiktFeed();
  const js = () => jsonStatFeed();
  const withObs = (patch: Json) => () => {
    const f = feed();
    Object.assign(f['observations'][0], patch);
    return f;
  };
  const withValues = (values: unknown[]) => () => ({ ...js(), value: values });
  return [
    // Wrong types
    { name: 'null', input: () => null },
    { name: 'a number', input: () => 42 },
    { name: 'an array', input: () => [1, 2, 3] },
    { name: 'an empty object', input: () => ({}) },
    { name: 'a boolean', input: () => true },
    { name: 'empty text', input: () => '' },
    { name: 'whitespace text', input: () => ' \n\t ' },
    { name: 'a BOM alone', input: () => '\uFEFF' },
    { name: 'JSON null as text', input: () => 'null' },
    { name: 'JSON array of junk as text', input: () => '[1, "a", null]' },
    { name: 'empty bytes', input: () => new Uint8Array(0) },
    { name: 'invalid UTF-8 bytes', input: () => Uint8Array.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x3b, 0x0a, 0x80]) },
    { name: 'an ArrayBuffer of CSV', input: () => new TextEncoder().encode('region;2021\n3401;12\n3403;13').buffer },
    { name: 'innsikt version wrong type', input: () => ({ ...feed(), innsikt: 1 }) },
    { name: 'indicators is an object', input: () => ({ ...feed(), indicators: { a: 1 } }) },
    { name: 'regions is a string', input: () => ({ ...feed(), regions: 'Innlandet' }) },
    { name: 'observations is null', input: () => ({ ...feed(), observations: null }) },
    { name: 'observation value as text', input: withObs({ value: '1 200' }) },
    // Past IssueList.limit (50) errors, the parser must still skip each broken observation.
    { name: 'more than 50 observations of an unlisted indicator', input: () => manyBadObservations(60) },
    { name: 'observation value as an object', input: withObs({ value: { n: 1 } }) },
    { name: 'dims with a non-text code', input: withObs({ dims: { type: 5 } }) },
    {
      name: 'dims named __proto__',
      input: () => JSON.parse(JSON.stringify(feed()).replace('"dims":{"type":"total"}', '"dims":{"__proto__":"total"}')) as unknown,
    },
    { name: 'JSON-stat id is a string', input: () => ({ ...js(), id: 'Region' }) },
    { name: 'JSON-stat size of strings', input: () => ({ ...js(), size: ['3', '2', '2'] }) },
    { name: 'JSON-stat value is a string', input: () => ({ ...js(), value: '1,2,3' }) },
    { name: 'JSON-stat dimension is an array', input: () => ({ ...js(), dimension: [] }) },
    // NaN / Infinity (a feed object can carry them; JSON cannot)
    { name: 'Innsikt NaN value', input: withObs({ value: NaN }) },
    { name: 'Innsikt Infinity value', input: withObs({ value: Infinity }) },
    { name: 'Innsikt -Infinity value', input: withObs({ value: -Infinity }) },
    { name: 'JSON-stat NaN and Infinity values', input: withValues([NaN, Infinity, -Infinity, 1, 2, 3, 4, 5, 6, 7, 8, 9]) },
    { name: 'JSON-stat "NaN" texts', input: withValues(['NaN', 'Infinity', '1e309', 1, 2, 3, 4, 5, 6, 7, 8, 9]) },
    { name: 'CSV with NaN and Infinity cells', input: () => 'region;år;verdi\n3401;2021;NaN\n3403;2021;Infinity\n3405;2021;-Infinity\n3407;2021;12' },
    // Huge numbers
    {
      name: 'Innsikt 1e308 values',
      input: () => {
        const f = feed();
        for (const o of f['observations']) if (o.value !== null) o.value = 1e308;
        return f;
      },
    },
    {
      name: 'Innsikt MAX_VALUE and -MAX_VALUE',
      input: () => {
        const f = feed();
        f['observations'].forEach((o: Json, i: number) => {
          if (o['value'] !== null) o['value'] = i % 2 ? Number.MAX_VALUE : -Number.MAX_VALUE;
        });
        return f;
      },
    },
    {
      name: 'Innsikt denormal values',
      input: () => {
        const f = feed();
        for (const o of f['observations']) if (o.value !== null) o.value = Number.MIN_VALUE;
        return f;
      },
    },
    { name: 'map: values 0 and 1.7e308', input: () => municipalityFeed([0, 1.7e308]) },
    { name: 'map: values -1.7e308 and 1.7e308', input: () => municipalityFeed([-1.7e308, 1.7e308]) },
    { name: 'map: values 1.6e308 to MAX_VALUE', input: () => municipalityFeed([1.6e308, Number.MAX_VALUE]) },
    { name: 'map: values -MAX_VALUE and 0', input: () => municipalityFeed([-Number.MAX_VALUE, 0]) },
    { name: 'map: denormal values', input: () => municipalityFeed([Number.MIN_VALUE, 2 * Number.MIN_VALUE, 0]) },
    { name: 'JSON-stat 1e308 values', input: withValues(Array.from({ length: 12 }, () => 1e308)) },
    { name: 'CSV with 400-digit numbers', input: () => `region;år;verdi\n3401;2021;${'9'.repeat(400)}\n3403;2021;-${'9'.repeat(400)}\n3405;2021;12` },
    { name: 'CSV wide with 400-digit numbers', input: () => `region;2020;2021\n3401;${'9'.repeat(400)};1\n3403;2;3` },
    { name: 'CSV with 400-digit Norwegian number', input: () => `region;år;verdi\n3401;2021;${'9'.repeat(400)},5\n3403;2021;1 ${'000 '.repeat(130)}` },
    { name: 'JSON-stat huge sizes', input: () => ({ ...js(), size: [1e6, 1e6, 1e6] }) },
    { name: 'JSON-stat one dimension of size 2^32 (index as an object)', input: () => ({ ...js(), size: [3, 2, 2 ** 32] }) },
    { name: 'JSON-stat one dimension of size 8e14 (index as an object)', input: () => ({ ...js(), size: [3, 2, 807408836396792] }) },
    { name: 'JSON-stat size just over 2^32', input: () => ({ ...js(), size: [65536, 65537, 1] }) },
    // Deep nesting
    { name: 'deeply nested array as the feed', input: () => deepArray(100000) },
    { name: 'deeply nested object as the feed', input: () => deepObject(100000) },
    { name: 'deeply nested JSON text', input: () => `${'['.repeat(100000)}${']'.repeat(100000)}` },
    { name: 'deeply nested title', input: () => ({ ...feed(), title: deepObject(50000, 'nb') }) },
    { name: 'deeply nested observation value', input: withObs({ value: deepArray(50000) }) },
    {
      name: 'deeply nested JSON-stat collections',
      input: () => {
        let c: unknown = js();
        for (let i = 0; i < 20000; i++) c = { class: 'collection', link: { item: [c] } };
        return c;
      },
    },
    {
      name: 'JSON-stat collection nested 200 deep',
      input: () => {
        let c: unknown = js();
        for (let i = 0; i < 200; i++) c = { class: 'collection', link: { item: [c] } };
        return c;
      },
    },
    { name: 'JSON-stat value nested', input: withValues([deepArray(50000), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) },
    // Missing dimensions
    {
      name: 'JSON-stat without a time dimension',
      input: () => {
        const d = js();
        d['id'] = ['Region', 'ContentsCode'];
        d['size'] = [3, 2];
        delete d['dimension']['Tid'];
        d['role'] = { geo: ['Region'] };
        d['value'] = [1, 2, 3, 4, 5, 6];
        return d;
      },
    },
    {
      name: 'JSON-stat without a region dimension',
      input: () => {
        const d = js();
        d['id'] = ['ContentsCode', 'Tid'];
        d['size'] = [2, 2];
        delete d['dimension']['Region'];
        d['role'] = { time: ['Tid'] };
        d['value'] = [1, 2, 3, 4];
        return d;
      },
    },
    {
      name: 'JSON-stat id names a dimension that is not described',
      input: () => {
        const d = js();
        delete d['dimension']['ContentsCode'];
        return d;
      },
    },
    { name: 'JSON-stat zero dimensions', input: () => ({ class: 'dataset', id: [], size: [], dimension: {}, value: [1] }) },
    { name: 'JSON-stat role names unknown dimensions', input: () => ({ ...js(), role: { time: ['Nope'], geo: ['Nada', 5], metric: 'ContentsCode' } }) },
    {
      name: 'Innsikt without indicators, regions and sources',
      input: () => {
        const f = feed();
        delete f['indicators'];
        delete f['regions'];
        delete f['sources'];
        return f;
      },
    },
    { name: 'CSV without a region column', input: () => 'år;verdi\n2021;12\n2022;13' },
    { name: 'CSV header only', input: () => 'region;år;verdi' },
    {
      // 40 KB of JSON that asks for 9 000 000 cells: a sparse `value` object expands to one observation per cell.
      name: 'JSON-stat sparse value bomb (3000 × 3000 cells from 40 KB)',
      input: () => sparseBomb(3000),
    },
    // Mismatched sizes
    { name: 'JSON-stat too few values', input: withValues([1, 2, 3]) },
    { name: 'JSON-stat too many values', input: withValues(Array.from({ length: 100 }, (_, i) => i)) },
    { name: 'JSON-stat size and id of different lengths', input: () => ({ ...js(), size: [3, 2] }) },
    {
      name: 'JSON-stat index larger than size',
      input: () => {
        const d = js();
        d['dimension']['Region']['category']['index'] = { a: 0, b: 1, c: 2, d: 3, e: 7 };
        return d;
      },
    },
    {
      name: 'JSON-stat negative and fractional positions',
      input: () => {
        const d = js();
        d['dimension']['Region']['category']['index'] = { a: -1, b: 0.5, c: 2 };
        return d;
      },
    },
    {
      name: 'JSON-stat value object with bad keys',
      input: () => ({ ...js(), value: JSON.parse('{"0": 1, "-1": 2, "1e3": 3, "x": 4, "999999": 5, "__proto__": 6, "01": 7}') as unknown }),
    },
    { name: 'JSON-stat status list of the wrong length', input: () => ({ ...js(), status: ['..', ':'] }) },
    { name: 'CSV ragged rows', input: () => 'region;2020;2021\n3401;1\n3403;1;2;3;4\n3405\n3407;;;' },
    // Duplicate cells
    {
      name: 'Innsikt duplicate observations',
      input: () => {
        const f = feed();
        f['observations'] = [...f['observations'], ...f['observations']];
        return f;
      },
    },
    {
      name: 'JSON-stat duplicate category codes',
      input: () => {
        const d = js();
        d['dimension']['Region']['category']['index'] = ['K-3401', 'K-3401', 'K-3405'];
        return d;
      },
    },
    {
      name: 'JSON-stat two codes for one region',
      input: () => {
        const d = js();
        d['dimension']['Region']['category']['index'] = ['K-3401', '3401', 'K-3405'];
        return d;
      },
    },
    { name: 'JSON-stat dimension id twice', input: () => ({ ...js(), id: ['Region', 'Region', 'Tid'] }) },
    { name: 'CSV duplicate rows', input: () => 'region;år;verdi\n3401;2021;12\n3401;2021;12\n3401;2021;13' },
    { name: 'CSV duplicate column names', input: () => 'region;region;2021;2021\n3401;3403;1;2\n3405;3407;3;4' },
    // 10 MB strings
    { name: '10 MB feed title', input: () => ({ ...feed(), title: 'x'.repeat(TEN_MB) }) },
    {
      name: '10 MB region name',
      input: () => {
        const f = feed();
        f['regions'][1]['name'] = 'Innlandet '.repeat(TEN_MB / 10);
        return f;
      },
    },
    { name: '10 MB JSON-stat label', input: () => ({ ...js(), label: 'x'.repeat(TEN_MB) }) },
    {
      name: '10 MB JSON-stat category label',
      input: () => {
        const d = js();
        d['dimension']['Region']['category']['label']['K-3401'] = 'Kongsvinger '.repeat(TEN_MB / 12);
        return d;
      },
    },
    { name: '10 MB CSV cell', input: () => `region;år;verdi\n3401;2021;${'1'.repeat(TEN_MB)}\n3403;2021;2` },
    { name: '10 MB CSV region field', input: () => `region;år;verdi\n${'3401 '.repeat(TEN_MB / 5)};2021;1\n3403;2021;2` },
    { name: '10 MB unclosed quote', input: () => `region;år;verdi\n3401;2021;"${'a'.repeat(TEN_MB)}` },
    { name: '10 MB of one CSV line without delimiters', input: () => 'a'.repeat(TEN_MB) },
    { name: '10 MB of garbage JSON text', input: () => `{${'"a":'.repeat(TEN_MB / 4)}` },
    { name: '10 MB of spaces', input: () => ' '.repeat(TEN_MB) },
    // Found by the generated corpus (hostile-widgets.test.ts): the chart's axis asked Intl for 237 decimals and threw.
    {
      name: 'one value far below one (-4.24e-237) in a JSON-stat collection without dimensions',
      input: () => ({ class: 'collection', link: { item: [{ class: 'dataset', id: [], size: [], dimension: {}, value: [-4.2426442573213724e-237] }] } }),
    },
    // Canaries and bad links
    { name: 'canaries in every Innsikt text', input: () => innsiktFeed((f) => `${CANARIES[f.length % 3]} ${f}`, BAD_URLS[0]) },
    { name: 'data: URL as the Innsikt source', input: () => innsiktFeed((f) => f, BAD_URLS[3]) },
    { name: 'canaries in every JSON-stat text', input: () => ({ ...jsonStatFeed((f) => `${CANARIES[f.length % 3]} ${f}`), href: BAD_URLS[0] }) },
    { name: 'canaries in CSV header, title and footnote', input: () => `${CANARIES[0]}\nregion;${CANARIES[1]} 2021\n3401;12\n3403;13\n${CANARIES[2]}` },
  ];
}
