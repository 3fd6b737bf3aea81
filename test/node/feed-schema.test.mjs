// The Innsikt feed v1 JSON Schema, checked with Ajv compiled at test time (the reference) in Node: every demo feed
// is valid, and the data core (which runs the validator generated from the same schema at build time,
// scripts/generate-validators.mjs) rejects what the schema rejects and accepts what it accepts.
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
  'origin not an index': (f) => (f.observations[0].origin = 'ssb'),
  'origin query not http(s)': (f) => ((f.origins = [{ query: 'javascript:alert(1)' }]), (f.observations[0].origin = 0)),
  'coordinate without code': (f) => ((f.origins = [{ coordinates: [{ dimension: 'KOKart0000' }] }]), (f.observations[0].origin = 0)),
  'origin with an unknown field': (f) => ((f.origins = [{ href: 'https://x' }]), (f.observations[0].origin = 0)),
  'change without a date': (f) => (f.changes = [{ periodsAdded: ['2025'] }]),
  'change with a number as a period': (f) => (f.changes = [{ date: '2026-03-12', periodsAdded: [2025] }]),
  'change with an unknown field': (f) => (f.changes = [{ date: '2026-03-12', colour: 'red' }]),
};

test('provenance and changes: a feed with origins (table coordinates, a formula) and a change record is valid for both and read into the dataset', () => {
  const feed = base();
  feed.sources[0] = {
    id: 's',
    title: '13551: Økonomisk oversikt drift',
    table: '13551',
    url: 'https://www.ssb.no/statbank/table/13551/',
    updated: '2026-03-16T07:00:00Z',
    retrieved: '2026-03-17T05:00:00Z',
  };
  feed.origins = [
    {
      source: 's',
      query: 'https://data.ssb.no/api/pxwebapi/v2/tables/13551/data?lang=no&valueCodes[KOKart0000]=A800',
      coordinates: [
        { dimension: 'ContentsCode', label: 'statistikkvariabel', code: 'KOSbelop0000', codeLabel: 'Beløp (1000 kr)' },
        { dimension: 'KOKart0000', label: 'art', code: 'A800', codeLabel: 'Rammetilskudd' },
      ],
    },
    {
      formula: { nb: '«A» delt på «B»', nn: '«A» delt på «B»', en: '"A" divided by "B"' },
      inputs: [{ measure: 'm' }, { measure: 'm', region: ['0'], period: '1999' }],
    },
  ];
  feed.observations[0].origin = 0;
  feed.observations.push({ indicator: 'x', measure: 'm', region: '0', period: '2001', value: 2, derived: true, origin: 1 });
  feed.changes = [
    { date: '2026-03-17', periodsAdded: ['2001'], revised: [{ measure: 'm', region: '0', period: '2000', old: 0.9, new: 1 }], notesRemoved: ['Fotnote'] },
    { date: '2025-03-17', regionsAdded: [{ code: '0', name: 'Norge' }] },
  ];
  assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const ds = core.parseFeed(feed);
  assert.equal(ds.observations[0].origin.coordinates[1].codeLabel, 'Rammetilskudd');
  assert.equal(ds.observations[1].origin.inputs[1].period, '1999');
  assert.equal(ds.changes.length, 2);
  assert.deepEqual(ds.changes[0].periodsAdded, ['2001']);
});

test('an origin index past the end of "origins" is refused by the data core (the schema cannot count)', () => {
  const feed = base();
  feed.origins = [{ source: 's' }];
  feed.observations[0].origin = 1;
  assert.throws(
    () => core.parseFeed(feed),
    (e) => e.issues.some((i) => i.path === 'observations[0].origin'),
  );
});
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
