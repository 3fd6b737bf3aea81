// The data core as Node users get it: the built dist/data.js, imported by Node 20 with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';

const core = await import('../../dist/data.js');

test('dist/data.js parses an Innsikt demo feed in Node', async () => {
  const feed = JSON.parse(await readFile(new URL('../../demo/data/employment-change.json', import.meta.url), 'utf8'));
  const ds = core.parseFeed(feed);
  assert.equal(ds.format, 'innsikt');
  const norway = ds.observations.find((o) => o.region === '0' && o.period === '1990-2002');
  assert.equal(norway.value, 12);
});

test('dist/data.js throws FeedError with paths for a broken feed', () => {
  assert.throws(
    () => core.parseFeed({ innsikt: '1', indicators: [], regions: [], sources: [], observations: [{ value: 'x' }] }),
    (err) => err instanceof core.FeedError && err.issues.some((i) => i.path === 'observations[0].value'),
  );
});

test('dist/data.js reads a real Statistics Norway JSON-stat file in Node', async (t) => {
  const file = new URL('../../../shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json', import.meta.url);
  try {
    await access(file);
  } catch {
    t.skip('../shared is not present: the real Statistics Norway fixtures are read from ../shared/fixtures');
    return;
  }
  const ds = core.parseFeed(await readFile(file, 'utf8'));
  const sum = ds.observations.filter((o) => /^34\d\d$/.test(o.region)).reduce((s, o) => s + o.value, 0);
  assert.equal(sum, 371253);
});
