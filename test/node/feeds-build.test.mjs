// The feed builder's pure core (dist/lib/cli/build.js `toFeed`): JSON-stat answers → an Innsikt feed that
// passes the feed schema (Ajv) and the data core's validator; Hedmark + Oppland → Innlandet for additive
// measures only, ratios recomputed from summed parts, non-additive measures kept apart and noted; source
// metadata carried; derivations; and every way a build must refuse rather than write a bad feed.
// Real Statistics Norway responses come from ../shared/fixtures/ssb (skipped when absent); the hand-made
// datasets use made-up numbers.
// Run after `npm run build`: node --test test/node/feeds-build.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { jsonStat, sharedFixture, SKIP_SHARED } from './fixtures-cli/fake-pxweb.mjs';

const { parseFeedsConfig } = await import('../../dist/lib/cli/config.js');
const { toFeed, BuildError, sameFigures, figureCount } = await import('../../dist/lib/cli/build.js');
const core = await import('../../dist/data.js');
const { buildViewModel } = await import('../../dist/lib/indicators/view-model.js');

const feedSchema = JSON.parse(await readFile(new URL('../../src/data/feed-schema.json', import.meta.url), 'utf8'));
const validateFeedSchema = new Ajv2020({ allErrors: true, strict: true }).compile(feedSchema);
const RETRIEVED = '2026-06-02T06:15:00.000Z';

/** One feed config (defaults filled in by the real loader). */
function feedConfig(feed) {
  return parseFeedsConfig({ innsiktFeeds: '1', feeds: [feed] }).feeds[0];
}

function build(feed, answers) {
  const cfg = feedConfig(feed);
  return toFeed(
    cfg,
    cfg.queries.map((q) => ({ query: q, json: answers[q.id], retrievedAt: RETRIEVED })),
    { generated: RETRIEVED },
  );
}

/** The checks every written feed must pass. */
function assertValidFeed(feed) {
  assert.ok(validateFeedSchema(feed), JSON.stringify(validateFeedSchema.errors?.slice(0, 5), null, 1));
  const ds = core.parseFeed(JSON.parse(JSON.stringify(feed)));
  assert.equal(ds.format, 'innsikt');
  assert.equal(ds.observations.length, feed.observations.length);
  return ds;
}

/** Equal to 10 significant digits (the builder's precision). */
const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const obsOf = (feed, measure, region, period) => feed.observations.find((o) => o.measure === measure && o.region === region && o.period === period);

const POPULATION = {
  indicator: 'population',
  title: { nb: 'Befolkning', en: 'Population' },
  queries: [
    {
      id: 'pop',
      table: '07459',
      valueCodes: { Region: ['K-34*'], Tid: ['top(1)'] },
      codelist: { Region: 'agg_KommSummer' },
      outputValues: { Region: 'aggregated' },
      measures: { Personer1: { id: 'persons', label: { nb: 'Folkemengde', en: 'Population' }, unit: 'personer', decimals: 0, additive: true } },
      regions: { include: ['34*'] },
    },
  ],
};

test('real 07459 (population 2022): a valid feed with the 46 Innlandet municipalities, sum 371 253, and SSB source metadata', async (t) => {
  const text = await sharedFixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
  if (!text) return t.skip(SKIP_SHARED);
  const raw = JSON.parse(text);
  const { feed, report } = build(POPULATION, { pop: raw });
  const ds = assertValidFeed(feed);
  assert.equal(report.cells.pop, 46);
  assert.equal(feed.regions.length, 46);
  assert.equal(
    ds.observations.reduce((s, o) => s + o.value, 0),
    371253,
  );
  const gjovik = obsOf(feed, 'persons', '3407', '2022');
  assert.equal(gjovik.value, raw.value[raw.dimension.Region.category.index['K-3407']]);
  assert.deepEqual(feed.sources, [
    {
      id: 'ssb-07459',
      title: '07459: Befolkning, etter region, statistikkvariabel og år',
      publisher: 'Statistisk sentralbyrå (SSB)',
      url: 'https://www.ssb.no/statbank/table/07459/',
      table: '07459',
      licence: 'CC BY 4.0',
      updated: '2022-02-24T07:00:00Z',
      retrieved: RETRIEVED,
    },
  ]);
  assert.equal(feed.updated, '2022-02-24T07:00:00Z');
  assert.deepEqual(
    feed.regions.find((r) => r.code === '3407'),
    { code: '3407', name: 'Gjøvik', level: 'municipality', parent: '34', validFrom: '2020' },
  );

  // What <inn-indicator> draws from it (the same view model as the table view): a row for Gjøvik.
  const model = buildViewModel(ds, { indicator: 'population', lang: 'nb' });
  const row = model.rows.find((r) => r.region === '3407');
  assert.equal(row.regionLabel, 'Gjøvik');
  assert.equal(row.value, gjovik.value);
  assert.match(row.label, /^\d{2}\s\d{3}/);
  assert.deepEqual(
    model.sources.map((s) => s.table),
    ['07459'],
  );
});

test('real 12367 (KOSTRA): six dimensions, sparse status, KOSTRA region codes, mapped dimensions', async (t) => {
  const text = await sharedFixture('ssb_12367_kostra_driftsregnskap_2015-2020.jsonstat2.json');
  if (!text) return t.skip(SKIP_SHARED);
  const raw = JSON.parse(text);
  const { feed, report } = build(
    {
      indicator: 'municipal-accounts',
      title: 'Driftsregnskap',
      reform2020: 'off',
      queries: [
        {
          id: 'kostra',
          table: '12367',
          valueCodes: { KOKkommuneregion0000: ['EAK', '3001'], Tid: ['top(5)'] },
          measures: { KOSbelop0000: { id: 'amount', label: 'Beløp', unit: 'mill. kr', decimals: 1, additive: true, scale: 0.001 } },
          dimensions: {
            KOKart0000: { as: 'type', label: { nb: 'Art', en: 'Type' } },
            KOKfunksjon0000: { as: 'function' },
            KOKregnskapsomfa0000: { as: 'scope' },
          },
          regions: { include: ['0', '3001'] },
        },
      ],
    },
    { kostra: raw },
  );
  const ds = assertValidFeed(feed);
  assert.equal(report.cells.kostra, 2 * 2 * 5 * 5 * 5);
  assert.deepEqual(feed.regions.map((r) => r.code).sort(), ['0', '3001']);
  assert.deepEqual(feed.dimensions.map((d) => d.id).sort(), ['function', 'scope', 'type']);
  const type = feed.dimensions.find((d) => d.id === 'type');
  assert.deepEqual(type.label, { nb: 'Art', en: 'Type' });
  assert.equal(type.categories.find((c) => c.code === 'AGD2').label, 'Netto driftsutgifter på funksjon/tjenesteområde');
  assert.ok(!ds.periods.includes('2018'), 'the table has no 2018');
  const gaps = feed.observations.filter((o) => o.value === null);
  assert.ok(gaps.length > 0 && gaps.every((o) => typeof o.status === 'string' && o.status.length > 0), 'every gap has a status symbol');
  // Values are scaled from 1000 kr to mill. kr without float noise.
  const dims = Object.keys(raw.dimension);
  const first = feed.observations.find((o) => o.value !== null && o.region === '0');
  assert.ok(Number.isFinite(first.value) && String(first.value).length < 16);
  assert.ok(dims.length === 6);
});

// ---- Hedmark + Oppland → Innlandet ----

const ACCOUNTS = (extra = {}) => ({
  indicator: 'value-creation',
  title: 'Verdiskaping',
  unit: 'mrd. kr',
  queries: [
    {
      id: 'accounts',
      table: '11713',
      valueCodes: { Region: ['0', '04', '05', '34'], Tid: ['top(12)'] },
      measures: {
        BNPB: { id: 'grp', label: 'Bruttoprodukt', unit: 'mrd. kr', decimals: 1, additive: true, scale: 0.001 },
        SysselsatteP: { id: 'employed', label: 'Sysselsatte', unit: 'personer', additive: true, scale: 1000, publish: false },
        ...(extra.nonAdditive ? { BNPperSyss: { id: 'grp-per-employed-ssb', label: 'BNP per sysselsatt (SSB)', unit: '1000 kr', additive: false } } : {}),
      },
    },
  ],
  derive: [{ id: 'grp-per-employed', op: 'ratio', of: ['grp', 'employed'], factor: 1_000_000, label: 'BRP per sysselsatt', unit: '1000 kr', decimals: 0 }],
  ...extra.feed,
});

/** A hand-made 11713-like answer: Hedmark and Oppland until 2019, Innlandet from 2020 (made-up numbers). */
function madeUpAccounts({ nonAdditive = false } = {}) {
  const data = {
    0: { 2018: [3000000, 2700], 2019: [3100000, 2750], 2020: [3050000, 2740] },
    '04': { 2018: [70000, 90], 2019: [75000, 92] },
    '05': { 2018: [60000, 58], 2019: [66000, 60] },
    34: { 2020: [145000, 155] },
  };
  const contents = [
    ['BNPB', 'Bruttoprodukt (mill. kr)', 'mill. kr'],
    ['SysselsatteP', 'Sysselsatte personer (1 000)', '1 000 personer'],
  ];
  if (nonAdditive) contents.push(['BNPperSyss', 'Bruttoprodukt per sysselsatt (1 000 kr)', '1 000 kr']);
  return jsonStat({
    table: '11713',
    regions: [
      ['0', 'Hele landet'],
      ['04', 'Hedmark (-2019)'],
      ['05', 'Oppland (-2019)'],
      ['34', 'Innlandet'],
    ],
    contents,
    years: ['2018', '2019', '2020'],
    value: (region, code, year) => {
      const row = data[region]?.[year];
      if (!row) return null;
      if (code === 'BNPperSyss') return Math.round(row[0] / row[1]);
      return row[code === 'BNPB' ? 0 : 1];
    },
  });
}

test('reform 2020: Hedmark + Oppland are summed into Innlandet for additive measures; the ratio is recomputed from the summed parts', () => {
  const { feed, report } = build(ACCOUNTS(), { accounts: madeUpAccounts() });
  assertValidFeed(feed);
  // Summed: gross product 75 000 + 66 000 mill. kr = 141 mrd. kr; employed 92 + 60 thousand.
  const grp = obsOf(feed, 'grp', '34', '2019');
  assert.equal(grp.value, 141);
  assert.equal(grp.derived, true);
  assert.match(grp.note.nb, /Jevnaker og Lunner/);
  // Per employed person for Innlandet 2019 is 141 mrd. kr / 152 000 persons (927.6 thousand kr), not the mean
  // (957.6) or the sum of the two counties' ratios.
  const ratio = obsOf(feed, 'grp-per-employed', '34', '2019');
  const expected = 141e9 / 152_000 / 1000;
  assert.ok(close(ratio.value, expected), `${ratio.value} ≠ ${expected}`);
  const hedmark = 75_000e6 / 92_000 / 1000;
  const oppland = 66_000e6 / 60_000 / 1000;
  assert.ok(Math.abs(ratio.value - (hedmark + oppland) / 2) > 25, 'not the mean of the ratios');
  assert.ok(Math.abs(ratio.value - (hedmark + oppland)) > 500, 'not their sum');
  assert.equal(ratio.derived, true);
  // Nothing is left under the old county codes; 2020 comes straight from the table.
  assert.ok(!feed.observations.some((o) => o.region === '04' || o.region === '05'));
  assert.equal(obsOf(feed, 'grp', '34', '2020').value, 145);
  assert.equal(obsOf(feed, 'grp', '34', '2020').derived, undefined);
  assert.equal(report.summed, 4, 'grp and employed, 2018 and 2019');
  assert.deepEqual(report.keptApart, []);
  // The hidden input (employed) is not in the feed; its measure is not listed.
  assert.ok(!feed.observations.some((o) => o.measure === 'employed'));
  assert.deepEqual(
    feed.indicators[0].measures.map((m) => m.id),
    ['grp', 'grp-per-employed'],
  );
});

test('reform 2020: a non-additive measure is never summed; Hedmark and Oppland stay apart and the feed says so', () => {
  const { feed, report } = build(ACCOUNTS({ nonAdditive: true }), { accounts: madeUpAccounts({ nonAdditive: true }) });
  assertValidFeed(feed);
  assert.equal(obsOf(feed, 'grp-per-employed-ssb', '34', '2019'), undefined, 'no Innlandet value made by adding two ratios');
  assert.equal(obsOf(feed, 'grp-per-employed-ssb', '04', '2019').value, Math.round(75000 / 92));
  assert.equal(obsOf(feed, 'grp-per-employed-ssb', '05', '2019').value, Math.round(66000 / 60));
  assert.deepEqual(report.keptApart, ['grp-per-employed-ssb']);
  const note = feed.notes.find((n) => /Hedmark og Oppland/.test(n.text.nb));
  assert.ok(note, 'a note explains why');
  assert.equal(note.indicator, 'value-creation');
  assert.ok(report.warnings.some((w) => /not additive/.test(w)));
  // The additive ones are still joined, and the recomputed ratio is there.
  assert.ok(obsOf(feed, 'grp-per-employed', '34', '2019'));
});

test('reform 2020: a feed joined across the reform carries the annotation "2020: Hedmark og Oppland slått sammen til Innlandet" (nb/nn/en); the config adds its own; "off" adds none', () => {
  const own = { period: '2008-2009', region: '34', text: { nb: 'Finanskrisen', nn: 'Finanskrisa', en: 'The financial crisis' }, source: 'Norges Bank' };
  const { feed } = build(ACCOUNTS({ feed: { annotations: [own] } }), { accounts: madeUpAccounts() });
  const ds = assertValidFeed(feed);
  assert.deepEqual(feed.annotations[0], own);
  const reform = feed.annotations[1];
  assert.equal(reform.period, '2020');
  assert.deepEqual(reform.text, {
    nb: 'Hedmark og Oppland slått sammen til Innlandet',
    nn: 'Hedmark og Oppland slått saman til Innlandet',
    en: 'Hedmark and Oppland merged into Innlandet',
  });
  assert.equal(ds.annotations.length, 2);
  const off = build(ACCOUNTS({ feed: { reform2020: 'off' } }), { accounts: madeUpAccounts() }).feed;
  assert.equal(off.annotations, undefined, 'nothing was joined, so no remark');
  // KOSTRA groups come from the configuration only (made-up group code here), onto the regions it names.
  const grouped = build(ACCOUNTS({ feed: { kostraGroups: { 34: 'test-group' } } }), { accounts: madeUpAccounts() }).feed;
  assertValidFeed(grouped);
  assert.equal(grouped.regions.find((r) => r.code === '34').kostraGroup, 'test-group');
  assert.equal(grouped.regions.find((r) => r.code === '0').kostraGroup, undefined);
  assert.throws(() => build(ACCOUNTS({ feed: { annotations: [{ period: 'snart', text: 'X' }] } }), { accounts: madeUpAccounts() }), /annotations\[0\]\.period/);
});

test('reform 2020 "join-keep-old" keeps Hedmark and Oppland beside Innlandet; "off" leaves the codes alone', () => {
  const kept = build(ACCOUNTS({ feed: { reform2020: 'join-keep-old' } }), { accounts: madeUpAccounts() }).feed;
  assertValidFeed(kept);
  assert.equal(obsOf(kept, 'grp', '34', '2019').value, 141);
  assert.equal(obsOf(kept, 'grp', '04', '2019').value, 75);
  assert.ok(close(obsOf(kept, 'grp-per-employed', '04', '2019').value, 75_000e6 / 92_000 / 1000));
  assert.equal(kept.regions.find((r) => r.code === '04').validTo, '2019');
  const off = build(ACCOUNTS({ feed: { reform2020: 'off' } }), { accounts: madeUpAccounts() }).feed;
  assert.equal(obsOf(off, 'grp', '34', '2019'), undefined, 'no empty cell for Innlandet before it existed');
  assert.equal(obsOf(off, 'grp', '04', '2019').value, 75);
});

test('reform 2020 with the real 11713 figures for Hedmark and Oppland (check figure: Hedmark 2019, 76 980 mill. kr / 92,9 thousand employed)', async (t) => {
  const csv = await sharedFixture('DERIVED_ssb_11713_brp_sysselsatte_landet_hedmark_oppland_2008-2019.csv');
  if (!csv) return t.skip(SKIP_SHARED);
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';'))
    .filter((r) => r[1] === 'Totalt for næringer');
  const codes = { '0 Hele landet': '0', '04 Hedmark (-2019)': '04', '05 Oppland (-2019)': '05' };
  const num = (s) => (s === undefined || s === '' || s === '..' ? null : Number(s));
  const table = {};
  for (const [region, , year, grp, emp] of rows) (table[codes[region]] ??= {})[year] = [num(grp), num(emp)];
  const years = Object.keys(table['04']).sort();
  const answer = jsonStat({
    table: '11713',
    regions: [
      ['0', 'Hele landet'],
      ['04', 'Hedmark (-2019)'],
      ['05', 'Oppland (-2019)'],
    ],
    contents: [
      ['BNPB', 'Bruttoprodukt', 'mill. kr'],
      ['SysselsatteP', 'Sysselsatte personer', '1 000 personer', 1],
    ],
    years,
    value: (r, c, y) => table[r][y][c === 'BNPB' ? 0 : 1],
  });
  const { feed } = build(ACCOUNTS({ feed: { reform2020: 'join-keep-old' } }), { accounts: answer });
  assertValidFeed(feed);
  assert.equal(table['04']['2019'][0], 76980);
  assert.equal(table['04']['2019'][1], 92.9);
  assert.equal(obsOf(feed, 'grp-per-employed', '04', '2019').value, Number((76980e6 / 92900 / 1000).toPrecision(10)));
  for (const y of years) {
    const [hg, he] = table['04'][y];
    const [og, oe] = table['05'][y];
    assert.equal(obsOf(feed, 'grp', '34', y).value, Number(((hg + og) * 0.001).toPrecision(10)), `grp ${y}`);
    const expected = ((hg + og) * 0.001 * 1e6) / ((he + oe) * 1000); // mrd. kr → 1000 kr per person
    assert.ok(close(obsOf(feed, 'grp-per-employed', '34', y).value, expected), `grp per employed ${y}`);
  }
});

// ---- derivations ----

test('derivations: difference (net commuting), ratio in per cent, share of a total region, change and index', () => {
  const answer = jsonStat({
    table: '11616',
    regions: [
      ['34', 'Innlandet'],
      ['3401', 'Kongsvinger'],
      ['3403', 'Hamar'],
    ],
    contents: [
      ['Bosatt', 'Sysselsatte bosatt', 'personer'],
      ['Inn', 'Innpendlere', 'personer'],
      ['Ut', 'Utpendlere', 'personer'],
      ['Arbsted', 'Sysselsatte arbeidssted', 'personer'],
    ],
    years: ['2020', '2021'],
    value: (r, c, y) => {
      const base = { 34: [180000, 9000, 12000, 177000], 3401: [8000, 1500, 2500, 7000], 3403: [15000, 7000, 5000, 17000] }[r];
      const v = base[['Bosatt', 'Inn', 'Ut', 'Arbsted'].indexOf(c)];
      return y === '2021' ? v + 100 : v;
    },
  });
  const { feed } = build(
    {
      indicator: 'commuting',
      title: 'Pendling',
      queries: [
        {
          id: 'c',
          table: '11616',
          valueCodes: { Region: ['34*'], Tid: ['top(2)'] },
          measures: {
            Bosatt: { id: 'residents', label: 'Bosatte sysselsatte', additive: true, publish: false },
            Inn: { id: 'in', label: 'Innpendlere' },
            Ut: { id: 'out', label: 'Utpendlere' },
            Arbsted: { id: 'workplace', label: 'Arbeidssted', additive: true },
          },
        },
      ],
      derive: [
        { id: 'net', op: 'difference', of: ['workplace', 'residents'], label: 'Nettopendling', unit: 'personer' },
        { id: 'share-out', op: 'ratio', of: ['out', 'residents'], factor: 100, label: 'Andel som pendler ut', unit: '%', decimals: 1 },
        { id: 'share-of-county', op: 'share', of: ['workplace'], total: '34', label: 'Andel av arbeidsplassene i Innlandet' },
        { id: 'change-pct', op: 'change-pct', of: ['workplace'], from: 'first', to: 'last', label: 'Endring' },
        { id: 'index', op: 'index', of: ['workplace'], base: '2020', label: 'Indeks' },
      ],
    },
    { c: answer },
  );
  assertValidFeed(feed);
  assert.equal(obsOf(feed, 'net', '3401', '2020').value, 7000 - 8000);
  assert.equal(obsOf(feed, 'net', '3403', '2020').value, 7000 - 5000, 'workplace − residents = in − out');
  assert.equal(obsOf(feed, 'share-out', '3401', '2020').value, 31.25);
  assert.equal(obsOf(feed, 'share-of-county', '3403', '2020').value, Number(((17000 / 177000) * 100).toPrecision(10)));
  assert.equal(obsOf(feed, 'share-of-county', '34', '2020').value, 100);
  assert.equal(obsOf(feed, 'change-pct', '3401', '2020-2021').value, Number(((100 / 7000) * 100).toPrecision(10)));
  assert.equal(obsOf(feed, 'index', '3401', '2021').value, Number(((7100 / 7000) * 100).toPrecision(10)));
  const measures = Object.fromEntries(feed.indicators[0].measures.map((m) => [m.id, m]));
  assert.equal(measures['change-pct'].unit, '%', 'a change in per cent gets "%" when the config names no unit');
  assert.equal(measures['share-of-county'].decimals, 1);
  assert.ok(feed.observations.filter((o) => ['net', 'share-out', 'change-pct', 'index'].includes(o.measure)).every((o) => o.derived === true));
});

test('a ratio across two tables (per inhabitant) matches on region and period, keeps the dimension, and credits both tables', () => {
  // Shaped like the real 13551 (KOSTRA): arts A800 and AGD77, amounts in 1000 kr, revenue positive.
  const kostra = jsonStat({
    table: '13551',
    regions: [
      ['EAK', 'Landet'],
      ['3401', 'Kongsvinger'],
    ],
    extraDims: [
      [
        'KOKart0000',
        'art',
        [
          ['A800', 'Rammetilskudd'],
          ['AGD77', 'Andre overføringer og tilskudd fra staten'],
        ],
      ],
    ],
    contents: [['KOSbelop0000', 'Beløp (1000 kr)', '1000 kr']],
    years: ['2023'],
    value: (r, _c, _y, coords) => (r === 'EAK' ? 200_000_000 : 800_000) / (coords.KOKart0000 === 'AGD77' ? 10 : 1),
  });
  const population = jsonStat({
    table: '07459',
    regions: [
      ['0', 'Hele landet'],
      ['K-3401', 'Kongsvinger'],
    ],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2023'],
    value: (r) => (r === '0' ? 5_500_000 : 18_000),
  });
  const { feed } = build(
    {
      indicator: 'state-transfers',
      title: 'Statlige overføringer',
      queries: [
        {
          id: 'kostra',
          table: '13551',
          valueCodes: { KOKkommuneregion0000: ['EAK', '34*'], KOKart0000: ['A800', 'AGD77'], Tid: ['top(1)'] },
          measures: { KOSbelop0000: { id: 'amount', label: 'Beløp', unit: 'mill. kr', additive: true, scale: 0.001 } },
          dimensions: { KOKart0000: { as: 'type' } },
        },
        {
          id: 'pop',
          table: '07459',
          valueCodes: { Region: ['0', 'K-34*'], Tid: ['top(1)'] },
          measures: { Personer1: { id: 'population', label: 'Folkemengde', additive: true, publish: false } },
        },
      ],
      derive: [{ id: 'per-capita', op: 'ratio', of: ['amount', 'population'], factor: 1_000_000, label: 'Per innbygger', unit: 'kr', decimals: 0 }],
    },
    { kostra, pop: population },
  );
  assertValidFeed(feed);
  assert.equal(obsOf(feed, 'amount', '3401', '2023').value, 800, 'KOSTRA revenue arrives positive and stays so; 1000 kr → mill. kr');
  const perCapita = feed.observations.filter((o) => o.measure === 'per-capita' && o.region === '3401');
  assert.deepEqual(
    perCapita.map((o) => [o.dims.type, Math.round(o.value)]),
    [
      ['A800', Math.round(800e6 / 18000)],
      ['AGD77', Math.round(80e6 / 18000)],
    ],
  );
  assert.equal(obsOf(feed, 'per-capita', '0', '2023').dims.type, 'A800');
  const source = feed.sources.find((s) => s.id === perCapita[0].source);
  assert.equal(source.table, '13551, 07459');
  assert.match(source.title, /13551 og 07459/);
  assert.deepEqual(
    feed.sources.map((s) => s.id).sort(),
    ['ssb-13551', 'ssb-13551-07459', 'ssb-07459'].sort(),
    'the population table is credited though its figures are not published',
  );
});

test('mandatory notes from the table are carried into the feed; other dataset notes go to the source', () => {
  const answer = jsonStat({
    table: '07459',
    regions: [['K-3401', 'Kongsvinger']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 17949,
    note: { texts: ['Tallene gjelder 1. januar.', 'Endringer i kommunegrensene fra 2024 er ikke tatt med.'], mandatory: { 1: true } },
  });
  const { feed } = build(POPULATION, { pop: answer });
  assertValidFeed(feed);
  assert.deepEqual(feed.notes, [{ text: 'Endringer i kommunegrensene fra 2024 er ikke tatt med.', mandatory: true, indicator: 'population' }]);
  assert.deepEqual(feed.sources[0].notes, ['Tallene gjelder 1. januar.']);
});

// ---- refusals: nothing is written for these ----

test('refuses an answer without a configured ContentsCode (a changed table), naming what it has', () => {
  const answer = jsonStat({
    table: '07459',
    regions: [['K-3401', 'Kongsvinger']],
    contents: [['Personer2', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 1,
  });
  assert.throws(
    () => build(POPULATION, { pop: answer }),
    (err) => err instanceof BuildError && /no ContentsCode "Personer1"/.test(err.message) && /"Personer2"/.test(err.message),
  );
});

test('refuses an answer from another table', () => {
  const answer = jsonStat({
    table: '11713',
    regions: [['K-3401', 'Kongsvinger']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 1,
  });
  assert.throws(() => build(POPULATION, { pop: answer }), /the answer is table 11713, not 07459/);
});

test("refuses JSON that is not JSON-stat, with the JSON-stat reader's paths", () => {
  assert.throws(
    () => build(POPULATION, { pop: { class: 'dataset', id: ['Region'], size: [2], dimension: {}, value: [1] } }),
    (err) => {
      assert.ok(err instanceof BuildError);
      assert.match(err.message, /not usable JSON-stat/);
      assert.ok(
        err.issues.some((i) => i.path.startsWith('dimension')),
        JSON.stringify(err.issues),
      );
      return true;
    },
  );
});

test('refuses a feed with no figures (every value missing): never an empty feed', () => {
  const answer = jsonStat({
    table: '07459',
    regions: [['K-3401', 'Kongsvinger']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => null,
    status: '..',
  });
  assert.throws(() => build(POPULATION, { pop: answer }), /no figures/);
});

test('refuses a feed where a published derivation has no figures, and one with duplicate cells', () => {
  const pop = jsonStat({
    table: '07459',
    regions: [['K-3401', 'Kongsvinger']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 17949,
  });
  const other = jsonStat({
    table: '07459',
    regions: [['K-3403', 'Hamar']],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: () => 31999,
  });
  const twoQueries = (derive) => ({
    ...POPULATION,
    queries: [
      POPULATION.queries[0],
      { ...POPULATION.queries[0], id: 'pop2', measures: { Personer1: { id: derive ? 'other' : 'persons', label: 'P', additive: true } } },
    ],
    derive: derive ? [{ id: 'ratio', op: 'ratio', of: ['persons', 'other'], label: 'R' }] : [],
  });
  assert.throws(() => build(twoQueries(true), { pop, pop2: other }), /measure "ratio" would have no figures/);
  assert.throws(() => build(twoQueries(false), { pop, pop2: pop }), /duplicate cells/);
});

test('sameFigures ignores only retrieval times; figureCount counts non-null values', () => {
  const answer = jsonStat({
    table: '07459',
    regions: [
      ['K-3401', 'Kongsvinger'],
      ['K-3403', 'Hamar'],
    ],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2022'],
    value: (r) => (r === 'K-3401' ? 17949 : null),
    status: undefined,
  });
  const a = build(POPULATION, { pop: answer }).feed;
  const cfg = feedConfig(POPULATION);
  const b = toFeed(cfg, [{ query: cfg.queries[0], json: answer, retrievedAt: '2027-01-01T00:00:00.000Z' }]).feed;
  assert.notDeepEqual(a.sources, b.sources);
  assert.equal(sameFigures(a, b), true);
  const c = JSON.parse(JSON.stringify(b));
  c.observations[0].value += 1;
  assert.equal(sameFigures(a, c), false);
  assert.equal(figureCount(a), 1);
});

test('region sums: Innlandet is the sum of its municipalities; a period with a missing or empty part gets a gap, never a partial sum', () => {
  const answer = jsonStat({
    table: '07459',
    regions: [
      ['K-3401', 'Kongsvinger'],
      ['K-3403', 'Hamar'],
      ['K-3405', 'Lillehammer'],
    ],
    contents: [['Personer1', 'Personer', 'personer']],
    years: ['2021', '2022', '2023'],
    value: (r, _c, y) => (r === 'K-3405' && y === '2022' ? null : { 'K-3401': 100, 'K-3403': 200, 'K-3405': 300 }[r]),
    status: { 7: '..' },
  });
  const { feed } = build(
    {
      ...POPULATION,
      queries: [{ ...POPULATION.queries[0], valueCodes: { Region: ['K-34*'], Tid: ['top(3)'] } }],
      reform2020: 'off',
      regionSums: [{ region: '34', label: 'Innlandet', of: ['34*'], measures: ['persons'] }],
    },
    { pop: answer },
  );
  assertValidFeed(feed);
  assert.equal(obsOf(feed, 'persons', '34', '2021').value, 600);
  assert.equal(obsOf(feed, 'persons', '34', '2022').value, null, 'Lillehammer 2022 is empty: no sum');
  assert.equal(obsOf(feed, 'persons', '34', '2022').status, '..');
  assert.equal(obsOf(feed, 'persons', '34', '2023').value, 600);
  assert.equal(obsOf(feed, 'persons', '34', '2021').derived, true);
  assert.equal(feed.regions.find((r) => r.code === '34').level, 'county');
  // A non-additive measure cannot be summed: the loader refuses it.
  assert.throws(
    () =>
      feedConfig({
        ...POPULATION,
        regionSums: [{ region: '34', of: ['34*'], measures: ['persons'] }],
        queries: [{ ...POPULATION.queries[0], measures: { Personer1: { id: 'persons', label: 'P', additive: false } } }],
      }),
    /"persons" is not an additive measure/,
  );
});

test('sum over a dimension: rammetilskudd + other transfers per region and period; a missing or empty category gives a gap', () => {
  const kostra = jsonStat({
    table: '13551',
    regions: [
      ['3401', 'Kongsvinger'],
      ['3403', 'Hamar'],
    ],
    extraDims: [
      [
        'KOKart0000',
        'art',
        [
          ['A800', 'Rammetilskudd'],
          ['AGD77', 'Andre overføringer og tilskudd fra staten'],
        ],
      ],
    ],
    contents: [['KOSbelop0000', 'Beløp (1000 kr)', '1000 kr']],
    years: ['2024', '2025'],
    value: (r, _c, y, coords) => (r === '3403' && y === '2025' && coords.KOKart0000 === 'AGD77' ? null : coords.KOKart0000 === 'A800' ? 400_000 : 40_000),
    status: { 7: '.' },
  });
  const { feed } = build(
    {
      indicator: 'state-transfers',
      title: 'Statlige overføringer',
      reform2020: 'off',
      queries: [
        {
          id: 'kostra',
          table: '13551',
          valueCodes: { KOKkommuneregion0000: ['3401', '3403'], KOKart0000: ['A800', 'AGD77'], Tid: ['top(2)'] },
          measures: { KOSbelop0000: { id: 'amount', label: 'Beløp', unit: 'mill. kr', additive: true, scale: 0.001 } },
          dimensions: { KOKart0000: { as: 'type' } },
        },
      ],
      derive: [{ id: 'transfers', op: 'sum', of: ['amount'], over: 'type', label: 'I alt', unit: 'mill. kr', decimals: 1 }],
    },
    { kostra },
  );
  assertValidFeed(feed);
  const total = (r, y) => feed.observations.find((o) => o.measure === 'transfers' && o.region === r && o.period === y);
  assert.equal(total('3401', '2025').value, 440);
  assert.equal(total('3401', '2025').dims, undefined, 'the summed dimension is gone');
  assert.equal(total('3403', '2024').value, 440);
  assert.equal(total('3403', '2025').value, null, 'AGD77 is empty for Hamar 2025: no partial total');
});
