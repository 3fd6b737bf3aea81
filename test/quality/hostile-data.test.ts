/**
 * Quality gate "hostile input", data core: malformed and hostile feeds either become a Dataset whose
 * observations all have a finite number or null and text regions and periods, or are refused with a
 * FeedError that lists at least one problem, each with a path and a message. Never another exception, never
 * a hang (each case is timed).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/data/parse.js';
import { FeedError } from '../../src/data/errors.js';
import type { Dataset, ParseOptions } from '../../src/data/types.js';
import { runPipeline, stopPipeline } from './pipeline.js';
import {
  csvLike,
  handWritten,
  hostileShape,
  innsiktFeed,
  innsiktLike,
  jsonStatFeed,
  jsonStatLike,
  mutate,
  mutation,
  nastyValue,
  manyBadObservations,
  sparseBomb,
  type Json,
} from './hostile-corpus.js';

/** A case that takes longer than this is a hang (10 MB inputs get more). */
const TIME_BOX_MS = 2000;
const TIME_BOX_HUGE_MS = 8000;
/** Runs per property; the properties together generate well over 100 feeds. */
const RUNS = 150;

type Outcome = { kind: 'dataset'; ds: Dataset } | { kind: 'error'; error: FeedError };

function describeInput(input: unknown): string {
  try {
    const s = typeof input === 'string' ? input : input instanceof Uint8Array ? `<${input.length} bytes>` : JSON.stringify(input);
    return s === undefined ? String(input) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Checks what a Dataset promises. Returns a list of broken promises (empty when all hold). */
function datasetProblems(ds: Dataset): string[] {
  const problems: string[] = [];
  if (!Array.isArray(ds.observations)) return ['observations is not a list'];
  ds.observations.forEach((o, i) => {
    if (problems.length > 5) return;
    if (o === undefined || o === null || typeof o !== 'object') {
      problems.push(`observations[${i}] is ${String(o)}`);
      return;
    }
    if (!(o.value === null || (typeof o.value === 'number' && Number.isFinite(o.value)))) problems.push(`observations[${i}].value is ${String(o.value)}`);
    if (typeof o.region !== 'string') problems.push(`observations[${i}].region is ${typeof o.region}`);
    if (typeof o.period !== 'string') problems.push(`observations[${i}].period is ${typeof o.period}`);
    if (typeof o.measure !== 'string') problems.push(`observations[${i}].measure is ${typeof o.measure}`);
    if (typeof o.regionLabel !== 'string') problems.push(`observations[${i}].regionLabel is ${typeof o.regionLabel}`);
    if (typeof o.dims !== 'object' || o.dims === null) problems.push(`observations[${i}].dims is ${String(o.dims)}`);
    else for (const [k, v] of Object.entries(o.dims)) if (typeof v !== 'string') problems.push(`observations[${i}].dims.${k} is ${typeof v}`);
  });
  for (const key of ['regions', 'periods', 'measures', 'dimensions', 'sources', 'notes', 'warnings', 'indicators'] as const) {
    if (!Array.isArray(ds[key])) problems.push(`${key} is not a list`);
  }
  if (Array.isArray(ds.periods)) for (const p of ds.periods) if (typeof p !== 'string') problems.push(`a period is ${typeof p}`);
  if (Array.isArray(ds.regions))
    for (const r of ds.regions)
      if (typeof r?.code !== 'string' || typeof r.name !== 'string') problems.push(`region ${String(r?.code)} has no text code or name`);
  if (Array.isArray(ds.sources)) {
    for (const s of ds.sources) if (s.url !== undefined && !/^https?:\/\//i.test(s.url)) problems.push(`source url ${s.url} is not http(s)`);
  }
  return problems;
}

/**
 * Parses one input and checks the outcome. Throws (failing the property) when parseFeed throws anything but a
 * FeedError, when a FeedError has no issue or an issue without path or message, when a Dataset breaks its
 * promises, or when parsing takes longer than the time box.
 */
function check(input: unknown, options?: ParseOptions, timeBox = TIME_BOX_MS): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { kind: 'dataset', ds: parseFeed(input, options) };
  } catch (err) {
    if (!(err instanceof FeedError)) {
      const e = err as Error;
      throw new Error(
        `parseFeed threw ${e?.name ?? typeof err} (not a FeedError): ${String(e?.message ?? err).slice(0, 300)}\n  input: ${describeInput(input)}`,
      );
    }
    outcome = { kind: 'error', error: err };
  }
  const elapsed = performance.now() - started;
  if (elapsed > timeBox) throw new Error(`parseFeed took ${Math.round(elapsed)} ms (time box ${timeBox} ms)\n  input: ${describeInput(input)}`);
  if (outcome.kind === 'error') {
    const { issues } = outcome.error;
    if (!Array.isArray(issues) || issues.length === 0) throw new Error(`FeedError without issues: ${outcome.error.message}\n  input: ${describeInput(input)}`);
    for (const issue of issues) {
      if (typeof issue.path !== 'string' || issue.path.trim() === '' || typeof issue.message !== 'string' || issue.message.trim() === '') {
        throw new Error(`FeedError issue without path or message: ${JSON.stringify(issue)}\n  input: ${describeInput(input)}`);
      }
    }
    if (outcome.error.message.length > 20000)
      throw new Error(`FeedError message is ${outcome.error.message.length} characters long\n  input: ${describeInput(input)}`);
  } else {
    const problems = datasetProblems(outcome.ds);
    if (problems.length) throw new Error(`Dataset breaks its promises: ${problems.join('; ')}\n  input: ${describeInput(input)}`);
  }
  return outcome;
}

// Failing properties report the error itself, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

const FORMATS: Array<ParseOptions | undefined> = [
  undefined,
  { format: 'innsikt' },
  { format: 'jsonstat' },
  { format: 'csv' },
  { harmonise: true, indicator: 'commuting' },
];
const options = fc.constantFrom(...FORMATS);

let demo: Json;

before(async () => {
  demo = (await (await fetch('/demo/data/innlandet.json')).json()) as Json;
});

after(() => stopPipeline());

describe('quality: hostile feeds, data core (parseFeed)', function () {
  this.timeout(120000);

  it('the valid base documents parse (sanity check for the mutations below)', () => {
    for (const doc of [demo, innsiktFeed(), jsonStatFeed()]) {
      const out = check(doc);
      expect(out.kind, describeInput(doc)).to.equal('dataset');
    }
  });

  it('any JSON value or JS value at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), nastyValue), options, (input, opts) => void check(input, opts)),
      { numRuns: RUNS },
    );
  });

  it('any text (as JSON, CSV or garbage) and any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 3 }), fc.uint8Array({ maxLength: 200 })),
        options,
        (input, opts) => void check(input, opts),
      ),
      { numRuns: RUNS },
    );
  });

  it('Innsikt-feed-like documents with any field wrong', () => {
    fc.assert(
      fc.property(innsiktLike, options, (input, opts) => void check(input, opts)),
      { numRuns: RUNS },
    );
  });

  it('mutations of the valid demo feed (innlandet.json)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), options, (ms, opts) => void check(mutate(demo, ms), opts)),
      { numRuns: RUNS },
    );
  });

  it('mutations of a small Innsikt feed with every optional field', () => {
    const base = innsiktFeed();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), options, (ms, opts) => void check(mutate(base, ms), opts)),
      { numRuns: RUNS },
    );
  });

  it('JSON-stat-like documents: ids, sizes, categories and values that may not agree', () => {
    fc.assert(
      fc.property(jsonStatLike, options, (input, opts) => void check(input, opts)),
      { numRuns: RUNS },
    );
  });

  it('mutations of a valid JSON-stat dataset', () => {
    const base = jsonStatFeed();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), options, (ms, opts) => void check(mutate(base, ms), opts)),
      { numRuns: RUNS },
    );
  });

  it('CSV-like texts and bytes: delimiters, quotes, titles, ragged rows, odd numbers', () => {
    fc.assert(
      fc.property(csvLike, options, (input, opts) => void check(input, opts)),
      { numRuns: RUNS },
    );
  });

  // Each shape read whole at 8x its base size: no exception, no endless loop. The time box is only a guard against a
  // freeze (a loaded CI machine reads some of these in 2 s); hostile-growth.test.ts proves the cost grows linearly.
  it('scalable hostile shapes at a size that froze pages: runs of one character, many periods, many regions', () => {
    fc.assert(
      fc.property(hostileShape, options, (shape, opts) => void check(shape.build(shape.base * 8), opts, TIME_BOX_HUGE_MS)),
      { numRuns: 40 },
    );
  });

  it('truncated JSON and CSV (a download cut off anywhere)', () => {
    const texts = [JSON.stringify(demo), JSON.stringify(jsonStatFeed()), 'Tittel\nregion;2020;2021\n3401 Kongsvinger;1 234,5;..\n3403 Hamar;57,5 %;ca. 68\n'];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => void check(text.slice(0, Math.floor(text.length * at)))),
      { numRuns: RUNS },
    );
  });

  describe('hand-written cases', () => {
    for (const { name, input } of handWritten()) {
      it(name, () => {
        const value = input();
        const huge = /10 MB|deep|nested|huge/i.test(name);
        for (const opts of [undefined, { harmonise: true }]) check(value, opts, huge ? TIME_BOX_HUGE_MS : TIME_BOX_MS);
      });
    }
  });

  describe('what the corpus must not let through', () => {
    it('never keeps a javascript: or data: source link', () => {
      const cases = handWritten().filter((c) => /canaries|data: URL/.test(c.name));
      // The cases are found by name: a renamed case must not leave this test with nothing to check.
      expect(cases.length, 'hand-written cases with canaries or a data: URL').to.be.greaterThan(1);
      for (const { name, input } of cases) {
        const out = check(input());
        // A refused feed keeps no link at all; a read one keeps only http(s) links.
        if (out.kind === 'dataset') for (const s of out.ds.sources) expect(s.url ?? 'https://', name).to.match(/^https?:\/\//i);
      }
    });

    it('a CSV number too large for a double is an error, not Infinity', () => {
      const out = check(`region;år;verdi\n3401;2021;${'9'.repeat(400)}\n3403;2021;12`);
      if (out.kind === 'dataset') {
        for (const o of out.ds.observations) expect(Number.isFinite(o.value ?? 0), `value ${String(o.value)}`).to.equal(true);
      } else {
        expect(out.error.issues[0]!.path).to.match(/line 2/);
      }
    });

    it('deeply nested JSON-stat collections are refused with a FeedError, not a stack overflow', () => {
      let c: unknown = jsonStatFeed();
      for (let i = 0; i < 20000; i++) c = { class: 'collection', link: { item: [c] } };
      const out = check(c, undefined, TIME_BOX_HUGE_MS);
      expect(out.kind).to.be.oneOf(['dataset', 'error']);
    });

    it('more than 50 broken observations are all refused (the issue list stops listing, not checking)', () => {
      // 1 error for the indicator id, then one per observation: the 50th fills the list.
      for (const n of [10, 49, 50, 51, 200]) {
        const out = check(manyBadObservations(n));
        expect(out.kind, `${n} observations`).to.equal('error');
      }
    });

    it('a 40 KB JSON-stat document with a sparse value object cannot ask for millions of cells', () => {
      const doc = JSON.stringify(sparseBomb(3000));
      expect(doc.length).to.be.below(60000);
      const out = check(doc);
      // Refused, like a table over the cell limit; not 9 000 000 observations that freeze the page for seconds.
      expect(out.kind).to.equal('error');
    });

    it('no text in a parsed Dataset is longer than 5000 characters (the Innsikt limit), whatever the format', () => {
      // A 10 MB label that gets through is laid out, measured and wrapped by every view: seconds of frozen page.
      const MAX = 5000;
      const problems: string[] = [];
      for (const { name, input } of handWritten().filter((c) => /10 MB/.test(c.name))) {
        const out = check(input(), undefined, TIME_BOX_HUGE_MS);
        if (out.kind !== 'dataset') continue;
        const ds = out.ds;
        const texts: Array<[string, unknown]> = [
          ['title', ds.title],
          ...ds.regions.map((r, i): [string, unknown] => [`regions[${i}].name`, r.name]),
          ...ds.measures.map((m, i): [string, unknown] => [`measures[${i}].label`, m.label]),
          ...ds.sources.map((s, i): [string, unknown] => [`sources[${i}].title`, s.title]),
          ...ds.dimensions.flatMap((d, i) => [
            [`dimensions[${i}].label`, d.label] as [string, unknown],
            ...d.categories.map((c, j): [string, unknown] => [`dimensions[${i}].categories[${j}].label`, c.label]),
          ]),
          ...ds.notes.map((n, i): [string, unknown] => [`notes[${i}].text`, n.text]),
          ...ds.observations.slice(0, 1000).flatMap((o, i): Array<[string, unknown]> => [
            [`observations[${i}].regionLabel`, o.regionLabel],
            [`observations[${i}].measureLabel`, o.measureLabel],
          ]),
        ];
        for (const [path, text] of texts) {
          const length =
            typeof text === 'string' ? text.length : text && typeof text === 'object' ? Math.max(...Object.values(text).map((t) => String(t).length)) : 0;
          if (length > MAX) problems.push(`${name}: ${path} is ${length} characters long`);
        }
      }
      expect([...new Set(problems)].slice(0, 20).join('\n')).to.equal('');
    });

    it('a 10 MB title is refused (Innsikt) with a short message', () => {
      const out = check({ ...innsiktFeed(), title: 'x'.repeat(10 * 1024 * 1024) }, undefined, TIME_BOX_HUGE_MS);
      expect(out.kind).to.equal('error');
      if (out.kind === 'error') {
        expect(out.error.issues[0]!.path).to.equal('title');
        expect(out.error.message.length).to.be.below(500);
      }
    });
  });
});

/**
 * The rest of what a widget computes from a feed (view model, summary, source line, chart data, map model),
 * run in a worker so that an endless loop is caught by the time box instead of freezing the page.
 */
describe('quality: hostile feeds, the whole widget pipeline (in a worker, time-boxed)', function () {
  this.timeout(600000);
  const PIPELINE_BOX_MS = 5000;

  async function failuresOf(cases: Array<{ name: string; input?: unknown; handWritten?: boolean }>): Promise<string[]> {
    const failures: string[] = [];
    for (const { name, input, handWritten: named } of cases) {
      const result = await runPipeline(input, undefined, PIPELINE_BOX_MS, named ? name : undefined);
      if (result.outcome === 'timeout') failures.push(`${name}: no answer within ${PIPELINE_BOX_MS} ms (an endless loop, or far too slow)`);
      else if (result.outcome === 'exception') failures.push(`${name}: ${result.name} in ${result.stage}: ${result.message}`);
    }
    return failures;
  }

  it('hand-written cases', async () => {
    const cases = handWritten().map(({ name }) => ({ name, handWritten: true }));
    expect((await failuresOf(cases)).join('\n')).to.equal('');
  });

  it('generated feeds (mutations and from scratch)', async () => {
    const cases = [
      ...fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), 60).map((ms, i) => ({ name: `mutated demo #${i}`, input: mutate(demo, ms) })),
      ...fc
        .sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), 40)
        .map((ms, i) => ({ name: `mutated JSON-stat #${i}`, input: mutate(jsonStatFeed(), ms) })),
      ...fc.sample(jsonStatLike, 40).map((input, i) => ({ name: `JSON-stat-like #${i}`, input })),
      ...fc.sample(csvLike, 40).map((input, i) => ({ name: `CSV-like #${i}`, input })),
      ...fc.sample(innsiktLike, 20).map((input, i) => ({ name: `Innsikt-like #${i}`, input })),
    ];
    expect((await failuresOf(cases)).join('\n')).to.equal('');
  });
});
