// The feed builder against a fake PxWebApi v2 that behaves like the real one where ../shared/evidence shows it
// (HTTP 400 for an unbracketed comma expression or an unknown code, metadata for every table, the answer cut to
// the selection), with the real recorded responses from ../shared/fixtures as answers where they exist:
// - the real 07459 (population 2022) and 13551 (KOSTRA, Strand) responses end to end;
// - the shipped config demo/feeds/innlandet.config.json building its four real feeds;
// - no network at all: exit 1, "Statistics Norway could not be reached", every previous file byte for byte;
// - each guard with a failing case: answer vs question (Region and Tid swapped), a table that gained a variable,
//   the cell cap, an off-origin redirect, a crash in one feed, a 10^n change of every figure.
// Run after `npm run build`: node --test test/node/feeds-real-api.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakePxWeb, sharedFixture, SKIP_SHARED } from './fixtures-cli/fake-pxweb.mjs';

const { main } = await import('../../dist/lib/cli/cli.js');
const core = await import('../../dist/data.js');
const { buildViewModel } = await import('../../dist/lib/indicators/view-model.js');
const SHIPPED = fileURLToPath(new URL('../../demo/feeds/innlandet.config.json', import.meta.url));

const realPopulation = await sharedFixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
const realKostra = await sharedFixture('ssb_13551_kostra_okonomisk_oversikt_drift_strand_2020-2025.jsonstat2.json');

/** A JSON-stat 2.0 dataset shaped like PxWebApi v2's: dims = [[id, label, [[code, label], …]]], value(coords). */
function dataset({ table, dims, role, value, updated = '2026-03-12T07:00:00Z' }) {
  const dimension = {};
  for (const [id, label, cats] of dims)
    dimension[id] = {
      label,
      category: { index: Object.fromEntries(cats.map(([c], i) => [c, i])), label: Object.fromEntries(cats) },
      extension: { elimination: false },
    };
  const values = [];
  const walk = (k, coords) => {
    if (k === dims.length) return void values.push(value(coords));
    for (const [c] of dims[k][2]) walk(k + 1, { ...coords, [dims[k][0]]: c });
  };
  walk(0, {});
  return {
    version: '2.0',
    class: 'dataset',
    label: `${table}: Testtabell`,
    source: 'Statistisk sentralbyrå',
    updated,
    id: dims.map((d) => d[0]),
    size: dims.map((d) => d[2].length),
    dimension,
    value: values,
    role,
    extension: { px: { tableid: table, decimals: 0 } },
  };
}

const ROLE = { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] };
const years = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).map((y) => [y, y]);
const INNLANDET =
  '3401 3403 3405 3407 3411 3412 3413 3414 3415 3416 3417 3418 3419 3420 3421 3422 3423 3424 3425 3426 3427 3428 3429 3430 3431 3432 3433 3434 3435 3436 3437 3438 3439 3440 3441 3442 3443 3446 3447 3448 3449 3450 3451 3452 3453 3454'.split(
    ' ',
  );
/** A made-up but plausible figure per region code (so that sums and ratios can be checked exactly). */
const size = (code) =>
  code === '0' || code === 'EAK' ? 1000 : code.replace(/\D/g, '').length === 2 ? 60 : 1 + (Number(code.replace(/\D/g, '').slice(-2)) % 7);

/** Synthetic answers for the shipped config's six tables: the variables and codes the evidence gives them. */
function shippedTables() {
  const munis = INNLANDET.map((c) => [c, `Kommune ${c}`]);
  return {
    '09391': dataset({
      table: '09391',
      role: ROLE,
      dims: [
        ['Region', 'region', [['34', 'Innlandet']]],
        ['ContentsCode', 'statistikkvariabel', [['BNPB', 'Bruttoprodukt']]],
        ['Tid', 'år', years(2012, 2023)],
      ],
      value: ({ Tid }) => 150000 + (Number(Tid) - 2012) * 5000,
    }),
    '07984': dataset({
      table: '07984',
      role: ROLE,
      dims: [
        ['Region', 'region', [['0', 'Hele landet'], ['34', 'Innlandet'], ...munis]],
        [
          'NACE2007',
          'næring',
          [
            ['00-99', 'Alle næringer'],
            ['01-03', 'Jordbruk'],
          ],
        ],
        [
          'Kjonn',
          'kjønn',
          [
            ['0', 'Begge kjønn'],
            ['1', 'Menn'],
            ['2', 'Kvinner'],
          ],
        ],
        [
          'Alder',
          'alder',
          [
            ['15-74', '15-74 år'],
            ['15-19', '15-19 år'],
          ],
        ],
        [
          'ContentsCode',
          'statistikkvariabel',
          [
            ['Sysselsatte', 'Sysselsatte etter bosted'],
            ['SysselsatteArb', 'Sysselsatte etter arbeidssted'],
          ],
        ],
        ['Tid', 'år', years(2012, 2025)],
      ],
      value: ({ Region, ContentsCode }) => size(Region) * 1000 + (ContentsCode === 'SysselsatteArb' ? 100 : 0),
    }),
    '07459': dataset({
      table: '07459',
      role: ROLE,
      dims: [
        ['Region', 'region', [['0', 'Hele landet'], ['F-34', 'Innlandet'], ...INNLANDET.map((c) => [`K-${c}`, `Kommune ${c}`])]],
        ['ContentsCode', 'statistikkvariabel', [['Personer1', 'Personer']]],
        ['Tid', 'år', years(2012, 2026)],
      ],
      value: ({ Region }) => size(Region) * 2000,
    }),
    11616: dataset({
      table: '11616',
      role: ROLE,
      dims: [
        ['Region', 'region', munis],
        [
          'Alder',
          'alder',
          [
            ['15-74', '15-74 år'],
            ['15-29', '15-29 år'],
          ],
        ],
        [
          'ContentsCode',
          'statistikkvariabel',
          [
            ['Innpendlere', 'Innpendlere'],
            ['Utpendlere', 'Utpendlere'],
            ['Sysselsatte', 'Sysselsatte bosatt'],
          ],
        ],
        ['Tid', 'år', years(2015, 2024)],
      ],
      value: ({ Region, ContentsCode }) => size(Region) * (ContentsCode === 'Innpendlere' ? 300 : 200),
    }),
    13551: dataset({
      table: '13551',
      role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['KOKkommuneregion0000'] },
      dims: [
        ['KOKkommuneregion0000', 'region', [['EAK', 'Landet'], ['EKA34', 'Kommunene i Innlandet'], ...munis]],
        [
          'KOKart0000',
          'art',
          [
            ['A800', 'Rammetilskudd'],
            ['AGD77', 'Andre overføringer og tilskudd fra staten'],
            ['AGD75', 'Skatt på inntekt og formue'],
          ],
        ],
        ['ContentsCode', 'statistikkvariabel', [['KOSbelop0000', 'Beløp (1000 kr)']]],
        ['Tid', 'år', years(2020, 2025)],
      ],
      value: ({ KOKkommuneregion0000: r, KOKart0000: art }) => size(r) * (art === 'A800' ? 100000 : 10000),
    }),
    13472: dataset({
      table: '13472',
      role: ROLE,
      dims: [
        ['Region', 'region', [['0', 'Hele landet'], ['F-34', 'Innlandet'], ...INNLANDET.map((c) => [`K-${c}`, `Kommune ${c}`])]],
        [
          'Sektor',
          'sektor',
          [
            ['ALLE', 'Alle sektorer'],
            ['6100', 'Statlig'],
          ],
        ],
        [
          'NACE2007',
          'næring',
          [
            ['00-99', 'Alle næringer'],
            ['01-03', 'Jordbruk'],
          ],
        ],
        ['ContentsCode', 'statistikkvariabel', [['SysselEtterArbste', 'Sysselsatte etter arbeidssted']]],
        ['Tid', 'år', years(2015, 2025)],
      ],
      value: ({ Region, Tid }) => size(Region) * 1000 + (Number(Tid) - 2015) * 10,
    }),
  };
}

/** The shipped config, pointed at the fake API and with fast retries (everything else as shipped). */
async function shippedConfig(dir, edit = (c) => c) {
  const config = JSON.parse(await readFile(SHIPPED, 'utf8'));
  config.api = { ...config.api, requestsPerMinute: 6000, burst: 25, backoffSeconds: 0.01, maxAttempts: 2, timeoutSeconds: 20 };
  const path = join(dir, 'innlandet.config.json');
  await writeFile(path, JSON.stringify(edit(config), null, 2));
  return path;
}

async function run(args, overrides = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (l) => (stdout += `${l}\n`), err: (l) => (stderr += `${l}\n`), env: {}, ...overrides });
  return { code, stdout, stderr, all: stdout + stderr };
}

async function setup(t) {
  const api = await startFakePxWeb();
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-real-api-'));
  t.after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { api, dir, out: join(dir, 'data') };
}

function serveShipped(api, tables = shippedTables()) {
  for (const [id, json] of Object.entries(tables)) api.table(id, { json });
  // 11616 gained an age dimension; its metadata gives the total as the elimination value.
  api.meta('11616', { variables: { Alder: { elimination: true, eliminationValueCode: '15-74' } } });
}

const readFeed = async (out, name) => JSON.parse(await readFile(join(out, name), 'utf8'));
const near = (actual, expected, what) =>
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) < 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
const value = (feed, measure, region, period, dims) =>
  feed.observations.find(
    (o) =>
      o.measure === measure &&
      o.region === region &&
      (period === undefined || o.period === period) &&
      (!dims || JSON.stringify(o.dims) === JSON.stringify(dims)),
  )?.value;

// ---- the fake behaves like the real API ----

test('the fake PxWebApi answers like the real one: 400 for an unbracketed comma expression and an unknown code, 200 bracketed', async (t) => {
  const { api } = await setup(t);
  serveShipped(api);
  const get = async (qs) => {
    const r = await fetch(`${api.baseUrl}/tables/07459/data?lang=no&${qs}`);
    return { status: r.status, body: await r.json() };
  };
  const bare = await get('valueCodes[Region]=0&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=range(2015,2020)');
  assert.equal(bare.status, 400);
  assert.match(bare.body.title, /Illegal selection expression/);
  const unknown = await get('valueCodes[Region]=K-9999&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(1)');
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.title, /Non-existent value/);
  const ok = await get('valueCodes[Region]=0&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=[range(2015,2020)]');
  assert.equal(ok.status, 200);
  assert.deepEqual(Object.keys(ok.body.dimension.Tid.category.index), ['2015', '2016', '2017', '2018', '2019', '2020']);
  const meta = await (await fetch(`${api.baseUrl}/tables/11616/metadata?lang=no`)).json();
  assert.equal(meta.dimension.Alder.extension.elimination, true);
  assert.equal(meta.dimension.Alder.extension.eliminationValueCode, '15-74');
});

// ---- real recorded responses ----

test('real 07459 and 13551 responses end to end: Innlandet = the sum of its 46 municipalities (371 253), KOSTRA revenue positive, per inhabitant', async (t) => {
  if (!realPopulation || !realKostra) return t.skip(SKIP_SHARED);
  const { api, dir, out } = await setup(t);
  api.table('07459', { json: JSON.parse(realPopulation) });
  api.table('13551', { json: JSON.parse(realKostra) });
  const pop = { Personer1: { id: 'population', label: 'Folkemengde', unit: 'personer', decimals: 0, additive: true } };
  const kostra = (id, art) => ({
    id,
    table: '13551',
    valueCodes: { KOKkommuneregion0000: ['1130'], KOKart0000: [art], Tid: ['[range(2020,2025)]'] },
    measures: { KOSbelop0000: { id, label: id, unit: 'mill. kr', decimals: 1, additive: true, scale: 0.001 } },
  });
  const config = {
    innsiktFeeds: '1',
    api: { requestsPerMinute: 6000, burst: 25, backoffSeconds: 0.01, maxAttempts: 2 },
    feeds: [
      {
        indicator: 'population',
        title: 'Befolkning',
        reform2020: 'off',
        queries: [
          { id: 'municipalities', table: '07459', valueCodes: { Region: ['K-34*'], Tid: ['top(1)'] }, codelist: { Region: 'agg_KommSummer' }, measures: pop },
        ],
        regionSums: [{ region: '34', label: 'Innlandet', of: ['34*'], measures: ['population'] }],
      },
      {
        indicator: 'state-transfers',
        title: 'Statlige overføringer',
        reform2020: 'off',
        queries: [
          kostra('block-grant', 'A800'),
          kostra('other-transfers', 'AGD77'),
          {
            id: 'population',
            table: '07459',
            valueCodes: { Region: ['K-1130'], Tid: ['top(1)'] },
            codelist: { Region: 'agg_KommSummer' },
            measures: { Personer1: { ...pop.Personer1, publish: false } },
          },
        ],
        derive: [
          { id: 'transfers', op: 'sum', of: ['block-grant', 'other-transfers'], label: 'I alt', unit: 'mill. kr', decimals: 1 },
          { id: 'per-capita', op: 'ratio', of: ['transfers', 'population'], factor: 1000000, label: 'Per innbygger', unit: 'kr', decimals: 0 },
        ],
      },
    ],
  };
  const path = join(dir, 'c.json');
  await writeFile(path, JSON.stringify(config));
  const r = await run(['build', path, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 0, r.all);
  // The range expression went out bracketed (the fake, like the API, answers 400 otherwise).
  assert.ok(api.requestsFor('13551').every((e) => decodeURIComponent(e.query).includes('valueCodes[Tid]=[range(2020,2025)]')));
  assert.ok(api.metadataRequestsFor('07459').length >= 1 && api.metadataRequestsFor('13551').length >= 1, 'metadata read before the data');
  const population = await readFeed(out, 'population.json');
  assert.equal(value(population, 'population', '34', '2022'), 371253, 'the check figure of ../shared/fixtures/SOURCES.md');
  assert.equal(population.observations.filter((o) => o.region !== '34').length, 46);
  const st = await readFeed(out, 'state-transfers.json');
  assert.equal(value(st, 'block-grant', '1130', '2020'), 407.358, 'A800 Strand 2020: 407 358 (1000 kr), positive');
  assert.equal(value(st, 'block-grant', '1130', '2025'), 548.84);
  assert.equal(value(st, 'other-transfers', '1130', '2022'), 45.836);
  const strandPop = JSON.parse(realPopulation).value[JSON.parse(realPopulation).dimension.Region.category.index['K-1130']];
  near(value(st, 'per-capita', '1130', '2022'), ((411294 + 45836) * 1000) / strandPop, 'kr per inhabitant, Strand 2022');
  assert.ok(
    st.observations.every((o) => o.value === null || o.value > 0),
    'no sign flip anywhere',
  );
  assert.ok(
    st.notes?.some((n) => n.mandatory),
    'the mandatory notes of the real 13551 response are carried',
  );
});

// ---- the shipped config ----

test('the shipped config builds its four real feeds (rd-share stays skipped) with the derived measures a planner expects', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  const config = await shippedConfig(dir);
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 0, r.all);
  assert.match(r.stdout, /Done: 4 written, 1 skipped; \d+ requests to the API\. Exit code 0\./);
  assert.match(r.stdout, /\[commuting\] {3}table 11616 \(query "commuting"\): "Alder" \(alder\) is not in the query; the table's total, 15-74/);
  assert.deepEqual((await readdir(out)).sort(), ['commuting.json', 'employment-change.json', 'state-transfers.json', 'value-creation.json']);
  // Each feed reads and draws: the widget's default measure is the one the indicator prefers.
  const defaults = { 'value-creation': 'grp', commuting: 'in', 'state-transfers': 'amount', 'employment-change': 'change-pct' };
  for (const [indicator, measure] of Object.entries(defaults)) {
    const model = buildViewModel(core.parseFeed(await readFeed(out, `${indicator}.json`)), { indicator, lang: 'nb', view: 'table' });
    assert.equal(model.measure, measure, indicator);
    assert.ok(model.rows.length > 0 && model.rows.some((r) => typeof r.value === 'number'), `${indicator}: rows with figures`);
  }

  const vc = await readFeed(out, 'value-creation.json');
  // GRP 2023: 150 000 + 11 × 5 000 mill. kr; employed by workplace 34: 60 × 1000 + 100; population F-34: 120 000.
  assert.equal(value(vc, 'grp', '34', '2023'), 205);
  near(value(vc, 'grp-per-employed', '34', '2023'), (205000 * 1000) / 60100, 'GRP per employed person (1000 kr)');
  near(value(vc, 'grp-per-capita', '34', '2023'), (205000 * 1000) / 120000, 'GRP per inhabitant (1000 kr)');

  const com = await readFeed(out, 'commuting.json');
  const m = '3405';
  assert.equal(value(com, 'net', m, '2024'), size(m) * 300 - size(m) * 200);
  near(value(com, 'net-share', m, '2024'), (100 * size(m) * 100) / (size(m) * 1000), 'net commuting as a share of employed residents');
  assert.equal(com.observations.filter((o) => o.measure === 'in' && o.period === '2024').length, 46);

  const st = await readFeed(out, 'state-transfers.json');
  const sum = INNLANDET.reduce((s, c) => s + size(c), 0);
  assert.equal(value(st, 'amount', '34', '2025', { type: 'A800' }), (sum * 100000) / 1000, 'Innlandet = the sum of its 46 municipalities');
  assert.equal(value(st, 'amount', '3401', '2025', { type: 'AGD77' }), (size('3401') * 10000) / 1000, 'other state transfers by municipality');
  assert.equal(value(st, 'transfers', '34', '2025'), (sum * 110000) / 1000, 'rammetilskudd + other transfers');
  assert.deepEqual(
    st.dimensions.find((d) => d.id === 'type').categories.map((c) => c.code),
    ['A800', 'AGD77'],
  );
  near(value(st, 'per-capita', '34', '2025'), (sum * 110000 * 1000) / (sum * 2000), 'Innlandet per inhabitant');
  near(value(st, 'per-capita', '0', '2025'), (1000 * 110000 * 1000) / (1000 * 2000), 'Norway (EAK) per inhabitant');
  near(value(st, 'per-capita', '3401', '2021'), (size('3401') * 110000 * 1000) / (size('3401') * 2000), '3401 per inhabitant');
  assert.ok(!st.observations.some((o) => o.region === 'EKA34'), 'only the codes asked for');

  const emp = await readFeed(out, 'employment-change.json');
  const jobs = (r, y) => size(r) * 1000 + (y - 2015) * 10;
  near(value(emp, 'change-pct', '0', '2015-2025'), ((jobs('0', 2025) - jobs('0', 2015)) / jobs('0', 2015)) * 100, 'Norway, 10 years');
  near(value(emp, 'change-pct-5', '34', '2020-2025'), ((jobs('34', 2025) - jobs('34', 2020)) / jobs('34', 2020)) * 100, 'Innlandet, 5 years');
  assert.equal(value(emp, 'index', '3401', '2015'), 100);
  assert.equal(value(emp, 'index-5', '3401', '2020'), 100);
  assert.equal(emp.observations.filter((o) => o.measure === 'index' && o.period === '2025').length, 48, '46 municipalities, Innlandet and Norway');

  // The next run: metadata and data are cached like each other (conditional requests, 304), nothing is rewritten.
  api.clearLog();
  const again = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(again.code, 3, again.all);
  assert.match(again.stdout, /Done: 4 unchanged, 1 skipped; .* Exit code 3 \(nothing changed: no file was written\)/);
  const metadata = api.log.filter((e) => e.kind === 'metadata');
  assert.ok(metadata.length > 0 && metadata.every((e) => e.ifNoneMatch && e.status === 304), 'metadata asked "changed since?" and got 304');
});

test('no network at all: build with the shipped config exits 1, says Statistics Norway could not be reached, and keeps every previous file', async (t) => {
  const { dir, out } = await setup(t);
  const config = JSON.parse(await readFile(SHIPPED, 'utf8'));
  const path = join(dir, 'innlandet.config.json');
  await writeFile(path, JSON.stringify(config));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(out, { recursive: true });
  const previous = {};
  for (const name of ['value-creation.json', 'commuting.json', 'state-transfers.json', 'employment-change.json']) {
    previous[name] = `{"innsikt":"1","previous":"${name}"}\n`;
    await writeFile(join(out, name), previous[name]);
  }
  let calls = 0;
  const offline = async () => {
    calls++;
    throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND data.ssb.no') });
  };
  const r = await run(['build', path, '--out', out], { fetch: offline, sleep: async () => {} });
  assert.equal(r.code, 1, r.all);
  assert.match(
    r.stderr,
    /Statistics Norway \(https:\/\/data\.ssb\.no\/api\/pxwebapi\/v2\) could not be reached: .*ENOTFOUND.*No feed was changed; every previous file was kept\./,
  );
  assert.match(r.stdout, /Done: 1 skipped, 4 failed \(previous feeds kept\)/);
  assert.ok(calls <= 2, `gave up after ${calls} attempts, not one series of retries per feed`);
  for (const [name, text] of Object.entries(previous)) assert.equal(await readFile(join(out, name), 'utf8'), text, `${name} byte for byte`);
  assert.deepEqual((await readdir(out)).sort(), Object.keys(previous).sort(), 'nothing else written');
});

test('a run where every feed is skipped does not look like success: exit 1 and says nothing was built', async (t) => {
  const { dir, out } = await setup(t);
  const path = await shippedConfig(dir, (c) => ({ ...c, feeds: c.feeds.filter((f) => f.indicator === 'rd-share') }));
  const r = await run(['build', path, '--out', out, '--base-url', 'http://127.0.0.1:9']);
  assert.equal(r.code, 1, r.all);
  assert.match(r.stderr, /no feed was built: every feed was skipped/);
});

// ---- guards, each with a failing case ----

test('answer vs question: an answer with Region and Tid swapped is refused, the previous feed stays, the other feeds are written', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  const config = await shippedConfig(dir);
  assert.equal((await run(['build', config, '--out', out, '--base-url', api.baseUrl])).code, 0);
  const before = await readFile(join(out, 'employment-change.json'));
  const good = shippedTables()['13472'];
  // The same answer with the two dimensions' categories swapped: regions "2015…", periods "K-3401…".
  const swapped = structuredClone(good);
  [swapped.dimension.Region.category, swapped.dimension.Tid.category] = [good.dimension.Tid.category, good.dimension.Region.category];
  swapped.size = swapped.id.map((id) => Object.keys(swapped.dimension[id].category.index).length);
  api.table('13472', { json: swapped, asIs: true });
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(
    r.stderr,
    /\[employment-change\] FAILED: table 13472 \(query "municipalities"\): the answer does not fit the question, so it is not used: "Region": the answer has codes that were not asked for: 2015, 2016/,
  );
  assert.deepEqual(await readFile(join(out, 'employment-change.json')), before, 'previous feed byte for byte');
  assert.match(r.stdout, /\[state-transfers\] unchanged/);
});

test('a table that gained a variable which cannot be left out: the feed fails naming the variable and its codes; no data is asked for', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  api.meta('11616', { variables: { Alder: { elimination: false } } });
  const config = await shippedConfig(dir);
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(r.stderr, /\[commuting\] FAILED: table 11616 \(query "commuting"\) does not fit the table's metadata/);
  assert.match(
    r.stderr,
    /has a variable "Alder" \(alder\) that the query does not select and that cannot be left out; its codes: 15-74, 15-29\. Add "valueCodes": \{"Alder": \["…"\]\} to query "commuting"/,
  );
  assert.equal(api.requestsFor('11616').length, 0);
  assert.match(r.stdout, /Done: 3 written, 1 skipped, 1 failed/);
});

test('check --online reports each code a table does not have and shows the evidence; exit 1', async (t) => {
  const { api, dir } = await setup(t);
  const tables = shippedTables();
  // A table without Kjonn "0" (e.g. renamed codes): the online check names the code.
  tables['07984'].dimension.Kjonn.category = { index: { 1: 0, 2: 1 }, label: { 1: 'Menn', 2: 'Kvinner' } };
  tables['07984'].size[tables['07984'].id.indexOf('Kjonn')] = 2;
  serveShipped(api, tables);
  const config = await shippedConfig(dir);
  const r = await run(['check', '--online', config, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(r.stdout, /evidence: H: table 13551/);
  assert.match(r.stderr, /table 07984 \(query "employed"\): NOT IN THE TABLE: "Kjonn" has no code "0" in table 07984 \(it has 1, 2\)/);
  assert.match(r.stdout, /table 13472 \(query "norway"\): OK — the table has every variable, code and codelist/);
  assert.equal(api.log.filter((e) => e.kind === 'data').length, 0, 'check asks only for metadata');
  serveShipped(api);
});

test('the cell cap: an answer declaring millions of cells fails its feed at once, with a message; the other feeds are built', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  const huge = structuredClone(shippedTables()['13472']);
  huge.size = [4900000, 1, 1, 1, 1];
  huge.value = { 0: 1 };
  api.table('13472', { json: huge, asIs: true });
  const config = await shippedConfig(dir);
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(
    r.stderr,
    /\[employment-change\] FAILED: table 13472 \(query "municipalities"\): the answer declares 4,900,000 cells, more than the cap of 300,000 \("api\.maxCells"\)/,
  );
  assert.match(r.stdout, /Done: 3 written, 1 skipped, 1 failed/);
});

test('an off-origin redirect fails its feed without a request to the other server; the other feeds are built', async (t) => {
  const { api, dir, out } = await setup(t);
  const elsewhere = await startFakePxWeb();
  t.after(() => elsewhere.close());
  serveShipped(api);
  elsewhere.table('13472', { json: shippedTables()['13472'] });
  api.table('13472', { redirectTo: `${elsewhere.baseUrl}/tables/13472/data` }, { json: shippedTables()['13472'] });
  const config = await shippedConfig(dir);
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(r.stderr, /\[employment-change\] FAILED: table 13472 \(query "municipalities"\): HTTP 302: the API redirected to another server/);
  assert.equal(elsewhere.log.length, 0);
  assert.match(r.stdout, /Done: 3 written, 1 skipped, 1 failed/);
});

test('a crash in one feed (RangeError from JSON.stringify) fails that feed only; the summary is printed', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  const config = await shippedConfig(dir);
  const stringify = JSON.stringify;
  JSON.stringify = function (value, ...rest) {
    if (value && value.innsikt === '1' && value.indicators?.[0]?.id === 'commuting') throw new RangeError('Invalid string length');
    return stringify.call(this, value, ...rest);
  };
  let r;
  try {
    r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  } finally {
    JSON.stringify = stringify;
  }
  assert.equal(r.code, 1, r.all);
  assert.match(r.stderr, /\[commuting\] FAILED: the feed is too large to build or write \(Invalid string length\)/);
  assert.match(r.stdout, /Done: 3 written, 1 skipped, 1 failed \(previous feed kept\)/);
  assert.deepEqual((await readdir(out)).sort(), ['employment-change.json', 'state-transfers.json', 'value-creation.json']);
});

test('figure guard: every figure × 1000 (a unit change) is refused; "allowScaleChange" lets it through for that feed', async (t) => {
  const { api, dir, out } = await setup(t);
  serveShipped(api);
  const config = await shippedConfig(dir);
  assert.equal((await run(['build', config, '--out', out, '--base-url', api.baseUrl])).code, 0);
  const before = await readFile(join(out, 'employment-change.json'));
  const tables = shippedTables();
  const scaled = structuredClone(tables['13472']);
  scaled.value = scaled.value.map((v) => v * 1000);
  api.table('13472', { json: scaled });
  const r = await run(['build', config, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(r.code, 1, r.all);
  assert.match(
    r.stderr,
    /\[employment-change\] FAILED: the figures of "employed" in the new feed are about 10\^3 \(× 1000\) times those in the current employment-change\.json: has a unit changed\?/,
  );
  assert.deepEqual(await readFile(join(out, 'employment-change.json')), before);
  const allowed = await shippedConfig(dir, (c) => ({
    ...c,
    feeds: c.feeds.map((f) => (f.indicator === 'employment-change' ? { ...f, allowScaleChange: true } : f)),
  }));
  const again = await run(['build', allowed, '--out', out, '--base-url', api.baseUrl]);
  assert.equal(again.code, 0, again.all);
  assert.equal(value(await readFeed(out, 'employment-change.json'), 'employed', '0', '2025'), (1000 * 1000 + 100) * 1000);
});
