// What changed, and where each figure comes from, as `innsikt-feeds build` writes it (issue 19), from the real
// Statistics Norway answers in ../shared/fixtures served by the fake PxWebApi: the 13551 KOSTRA answer for Strand
// (2020–2025) and the 07459 population answer (46 Innlandet municipalities, 2022). Each "before" is a copy of a
// real answer edited in the test (a year less, a figure revised, a municipality less, a footnote more):
// - the change record of each pair (new year, revision, new municipality code, removed footnote), printed per feed;
// - the history cap (changes.keep), the revision threshold (changes.relative);
// - a run in which nothing changed: exit code 3 and every file byte for byte;
// - the provenance a source card needs: table, title, Statbank page, query address, retrieved, last update,
//   status, footnotes, every coordinate with labels; formula and inputs of computed figures.
// Run after `npm run build`: node --test test/node/feeds-changes.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { startFakePxWeb, sharedFixture, slice, SKIP_SHARED } from './fixtures-cli/fake-pxweb.mjs';

const { main } = await import('../../dist/lib/cli/cli.js');
const core = await import('../../dist/data.js');
const schema = JSON.parse(await readFile(new URL('../../src/data/feed-schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const realPopulation = await sharedFixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
const realKostra = await sharedFixture('ssb_13551_kostra_okonomisk_oversikt_drift_strand_2020-2025.jsonstat2.json');
const skip = realPopulation && realKostra ? false : SKIP_SHARED;

const KOSTRA = () => JSON.parse(realKostra);
const POPULATION = () => JSON.parse(realPopulation);
const DAY = 24 * 3600 * 1000;
const MARCH_12 = Date.parse('2026-03-12T08:00:00Z');

/**
 * An edited copy as Statistics Norway would publish it: with its own `updated` time (the client skips a download
 * when the table's `updated` is the cached copy's, as it should).
 */
function published(ds, day) {
  ds.updated = new Date(Date.parse('2026-01-01T07:00:00Z') + day * DAY).toISOString().replace('.000Z', 'Z');
  return ds;
}

/** Flat index of a cell of a JSON-stat dataset from its codes. */
function cell(ds, codes) {
  let index = 0;
  ds.id.forEach((id, k) => {
    index = index * ds.size[k] + ds.dimension[id].category.index[codes[id]];
  });
  return index;
}

const kostraQuery = (id, art) => ({
  id,
  table: '13551',
  valueCodes: { KOKkommuneregion0000: ['1130'], KOKart0000: [art], Tid: ['*'] },
  measures: {
    KOSbelop0000: {
      id,
      label: { nb: id === 'block-grant' ? 'Rammetilskudd' : 'Andre statlige overføringer', en: id === 'block-grant' ? 'Block grant' : 'Other state transfers' },
      unit: 'mill. kr',
      decimals: 1,
      additive: true,
      scale: 0.001,
    },
  },
});

function config(changes, derive = []) {
  return {
    innsiktFeeds: '1',
    api: { requestsPerMinute: 6000, burst: 25, backoffSeconds: 0.01, maxAttempts: 2 },
    ...(changes ? { changes } : {}),
    feeds: [
      {
        indicator: 'state-transfers',
        title: 'Statlige overføringer',
        reform2020: 'off',
        queries: [kostraQuery('block-grant', 'A800'), kostraQuery('other-transfers', 'AGD77')],
        derive: [
          {
            id: 'transfers',
            op: 'sum',
            of: ['block-grant', 'other-transfers'],
            label: { nb: 'Statlige overføringer i alt', en: 'State transfers, total' },
            unit: 'mill. kr',
            decimals: 1,
          },
          ...derive,
        ],
      },
      {
        indicator: 'population',
        title: 'Befolkning',
        reform2020: 'off',
        queries: [
          {
            id: 'municipalities',
            table: '07459',
            valueCodes: { Region: ['K-34*'], Tid: ['top(1)'] },
            codelist: { Region: 'agg_KommSummer' },
            measures: { Personer1: { id: 'population', label: 'Folkemengde', unit: 'personer', decimals: 0, additive: true } },
          },
        ],
        regionSums: [{ region: '34', label: 'Innlandet', of: ['34*'], measures: ['population'] }],
      },
    ],
  };
}

async function setup(t, changes, derive) {
  const api = await startFakePxWeb();
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-changes-'));
  t.after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  const path = join(dir, 'feeds.config.json');
  await writeFile(path, JSON.stringify(config(changes, derive)));
  const out = join(dir, 'data');
  // A new year or municipality changes the table's metadata too: the fake derives it from the answer again.
  const serve = (kostra, population) => {
    api.table('13551', { json: kostra });
    api.table('07459', { json: population });
    api.resetMeta('13551');
    api.resetMeta('07459');
  };
  const run = async (now = MARCH_12, ...extra) => {
    let stdout = '';
    let stderr = '';
    const code = await main(['build', path, '--out', out, '--base-url', api.baseUrl, '--allow-shrink', ...extra], {
      out: (l) => (stdout += `${l}\n`),
      err: (l) => (stderr += `${l}\n`),
      env: {},
      now: () => now,
    });
    return { code, stdout, all: stdout + stderr };
  };
  const feed = async (name) => JSON.parse(await readFile(join(out, name), 'utf8'));
  const bytes = (name) => readFile(join(out, name));
  return { api, serve, run, feed, bytes, file: (name) => join(out, name) };
}

/** The real 13551 answer without its last year (2025): the table before Statistics Norway added it. */
const kostraWithoutLastYear = (ds = KOSTRA()) => slice(ds, { Tid: ['2020', '2021', '2022', '2023', '2024'] });
/** The real 07459 answer without one municipality (Nord-Aurdal, K-3451). */
function populationWithout(code, ds = POPULATION()) {
  return slice(ds, { Region: Object.keys(ds.dimension.Region.category.index).filter((c) => c !== code) });
}

test('a new year, a revised figure, a new municipality code, a removed footnote: each is in the change record and the summary', { skip }, async (t) => {
  const env = await setup(t);
  // Before: 2020–2024 only; A800 2022 reported 1 000 (1000 kr) lower; an extra (non-mandatory) footnote; no 3451.
  const before = kostraWithoutLastYear();
  const a800_2022 = cell(before, { KOKkommuneregion0000: '1130', KOKart0000: 'A800', ContentsCode: 'KOSbelop0000', Tid: '2022' });
  const after2022 = before.value[a800_2022];
  before.value[a800_2022] = after2022 - 1000;
  before.note = [...before.note, 'Tall for 2022 er foreløpige.'];
  env.serve(published(before, 1), published(populationWithout('K-3451'), 1));
  const first = await env.run(MARCH_12 - 365 * DAY);
  assert.equal(first.code, 0, first.all);
  assert.match(first.stdout, /\[state-transfers\] {3}changes: none recorded \(no previous file\)/);
  assert.equal((await env.feed('state-transfers.json')).changes, undefined, 'a first feed has no change record');

  // After: the real answers.
  env.serve(KOSTRA(), POPULATION());
  const second = await env.run();
  assert.equal(second.code, 0, second.all);
  const st = await env.feed('state-transfers.json');
  assert.equal(st.changes.length, 1);
  const c = st.changes[0];
  assert.equal(c.date, '2026-03-12');
  assert.deepEqual(c.periodsAdded, ['2025'], `the new year\n${JSON.stringify(c)}\n${second.all}`);
  assert.equal(c.periodsRemoved, undefined);
  const grant = c.revised.find((r) => r.measure === 'block-grant');
  assert.deepEqual(
    grant,
    { measure: 'block-grant', region: '1130', period: '2022', old: (after2022 - 1000) / 1000, new: after2022 / 1000 },
    "old and new value, in the feed's unit",
  );
  const total = c.revised.find((r) => r.measure === 'transfers');
  assert.equal(total.period, '2022', 'the computed total moved with it');
  assert.equal(c.revised.length, 2, 'nothing else was revised');
  assert.deepEqual(c.notesRemoved, ['Tall for 2022 er foreløpige.'], 'the removed footnote');
  assert.equal(c.notesAdded, undefined);
  assert.match(second.stdout, /\[state-transfers\] {3}changes: 2025 added; 2 figures revised; 1 note removed/);

  const pop = await env.feed('population.json');
  const p = pop.changes[0];
  assert.deepEqual(p.regionsAdded, [{ code: '3451', name: 'Nord-Aurdal' }], 'the new municipality code, with its name');
  const real = POPULATION();
  const nordAurdal = real.value[real.dimension.Region.category.index['K-3451']];
  assert.deepEqual(
    p.revised,
    [{ measure: 'population', region: '34', period: '2022', old: 371253 - nordAurdal, new: 371253 }],
    'Innlandet, the sum of its municipalities, is revised',
  );
  assert.match(second.stdout, /\[population\] {3}changes: 1 region added \(3451\); 1 figure revised/);
  for (const f of [st, pop]) assert.ok(validate(f), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(core.parseFeed(st).changes[0].periodsAdded[0], '2025', 'the widgets read it');
});

test('a removed year is recorded; the history keeps the last changes.keep updates, newest first', { skip }, async (t) => {
  const env = await setup(t, { keep: 3 });
  env.serve(KOSTRA(), POPULATION());
  assert.equal((await env.run(MARCH_12)).code, 0);
  // Five updates, one a day: each revises Strand's A800 2020 figure by 1 (1000 kr).
  for (let k = 1; k <= 5; k++) {
    const ds = KOSTRA();
    ds.value[cell(ds, { KOKkommuneregion0000: '1130', KOKart0000: 'A800', ContentsCode: 'KOSbelop0000', Tid: '2020' })] += k;
    env.serve(published(ds, 100 + k), POPULATION());
    const r = await env.run(MARCH_12 + k * DAY);
    assert.equal(r.code, 0, r.all);
  }
  const st = await env.feed('state-transfers.json');
  assert.deepEqual(
    st.changes.map((c) => c.date),
    ['2026-03-17', '2026-03-16', '2026-03-15'],
    'three kept, newest first',
  );
  assert.equal(Math.round((st.changes[0].revised[0].new - st.changes[0].revised[0].old) * 1000), 1, '1 (1000 kr) more: 0.001 mill. kr');

  // A year withdrawn.
  const ds = kostraWithoutLastYear();
  env.serve(published(ds, 200), POPULATION());
  const r = await env.run(MARCH_12 + 10 * DAY);
  assert.equal(r.code, 0, r.all);
  const next = await env.feed('state-transfers.json');
  assert.equal(next.changes.length, 3);
  assert.deepEqual(next.changes[0].periodsRemoved, ['2025']);
  assert.equal(next.changes[1].date, '2026-03-17', 'the older entries are carried over as they were');

  // A broken entry in the previous file's history is dropped, never carried over (nor does it block the update).
  next.changes = [
    { date: '2026-03-20', periodsAdded: [2030] },
    { date: '2026-03-19', notesAdded: ['Fotnote'] },
  ];
  await writeFile(env.file('state-transfers.json'), JSON.stringify(next));
  env.serve(published(KOSTRA(), 300), POPULATION());
  const again = await env.run(MARCH_12 + 20 * DAY);
  assert.equal(again.code, 0, again.all);
  assert.deepEqual(
    (await env.feed('state-transfers.json')).changes.map((c) => c.date),
    ['2026-04-01', '2026-03-19'],
  );
});

test('the revision threshold: a change below changes.relative is written but not listed as a revision', { skip }, async (t) => {
  const env = await setup(t, { relative: 0.01 });
  env.serve(KOSTRA(), POPULATION());
  assert.equal((await env.run()).code, 0);
  const ds = KOSTRA();
  const at = cell(ds, { KOKkommuneregion0000: '1130', KOKart0000: 'A800', ContentsCode: 'KOSbelop0000', Tid: '2021' });
  ds.value[at] += 1; // 1 of ~400 000: 0.0003 %
  env.serve(published(ds, 1), POPULATION());
  const r = await env.run(MARCH_12 + DAY);
  assert.equal(r.code, 0, 'the new figure is written');
  assert.match(r.stdout, /\[state-transfers\] {3}changes: no new or revised figures/);
  assert.equal((await env.feed('state-transfers.json')).changes, undefined);
  ds.value[at] += 100000; // 25 %
  env.serve(published(ds, 2), POPULATION());
  await env.run(MARCH_12 + 2 * DAY);
  assert.equal((await env.feed('state-transfers.json')).changes[0].revised.length, 2, 'A800 and the total it feeds');
});

test('nothing changed in any feed: exit code 3, "nothing changed", and every file byte for byte', { skip }, async (t) => {
  const env = await setup(t);
  env.serve(published(kostraWithoutLastYear(), 1), POPULATION());
  assert.equal((await env.run(MARCH_12 - DAY)).code, 0);
  env.serve(KOSTRA(), POPULATION());
  const first = await env.bytes('state-transfers.json');
  const dry = await env.run(MARCH_12, '--dry-run');
  assert.match(dry.stdout, /\[state-transfers\] {3}changes: 2025 added/, 'a dry run says what would change');
  assert.ok((await env.bytes('state-transfers.json')).equals(first), 'and writes nothing');
  assert.equal((await env.run(MARCH_12)).code, 0, 'one feed changed: 0');
  const before = {
    st: await env.bytes('state-transfers.json'),
    pop: await env.bytes('population.json'),
    mtime: (await stat(env.file('state-transfers.json'))).mtimeMs,
  };
  const r = await env.run(MARCH_12 + 30 * DAY);
  assert.equal(r.code, 3, r.all);
  assert.match(r.stdout, /Done: 2 unchanged; .*Exit code 3 \(nothing changed: no file was written\)\./);
  assert.ok((await env.bytes('state-transfers.json')).equals(before.st), 'not rewritten with a new date');
  assert.ok((await env.bytes('population.json')).equals(before.pop));
  assert.equal((await stat(env.file('state-transfers.json'))).mtimeMs, before.mtime);
  assert.equal(JSON.parse(before.st).changes[0].date, '2026-03-12', 'the last update is still the one that changed something');
});

test(
  'provenance: each figure of the real 13551 and 07459 answers carries its table, query, coordinates and labels; computed figures their formula and inputs',
  { skip },
  async (t) => {
    const env = await setup(t);
    env.serve(KOSTRA(), POPULATION());
    const r = await env.run();
    assert.equal(r.code, 0, r.all);
    const st = await env.feed('state-transfers.json');
    assert.ok(validate(st), JSON.stringify(validate.errors?.slice(0, 3)));
    const real = KOSTRA();
    const source = st.sources.find((s) => s.id === 'ssb-13551');
    assert.equal(source.table, '13551');
    assert.equal(source.title, real.label, "the table's title as Statistics Norway gives it");
    assert.equal(source.url, 'https://www.ssb.no/statbank/table/13551/', 'its Statbank page');
    assert.equal(source.updated, real.updated, "the table's last update");
    assert.match(source.retrieved, /^\d{4}-\d\d-\d\dT/, 'the date retrieved');
    assert.equal(source.licence, 'CC BY 4.0');

    const grant = st.observations.find((o) => o.measure === 'block-grant' && o.period === '2022');
    const origin = st.origins[grant.origin];
    assert.equal(origin.source, 'ssb-13551');
    assert.match(
      decodeURIComponent(origin.query),
      /^http:\/\/127\.0\.0\.1:\d+\/api\/pxwebapi\/v2\/tables\/13551\/data\?.*valueCodes\[KOKart0000\]=A800/,
      'the query address it came from',
    );
    const coordinate = (id) => origin.coordinates.find((c) => c.dimension === id);
    const artLabel = real.dimension.KOKart0000.category.label.A800;
    assert.deepEqual(
      coordinate('KOKart0000'),
      { dimension: 'KOKart0000', label: real.dimension.KOKart0000.label, code: 'A800', codeLabel: artLabel },
      'a dimension left out of "dims" (one category) is still a coordinate',
    );
    assert.deepEqual(
      coordinate('ContentsCode'),
      {
        dimension: 'ContentsCode',
        label: real.dimension.ContentsCode.label,
        code: 'KOSbelop0000',
        codeLabel: real.dimension.ContentsCode.category.label.KOSbelop0000,
      },
      'the statistic',
    );
    assert.equal(coordinate('KOKkommuneregion0000'), undefined, "region and period are the figure's own fields");
    const other = st.observations.find((o) => o.measure === 'other-transfers' && o.period === '2022');
    assert.notEqual(other.origin, grant.origin, 'another category, another origin');
    assert.equal(st.observations.filter((o) => o.origin === grant.origin).length, 6, 'one origin shared by the six years of A800');
    // Footnotes that apply: the table's mandatory notes travel with the feed, the others with the source.
    const mandatory = Object.keys(real.extension.noteMandatory).map((i) => real.note[Number(i)].trim());
    for (const n of mandatory)
      assert.ok(
        st.notes.some((x) => x.mandatory && x.text === n),
        'a mandatory footnote of 13551',
      );
    assert.ok(source.notes.length >= 1, "the other footnotes are the source's");
    const regionNote = real.dimension.KOKkommuneregion0000.note[0].trim();
    assert.ok(source.notes.includes(regionNote), "a variable's footnote (the list of regional changes) applies to every figure of the table");

    const total = st.observations.find((o) => o.measure === 'transfers' && o.period === '2022');
    assert.equal(total.derived, true);
    const f = st.origins[total.origin];
    assert.deepEqual(f.formula, {
      nb: '«Rammetilskudd» pluss «Andre statlige overføringer»',
      nn: '«Rammetilskudd» pluss «Andre statlige overføringer»',
      en: '"Block grant" plus "Other state transfers"',
    });
    assert.deepEqual(f.inputs, [{ measure: 'block-grant' }, { measure: 'other-transfers' }]);

    const pop = await env.feed('population.json');
    const innlandet = pop.observations.find((o) => o.region === '34');
    const sum = pop.origins[innlandet.origin];
    assert.match(sum.formula.nb, /^Summen av «Folkemengde» for 3401, 3403, /);
    assert.equal(sum.inputs[0].measure, 'population');
    assert.equal(sum.inputs[0].region.length, 46, 'the 46 municipalities it adds up');
    const one = pop.observations.find((o) => o.region === '3401');
    assert.deepEqual(pop.origins[one.origin].coordinates, [
      {
        dimension: 'ContentsCode',
        label: POPULATION().dimension.ContentsCode.label,
        code: 'Personer1',
        codeLabel: POPULATION().dimension.ContentsCode.category.label.Personer1,
      },
    ]);
    // Size: origins are shared, not repeated per figure.
    assert.ok(pop.origins.length <= 2, `${pop.origins.length} origins for ${pop.observations.length} figures`);
    const ds = core.parseFeed(st);
    assert.equal(
      ds.observations.find((o) => o.measure === 'block-grant').origin.coordinates.find((c) => c.dimension === 'KOKart0000').code,
      'A800',
      'the data core resolves the index',
    );
  },
);

test('changed labels, added and removed codes: feedChanges on a built feed and an edited copy (pure, for the widgets too)', { skip }, async (t) => {
  const { feedChanges, changeSummary } = await import('../../dist/lib/data/feed-changes.js');
  const env = await setup(t);
  env.serve(KOSTRA(), POPULATION());
  assert.equal((await env.run()).code, 0);
  const before = await env.feed('state-transfers.json');
  const after = structuredClone(before);
  after.indicators[0].measures.find((m) => m.id === 'block-grant').label = { nb: 'Rammetilskudd fra staten', en: 'Block grant' };
  after.indicators[0].measures = after.indicators[0].measures.filter((m) => m.id !== 'other-transfers');
  after.observations = after.observations.filter((o) => o.measure !== 'other-transfers');
  after.regions[0].name = 'Strand kommune';
  const c = feedChanges(before, after, '2026-03-12');
  assert.deepEqual(
    c.labels.map((l) => [l.kind, l.code, typeof l.new === 'string' ? l.new : l.new.nb]),
    [
      ['measure', 'block-grant', 'Rammetilskudd fra staten'],
      ['region', '1130', 'Strand kommune'],
    ],
  );
  assert.deepEqual(
    c.codesRemoved.map((x) => [x.kind, x.code]),
    [['measure', 'other-transfers']],
  );
  assert.equal(c.revised, undefined, 'a figure that is gone is not a revision');
  assert.equal(changeSummary(c), '1 code removed (other-transfers); 2 labels changed');
  assert.equal(feedChanges(before, structuredClone(before), '2026-03-12'), undefined, 'nothing changed');
});

test('a label or note that gets its nynorsk and English (same bokmål) is not recorded as a change', async () => {
  const { feedChanges } = await import('../../dist/lib/data/feed-changes.js');
  const base = (label, note) => ({
    innsikt: '1',
    indicators: [{ id: 'employment-change', title: 'Sysselsatte', measures: [{ id: 'employed', label: 'Sysselsatte' }] }],
    regions: [{ code: '34', name: 'Innlandet' }],
    dimensions: [{ id: 'industry', label: 'Næring', categories: [{ code: 'industri', label }] }],
    sources: [{ id: 's', title: 'SSB', notes: [note] }],
    observations: [{ indicator: 'employment-change', measure: 'employed', region: '34', period: '2019', value: 1, dims: { industry: 'industri' } }],
  });
  const before = base('Industri', 'Tall er foreløpige.');
  const after = base(
    { nb: 'Industri', nn: 'Industri', en: 'Manufacturing' },
    { nb: 'Tall er foreløpige.', nn: 'Tala er førebelse.', en: 'Figures are preliminary.' },
  );
  assert.equal(feedChanges(before, after, '2026-12-07'), undefined);
  const renamed = base({ nb: 'Industri og bergverk', nn: 'Industri og bergverk', en: 'Manufacturing and mining' }, 'Tall er foreløpige.');
  assert.equal(feedChanges(before, renamed, '2026-12-07')?.labels?.length, 1, 'a new bokmål name is a change');
});

test('a computed change over the last two years moves with a new year: only the new year is recorded, not its span', { skip }, async (t) => {
  const change = {
    id: 'grant-change',
    op: 'change-pct',
    of: ['block-grant'],
    from: 'last-1',
    to: 'last',
    label: { nb: 'Endring i rammetilskudd' },
    unit: '%',
    decimals: 1,
  };
  const env = await setup(t, undefined, [change]);
  env.serve(published(kostraWithoutLastYear(), 1), published(POPULATION(), 1));
  assert.equal((await env.run(MARCH_12 - 365 * DAY)).code, 0);
  const spans = (feed) => feed.observations.filter((o) => o.measure === 'grant-change').map((o) => o.period);
  const before = spans(await env.feed('state-transfers.json'));
  env.serve(KOSTRA(), POPULATION());
  const second = await env.run();
  assert.equal(second.code, 0, second.all);
  const st = await env.feed('state-transfers.json');
  const after = spans(st);
  assert.equal(before.length, 1);
  assert.equal(after.length, 1);
  assert.notEqual(after[0], before[0], `the span moved (${before[0]} → ${after[0]})`);
  const c = st.changes[0];
  assert.deepEqual(c.periodsAdded, ['2025'], JSON.stringify(c));
  assert.equal(c.periodsRemoved, undefined, 'the old span is not a removed period');
  assert.match(second.stdout, /\[state-transfers\] {3}changes: 2025 added\n/);
});

test('a note or label that only gains translations is no change; a note whose words change is removed and added', { skip }, async (t) => {
  const { feedChanges } = await import('../../dist/lib/data/feed-changes.js');
  const env = await setup(t);
  env.serve(KOSTRA(), POPULATION());
  assert.equal((await env.run()).code, 0);
  const before = await env.feed('state-transfers.json');
  const source = before.sources[0];
  const note = source.notes.find((n) => typeof n === 'string');
  assert.ok(note, 'the real table has a footnote in bokmål only');
  const translated = structuredClone(before);
  const i = source.notes.indexOf(note);
  translated.sources[0].notes[i] = { nb: note, nn: `${note} (nynorsk)`, en: `${note} (English)` };
  const grant = translated.indicators[0].measures.find((m) => m.id === 'block-grant');
  grant.label = { ...grant.label, nn: 'Rammetilskot' };
  assert.equal(feedChanges(before, translated, '2026-03-12'), undefined, 'translations added: nothing to tell readers');
  // And back: the history of a feed whose translations were taken out again stays quiet too.
  assert.equal(feedChanges(translated, before, '2026-03-12'), undefined);

  const reworded = structuredClone(translated);
  reworded.sources[0].notes[i] = { nb: `${note} Rettet.`, nn: `${note} (nynorsk)`, en: `${note} (English)` };
  const c = feedChanges(translated, reworded, '2026-03-12');
  assert.deepEqual(c.notesRemoved, [translated.sources[0].notes[i]]);
  assert.deepEqual(c.notesAdded, [reworded.sources[0].notes[i]]);
});
