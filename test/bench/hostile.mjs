// Figure 7, run in its own Node process (node --expose-gc test/bench/hostile.mjs <dist/lib>): every feed of a
// generated hostile set, each just under 1 MB, read and modelled as a widget does it on the main thread, in one
// synchronous step: bytes → parseFeed (decoding and JSON.parse included) → buildViewModel → summarize.
//   ours:     the longest such step over the set (each feed timed once; the five slowest timed twice more, the
//             fastest of their three runs counts, so that one GC pause does not make the figure)
//   baseline: the same step on an ordinary 1 MB feed (a dense JSON-stat table of municipalities × years)
// The set: runs of one character (whitespace, line breaks, separators, quotes, digits) between region codes, periods
// and units, in CSV column names, cells, region fields and title lines, JSON-stat codes and labels and Innsikt texts;
// many periods; many regions; a sparse table declaring a million cells. Prints one JSON line on stdout.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const lib = process.argv[2];
const load = (p) => import(pathToFileURL(join(lib, p)).href);
const { parseFeed } = await load('data/parse.js');
const { buildViewModel } = await load('indicators/view-model.js');
const { summarize } = await load('indicators/summary.js');

const LIMIT = 1_000_000;
/** Longest field the readers accept (CSV refuses longer ones; JSON-stat cuts them). */
const FIELD = 4900;
const encoder = new TextEncoder();

const csv = (header, rows) => {
  const field = (c) => (/[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(field).join(';')).join('\n') + '\n';
};

/** Copies of a run placed in a feed, as many as fit under 1 MB. */
function place(where, run, copies) {
  const many = (f) => Array.from({ length: copies }, (_, k) => f(k));
  switch (where) {
    case 'csv-header':
      return csv(['region', ...many((k) => `${run}${k}`)], [['3401', ...many(() => '1')]]);
    case 'csv-cell':
      return csv(
        ['region', 'verdi'],
        many((k) => [String(3000 + k), run]),
      );
    case 'csv-region':
      return csv(
        ['region', 'verdi'],
        many((k) => [`${run}${k}`, String(k)]),
      );
    case 'jsonstat-region': {
      const codes = many((k) => `${run}${k}`);
      return JSON.stringify({
        class: 'dataset',
        id: ['Region', 'Tid'],
        size: [codes.length, 1],
        role: { geo: ['Region'], time: ['Tid'] },
        dimension: { Region: { category: { index: codes } }, Tid: { category: { index: ['2020'] } } },
        value: codes.map((_, k) => k),
      });
    }
    case 'jsonstat-label': {
      const codes = many((k) => String(3000 + k));
      return JSON.stringify({
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
      });
    }
    case 'innsikt-text':
      return JSON.stringify({
        innsikt: '1',
        indicators: [{ id: 'employment-change', title: run.slice(0, 4900) }],
        regions: many((k) => ({ code: `R-${k}`, name: run, level: 'other' })),
        sources: [{ id: 's', title: 'S' }],
        observations: many((k) => ({ indicator: 'employment-change', measure: 'change-pct', region: `R-${k}`, period: '2020', value: k, source: 's' })),
      });
    default:
      throw new Error(where);
  }
}

/** The largest number of copies whose feed stays under 1 MB (a binary search over `make`). */
function fit(make) {
  let lo = 1;
  let hi = 2;
  while (encoder.encode(make(hi)).length < LIMIT && hi < 1 << 22) hi *= 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (encoder.encode(make(mid)).length < LIMIT) lo = mid;
    else hi = mid;
  }
  return make(lo);
}

function grid(regions, periods, gap, sparse) {
  const codes = Array.from({ length: regions }, (_, r) => String(3000 + r));
  const times = Array.from({ length: periods }, (_, t) => `${1800 + Math.floor(t / 12)}M${String((t % 12) + 1).padStart(2, '0')}`);
  const cells = regions * periods;
  const value = sparse ? {} : new Array(cells).fill(null);
  for (let i = 0; i < cells; i++) if (gap === 0 || i % gap !== 0) value[sparse ? String(i) : i] = i % 1000;
  return {
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [regions, periods],
    role: { geo: ['Region'], time: ['Tid'] },
    dimension: { Region: { category: { index: codes } }, Tid: { category: { index: times } } },
    value,
  };
}

function hostileSet() {
  const set = [];
  const chars = [' ', '_', '\t', '\n', '\u2028', '\u00a0', '"', ';', '.', '-', '%', '0', '('];
  const ends = [
    ['34', '\nx\ny'],
    ['a', 'b'],
    ['1', '1 %'],
    ['Verdi', 'mill_kr'],
    ['K-3401', '2021'],
  ];
  const places = ['csv-header', 'csv-cell', 'csv-region', 'jsonstat-region', 'jsonstat-label', 'innsikt-text'];
  for (const ch of chars) {
    for (const [start, end] of ends) {
      for (const where of places) {
        const run = `${start}${ch.repeat(FIELD - start.length - end.length - 8)}${end}`;
        set.push({
          name: `${where}: ${JSON.stringify(start)} + ${JSON.stringify(ch)}×${FIELD} + ${JSON.stringify(end)}`,
          text: fit((n) => place(where, run, n)),
        });
      }
    }
  }
  set.push({ name: 'CSV: 1 MB of title lines', text: fit((n) => `${Array.from({ length: n }, (_, k) => `Tittel ${k}`).join('\n')}\nregion;verdi\n3401;5\n`) });
  set.push({ name: 'CSV: 1 MB of empty lines between header and data', text: fit((n) => `region;verdi\n${'\n'.repeat(n)}3401;5\n`) });
  for (const gap of [0, 3]) {
    set.push({ name: `JSON-stat: 30 regions × many months${gap ? ', every 3rd missing' : ''}`, text: fit((n) => JSON.stringify(grid(30, n, gap, false))) });
    set.push({ name: `JSON-stat: many regions × 3 years${gap ? ', every 3rd missing' : ''}`, text: fit((n) => JSON.stringify(grid(n, 3, gap, false))) });
    set.push({
      name: `JSON-stat (sparse): 30 regions × many months${gap ? ', every 3rd missing' : ''}`,
      text: fit((n) => JSON.stringify(grid(30, n, gap, true))),
    });
    set.push({
      name: `CSV: many regions × 3 years${gap ? ', every 3rd missing' : ''}`,
      text: fit((n) =>
        csv(
          ['region', 'år', 'verdi'],
          Array.from({ length: n * 3 }, (_, i) => [String(3000 + Math.floor(i / 3)), String(2020 + (i % 3)), gap && i % gap === 0 ? '..' : String(i)]),
        ),
      ),
    });
  }
  const bomb = grid(1000, 1000, 0, true);
  bomb.value = { 7: 1 };
  bomb.status = '..';
  set.push({ name: 'JSON-stat: a few bytes declaring 1 000 000 cells', text: JSON.stringify(bomb) });
  return set;
}

/** One synchronous step, as a widget's main thread runs it; ms. A refusal (FeedError) is an outcome like any other. */
function step(bytes) {
  const t0 = performance.now();
  try {
    const ds = parseFeed(bytes);
    summarize(buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' }));
  } catch {
    // refused with a message: the widget shows it
  }
  return performance.now() - t0;
}

const set = hostileSet().map((f) => ({ ...f, bytes: encoder.encode(f.text) }));
for (const f of set) if (f.bytes.length >= LIMIT) throw new Error(`${f.name} is ${f.bytes.length} bytes`);
for (const f of set.slice(0, 5)) step(f.bytes); // warm up
for (const f of set) f.ms = step(f.bytes);
const slowest = [...set].sort((a, b) => b.ms - a.ms).slice(0, 5);
for (const f of slowest) {
  globalThis.gc?.();
  f.ms = Math.min(f.ms, step(f.bytes), step(f.bytes));
}
const worst = set.reduce((a, b) => (b.ms > a.ms ? b : a));

const ordinary = encoder.encode(fit((n) => JSON.stringify(grid(Math.max(1, Math.floor(n / 20)), 20, 0, false))));
step(ordinary);
const baseline = Math.min(step(ordinary), step(ordinary), step(ordinary));

console.log(
  JSON.stringify({
    feeds: set.length,
    largest: Math.max(...set.map((f) => f.bytes.length)),
    worst: { name: worst.name, bytes: worst.bytes.length, ms: worst.ms },
    top: [...set]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((f) => ({ name: f.name, bytes: f.bytes.length, ms: f.ms })),
    baseline: { bytes: ordinary.length, ms: baseline },
  }),
);
