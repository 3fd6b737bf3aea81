/**
 * A corpus of malformed and hostile feeds, shared by hostile-data.test.ts (the data core) and
 * hostile-widgets.test.ts (the widgets): fast-check arbitraries for Innsikt-feed-like, JSON-stat-like and
 * CSV-like inputs (from scratch and as mutations of valid feeds), and hand-written cases.
 */
import fc from 'fast-check';

// Hand-written documents are deliberately loose: the corpus pokes at any field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** Script-injection canaries: if any of them ever runs, `window.__pwned` is set. */
export const CANARIES = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
] as const;

/** Links that must never reach an href. */
export const BAD_URLS = ['javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1', ' javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)'] as const;

/** Values that have broken parsers elsewhere: special numbers, prototype names, symbols, control characters. */
export const NASTY_VALUES: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 1,
  1e21,
  0.1 + 0.2,
  '',
  ' ',
  '..',
  '.',
  ':',
  '-',
  'NaN',
  'Infinity',
  '1e309',
  '9'.repeat(400),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  null,
  undefined,
  true,
  false,
  [],
  {},
  [[[]]],
  { nb: '' },
  { nb: 5 },
  { nb: null, en: 'x' },
  '\u0000',
  '\uFEFF',
  '\u202e',
  '\ud800',
  'K-3401',
  '3401',
  '3401 Kongsvinger',
  '2021K5',
  '2021M13',
  '1990-2002',
  '1990–2002',
  '10000',
  ...CANARIES,
  ...BAD_URLS,
];

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

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map(deepArray) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((d) => deepObject(d)) },
);

// ---------------------------------------------------------------------------------------------------------
// Mutation of a valid document

type Path = Array<string | number>;

/** Every path to a value inside `doc` (objects and arrays included), at most `limit` of them. */
export function allPaths(doc: unknown, limit = 20000): Path[] {
  const out: Path[] = [];
  const stack: Array<{ value: unknown; path: Path }> = [{ value: doc, path: [] }];
  while (stack.length && out.length < limit) {
    const { value, path } = stack.pop()!;
    if (path.length) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'wrap'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: nastyValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'innsikt', 'class', 'dimension', 'value'), value: nastyValue }),
  },
);

/** Applies mutations to a deep copy of `doc`. Paths are re-read after each mutation, so they always exist. */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(doc) as unknown;
  let root: unknown = copy;
  for (const m of mutations) {
    const paths = allPaths(root);
    if (paths.length === 0) {
      root = m.op === 'set' ? m.value : root;
      continue;
    }
    const path = paths[m.at % paths.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k as string], root) as Json | unknown[];
    const key = path[path.length - 1]!;
    const target = (parent as Json)[key as string];
    switch (m.op) {
      case 'set':
        // JSON.parse makes "__proto__" an own property; assignment would not: define it as JSON would.
        Object.defineProperty(parent, key, { value: m.value, writable: true, enumerable: true, configurable: true });
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Json)[key as string];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(target));
        else (parent as Json)[key as string] = [target, target];
        break;
      case 'wrap':
        (parent as Json)[key as string] = [target];
        break;
      case 'addKey':
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          Object.defineProperty(target, m.key, { value: m.value, writable: true, enumerable: true, configurable: true });
        }
        break;
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------------------
// Innsikt feeds

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
    dimensions: [{ id: 'type', label: text('dimension label'), categories: [{ code: 'total', label: text('category total') }, { code: 'part', label: text('category part') }] }],
    observations: [
      { indicator: 'commuting', measure: 'in', region: '0', period: '2020', value: 120000.5, dims: { type: 'total' }, note: text('cell note') },
      { indicator: 'commuting', measure: 'in', region: '34', period: '2020', value: 8000, dims: { type: 'total' }, qualifier: 'approx', qualifierText: text('qualifier text') },
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

const id = fc.oneof(fc.constantFrom('commuting', 'rd-share', 'value-creation', 'in', 'out', 'ssb', 'x'), fc.string({ maxLength: 8 }), nastyValue);
const regionCode = fc.oneof(fc.constantFrom('0', '34', '3401', '3403', '0529', 'R-gjovik', 'K-3401', '3401 Kongsvinger', ''), nastyValue);
const period = fc.oneof(fc.constantFrom('2020', '2021', '1990-2002', '2021K3', '2021M04', '2021K5', '20', ''), nastyValue);
const localized = fc.oneof(fc.string({ maxLength: 12 }), fc.record({ nb: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }), nastyValue);
const value = fc.oneof(fc.double(), fc.integer(), fc.constant(null), nastyValue);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 3 });

/** Innsikt-feed-like documents built from scratch: the right shape, with any field wrong. */
export const innsiktLike: fc.Arbitrary<unknown> = fc
  .record(
    {
      innsikt: fc.oneof(fc.constant('1'), nastyValue),
      title: maybe(localized),
      indicators: fc.oneof(fc.array(fc.record({ id, title: localized, measures: maybe(fc.array(fc.record({ id, label: localized, unit: maybe(localized), decimals: maybe(value) }), { maxLength: 3 })) }, { requiredKeys: [] }), { maxLength: 3 }), nastyValue),
      regions: fc.oneof(fc.array(fc.record({ code: regionCode, name: localized, level: fc.oneof(fc.constantFrom('country', 'county', 'region', 'municipality', 'other'), nastyValue) }, { requiredKeys: [] }), { maxLength: 6 }), nastyValue),
      sources: fc.oneof(fc.array(fc.record({ id, title: localized, url: maybe(fc.oneof(fc.constantFrom(...BAD_URLS), fc.webUrl(), nastyValue)) }, { requiredKeys: [] }), { maxLength: 2 }), nastyValue),
      notes: maybe(fc.array(fc.record({ text: localized, mandatory: fc.oneof(fc.boolean(), nastyValue) }, { requiredKeys: [] }), { maxLength: 2 })),
      observations: fc.oneof(
        fc.array(
          fc.record(
            { indicator: id, measure: id, region: regionCode, period, value, status: maybe(fc.oneof(fc.constantFrom('..', '.', ':', '-'), nastyValue)), qualifier: maybe(fc.oneof(fc.constantFrom('approx', 'atLeast', 'atMost'), nastyValue)), dims: maybe(fc.dictionary(fc.string({ maxLength: 6 }), nastyValue, { maxKeys: 2 })) },
            { requiredKeys: [] },
          ),
          { maxLength: 12 },
        ),
        nastyValue,
      ),
    },
    { requiredKeys: ['innsikt'] },
  )
  .map((r) => JSON.parse(JSON.stringify(r, (_k, v: unknown) => v)) as unknown);

// ---------------------------------------------------------------------------------------------------------
// JSON-stat

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

const dimIds = fc.constantFrom('Region', 'Tid', 'ContentsCode', 'Kjonn', 'region', 'geo', 'year', 'KOKkommuneregion0000', 'Alder');
const categoryCode = fc.oneof(fc.constantFrom('3401', 'K-3401', '0', 'EAK', '2021', '2021K3', 'Personer', 'A'), fc.string({ maxLength: 6 }));

/** JSON-stat-like documents from scratch: ids, sizes, categories and values that may or may not agree. */
export const jsonStatLike: fc.Arbitrary<unknown> = fc
  .record({
    ids: fc.uniqueArray(dimIds, { minLength: 0, maxLength: 4 }),
    sizeDelta: fc.array(fc.integer({ min: -1, max: 1 }), { maxLength: 4 }),
    cats: fc.array(fc.uniqueArray(categoryCode, { minLength: 0, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
    indexAsArray: fc.boolean(),
    values: fc.array(value, { maxLength: 40 }),
    status: fc.oneof(fc.constant(undefined), fc.constantFrom('..', ':', 'X'), fc.array(fc.oneof(fc.constantFrom('..', null), nastyValue), { maxLength: 10 }), nastyValue),
    role: fc.oneof(fc.constant(undefined), fc.record({ time: fc.array(dimIds, { maxLength: 2 }), geo: fc.array(dimIds, { maxLength: 2 }), metric: fc.array(dimIds, { maxLength: 2 }) }, { requiredKeys: [] }), nastyValue),
    wrap: fc.constantFrom('dataset', 'collection', 'bundle', 'noclass'),
    label: maybe(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Befolkning i hele landet', ...CANARIES))),
  })
  .map((r) => {
    const sizes = r.ids.map((_, k) => Math.max(0, r.cats[k]!.length + (r.sizeDelta[k] ?? 0)));
    const dimension: Json = {};
    r.ids.forEach((dimId, k) => {
      const codes = r.cats[k]!;
      dimension[dimId] = {
        label: dimId.toLowerCase(),
        category: {
          index: r.indexAsArray ? codes : Object.fromEntries(codes.map((c, i) => [c, i])),
          label: Object.fromEntries(codes.map((c) => [c, `${c} label`])),
        },
      };
    });
    const ds: Json = { class: 'dataset', id: r.ids, size: sizes, dimension, value: r.values };
    if (r.status !== undefined) ds['status'] = r.status;
    if (r.role !== undefined) ds['role'] = r.role;
    if (r.label !== undefined) ds['label'] = r.label;
    if (r.wrap === 'collection') return { class: 'collection', link: { item: [ds] } };
    if (r.wrap === 'bundle') {
      const { id: ids, size, role, class: _c, ...rest } = ds;
      return { dataset: { ...rest, dimension: { ...dimension, id: ids, size, role } } };
    }
    if (r.wrap === 'noclass') {
      delete ds['class'];
    }
    return ds;
  })
  .map((d) => JSON.parse(JSON.stringify(d)) as unknown);

// ---------------------------------------------------------------------------------------------------------
// CSV

const csvCell = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'region', 'år', 'verdi', 'statistikkvariabel', 'Kommune', 'navn', 'enhet', 'status', '2019', '2020', 'Sysselsatte personer 2021', 'Bruttoprodukt (mill. kr)',
      '3401 Kongsvinger', '0 Hele landet', 'K-3401', '3401', '0301', '34', '0', '1 234,5', '1.234.567', '57,50 %', '−3,2', '..', '.', ':', '-', '*', 'ca. 68', 'over 70', 'vel 4',
      '2021', '2021K3', '1990-2002', '"', '""', '"a;b"', ';', ',', '\t', '\n', '\r', '\r\n', ' ', '', '1e309', '9'.repeat(400), '-' + '9'.repeat(400), 'NaN', 'Infinity',
      ...CANARIES,
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

export interface CsvCase {
  text: string;
  bytes: 'utf8' | 'latin1' | 'string';
}

/** CSV-like texts: title lines, a header, ragged rows of cells from the pool, any of three delimiters. */
export const csvLike: fc.Arbitrary<string | Uint8Array> = fc
  .record({
    delimiter: fc.constantFrom(';', ',', '\t'),
    titles: fc.array(fc.oneof(fc.constantFrom('07459: Befolkning 2022', 'Tabell 3.4', ...CANARIES), fc.string({ maxLength: 20 })), { maxLength: 2 }),
    rows: fc.array(fc.array(csvCell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 12 }),
    quote: fc.boolean(),
    bom: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom('string', 'utf8', 'latin1'),
  })
  .map((r) => {
    const field = (c: string) => (r.quote && /[;,\t"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const text = (r.bom ? '\uFEFF' : '') + [...r.titles, ...r.rows.map((row) => row.map(field).join(r.delimiter))].join(r.newline);
    if (r.encoding === 'string') return text;
    if (r.encoding === 'utf8') return new TextEncoder().encode(text);
    // Latin-1 bytes (characters above U+00FF become "?").
    return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 63)));
  });

// ---------------------------------------------------------------------------------------------------------
// Hand-written cases

const TEN_MB = 10 * 1024 * 1024;

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
    { name: 'observation value as an object', input: withObs({ value: { n: 1 } }) },
    { name: 'dims with a non-text code', input: withObs({ dims: { type: 5 } }) },
    { name: 'dims named __proto__', input: () => JSON.parse(JSON.stringify(feed()).replace('"dims":{"type":"total"}', '"dims":{"__proto__":"total"}')) as unknown },
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
    { name: 'Innsikt 1e308 values', input: () => { const f = feed(); for (const o of f['observations']) if (o.value !== null) o.value = 1e308; return f; } },
    { name: 'Innsikt MAX_VALUE and -MAX_VALUE', input: () => { const f = feed(); f['observations'].forEach((o: Json, i: number) => { if (o['value'] !== null) o['value'] = i % 2 ? Number.MAX_VALUE : -Number.MAX_VALUE; }); return f; } },
    { name: 'Innsikt denormal values', input: () => { const f = feed(); for (const o of f['observations']) if (o.value !== null) o.value = Number.MIN_VALUE; return f; } },
    { name: 'JSON-stat 1e308 values', input: withValues(Array.from({ length: 12 }, () => 1e308)) },
    { name: 'CSV with 400-digit numbers', input: () => `region;år;verdi\n3401;2021;${'9'.repeat(400)}\n3403;2021;-${'9'.repeat(400)}\n3405;2021;12` },
    { name: 'CSV wide with 400-digit numbers', input: () => `region;2020;2021\n3401;${'9'.repeat(400)};1\n3403;2;3` },
    { name: 'CSV with 400-digit Norwegian number', input: () => `region;år;verdi\n3401;2021;${'9'.repeat(400)},5\n3403;2021;1 ${'000 '.repeat(130)}` },
    { name: 'JSON-stat huge sizes', input: () => ({ ...js(), size: [1e6, 1e6, 1e6] }) },
    { name: 'JSON-stat size just over 2^32', input: () => ({ ...js(), size: [65536, 65537, 1] }) },
    // Deep nesting
    { name: 'deeply nested array as the feed', input: () => deepArray(100000) },
    { name: 'deeply nested object as the feed', input: () => deepObject(100000) },
    { name: 'deeply nested JSON text', input: () => `${'['.repeat(100000)}${']'.repeat(100000)}` },
    { name: 'deeply nested title', input: () => ({ ...feed(), title: deepObject(50000, 'nb') }) },
    { name: 'deeply nested observation value', input: withObs({ value: deepArray(50000) }) },
    { name: 'deeply nested JSON-stat collections', input: () => { let c: unknown = js(); for (let i = 0; i < 20000; i++) c = { class: 'collection', link: { item: [c] } }; return c; } },
    { name: 'JSON-stat collection nested 200 deep', input: () => { let c: unknown = js(); for (let i = 0; i < 200; i++) c = { class: 'collection', link: { item: [c] } }; return c; } },
    { name: 'JSON-stat value nested', input: withValues([deepArray(50000), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) },
    // Missing dimensions
    { name: 'JSON-stat without a time dimension', input: () => { const d = js(); d['id'] = ['Region', 'ContentsCode']; d['size'] = [3, 2]; delete d['dimension']['Tid']; d['role'] = { geo: ['Region'] }; d['value'] = [1, 2, 3, 4, 5, 6]; return d; } },
    { name: 'JSON-stat without a region dimension', input: () => { const d = js(); d['id'] = ['ContentsCode', 'Tid']; d['size'] = [2, 2]; delete d['dimension']['Region']; d['role'] = { time: ['Tid'] }; d['value'] = [1, 2, 3, 4]; return d; } },
    { name: 'JSON-stat id names a dimension that is not described', input: () => { const d = js(); delete d['dimension']['ContentsCode']; return d; } },
    { name: 'JSON-stat zero dimensions', input: () => ({ class: 'dataset', id: [], size: [], dimension: {}, value: [1] }) },
    { name: 'JSON-stat role names unknown dimensions', input: () => ({ ...js(), role: { time: ['Nope'], geo: ['Nada', 5], metric: 'ContentsCode' } }) },
    { name: 'Innsikt without indicators, regions and sources', input: () => { const f = feed(); delete f['indicators']; delete f['regions']; delete f['sources']; return f; } },
    { name: 'CSV without a region column', input: () => 'år;verdi\n2021;12\n2022;13' },
    { name: 'CSV header only', input: () => 'region;år;verdi' },
    // Mismatched sizes
    { name: 'JSON-stat too few values', input: withValues([1, 2, 3]) },
    { name: 'JSON-stat too many values', input: withValues(Array.from({ length: 100 }, (_, i) => i)) },
    { name: 'JSON-stat size and id of different lengths', input: () => ({ ...js(), size: [3, 2] }) },
    { name: 'JSON-stat index larger than size', input: () => { const d = js(); d['dimension']['Region']['category']['index'] = { a: 0, b: 1, c: 2, d: 3, e: 7 }; return d; } },
    { name: 'JSON-stat negative and fractional positions', input: () => { const d = js(); d['dimension']['Region']['category']['index'] = { a: -1, b: 0.5, c: 2 }; return d; } },
    { name: 'JSON-stat value object with bad keys', input: () => ({ ...js(), value: JSON.parse('{"0": 1, "-1": 2, "1e3": 3, "x": 4, "999999": 5, "__proto__": 6, "01": 7}') as unknown }) },
    { name: 'JSON-stat status list of the wrong length', input: () => ({ ...js(), status: ['..', ':'] }) },
    { name: 'CSV ragged rows', input: () => 'region;2020;2021\n3401;1\n3403;1;2;3;4\n3405\n3407;;;' },
    // Duplicate cells
    { name: 'Innsikt duplicate observations', input: () => { const f = feed(); f['observations'] = [...f['observations'], ...f['observations']]; return f; } },
    { name: 'JSON-stat duplicate category codes', input: () => { const d = js(); d['dimension']['Region']['category']['index'] = ['K-3401', 'K-3401', 'K-3405']; return d; } },
    { name: 'JSON-stat two codes for one region', input: () => { const d = js(); d['dimension']['Region']['category']['index'] = ['K-3401', '3401', 'K-3405']; return d; } },
    { name: 'JSON-stat dimension id twice', input: () => ({ ...js(), id: ['Region', 'Region', 'Tid'] }) },
    { name: 'CSV duplicate rows', input: () => 'region;år;verdi\n3401;2021;12\n3401;2021;12\n3401;2021;13' },
    { name: 'CSV duplicate column names', input: () => 'region;region;2021;2021\n3401;3403;1;2\n3405;3407;3;4' },
    // 10 MB strings
    { name: '10 MB feed title', input: () => ({ ...feed(), title: 'x'.repeat(TEN_MB) }) },
    { name: '10 MB region name', input: () => { const f = feed(); f['regions'][1]['name'] = 'Innlandet '.repeat(TEN_MB / 10); return f; } },
    { name: '10 MB JSON-stat label', input: () => ({ ...js(), label: 'x'.repeat(TEN_MB) }) },
    { name: '10 MB JSON-stat category label', input: () => { const d = js(); d['dimension']['Region']['category']['label']['K-3401'] = 'Kongsvinger '.repeat(TEN_MB / 12); return d; } },
    { name: '10 MB CSV cell', input: () => `region;år;verdi\n3401;2021;${'1'.repeat(TEN_MB)}\n3403;2021;2` },
    { name: '10 MB CSV region field', input: () => `region;år;verdi\n${'3401 '.repeat(TEN_MB / 5)};2021;1\n3403;2021;2` },
    { name: '10 MB unclosed quote', input: () => `region;år;verdi\n3401;2021;"${'a'.repeat(TEN_MB)}` },
    { name: '10 MB of one CSV line without delimiters', input: () => 'a'.repeat(TEN_MB) },
    { name: '10 MB of garbage JSON text', input: () => `{${'"a":'.repeat(TEN_MB / 4)}` },
    { name: '10 MB of spaces', input: () => ' '.repeat(TEN_MB) },
    // Canaries and bad links
    { name: 'canaries in every Innsikt text', input: () => innsiktFeed((f) => `${CANARIES[f.length % 3]} ${f}`, BAD_URLS[0]) },
    { name: 'data: URL as the Innsikt source', input: () => innsiktFeed((f) => f, BAD_URLS[3]) },
    { name: 'canaries in every JSON-stat text', input: () => ({ ...jsonStatFeed((f) => `${CANARIES[f.length % 3]} ${f}`), href: BAD_URLS[0] }) },
    { name: 'canaries in CSV header, title and footnote', input: () => `${CANARIES[0]}\nregion;${CANARIES[1]} 2021\n3401;12\n3403;13\n${CANARIES[2]}` },
  ];
}
