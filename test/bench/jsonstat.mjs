// Figure 3, run in its own Node process (node --expose-gc test/bench/jsonstat.mjs <dist/data.js>): JSON-stat →
// observations on a generated 1 000 000-cell dataset (Region 100 × NACE 50 × ContentsCode 4 × Tid 50, shaped like
// a Statistics Norway PxWebApi v2 answer: JSON-stat 2.0, roles, units, ~1 % missing values with status symbols).
//   ours:     parseJsonStat(object) from dist/data.js → Dataset.observations
//   baseline: jsonstat-toolkit, JSONstat(object).Dataset(0).toTable({ type: 'arrobj', … }) (the faster of its
//             label and id modes, chosen in the warm-up)
// Each side reads its own copy of the same parsed object (neither can speed up the other by caching on it).
// Runs alternate; the median of RUNS timed runs per side is reported. Prints one JSON line on stdout.
import { pathToFileURL } from 'node:url';
import JSONstat from 'jsonstat-toolkit';

const RUNS = Number(process.env.BENCH_JSONSTAT_RUNS ?? 5);
const dataPath = process.argv[2];
const { parseJsonStat } = await import(pathToFileURL(dataPath).href);

const SIZES = { Region: 100, NACE: 50, ContentsCode: 4, Tid: 50 };

/** A 1 000 000-cell JSON-stat 2.0 dataset (deterministic). */
export function generate() {
  const ids = Object.keys(SIZES);
  const size = ids.map((id) => SIZES[id]);
  const category = (codes, labels, extra = {}) => ({
    index: Object.fromEntries(codes.map((c, i) => [c, i])),
    label: Object.fromEntries(codes.map((c, i) => [c, labels[i]])),
    ...extra,
  });
  const regions = Array.from({ length: SIZES.Region }, (_, i) => `K-${3401 + i}`);
  const nace = Array.from({ length: SIZES.NACE }, (_, i) => `${String(i + 1).padStart(2, '0')}`);
  const contents = ['Sysselsatte', 'Endring', 'Andel', 'Verdiskaping'];
  const years = Array.from({ length: SIZES.Tid }, (_, i) => String(1975 + i));
  const dimension = {
    Region: {
      label: 'region',
      category: category(
        regions,
        regions.map((c) => `Kommune ${c.slice(2)}`),
      ),
    },
    NACE: {
      label: 'næring (SN2007)',
      category: category(
        nace,
        nace.map((c) => `Næring ${c}`),
      ),
    },
    ContentsCode: {
      label: 'statistikkvariabel',
      category: category(contents, ['Sysselsatte personer', 'Endring i prosent', 'Andel av sysselsatte', 'Bruttoprodukt'], {
        unit: {
          Sysselsatte: { base: 'personer', decimals: 0 },
          Endring: { base: 'prosent', decimals: 1 },
          Andel: { base: 'prosent', decimals: 1 },
          Verdiskaping: { base: 'mill. kr', decimals: 0 },
        },
      }),
    },
    Tid: { label: 'år', category: category(years, years) },
  };
  const n = size.reduce((a, b) => a * b, 1);
  const value = new Array(n);
  const status = {};
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    if (seed % 100 === 0) {
      value[i] = null;
      status[i] = seed % 3 === 0 ? ':' : '..';
    } else {
      value[i] = Math.round((seed % 1000000) / 10) / 10;
    }
  }
  return {
    version: '2.0',
    class: 'dataset',
    label: '07984: Sysselsatte, etter region, næring, statistikkvariabel og år (generert for benchmark)',
    source: 'Statistisk sentralbyrå',
    updated: '2024-06-01T06:00:00Z',
    id: ids,
    size,
    role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
    dimension,
    value,
    status,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const gc = () => globalThis.gc?.();

const oursInput = generate();
const toolkitInput = generate();
const cells = oursInput.value.length;

const ours = () => parseJsonStat(oursInput).observations.length;
const toolkitMode = (options) => () => JSONstat(toolkitInput).Dataset(0).toTable(options).length;
const time = (fn) => {
  gc();
  const t0 = performance.now();
  const n = fn();
  return { ms: performance.now() - t0, n };
};

// Warm-up (JIT, lazy initialisation); pick the toolkit's faster arrobj mode.
const warmOurs = time(ours);
const modes = [
  { label: "toTable({ type: 'arrobj' })", options: { type: 'arrobj' } },
  { label: "toTable({ type: 'arrobj', content: 'id' })", options: { type: 'arrobj', content: 'id' } },
];
for (const m of modes) m.warm = time(toolkitMode(m.options));
const best = modes.reduce((a, b) => (b.warm.ms < a.warm.ms ? b : a));
const toolkit = toolkitMode(best.options);

const oursMs = [];
const toolkitMs = [];
let oursRows = warmOurs.n;
let toolkitRows = best.warm.n;
for (let i = 0; i < RUNS; i++) {
  const a = time(ours);
  const b = time(toolkit);
  oursMs.push(a.ms);
  toolkitMs.push(b.ms);
  oursRows = a.n;
  toolkitRows = b.n;
}
const oursMedian = median(oursMs);
const toolkitMedian = median(toolkitMs);
console.log(
  JSON.stringify({
    cells,
    runs: RUNS,
    ours: { ms: oursMedian, all: oursMs, rows: oursRows, cellsPerSecond: cells / (oursMedian / 1000) },
    toolkit: {
      mode: best.label,
      ms: toolkitMedian,
      all: toolkitMs,
      rows: toolkitRows,
      cellsPerSecond: cells / (toolkitMedian / 1000),
      warmup: Object.fromEntries(modes.map((m) => [m.label, m.warm.ms])),
    },
  }),
);
