/**
 * A corpus of malformed and hostile feeds, shared by hostile-data.test.ts (the data core) and
 * hostile-widgets.test.ts (the widgets): fast-check arbitraries for Innsikt-feed-like, JSON-stat-like and
 * CSV-like inputs (from scratch and as mutations of valid feeds), and hand-written cases.
 */
import fc from 'fast-check';

import { BAD_URLS, CANARIES, deepArray, deepObject, type Json } from './hostile-cases.js';

export * from './hostile-cases.js';

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
  // The chart templates' placeholder names, as feed text (they must stay text, never become colours or titles).
  '__INN_TEXT__',
  '__INN_XTITLE__',
  ...CANARIES,
  ...BAD_URLS,
];

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
    arbitrary: fc.record({
      op: fc.constant('addKey' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'extra', 'innsikt', 'class', 'dimension', 'value'),
      value: nastyValue,
    }),
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
      indicators: fc.oneof(
        fc.array(
          fc.record(
            {
              id,
              title: localized,
              measures: maybe(fc.array(fc.record({ id, label: localized, unit: maybe(localized), decimals: maybe(value) }), { maxLength: 3 })),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        nastyValue,
      ),
      regions: fc.oneof(
        fc.array(
          fc.record(
            { code: regionCode, name: localized, level: fc.oneof(fc.constantFrom('country', 'county', 'region', 'municipality', 'other'), nastyValue) },
            { requiredKeys: [] },
          ),
          { maxLength: 6 },
        ),
        nastyValue,
      ),
      sources: fc.oneof(
        fc.array(fc.record({ id, title: localized, url: maybe(fc.oneof(fc.constantFrom(...BAD_URLS), fc.webUrl(), nastyValue)) }, { requiredKeys: [] }), {
          maxLength: 2,
        }),
        nastyValue,
      ),
      notes: maybe(fc.array(fc.record({ text: localized, mandatory: fc.oneof(fc.boolean(), nastyValue) }, { requiredKeys: [] }), { maxLength: 2 })),
      observations: fc.oneof(
        fc.array(
          fc.record(
            {
              indicator: id,
              measure: id,
              region: regionCode,
              period,
              value,
              status: maybe(fc.oneof(fc.constantFrom('..', '.', ':', '-'), nastyValue)),
              qualifier: maybe(fc.oneof(fc.constantFrom('approx', 'atLeast', 'atMost'), nastyValue)),
              dims: maybe(fc.dictionary(fc.string({ maxLength: 6 }), nastyValue, { maxKeys: 2 })),
            },
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
    status: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('..', ':', 'X'),
      fc.array(fc.oneof(fc.constantFrom('..', null), nastyValue), { maxLength: 10 }),
      nastyValue,
    ),
    role: fc.oneof(
      fc.constant(undefined),
      fc.record(
        { time: fc.array(dimIds, { maxLength: 2 }), geo: fc.array(dimIds, { maxLength: 2 }), metric: fc.array(dimIds, { maxLength: 2 }) },
        { requiredKeys: [] },
      ),
      nastyValue,
    ),
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
      const { id: ids, size, role, ...rest } = ds;
      delete rest['class'];
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
      'region',
      'år',
      'verdi',
      'statistikkvariabel',
      'Kommune',
      'navn',
      'enhet',
      'status',
      '2019',
      '2020',
      'Sysselsatte personer 2021',
      'Bruttoprodukt (mill. kr)',
      '3401 Kongsvinger',
      '0 Hele landet',
      'K-3401',
      '3401',
      '0301',
      '34',
      '0',
      '1 234,5',
      '1.234.567',
      '57,50 %',
      '−3,2',
      '..',
      '.',
      ':',
      '-',
      '*',
      'ca. 68',
      'over 70',
      'vel 4',
      '2021',
      '2021K3',
      '1990-2002',
      '"',
      '""',
      '"a;b"',
      ';',
      ',',
      '\t',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '',
      '1e309',
      '9'.repeat(400),
      '-' + '9'.repeat(400),
      'NaN',
      'Infinity',
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
// Shapes that scale: long runs of one character, many periods, many regions

/**
 * A hostile shape that can be built at any size: `build(n)` makes a feed in which something grows with `n` (a run
 * of one character inside a field, or the number of periods, regions or title lines). A reader whose work grows
 * linearly pays about 8× for `build(8n)`; the patterns and loops that once froze pages paid 64× or more.
 */
export interface HostileShape {
  name: string;
  build: (n: number) => unknown;
  /** A size at which the shape is small but not trivial (8× it stays under the readers' field limit). */
  base: number;
}

/** Characters that made patterns backtrack or loops repeat: whitespace, line breaks, separators, quotes, digits. */
const RUN_CHARS = [' ', '_', '\t', '\n', '\r', '\u2028', '\u00a0', '"', ';', ',', '.', '-', ':', '%', '0', '9', 'a', '('] as const;
/** What comes before and after a run: region codes, periods, units, names, line breaks. */
const RUN_STARTS = ['34', '0', 'K-3401', 'EAK', '2021', '1', 'a', '"', '(', 'Sysselsatte', ''] as const;
const RUN_ENDS = ['\n', '\u2028', '1', 'b', 'x\ny', '1 %', 'mill_kr', 'kr', '2021', ')', '"', '-', ''] as const;

type RunPlace = 'csv-header' | 'csv-cell' | 'csv-region' | 'csv-title' | 'jsonstat-region' | 'jsonstat-label' | 'innsikt-text';

function csvWith(header: string[], rows: string[][]): string {
  const field = (c: string) => (/[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(field).join(';')).join('\n') + '\n';
}

function placeRun(place: RunPlace, run: string, copies: number): unknown {
  const many = <T>(f: (k: number) => T) => Array.from({ length: copies }, (_, k) => f(k));
  switch (place) {
    case 'csv-header':
      return csvWith(['region', ...many((k) => `${run}${k}`)], [['3401', ...many(() => '1')]]);
    case 'csv-cell':
      return csvWith(
        ['region', 'verdi'],
        many((k) => [`34${String(k).padStart(2, '0')}`, run]),
      );
    case 'csv-region':
      return csvWith(
        ['region', 'verdi'],
        many((k) => [run, String(k)]),
      );
    case 'csv-title':
      return `${many(() => run).join('\n')}\nregion;verdi\n3401;5\n`;
    case 'jsonstat-region': {
      const codes = many((k) => `${run}${k}`);
      return {
        class: 'dataset',
        id: ['Region', 'Tid'],
        size: [codes.length, 1],
        role: { geo: ['Region'], time: ['Tid'] },
        dimension: { Region: { category: { index: codes } }, Tid: { category: { index: ['2020'] } } },
        value: codes.map((_, k) => k),
      };
    }
    case 'jsonstat-label': {
      const codes = many((k) => String(3400 + k));
      return {
        class: 'dataset',
        label: run,
        id: ['Region', 'ContentsCode', 'Tid'],
        size: [codes.length, 1, 1],
        role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
        dimension: {
          Region: { category: { index: codes, label: Object.fromEntries(codes.map((c) => [c, run])) } },
          ContentsCode: { category: { index: ['m'], label: { m: run } } },
          Tid: { category: { index: ['2020'] } },
        },
        value: codes.map((_, k) => k),
      };
    }
    case 'innsikt-text':
      return {
        innsikt: '1',
        title: run,
        indicators: [{ id: 'employment-change', title: run }],
        regions: many((k) => ({ code: `R-${k}`, name: run, level: 'other' })),
        sources: [{ id: 's', title: run }],
        observations: many((k) => ({ indicator: 'employment-change', measure: 'change-pct', region: `R-${k}`, period: '2020', value: k, source: 's' })),
      };
  }
}

/** A run of one character, `n` long, between a start and an end, placed in a field of a CSV, JSON-stat or Innsikt feed. */
export const runShape: fc.Arbitrary<HostileShape> = fc
  .record({
    char: fc.constantFrom(...RUN_CHARS),
    start: fc.constantFrom(...RUN_STARTS),
    end: fc.constantFrom(...RUN_ENDS),
    place: fc.constantFrom<RunPlace>('csv-header', 'csv-cell', 'csv-region', 'csv-title', 'jsonstat-region', 'jsonstat-label', 'innsikt-text'),
    copies: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ char, start, end, place, copies }) => ({
    name: `${place}: ${JSON.stringify(start)} + ${JSON.stringify(char)}×n + ${JSON.stringify(end)}, ${copies}×`,
    // Title lines scale by count (each line is one field), other places by the run's length.
    build: (n: number) =>
      place === 'csv-title'
        ? placeRun(place, `${start}${char.repeat(3)}${end}`.replace(/[\n\r\u2028]/g, ' '), n)
        : placeRun(place, `${start}${char.repeat(n)}${end}`, copies),
    base: place === 'csv-title' ? 2000 : 500,
  }));

/** A JSON-stat table of `regions` × `periods` (monthly), every `gap`-th cell missing, values sparse or dense. */
export function periodGrid(regions: number, periods: number, gap: number, sparse: boolean): Json {
  const codes = Array.from({ length: regions }, (_, r) => String(3400 + r));
  const times = Array.from({ length: periods }, (_, t) => `${1800 + Math.floor(t / 12)}M${String((t % 12) + 1).padStart(2, '0')}`);
  const cells = regions * periods;
  const value: Json | Array<number | null> = sparse ? {} : new Array<number | null>(cells).fill(null);
  for (let i = 0; i < cells; i++) {
    if (i % gap === 0) continue;
    if (Array.isArray(value)) value[i] = i;
    else value[String(i)] = i;
  }
  return {
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [regions, periods],
    role: { geo: ['Region'], time: ['Tid'] },
    dimension: { Region: { category: { index: codes } }, Tid: { category: { index: times } } },
    value,
  };
}

/** Many periods (30 regions × n months) or many regions (n regions × a few periods), as JSON-stat, Innsikt or CSV. */
export const countShape: fc.Arbitrary<HostileShape> = fc
  .record({
    axis: fc.constantFrom('periods', 'regions'),
    format: fc.constantFrom('jsonstat', 'csv'),
    gap: fc.integer({ min: 2, max: 7 }),
    sparse: fc.boolean(),
  })
  .map(({ axis, format, gap, sparse }) => ({
    name: `many ${axis} (${format}, every ${gap}th missing${format === 'jsonstat' && sparse ? ', sparse' : ''})`,
    build: (n: number) => {
      const [regions, periods] = axis === 'periods' ? [30, n] : [n, 3];
      const grid = periodGrid(regions, periods, gap, sparse);
      if (format === 'jsonstat') return grid;
      const dims = grid['dimension'] as { Region: { category: { index: string[] } }; Tid: { category: { index: string[] } } };
      const rows: string[][] = [];
      dims.Region.category.index.forEach((region, r) =>
        dims.Tid.category.index.forEach((period, t) => {
          if ((r * periods + t) % gap !== 0) rows.push([region, period, String(r + t)]);
        }),
      );
      return csvWith(['region', 'år', 'verdi'], rows);
    },
    base: axis === 'periods' ? 100 : 300,
  }));

/** Every scalable hostile shape. */
export const hostileShape: fc.Arbitrary<HostileShape> = fc.oneof({ weight: 3, arbitrary: runShape }, { weight: 1, arbitrary: countShape });
