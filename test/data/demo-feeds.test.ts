/**
 * The offline demo feeds (demo/data/*.json) against the feed schema and against the reports they quote.
 *
 * Hard rule: a feed may only hold figures printed in the seed reports (../shared/seeds, cited as
 * `<file>:<line>`) or values computed from them and marked `derived`. The truth check below opens the
 * cited line (±2 lines, since numbers wrap) and looks for the number the way the report prints it
 * (30,1 · 371.000 · -6022 · «vel 4 prosent»).
 */
import { expect } from '@open-wc/testing';
import { sharedText, skipShared } from '../shared-fixtures.js';
import { parseFeed } from '../../src/data/parse.js';
import { FeedError } from '../../src/data/errors.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Localized = string | { nb: string; nn?: string; en?: string };

interface Observation {
  indicator: string;
  measure: string;
  region: string;
  period: string;
  value: number | null;
  status?: string;
  qualifier?: 'approx' | 'atLeast' | 'atMost';
  qualifierText?: string;
  dims?: Record<string, string>;
  source?: string;
  ref?: string;
  quote?: string;
  derived?: boolean;
  note?: Localized;
}

interface Feed {
  innsikt: '1';
  title?: Localized;
  indicators: Array<{ id: string; title: Localized; measures?: Array<{ id: string; label: Localized }> }>;
  regions: Array<{ code: string; name: Localized; level: string; parent?: string }>;
  sources: Array<{ id: string; title: string; publisher?: string; url?: string; table?: string; published?: string }>;
  notes?: Array<{ text: Localized; indicator?: string; ref?: string; mandatory?: boolean }>;
  observations: Observation[];
}

const SINGLE = ['employment-change', 'state-transfers', 'rd-share', 'value-creation', 'commuting'] as const;
const ALL = [...SINGLE, 'innlandet'] as const;
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
const REF = /^(\d{3}_[0-9a-f]{16}\.txt):(\d+)((?:\+\d+)*)$/;

// ------------------------------------------------------------------ loading

const feedCache = new Map<string, Promise<Feed>>();
function loadFeed(name: string): Promise<Feed> {
  if (!feedCache.has(name)) {
    feedCache.set(
      name,
      fetch(`/demo/data/${name}.json`).then(async (res) => {
        if (!res.ok) throw new Error(`/demo/data/${name}.json: HTTP ${res.status}`);
        return (await res.json()) as Feed;
      }),
    );
  }
  return feedCache.get(name)!;
}

const seedCache = new Map<string, Promise<string[] | undefined>>();
function seedLines(file: string): Promise<string[] | undefined> {
  if (!seedCache.has(file))
    seedCache.set(
      file,
      sharedText(`seeds/${file}`).then((t) => t?.split(/\r?\n/)),
    );
  return seedCache.get(file)!;
}

// ------------------------------------------------------------------ schema validation

/**
 * Schema validity is checked with Ajv in Node (test/node/feed-schema.test.mjs); here the data core's own
 * validator (the one a strict-CSP page runs) must accept the feed without warnings.
 */
function validate(feed: unknown): string[] {
  try {
    const ds = parseFeed(feed);
    return ds.warnings.map((w) => `${w.path}: ${w.message}`);
  } catch (err) {
    return err instanceof FeedError ? err.issues.map((i) => `${i.path}: ${i.message}`) : [String(err)];
  }
}

// ------------------------------------------------------------------ numbers as the reports print them

/** 12 → ["12"]; 371000 → ["371000", "371.000", "371 000", …]; -5.1 → ["-5,1", "−5,1", …]; 102 → also "102,0". */
function printedForms(value: number): string[] {
  const abs = Math.abs(value);
  const bodies = new Set<string>();
  for (let d = 0; d <= 3; d++) {
    const fixed = abs.toFixed(d);
    if (Number(fixed) !== abs) continue;
    const [int, frac] = fixed.split('.');
    const grouped = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    for (const sep of ['', '.', ' ', '\u00a0']) bodies.add(grouped(sep) + (frac ? `,${frac}` : ''));
  }
  const signs = value < 0 ? ['-', '\u2212', '\u2013', '- ', '\u2212 '] : ['', '+'];
  return [...bodies].flatMap((b) => signs.map((s) => s + b));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` prints `value` as a whole number (not as part of 1234 or 4,1). */
function printsNumber(text: string, value: number): boolean {
  return printedForms(value).some((form) => {
    const lead = value < 0 ? '(?<![\\d])' : '(?<![\\d,.\\-\u2212])';
    return new RegExp(`${lead}${escapeRe(form)}(?![\\d]|[,.]\\d)`, 'u').test(text);
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Norwegian hedge words and what they make of the number after them ("nær 164.000" = just below). */
const HEDGES: Array<[string, NonNullable<Observation['qualifier']>]> = [
  ['over|vel|drøyt|mer enn|minst', 'atLeast'],
  ['under|nær|nesten|knapt|mindre enn', 'atMost'],
  ['ca\\.|cirka|rundt|om lag|omlag|omtrent|omkring', 'approx'],
];

/** The qualifier a hedge word right before the printed number calls for, if any. */
function hedgeBefore(text: string, value: number): NonNullable<Observation['qualifier']> | undefined {
  for (const [words, qualifier] of HEDGES) {
    for (const form of printedForms(value)) {
      const re = new RegExp(`(?:^|[^\\p{L}])(?:${words})\\s+${escapeRe(form)}(?![\\d]|[,.]\\d)`, 'iu');
      if (re.test(text)) return qualifier;
    }
  }
  return undefined;
}

/** Words that stand for a number where the report gives none ("samme antall arbeidsplasser" = no change). */
const WORDS_FOR: Record<number, RegExp> = { 0: /samme antall/ };

function parseRef(ref: string): { file: string; lines: number[] } {
  const m = REF.exec(ref);
  if (!m) throw new Error(`ref "${ref}" is not <seed file>:<line>[+<line>…]`);
  return { file: m[1], lines: [Number(m[2]), ...m[3].split('+').filter(Boolean).map(Number)] };
}

function windowAt(lines: string[], line: number, spread = 2): string {
  return lines.slice(Math.max(0, line - 1 - spread), line + spread).join('\n');
}

/** Returns a reason when the report does not print the observation at its ref, else undefined. */
function truthProblem(o: Observation, lines: string[]): string | undefined {
  const { lines: at } = parseRef(o.ref!);
  if (at.length !== 1) return `a reported figure cites one line, not ${o.ref}`;
  if (at[0] < 1 || at[0] > lines.length) return `line ${at[0]} does not exist`;
  const text = windowAt(lines, at[0]);
  if (o.value === null) return 'value is null';
  if (o.qualifierText !== undefined && !squash(text).includes(squash(o.qualifierText))) {
    return `qualifierText «${o.qualifierText}» is not at the cited line`;
  }
  if (o.value === 0 && o.qualifierText && WORDS_FOR[0].test(o.qualifierText)) return undefined;
  if (!printsNumber(text, o.value)) return `${printedForms(o.value).slice(0, 3).join(' / ')} is not printed at the cited line`;
  if (o.qualifierText !== undefined) {
    if (!printsNumber(o.qualifierText, o.value)) return `qualifierText does not contain ${o.value}`;
    const hedge = hedgeBefore(o.qualifierText, o.value);
    if (hedge && hedge !== o.qualifier) return `«${o.qualifierText}» means ${hedge}, not ${o.qualifier}`;
  } else {
    const hedge = hedgeBefore(text, o.value);
    if (hedge) return `the report hedges ${o.value} (${hedge}) but the observation has no qualifierText/qualifier`;
  }
  return undefined;
}

// ------------------------------------------------------------------ helpers for the required figures

const cellKey = (o: Observation) => [o.indicator, o.measure, o.region, o.period, JSON.stringify(Object.entries(o.dims ?? {}).sort())].join('|');

function only(feed: Feed, q: Partial<Observation>): Observation {
  const hits = feed.observations.filter((o) =>
    (Object.keys(q) as Array<keyof Observation>).every((k) => (k === 'dims' ? JSON.stringify(o.dims ?? {}) === JSON.stringify(q.dims) : o[k] === q[k])),
  );
  expect(hits, `exactly one observation for ${JSON.stringify(q)}`).to.have.length(1);
  return hits[0];
}

function expectFigure(feed: Feed, q: Partial<Observation>, value: number, qualifier?: Observation['qualifier'], derived = false): Observation {
  const o = only(feed, q);
  expect(o.value, JSON.stringify(q)).to.be.closeTo(value, 1e-9);
  expect(o.qualifier, `qualifier of ${JSON.stringify(q)}`).to.equal(qualifier);
  expect(Boolean(o.derived), `derived flag of ${JSON.stringify(q)}`).to.equal(derived);
  return o;
}

const REQUIRED: Record<(typeof SINGLE)[number], (f: Feed) => void> = {
  'employment-change': (f) => {
    const all = { indicator: 'employment-change', measure: 'change-pct', period: '1990-2002', dims: { industry: 'all-industries' } };
    expectFigure(f, { ...all, region: '0' }, 12);
    expect(expectFigure(f, { ...all, region: '05' }, 4, 'atLeast').qualifierText).to.contain('vel 4');
    expect(expectFigure(f, { ...all, region: '04' }, 0, 'approx').qualifierText).to.contain('samme antall arbeidsplasser');
    expectFigure(f, { ...all, region: '0542', period: '1990-2001' }, 17);
    // Tabell 3.4: six columns × four industry groups × relative and absolute change.
    const t34 = f.observations.filter((o) => o.period === '1997-2005');
    expect(t34).to.have.length(48);
    for (const region of ['0101', '0529', '0604', '0701', 'TB-alle', 'NO-rest']) {
      for (const measure of ['change-pct', 'change-abs']) expect(t34.filter((o) => o.region === region && o.measure === measure)).to.have.length(4);
    }
    const total = { indicator: 'employment-change', period: '1997-2005', dims: { industry: 'tech-industries-total' } };
    expectFigure(f, { ...total, measure: 'change-pct', region: '0529' }, 6.8);
    expectFigure(f, { ...total, measure: 'change-abs', region: '0529' }, 148);
    expectFigure(f, { ...total, measure: 'change-abs', region: 'NO-rest' }, 36289);
    // Index series: Tabell 4.7 (Horten, rest of the country, 1998–2005) and Figur 7.2 (3 areas × 3 sectors, 1998–2004).
    const index = f.observations.filter((o) => o.measure === 'index');
    expect(index.filter((o) => o.region === '0701')).to.have.length(8);
    expect(index.filter((o) => o.region === 'NO-rest')).to.have.length(8);
    for (const region of ['0101', 'TB-ovrige', '0']) expect(index.filter((o) => o.region === region)).to.have.length(21);
    for (const o of index.filter((x) => x.period === '1998')) expect(o.value, `${o.region} ${o.dims?.industry} 1998`).to.equal(100);
    expectFigure(f, { indicator: 'employment-change', measure: 'index', region: '0701', period: '2005', dims: { industry: 'ict-manufacturing' } }, 101.6);
    expectFigure(f, { indicator: 'employment-change', measure: 'index', region: '0', period: '2004', dims: { industry: 'ict-sector' } }, 143);
    // The extract says the Tabell 3.4 header is garbled and Figur 7.2 must be read with care.
    const mandatory = (f.notes ?? []).filter((n) => n.mandatory && n.indicator === 'employment-change');
    expect(mandatory.map((n) => n.ref)).to.include.members(['003_449c11867c928ba7.txt:2816', '003_449c11867c928ba7.txt:9986']);
  },
  'state-transfers': (f) => {
    const amount = { indicator: 'state-transfers', measure: 'amount', region: '34', period: '2000' };
    expectFigure(f, { ...amount, dims: { type: 'total' } }, 30.1);
    expectFigure(f, { ...amount, dims: { type: 'personal' } }, 15.2);
    expectFigure(f, { ...amount, dims: { type: 'municipal-sector' } }, 8.8);
    expectFigure(f, { ...amount, dims: { type: 'state-wages' } }, 2.8);
    expectFigure(f, { ...amount, dims: { type: 'business' } }, 3.2);
    expectFigure(f, { indicator: 'state-transfers', measure: 'agricultural-support', region: '34', period: '2000' }, 1.9);
    const pc = { indicator: 'state-transfers', measure: 'per-capita-vs-national', period: '2000' };
    const hedmark = expectFigure(f, { ...pc, region: '04' }, 8);
    const oppland = expectFigure(f, { ...pc, region: '05' }, 9);
    const ix = { indicator: 'state-transfers', measure: 'per-capita-index', period: '2000' };
    expectFigure(f, { ...ix, region: '04' }, 100 + hedmark.value!, undefined, true);
    expectFigure(f, { ...ix, region: '05' }, 100 + oppland.value!, undefined, true);
    expectFigure(f, { ...ix, region: '0' }, 100, undefined, true);
    expect((f.notes ?? []).length, 'qualitative statements as notes').to.be.at.least(3);
  },
  'rd-share': (f) => {
    const gjovik = { indicator: 'rd-share', region: 'R-gjovik' };
    const inHouse = expectFigure(f, { ...gjovik, measure: 'share-in-house' }, 70, 'atLeast');
    const purchased = expectFigure(f, { ...gjovik, measure: 'share-purchased' }, 85, 'atLeast');
    expect(inHouse.qualifierText).to.contain('over 70');
    expect(purchased.qualifierText).to.contain('over 85');
    const rest = f.observations.filter((o) => o.region !== 'R-gjovik');
    for (const o of rest) {
      expect(o.derived, `${o.region} ${o.measure} must be derived`).to.equal(true);
      expect(o.qualifier, `${o.region} ${o.measure} is an upper bound`).to.equal('atMost');
      const bound = o.measure === 'share-in-house' ? inHouse : purchased;
      expect(o.value).to.equal(100 - bound.value!);
    }
    expect(
      (f.notes ?? []).map((n) => n.ref),
      'note: all other regions well below the national average',
    ).to.include('002_4b4b011be2bef435.txt:485');
  },
  'value-creation': (f) => {
    expect(expectFigure(f, { indicator: 'value-creation', measure: 'grp', region: '34', period: '2000' }, 68, 'approx').qualifierText).to.contain('ca. 68');
    expect((f.notes ?? []).length, 'notes on what the reports do not give').to.be.at.least(1);
  },
  commuting: (f) => {
    const raufoss = expectFigure(f, { indicator: 'commuting', measure: 'in-commuters-daily', region: '0529' }, 1000, 'approx');
    expect(raufoss.ref).to.equal('003_449c11867c928ba7.txt:8031');
    const refs = (f.notes ?? []).map((n) => n.ref);
    expect(refs).to.include.members(['002_4b4b011be2bef435.txt:69', '002_4b4b011be2bef435.txt:404']);
    expect(
      (f.notes ?? []).some((n) => n.mandatory && !n.ref),
      'a note that the reports give no commuting figures by region',
    ).to.equal(true);
  },
};

// ------------------------------------------------------------------ tests

describe('printsNumber (Norwegian print forms)', () => {
  it('finds numbers as the reports print them, and only whole', () => {
    expect(printsNumber('de totalt 30,1 mrd. kronene', 30.1)).to.equal(true);
    expect(printsNumber('Med til sammen 371.000 innbyggere', 371000)).to.equal(true);
    expect(printsNumber('industri -5,1 -43 4,1 78', -5.1)).to.equal(true);
    expect(printsNumber('industri -5,1 -43 4,1 78', -43)).to.equal(true);
    expect(printsNumber('Landet ellers 100 101,5 97,6 97,5 102,0', 102)).to.equal(true);
    expect(printsNumber('veksten i Oppland på vel 4 prosent', 4)).to.equal(true);
    expect(printsNumber('industri -5,1 -43 4,1 78', 4)).to.equal(false);
    expect(printsNumber('industri -5,1 -43 4,1 78', 5.1)).to.equal(false);
    expect(printsNumber('Med til sammen 371.000 innbyggere', 371)).to.equal(false);
    expect(printsNumber('økte med 12 prosent', 1.2)).to.equal(false);
    expect(printsNumber('27,7 36289', 3628)).to.equal(false);
  });
  it('sees the hedge words that make a number a bound', () => {
    expect(hedgeBefore('alene står for over 70 prosent', 70)).to.equal('atLeast');
    expect(hedgeBefore('veksten i Oppland på vel 4 prosent', 4)).to.equal('atLeast');
    expect(hedgeBefore('hadde Innlandet nær 164.000 arbeidsplasser', 164000)).to.equal('atMost');
    expect(hedgeBefore('var på ca. 68 mrd.', 68)).to.equal('approx');
    expect(hedgeBefore('Rundt 1000 personer pendler inn', 1000)).to.equal('approx');
    expect(hedgeBefore('økte med 12 prosent', 12)).to.equal(undefined);
    expect(hedgeBefore('Moover 70', 70)).to.equal(undefined);
  });
});

describe('feed validator', () => {
  it('rejects broken feeds (so the feed checks below can fail)', async () => {
    const good = await loadFeed('state-transfers');
    expect(validate(good)).to.deep.equal([]);
    const broken: Array<[string, (f: Record<string, Json>) => void]> = [
      [
        'unknown top-level property',
        (f) => {
          f.extra = 1;
        },
      ],
      [
        'wrong version',
        (f) => {
          f.innsikt = '2';
        },
      ],
      [
        'value as string',
        (f) => {
          ((f.observations as Json[])[0] as Record<string, Json>).value = '30,1';
        },
      ],
      [
        'null value without status',
        (f) => {
          ((f.observations as Json[])[0] as Record<string, Json>).value = null;
        },
      ],
      [
        'bad period',
        (f) => {
          ((f.observations as Json[])[0] as Record<string, Json>).period = '2000/01';
        },
      ],
      [
        'unknown qualifier',
        (f) => {
          ((f.observations as Json[])[0] as Record<string, Json>).qualifier = 'about';
        },
      ],
      [
        'localized text without nb',
        (f) => {
          ((f.indicators as Json[])[0] as Record<string, Json>).title = { en: 'State transfers' };
        },
      ],
      [
        'unknown region level',
        (f) => {
          ((f.regions as Json[])[0] as Record<string, Json>).level = 'planning-region';
        },
      ],
      [
        'invented url',
        (f) => {
          ((f.sources as Json[])[0] as Record<string, Json>).url = 'nibr.no';
        },
      ],
    ];
    for (const [what, mutate] of broken) {
      const copy = structuredClone(good) as unknown as Record<string, Json>;
      mutate(copy);
      expect(validate(copy), `must reject: ${what}`).to.not.deep.equal([]);
    }
  });
});

for (const name of ALL) {
  describe(`demo/data/${name}.json`, () => {
    it('is a valid Innsikt feed v1', async () => {
      expect(validate(await loadFeed(name))).to.deep.equal([]);
    });

    it('is internally consistent', async () => {
      const f = await loadFeed(name);
      const trilingual = (l: Localized, what: string) => {
        expect(typeof l === 'object' && l.nb && l.nn && l.en, `${what} in nb, nn and en`).to.be.ok;
      };
      const indicators = new Map(f.indicators.map((i) => [i.id, i]));
      const regions = new Map(f.regions.map((r) => [r.code, r]));
      const sources = new Map(f.sources.map((s) => [s.id, s]));
      expect(indicators.size, 'unique indicator ids').to.equal(f.indicators.length);
      expect(regions.size, 'unique region codes').to.equal(f.regions.length);
      expect(sources.size, 'unique source ids').to.equal(f.sources.length);
      for (const i of f.indicators) {
        trilingual(i.title, `title of ${i.id}`);
        for (const k of ['description', 'definition', 'unit'] as const) trilingual((i as unknown as Record<string, Localized>)[k], `${k} of ${i.id}`);
        for (const m of i.measures ?? []) {
          expect(m.id, 'measure ids are short kebab-case').to.match(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
          trilingual(m.label, `label of ${i.id}/${m.id}`);
        }
      }
      for (const r of f.regions) {
        trilingual(r.name, `name of region ${r.code}`);
        if (r.parent) expect(regions.has(r.parent), `parent ${r.parent} of ${r.code} is in the feed`).to.equal(true);
        if (r.level === 'municipality') expect(r.code, 'municipality codes as they were before 2020').to.match(/^\d{4}$/);
        if (r.code.startsWith('R-')) expect([r.level, r.parent]).to.deep.equal(['region', '34']);
      }
      for (const s of f.sources) {
        expect(s.publisher).to.equal('NIBR');
        expect(s.title, `source ${s.id} names the report`).to.match(/NIBR-(notat|rapport) \d{4}:\d+/);
        expect(s.published, `source ${s.id} has the year`).to.match(/^\d{4}/);
        expect(s.url, 'no invented URLs').to.equal(undefined);
      }
      for (const n of f.notes ?? []) {
        trilingual(n.text, `note ${n.ref ?? ''}`);
        if (n.indicator) expect(indicators.has(n.indicator), `note indicator ${n.indicator}`).to.equal(true);
        if (n.ref) parseRef(n.ref);
      }
      const seen = new Set<string>();
      for (const o of f.observations) {
        const where = `${o.indicator}/${o.measure}/${o.region}/${o.period}`;
        const ind = indicators.get(o.indicator);
        expect(ind, `indicator of ${where}`).to.be.ok;
        expect(
          ind!.measures?.map((m) => m.id),
          `measure of ${where}`,
        ).to.include(o.measure);
        expect(regions.has(o.region), `region of ${where}`).to.equal(true);
        expect(sources.has(o.source!), `source of ${where}`).to.equal(true);
        expect(o.ref, `ref of ${where}`).to.be.a('string');
        expect(SEED_FILE.test(parseRef(o.ref!).file)).to.equal(true);
        expect(o.value, `${where} has a number`).to.be.a('number');
        if (o.qualifier && !o.derived) expect(o.qualifierText, `${where} keeps the report's words`).to.be.a('string');
        if (o.qualifierText) expect(o.qualifier, `${where} has qualifierText, so it needs a qualifier`).to.be.a('string');
        if (o.derived) expect(o.note, `${where} says how it was derived`).to.be.ok;
        expect(seen.has(cellKey(o)), `duplicate cell ${cellKey(o)}`).to.equal(false);
        seen.add(cellKey(o));
      }
    });

    it('quotes the reports truthfully at the cited lines', async function () {
      const f = await loadFeed(name);
      const reported = new Set(f.observations.filter((o) => !o.derived).map((o) => o.ref!));
      const problems: string[] = [];
      const files = new Set([...f.observations.map((o) => o.ref!), ...(f.notes ?? []).flatMap((n) => (n.ref ? [n.ref] : []))].map((r) => parseRef(r).file));
      const texts = new Map<string, string[]>();
      for (const file of files) {
        const lines = await seedLines(file);
        if (!lines) return skipShared(this, `seeds/${file}`);
        texts.set(file, lines);
      }
      for (const o of f.observations) {
        const where = `${o.indicator}/${o.measure}/${o.region}/${o.period}${o.dims ? ' ' + JSON.stringify(o.dims) : ''} = ${o.value} @ ${o.ref}`;
        const { file, lines: at } = parseRef(o.ref!);
        const lines = texts.get(file)!;
        if (o.derived) {
          // Every input of a computed value is a line of the report that a reported figure in this feed cites.
          for (const line of at) {
            const input = `${file}:${line}`;
            if (!lines[line - 1]?.trim()) problems.push(`${where}: input ${input} is not a line of the report`);
            if (!reported.has(input)) problems.push(`${where}: input ${input} is not cited by any reported figure in the feed`);
          }
          continue;
        }
        const why = truthProblem(o, lines);
        if (why) problems.push(`${where}: ${why}`);
      }
      // The sentence a card shows (issue 19) is the report's own, at the cited lines: words and punctuation alike
      // (line breaks and hyphenation from the PDF aside).
      const squash = (s: string) => s.replace(/-\s*\n\s*/g, '').replace(/\s+/g, '');
      for (const o of f.observations) {
        if (o.quote === undefined) continue;
        const { file, lines: at } = parseRef(o.ref!);
        const near = squash(at.map((line) => windowAt(texts.get(file)!, line, 6)).join('\n'));
        if (!near.includes(squash(o.quote))) problems.push(`${o.ref}: the quote «${o.quote}» is not the report's text there`);
      }
      for (const n of f.notes ?? []) {
        if (!n.ref) continue;
        const { file, lines: at } = parseRef(n.ref);
        for (const line of at) if (!texts.get(file)![line - 1]?.trim()) problems.push(`note ref ${n.ref}: line ${line} is empty or missing`);
      }
      expect(problems).to.deep.equal([]);
    });

    if (name !== 'innlandet') {
      it('has the figures the dashboard needs', async () => {
        const f = await loadFeed(name);
        expect(f.indicators.map((i) => i.id)).to.deep.equal([name]);
        expect(f.observations.every((o) => o.indicator === name)).to.equal(true);
        REQUIRED[name](f);
      });
    }
  });
}

describe('demo/data/innlandet.json', () => {
  it('is the five feeds together, with the same ids', async () => {
    const combined = await loadFeed('innlandet');
    const parts = await Promise.all(SINGLE.map(loadFeed));
    expect(combined.indicators.map((i) => i.id)).to.have.members([...SINGLE]);
    expect(combined.observations).to.have.length(parts.reduce((n, p) => n + p.observations.length, 0));
    const byKey = new Map(combined.observations.map((o) => [cellKey(o), o]));
    for (const p of parts) {
      expect(combined.indicators).to.deep.include(p.indicators[0]);
      for (const o of p.observations) expect(byKey.get(cellKey(o)), cellKey(o)).to.deep.equal(o);
      for (const r of p.regions)
        expect(
          combined.regions.find((c) => c.code === r.code),
          r.code,
        ).to.deep.equal(r);
      for (const s of p.sources)
        expect(
          combined.sources.find((c) => c.id === s.id),
          s.id,
        ).to.deep.equal(s);
      for (const n of p.notes ?? []) expect(combined.notes).to.deep.include(n);
    }
    // The required figures are there in the combined feed too.
    for (const id of SINGLE) {
      REQUIRED[id]({
        ...combined,
        observations: combined.observations.filter((o) => o.indicator === id),
        notes: (combined.notes ?? []).filter((n) => n.indicator === id),
      });
    }
  });
});
