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
  'empty KOSTRA group': (f) => (f.regions[0].kostraGroup = ''),
  'KOSTRA group as a number': (f) => (f.regions[0].kostraGroup = 11),
  'annotation without a text': (f) => (f.annotations = [{ period: '2020' }]),
  'annotation with a bad period': (f) => (f.annotations = [{ period: 'i fjor', text: 'X' }]),
  'annotation text over 200 characters': (f) => (f.annotations = [{ period: '2020', text: { nb: 'x'.repeat(201) } }]),
  'annotation with an unknown field': (f) => (f.annotations = [{ period: '2020', text: 'X', html: '<b>X</b>' }]),
  'annotation text without nb': (f) => (f.annotations = [{ period: '2020', text: { en: 'X' } }]),
};

test('annotations: a period or span, a region or all, a text in nb/nn/en and a source are valid for both and read into the dataset', () => {
  const feed = base();
  feed.annotations = [
    {
      period: '2020',
      text: {
        nb: 'Hedmark og Oppland slått sammen til Innlandet',
        nn: 'Hedmark og Oppland slått saman til Innlandet',
        en: 'Hedmark and Oppland merged into Innlandet',
      },
      source: 'SSB KLASS',
    },
    { period: '2008–2009', region: 'K-3403', indicator: 'x', text: '<b>Finanskrisen</b>' },
  ];
  assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const ds = core.parseFeed(feed);
  assert.equal(ds.annotations.length, 2);
  assert.equal(ds.annotations[0].text.nn, 'Hedmark og Oppland slått saman til Innlandet');
  assert.equal(ds.annotations[0].source, 'SSB KLASS');
  // The span is read like a period, the region code normalised, and the text kept as the feed wrote it (it is text).
  assert.deepEqual(ds.annotations[1], { period: '2008-2009', region: '3403', indicator: 'x', text: '<b>Finanskrisen</b>' });
});

test("a region's KOSTRA group is valid for both and read into the dataset", () => {
  const feed = base();
  feed.regions.push({ code: '3403', name: 'Hamar', level: 'municipality', kostraGroup: 'test-group' });
  assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.equal(core.parseFeed(feed).regions[1].kostraGroup, 'test-group');
});

test('annotations: the reform remark is added when figures are joined across 2020 (harmonise), once, and not for a series that ends before 2020', () => {
  const feed = base();
  feed.regions = [
    { code: '04', name: 'Hedmark', level: 'county' },
    { code: '05', name: 'Oppland', level: 'county' },
    { code: '34', name: 'Innlandet', level: 'county' },
  ];
  feed.indicators[0].measures = [{ id: 'm', label: 'M' }];
  feed.observations = [
    { indicator: 'x', measure: 'm', region: '0403', period: '2019', value: 1 },
    { indicator: 'x', measure: 'm', region: '3403', period: '2020', value: 3 },
  ];
  feed.regions.push({ code: '0403', name: 'Hamar', level: 'municipality' }, { code: '3403', name: 'Hamar', level: 'municipality' });
  const ds = core.parseFeed(feed, { harmonise: true });
  assert.equal(ds.annotations?.length, 1);
  assert.equal(ds.annotations[0].period, '2020');
  assert.equal(ds.annotations[0].text.nb, 'Hedmark og Oppland slått sammen til Innlandet');
  assert.equal(ds.annotations[0].text.en, 'Hedmark and Oppland merged into Innlandet');
  feed.observations.pop();
  assert.equal(core.parseFeed(feed, { harmonise: true }).annotations, undefined, 'no figure from 2020 on: the series does not cross the reform');
  assert.equal(core.parseFeed(feed).annotations, undefined, 'without harmonising nothing was joined');
});

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
