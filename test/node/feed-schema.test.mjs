// The Innsikt feed v1 JSON Schema, checked with Ajv (the reference validator) in Node:
// every demo feed is valid, and the data core's own validator (which a strict-CSP page can run, unlike Ajv's
// generated code) rejects what the schema rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const core = await import('../../dist/data.js');
const schema = JSON.parse(await readFile(new URL('../../src/data/feed-schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const dir = new URL('../../demo/data/', import.meta.url);
const feeds = (await readdir(dir)).filter((f) => f.endsWith('.json'));

test('there are demo feeds for all five indicators', () => {
  for (const name of ['employment-change', 'state-transfers', 'rd-share', 'value-creation', 'commuting', 'innlandet']) {
    assert.ok(feeds.includes(`${name}.json`), `demo/data/${name}.json is missing`);
  }
});

for (const file of feeds) {
  test(`demo/data/${file} is valid against the feed schema and parses`, async () => {
    const feed = JSON.parse(await readFile(new URL(file, dir), 'utf8'));
    const ok = validate(feed);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const ds = core.parseFeed(feed);
    assert.equal(ds.observations.length, feed.observations.length);
    assert.deepEqual(ds.warnings, []);
  });
}

const base = () => ({
  innsikt: '1',
  indicators: [{ id: 'x', title: 'X' }],
  regions: [{ code: '0', name: 'Norge', level: 'country' }],
  sources: [{ id: 's', title: 'S' }],
  observations: [{ indicator: 'x', measure: 'm', region: '0', period: '2000', value: 1 }],
});
const broken = {
  'value as text': (f) => (f.observations[0].value = '1 200'),
  'null value without status': (f) => (f.observations[0].value = null),
  'bad period': (f) => (f.observations[0].period = 'last year'),
  'unknown field': (f) => (f.observations[0].colour = 'red'),
  'javascript: url': (f) => (f.sources[0].url = 'javascript:alert(1)'),
  'bad level': (f) => (f.regions[0].level = 'planet'),
  'wrong version': (f) => (f.innsikt = '2'),
  'no indicators': (f) => (f.indicators = []),
  'localized without nb': (f) => (f.indicators[0].title = { en: 'X' }),
  'decimals out of range': (f) => (f.indicators[0].decimals = 9),
};
for (const [name, breakIt] of Object.entries(broken)) {
  test(`schema and data core agree: ${name} is rejected by both`, () => {
    const feed = base();
    assert.ok(validate(feed), 'the base feed must be valid');
    core.parseFeed(feed);
    breakIt(feed);
    assert.equal(validate(feed), false, 'Ajv accepted it');
    assert.throws(() => core.parseFeed(feed), core.FeedError);
  });
}
