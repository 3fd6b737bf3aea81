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
  assert.ok(config.api.requestsPerMinute + config.api.burst <= 25, 'below Statistics Norway\'s ~30 a minute');
});

test('the example config uses only table ids confirmed by ../shared/fixtures/ssb, or marks the query "verify before use"', () => {
  const confirmed = new Set(['07459', '11713', '11616', '12367']);
  const config = parseFeedsConfig(example);
  const queries = config.feeds.flatMap((f) => f.queries.map((q) => ({ feed: f.indicator, ...q })));
  for (const q of queries) {
    if (!confirmed.has(q.table)) assert.ok(q.verify, `${q.feed}/${q.id}: table ${q.table} is not confirmed and must say "verify"`);
  }
  // Only the municipal population query is confirmed end to end (07459, Personer1, K-34xx from the fixture;
  // agg_KommSummer with outputValues=aggregated from Statistics Norway's PxWebApi v2 guide, which uses 07459).
  const unflagged = queries.filter((q) => !q.verify).map((q) => `${q.feed}/${q.id}`);
  assert.deepEqual(unflagged, ['state-transfers/population-municipalities']);
  // Every "verify" says what to check and where.
  for (const q of queries.filter((x) => x.verify)) assert.match(q.verify, /metadata|tables\?query/, `${q.feed}/${q.id}`);
});

const base = () => ({
  innsiktFeeds: '1',
  feeds: [{
    indicator: 'x',
    title: 'X',
    queries: [{ id: 'q', table: '07459', valueCodes: { Tid: ['top(1)'] }, measures: { Personer1: { id: 'p', label: 'Personer', additive: true } } }],
    derive: [{ id: 'r', op: 'ratio', of: ['p', 'p'], factor: 100, label: 'R' }],
  }],
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
  'outputValues not aggregated/single': [(c) => { c.feeds[0].queries[0].codelist = { Region: 'agg_KommSummer' }; c.feeds[0].queries[0].outputValues = { Region: 'sum' }; }, 'feeds[0].queries[0].outputValues.Region'],
  'measure without label': [(c) => delete c.feeds[0].queries[0].measures.Personer1.label, 'feeds[0].queries[0].measures.Personer1.label'],
  'additive as text': [(c) => (c.feeds[0].queries[0].measures.Personer1.additive = 'yes'), 'feeds[0].queries[0].measures.Personer1.additive'],
  'scale 0': [(c) => (c.feeds[0].queries[0].measures.Personer1.scale = 0), 'feeds[0].queries[0].measures.Personer1.scale'],
  'decimals 9': [(c) => (c.feeds[0].queries[0].measures.Personer1.decimals = 9), 'feeds[0].queries[0].measures.Personer1.decimals'],
  'unknown op': [(c) => (c.feeds[0].derive[0].op = 'mean'), 'feeds[0].derive[0].op'],
  'ratio of one measure': [(c) => (c.feeds[0].derive[0].of = ['p']), 'feeds[0].derive[0].of'],
  'factor on a difference': [(c) => (c.feeds[0].derive[0].op = 'difference'), 'feeds[0].derive[0].factor'],
  'share without total': [(c) => { c.feeds[0].derive[0] = { id: 's', op: 'share', of: ['p'], label: 'S' }; }, 'feeds[0].derive[0].total'],
  'bad period reference': [(c) => { c.feeds[0].derive[0] = { id: 'c', op: 'change-pct', of: ['p'], from: 'yesterday', label: 'C' }; }, 'feeds[0].derive[0].from'],
  'file in another folder': [(c) => (c.feeds[0].file = '../www/x.json'), 'feeds[0].file'],
  'reform2020 value': [(c) => (c.feeds[0].reform2020 = 'merge'), 'feeds[0].reform2020'],
  'requestsPerMinute 0': [(c) => (c.api = { requestsPerMinute: 0 }), 'api.requestsPerMinute'],
  'title empty': [(c) => (c.feeds[0].title = ' '), 'feeds[0].title'],
  'unknown field in a query': [(c) => (c.feeds[0].queries[0].valuecodes = {}), 'feeds[0].queries[0].valuecodes'],
};

for (const [name, [mutate, path]] of Object.entries(broken)) {
  test(`rejected by schema and loader: ${name} (at ${path})`, () => {
    const c = base();
    mutate(c);
    assert.equal(validate(c), false, 'the JSON Schema accepted it');
    assert.throws(() => parseFeedsConfig(c), (err) => {
      assert.ok(err instanceof ConfigError);
      assert.ok(err.issues.some((i) => i.path === path), `paths: ${err.issues.map((i) => i.path).join(', ')}`);
      return true;
    });
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
    [(c) => { c.feeds[0].queries[0].measures.Personer1.publish = false; c.feeds[0].derive = []; }, 'feeds[0]', /publishes no measure/],
    [(c) => (c.feeds[0].queries[0].outputValues = { Region: 'single' }), 'feeds[0].queries[0].outputValues.Region', /codelist/],
  ];
  for (const [mutate, path, message] of cases) {
    const c = base();
    mutate(c);
    assert.throws(() => parseFeedsConfig(c), (err) => err instanceof ConfigError && err.issues.some((i) => i.path === path && message.test(i.message)), path);
  }
});

test('base URLs: https anywhere, plain http only on 127.0.0.1', () => {
  assert.equal(checkBaseUrl('https://data.ssb.no/api/pxwebapi/v2'), undefined);
  assert.equal(checkBaseUrl('http://127.0.0.1:8123/api/pxwebapi/v2'), undefined);
  assert.match(checkBaseUrl('http://data.ssb.no/api/pxwebapi/v2'), /https/);
  assert.match(checkBaseUrl('file:///etc/passwd'), /https/);
  assert.match(checkBaseUrl('https://user:pw@example.org/'), /user name/);
  assert.match(checkBaseUrl('not a url'), /not a URL/);
});
