// The feed builder's configuration: the example config for Innlandet is valid against the JSON Schema
// (src/cli/feeds-config.schema.json, checked with Ajv) and the command's own loader; broken configs are
// rejected by both, the loader naming the path of each problem.
// Run after `npm run build`: node --test test/node/feeds-config.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const { parseFeedsConfig, ConfigError, checkBaseUrl } = await import('../../dist/lib/cli/config.js');
const { INDICATOR_IDS } = await import('../../dist/lib/indicators/ids.js');

const schema = JSON.parse(await readFile(new URL('../../src/cli/feeds-config.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const example = JSON.parse(await readFile(new URL('../../demo/feeds/innlandet.config.json', import.meta.url), 'utf8'));

test('the example config for Innlandet is valid (JSON Schema and loader) and covers the five indicators', () => {
  assert.ok(validate(example), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const config = parseFeedsConfig(example);
  assert.deepEqual(config.feeds.map((f) => f.indicator).sort(), [...INDICATOR_IDS].sort());
  assert.equal(config.api.baseUrl, 'https://data.ssb.no/api/pxwebapi/v2');
  assert.ok(config.api.requestsPerMinute + config.api.burst <= 25, "below Statistics Norway's ~30 a minute");
});

// What ../shared/evidence/ssb-tables.md proves (H, or M where noted there), per table: its variables, the codes
// each may be asked for (plain, or per codelist), and its ContentsCodes. Every query of the shipped config that is
// not marked "verify" must stay inside this; the anchoring test below checks each entry against the evidence file.
const REGION_CODELISTS_07459 = { agg_KommSummer: ['K-34*'], agg_KommFylker: ['F-34'], vs_Landet: ['0'] };
const EVIDENCE = {
  '09391': { ContentsCode: ['BNPB'], Region: { codelists: { agg_FylkerGjeldende: ['34'] } } },
  '07984': { ContentsCode: ['Sysselsatte', 'SysselsatteArb'], Region: { plain: ['0', '34', '34*'] }, NACE2007: ['00-99'], Kjonn: ['0'], Alder: ['15-74'] },
  11616: { ContentsCode: ['Innpendlere', 'Utpendlere'], Region: { plain: ['34*'] } },
  13551: { ContentsCode: ['KOSbelop0000'], KOKart0000: ['A800', 'AGD77'], KOKkommuneregion0000: { plain: ['EAK', 'INNLANDET_MUNICIPALITIES'] } },
  '07459': { ContentsCode: ['Personer1'], Region: { codelists: REGION_CODELISTS_07459 } },
  13472: { ContentsCode: ['SysselEtterArbste'], Sektor: ['ALLE'], NACE2007: ['00-99'], Region: { codelists: REGION_CODELISTS_07459 } },
};
// The 46 municipalities of Innlandet (KLASS 131, 2026: ../shared/fixtures/ssb/klass_131_kommuneinndeling_2026_latin1.csv).
const INNLANDET =
  '3401 3403 3405 3407 3411 3412 3413 3414 3415 3416 3417 3418 3419 3420 3421 3422 3423 3424 3425 3426 3427 3428 3429 3430 3431 3432 3433 3434 3435 3436 3437 3438 3439 3440 3441 3442 3443 3446 3447 3448 3449 3450 3451 3452 3453 3454'.split(
    ' ',
  );

function allowedCodes(spec, codelist) {
  if (Array.isArray(spec)) return codelist === undefined ? spec : [];
  const list = codelist === undefined ? (spec.plain ?? []) : (spec.codelists?.[codelist] ?? []);
  return list.flatMap((c) => (c === 'INNLANDET_MUNICIPALITIES' ? INNLANDET : [c]));
}

test('every query of the shipped config uses only tables, variables, codes and codelists the evidence verifies', () => {
  const config = parseFeedsConfig(example);
  const queries = config.feeds.flatMap((f) => f.queries.map((q) => ({ feed: f.indicator, ...q })));
  const checked = queries.filter((q) => !q.verify);
  // Only R&D stays "verify": Statistics Norway has no table for it (see the evidence).
  assert.deepEqual(
    queries.filter((q) => q.verify).map((q) => `${q.feed}/${q.id}`),
    ['rd-share/rd-expenditure'],
  );
  assert.deepEqual([...new Set(checked.map((q) => q.feed))].sort(), ['commuting', 'employment-change', 'state-transfers', 'value-creation']);
  for (const q of checked) {
    const where = `${q.feed}/${q.id} (table ${q.table})`;
    const ev = EVIDENCE[q.table];
    assert.ok(ev, `${where}: the evidence verifies no such table`);
    assert.match(q.evidence ?? '', new RegExp(`table ${q.table}\\b`), `${where}: the query says where its table is proven`);
    for (const code of Object.keys(q.measures)) assert.ok(ev.ContentsCode.includes(code), `${where}: ContentsCode ${code} is not verified`);
    for (const [variable, items] of Object.entries(q.valueCodes)) {
      if (variable === 'Tid') {
        for (const item of items) assert.match(item, /^top\(\d+\)$/, `${where}: Tid is asked for as the latest n years`);
        continue;
      }
      assert.ok(ev[variable], `${where}: variable ${variable} is not verified for this table`);
      const allowed = allowedCodes(ev[variable], q.codelist[variable]);
      for (const item of items)
        assert.ok(
          allowed.includes(item),
          `${where}: ${variable} = ${item}${q.codelist[variable] ? ` with ${q.codelist[variable]}` : ''} is not verified (verified: ${allowed.join(', ') || 'none'})`,
        );
    }
    for (const [variable, id] of Object.entries(q.codelist))
      assert.ok(ev[variable]?.codelists?.[id], `${where}: codelist ${id} on ${variable} is not verified`);
    for (const m of Object.values(q.measures)) assert.ok(!(m.scale < 0), `${where}: no sign flip (KOSTRA revenue arrives positive)`);
  }
  // Every Innlandet municipality is asked for in the KOSTRA queries, and nothing from 12367 (no function 840, no art 800/810).
  for (const q of checked.filter((x) => x.table === '13551'))
    assert.deepEqual(
      q.valueCodes.KOKkommuneregion0000.filter((c) => c !== 'EAK'),
      INNLANDET,
    );
  assert.ok(!queries.some((q) => q.table === '12367'));
});

test('the evidence table of the test is anchored in ../shared (evidence text, real responses, KLASS)', async (t) => {
  const read = async (rel, enc = 'utf8') => readFile(new URL(`../../../shared/${rel}`, import.meta.url), enc).catch(() => undefined);
  const md = await read('evidence/ssb-tables.md');
  if (!md) {
    t.skip('../shared is not present: the evidence is read from ../shared/evidence/ssb-tables.md');
    return;
  }
  for (const [table, ev] of Object.entries(EVIDENCE)) {
    assert.ok(md.includes(table), `table ${table} is in the evidence`);
    for (const [variable, spec] of Object.entries(ev)) {
      const codes = Array.isArray(spec) ? spec : [...(spec.plain ?? []), ...Object.keys(spec.codelists ?? {}), ...Object.values(spec.codelists ?? {}).flat()];
      for (const code of codes.filter((c) => c !== 'INNLANDET_MUNICIPALITIES' && !c.endsWith('*'))) {
        // v2 codelist ids are written agg_X in the evidence; v0 bodies say agg_single:X.
        assert.ok(md.includes(code) || md.includes(code.replace(/^agg_/, 'agg_single:')), `${table} ${variable}: "${code}" appears in the evidence`);
      }
      if (variable !== 'ContentsCode' && !md.includes(variable) && variable !== 'Region') assert.fail(`${table}: variable ${variable} appears in the evidence`);
    }
  }
  const kostra = JSON.parse(await read('fixtures/ssb/ssb_13551_kostra_okonomisk_oversikt_drift_strand_2020-2025.jsonstat2.json'));
  for (const art of EVIDENCE['13551'].KOKart0000) assert.ok(art in kostra.dimension.KOKart0000.category.index, `art ${art} is in the real 13551 response`);
  assert.deepEqual(Object.keys(kostra.dimension), ['KOKkommuneregion0000', 'KOKart0000', 'ContentsCode', 'Tid']);
  const klass = await read('fixtures/ssb/klass_131_kommuneinndeling_2026_latin1.csv', 'latin1');
  assert.deepEqual(
    [...klass.matchAll(/^"(34\d\d)"/gm)].map((m) => m[1]),
    INNLANDET,
    'the 46 municipalities of KLASS 131 (2026)',
  );
  const population = JSON.parse(await read('fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json'));
  assert.deepEqual(
    Object.keys(population.dimension.Region.category.index)
      .filter((c) => c.startsWith('K-34'))
      .map((c) => c.slice(2)),
    INNLANDET,
  );
});

const base = () => ({
  innsiktFeeds: '1',
  feeds: [
    {
      indicator: 'x',
      title: 'X',
      queries: [{ id: 'q', table: '07459', valueCodes: { Tid: ['top(1)'] }, measures: { Personer1: { id: 'p', label: 'Personer', additive: true } } }],
      derive: [{ id: 'r', op: 'ratio', of: ['p', 'p'], factor: 100, label: 'R' }],
    },
  ],
});

// Mutations that the schema and the loader must both reject; the loader's path is checked.
const broken = {
  'no version': [(c) => delete c.innsiktFeeds, 'innsiktFeeds'],
  'unknown top-level field': [(c) => (c.feedz = []), '(config).feedz'],
  'no feeds': [(c) => (c.feeds = []), 'feeds'],
  'table id with a slash': [(c) => (c.feeds[0].queries[0].table = '07459/../x'), 'feeds[0].queries[0].table'],
  'value codes not a list': [(c) => (c.feeds[0].queries[0].valueCodes.Tid = 'top(1)'), 'feeds[0].queries[0].valueCodes.Tid'],
  'empty value code': [(c) => (c.feeds[0].queries[0].valueCodes.Tid = ['']), 'feeds[0].queries[0].valueCodes.Tid[0]'],
  'variable id with brackets': [(c) => (c.feeds[0].queries[0].valueCodes['Tid]'] = ['1']), 'feeds[0].queries[0].valueCodes.Tid]'],
  'outputValues not aggregated/single': [
    (c) => {
      c.feeds[0].queries[0].codelist = { Region: 'agg_KommSummer' };
      c.feeds[0].queries[0].outputValues = { Region: 'sum' };
    },
    'feeds[0].queries[0].outputValues.Region',
  ],
  'measure without label': [(c) => delete c.feeds[0].queries[0].measures.Personer1.label, 'feeds[0].queries[0].measures.Personer1.label'],
  'additive as text': [(c) => (c.feeds[0].queries[0].measures.Personer1.additive = 'yes'), 'feeds[0].queries[0].measures.Personer1.additive'],
  'scale 0': [(c) => (c.feeds[0].queries[0].measures.Personer1.scale = 0), 'feeds[0].queries[0].measures.Personer1.scale'],
  'decimals 9': [(c) => (c.feeds[0].queries[0].measures.Personer1.decimals = 9), 'feeds[0].queries[0].measures.Personer1.decimals'],
  'unknown op': [(c) => (c.feeds[0].derive[0].op = 'mean'), 'feeds[0].derive[0].op'],
  'ratio of one measure': [(c) => (c.feeds[0].derive[0].of = ['p']), 'feeds[0].derive[0].of'],
  'factor on a difference': [(c) => (c.feeds[0].derive[0].op = 'difference'), 'feeds[0].derive[0].factor'],
  'share without total': [
    (c) => {
      c.feeds[0].derive[0] = { id: 's', op: 'share', of: ['p'], label: 'S' };
    },
    'feeds[0].derive[0].total',
  ],
  'bad period reference': [
    (c) => {
      c.feeds[0].derive[0] = { id: 'c', op: 'change-pct', of: ['p'], from: 'yesterday', label: 'C' };
    },
    'feeds[0].derive[0].from',
  ],
  'file in another folder': [(c) => (c.feeds[0].file = '../www/x.json'), 'feeds[0].file'],
  'reform2020 value': [(c) => (c.feeds[0].reform2020 = 'merge'), 'feeds[0].reform2020'],
  'requestsPerMinute 0': [(c) => (c.api = { requestsPerMinute: 0 }), 'api.requestsPerMinute'],
  'title empty': [(c) => (c.feeds[0].title = ' '), 'feeds[0].title'],
  'unknown field in a query': [(c) => (c.feeds[0].queries[0].valuecodes = {}), 'feeds[0].queries[0].valuecodes'],
  'empty evidence': [(c) => (c.feeds[0].queries[0].evidence = ' '), 'feeds[0].queries[0].evidence'],
  'allowScaleChange as text': [(c) => (c.feeds[0].allowScaleChange = 'yes'), 'feeds[0].allowScaleChange'],
  'region sum without parts': [(c) => (c.feeds[0].regionSums = [{ region: '34', measures: ['p'] }]), 'feeds[0].regionSums[0].of'],
  'region sum with a bad region': [(c) => (c.feeds[0].regionSums = [{ region: '3 4', of: ['34*'], measures: ['p'] }]), 'feeds[0].regionSums[0].region'],
  'maxCells above the API limit': [(c) => (c.api = { maxCells: 900000 }), 'api.maxCells'],
  'maxBytes below 1 kB': [(c) => (c.api = { maxBytes: 10 }), 'api.maxBytes'],
  'over on a ratio': [(c) => (c.feeds[0].derive[0].over = 'type'), 'feeds[0].derive[0].over'],
  'sum over a dimension of two measures': [
    (c) => {
      c.feeds[0].derive[0] = { id: 's', op: 'sum', of: ['p', 'p'], over: 'type', label: 'S' };
    },
    'feeds[0].derive[0].of',
  ],
  'negative revision threshold': [(c) => (c.changes = { relative: -0.1 }), 'changes.relative'],
  'history of 0 updates': [(c) => (c.changes = { keep: 0 }), 'changes.keep'],
  'unknown field in changes': [(c) => (c.changes = { days: 30 }), 'changes.days'],
  'annotation without a text': [(c) => (c.feeds[0].annotations = [{ period: '2020' }]), 'feeds[0].annotations[0].text'],
  'annotation with a bad period': [(c) => (c.feeds[0].annotations = [{ period: 'i fjor', text: 'X' }]), 'feeds[0].annotations[0].period'],
  'KOSTRA group empty': [(c) => (c.feeds[0].kostraGroups = { 3403: '' }), 'feeds[0].kostraGroups.3403'],
  'KOSTRA groups not an object': [(c) => (c.feeds[0].kostraGroups = ['EKG11']), 'feeds[0].kostraGroups'],
  'value code with a control character inside': [(c) => (c.feeds[0].queries[0].valueCodes.Tid = ['top\u0001(1)']), 'feeds[0].queries[0].valueCodes.Tid[0]'],
  'ContentsCode with a control character': [
    (c) => (c.feeds[0].queries[0].measures['Personer\u00012'] = { id: 'p2', label: 'P2' }),
    'feeds[0].queries[0].measures.Personer\u00012',
  ],
  'blank ContentsCode': [(c) => (c.feeds[0].queries[0].measures[' '] = { id: 'p2', label: 'P2' }), 'feeds[0].queries[0].measures. '],
};

test('annotations and KOSTRA groups in a feed configuration are valid for both and read', () => {
  const c = base();
  c.feeds[0].annotations = [
    { period: '2008-2009', region: '34', text: { nb: 'Finanskrisen', nn: 'Finanskrisa', en: 'The financial crisis' }, source: 'Norges Bank' },
  ];
  c.feeds[0].kostraGroups = { 3403: 'test-group' };
  assert.ok(validate(c), JSON.stringify(validate.errors));
  const feed = parseFeedsConfig(c).feeds[0];
  assert.deepEqual(feed.annotations, c.feeds[0].annotations);
  assert.equal(feed.kostraGroups['3403'], 'test-group');
});

test('changes: thresholds and history length are read, with defaults (any change counts, 10 updates)', () => {
  assert.deepEqual(parseFeedsConfig(base()).changes, { relative: 0, absolute: 0, keep: 10 });
  const c = base();
  c.changes = { relative: 0.001, absolute: 5, keep: 3 };
  assert.ok(validate(c), JSON.stringify(validate.errors));
  assert.deepEqual(parseFeedsConfig(c).changes, { relative: 0.001, absolute: 5, keep: 3 });
});

for (const [name, [mutate, path]] of Object.entries(broken)) {
  test(`rejected by schema and loader: ${name} (at ${path})`, () => {
    const c = base();
    mutate(c);
    assert.equal(validate(c), false, 'the JSON Schema accepted it');
    assert.throws(
      () => parseFeedsConfig(c),
      (err) => {
        assert.ok(err instanceof ConfigError);
        assert.ok(
          err.issues.some((i) => i.path === path),
          `paths: ${err.issues.map((i) => i.path).join(', ')}`,
        );
        return true;
      },
    );
  });
}

test('the base config of the broken cases is itself valid', () => {
  assert.ok(validate(base()), JSON.stringify(validate.errors));
  const config = parseFeedsConfig(base());
  assert.equal(config.feeds[0].file, 'x.json', 'file defaults to <indicator>.json');
  assert.equal(config.feeds[0].reform2020, 'join');
  assert.equal(config.feeds[0].queries[0].measures.Personer1.publish, true);
});

test('cross-references the schema cannot express are checked by the loader, with paths', () => {
  const cases = [
    [(c) => (c.feeds[0].derive[0].of = ['p', 'nope']), 'feeds[0].derive[0].of[1]', /not a measure defined/],
    [(c) => (c.feeds[0].derive[0].id = 'p'), 'feeds[0].derive[0].id', /already defined/],
    [(c) => c.feeds.push({ ...base().feeds[0], indicator: 'y', file: 'X.json' }), 'feeds[1].file', /also written by feeds\[0\]/],
    [(c) => c.feeds.push({ ...base().feeds[0] }), 'feeds[1].indicator', /earlier feed/],
    [(c) => (c.feeds[0].queries[0].valueCodes.ContentsCode = ['Personer1', 'Andre']), 'feeds[0].queries[0].valueCodes.ContentsCode', /no entry in "measures"/],
    [
      (c) => {
        c.feeds[0].queries[0].measures.Personer1.publish = false;
        c.feeds[0].derive = [];
      },
      'feeds[0]',
      /publishes no measure/,
    ],
    [(c) => (c.feeds[0].queries[0].outputValues = { Region: 'single' }), 'feeds[0].queries[0].outputValues.Region', /codelist/],
  ];
  for (const [mutate, path, message] of cases) {
    const c = base();
    mutate(c);
    assert.throws(
      () => parseFeedsConfig(c),
      (err) => err instanceof ConfigError && err.issues.some((i) => i.path === path && message.test(i.message)),
      path,
    );
  }
});

// The loader's sentences come from the schema's own rules (feeds-config.validate.ts, worded by config-shape.ts):
// each names the place, says what is expected there, and is the only problem reported for one mistake.
const schemaMessages = [
  [
    (c) => delete c.feeds[0].queries[0].table,
    'feeds[0].queries[0].table',
    /is missing: a table id such as "07459" is required unless the query reads a "file"/,
  ],
  [(c) => delete c.feeds[0].queries[0].valueCodes, 'feeds[0].queries[0].valueCodes', /is missing: list the value codes .*or read a "file"/],
  [
    (c) => (c.feeds[0].queries[0].valueCodes.Tid = ['top\u0001(1)']),
    'feeds[0].queries[0].valueCodes.Tid[0]',
    /expected a non-empty text without control characters/,
  ],
  [
    (c) => (c.feeds[0].queries[0].measures['Personer\u00012'] = { id: 'p2', label: 'P2' }),
    'feeds[0].queries[0].measures.Personer\u00012',
    /without control characters/,
  ],
  // A measure without its label: the derivation that uses it is not reported as well.
  [
    (c) => delete c.feeds[0].queries[0].measures.Personer1.label,
    'feeds[0].queries[0].measures.Personer1.label',
    /is missing: give a text, or an object with "nb"/,
  ],
  [
    (c) => (c.feeds[0].derive[0] = { id: 's', op: 'share', of: ['p'], label: 'S' }),
    'feeds[0].derive[0].total',
    /"share" needs "total", the region that is the whole/,
  ],
  [(c) => (c.feeds[0].queries[0].valuecodes = {}), 'feeds[0].queries[0].valuecodes', /unknown field "valuecodes" \(allowed: id, table, .*\bvalueCodes\b.*\)/],
  [(c) => (c.feeds[0].reform2020 = 'merge'), 'feeds[0].reform2020', /expected "join", "join-keep-old" or "off", got the text "merge"/],
  [(c) => (c.feeds[0].derive[0].of = ['p']), 'feeds[0].derive[0].of', /"ratio" takes 2 measures, got 1/],
  [(c) => (c.feeds[0].kostraGroups = { 3403: '' }), 'feeds[0].kostraGroups.3403', /is empty/],
];
for (const [mutate, path, message] of schemaMessages) {
  test(`schema-driven message at ${JSON.stringify(path)}: ${message.source.slice(0, 50)}`, () => {
    const c = base();
    mutate(c);
    assert.throws(
      () => parseFeedsConfig(c),
      (err) => {
        assert.ok(err instanceof ConfigError);
        assert.deepEqual(
          err.issues.map((i) => i.path),
          [path],
          err.message,
        );
        assert.match(err.issues[0].message, message);
        assert.match(err.message, new RegExp(`^${path.replace(/[.[\]()*]/g, '\\$&')}: `), 'the summary starts with the path');
        return true;
      },
    );
  });
}

test('base URLs: https anywhere, plain http only on 127.0.0.1', () => {
  assert.equal(checkBaseUrl('https://data.ssb.no/api/pxwebapi/v2'), undefined);
  assert.equal(checkBaseUrl('http://127.0.0.1:8123/api/pxwebapi/v2'), undefined);
  assert.match(checkBaseUrl('http://data.ssb.no/api/pxwebapi/v2'), /https/);
  assert.match(checkBaseUrl('file:///etc/passwd'), /https/);
  assert.match(checkBaseUrl('https://user:pw@example.org/'), /user name/);
  assert.match(checkBaseUrl('not a url'), /not a URL/);
});
