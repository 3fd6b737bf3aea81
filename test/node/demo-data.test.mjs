// `npm run demo:data`: the committed demo/data/real-*.json are exactly what the project's own builder makes from
// the real Statistics Norway files in ../shared/fixtures/ssb (rebuilt here and compared byte for byte), they hold
// the check figures of those files, every figure is a cell of a file or marked as computed, and every feed credits
// its table, dates and licence. Without ../shared the command stops with a clear message.
// Run after `npm run build`: node --test test/node/demo-data.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SHARED_SSB, SKIP_SHARED } from './fixtures-cli/fake-pxweb.mjs';

const { buildRealData } = await import('../../demo/feeds/real-data.mjs');
const core = await import('../../dist/data.js');

const DATA = fileURLToPath(new URL('../../demo/data/', import.meta.url));
const skip = existsSync(fileURLToPath(SHARED_SSB)) ? false : SKIP_SHARED;
const FILES = ['real-value-creation.json', 'real-employment.json', 'real-commuting.json'];
const read = async (name) => JSON.parse(await readFile(join(DATA, name), 'utf8'));
const value = (feed, measure, region, period) => feed.observations.find((o) => o.measure === measure && o.region === region && o.period === period)?.value;

test('npm run demo:data rebuilds the committed demo/data/real-*.json byte for byte from ../shared', { skip }, async () => {
  const out = await mkdtemp(join(tmpdir(), 'innsikt-demo-data-'));
  const lines = [];
  const result = await buildRealData(out, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  assert.equal(result.exitCode, 0, lines.join('\n'));
  assert.deepEqual((await readdir(out)).filter((f) => f.endsWith('.json')).sort(), [...FILES].sort());
  for (const name of FILES) {
    const [built, committed] = await Promise.all([readFile(join(out, name)), readFile(join(DATA, name))]);
    assert.ok(built.equals(committed), `${name} differs from what npm run demo:data builds now: run it and commit the result`);
  }
  assert.match(lines.join('\n'), /0 requests to the API/);
  await rm(out, { recursive: true, force: true });
});

test("the real feeds hold the files' check figures", async () => {
  const vc = await read('real-value-creation.json');
  assert.equal(value(vc, 'grp', '04', '2019'), 76980);
  assert.equal(value(vc, 'employed', '04', '2019'), 92900, '92,9 thousand in the table, in persons here');
  assert.equal(value(vc, 'grp', '34', '2019'), 76980 + 74057, 'Innlandet = Hedmark + Oppland');
  const innlandet = vc.observations.find((o) => o.measure === 'grp' && o.region === '34' && o.period === '2019');
  assert.equal(innlandet.derived, true, 'the sum is marked as computed');
  // GRP per employed person for Norway 2019: 3 164 843 mill. kr / 2 836.1 thousand.
  assert.equal(Math.round(value(vc, 'grp-per-employed', '0', '2019')), Math.round((3164843 / 2836.1) * 1000));

  const commuting = await read('real-commuting.json');
  assert.equal(value(commuting, 'employed-workplace', '3401', '2022'), 8663);
  const municipalities = new Set(commuting.observations.filter((o) => o.measure === 'net' && /^34\d\d$/.test(o.region)).map((o) => o.region));
  assert.equal(municipalities.size, 46);
  const population = commuting.observations.filter((o) => o.measure === 'population');
  assert.equal(population.length, 46);
  assert.equal(
    population.reduce((s, o) => s + o.value, 0),
    371253,
  );
  assert.equal(value(commuting, 'net', '3403', '2022'), value(commuting, 'in', '3403', '2022') - value(commuting, 'out', '3403', '2022'));
});

test('every real feed credits Statistics Norway: table, title, licence CC BY 4.0, a date; computed figures are marked', async () => {
  const computed = new Set(['grp-per-employed', 'grp-index', 'index', 'change-pct', 'net', 'net-share', 'net-per-1000']);
  for (const name of FILES) {
    const feed = await read(name);
    const ds = core.parseFeed(feed);
    assert.deepEqual(ds.warnings, [], name);
    assert.ok(feed.updated, `${name} has a date`);
    for (const s of feed.sources) {
      assert.equal(s.publisher, 'Statistisk sentralbyrå (SSB)', `${name} ${s.id}`);
      assert.equal(s.licence, 'CC BY 4.0', `${name} ${s.id}`);
      assert.match(s.table, /^\d{5}(, \d{5})*$/, `${name} ${s.id}`);
      assert.ok(s.title.length > 10, `${name} ${s.id}`);
    }
    assert.ok(
      feed.sources.some((s) => s.updated),
      `${name}: at least one source says when its figures were updated`,
    );
    for (const o of feed.observations) {
      if (computed.has(o.measure)) assert.equal(o.derived, true, `${name}: ${o.measure} ${o.region} ${o.period} is computed and must say so`);
      assert.ok(o.source && feed.sources.some((s) => s.id === o.source), `${name}: ${o.measure} ${o.region} ${o.period} has a source`);
    }
  }
});

test('without ../shared, demo:data stops with a message that says what is missing (exit 2)', async () => {
  // The script finds ../shared from its own place: a copy two folders deep in a temporary folder has none.
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-demo-noshared-'));
  const copy = join(dir, 'p', 'demo', 'feeds');
  await mkdir(copy, { recursive: true });
  await copyFile(fileURLToPath(new URL('../../demo/feeds/real-data.mjs', import.meta.url)), join(copy, 'real-data.mjs'));
  const run = promisify(execFile)(process.execPath, [join(copy, 'real-data.mjs')]);
  await assert.rejects(run, (e) => {
    assert.equal(e.code, 2);
    assert.match(e.stderr, /npm run demo:data: The real Statistics Norway files are not there: .*shared\/fixtures\/ssb.* does not exist/);
    return true;
  });
  await rm(dir, { recursive: true, force: true });
});

test("every note the demo's configuration writes into demo/data/real-*.json has nynorsk and English", async () => {
  const config = JSON.parse(await readFile(new URL('../../demo/feeds/real-data.config.json', import.meta.url), 'utf8'));
  let count = 0;
  for (const feedConfig of config.feeds) {
    const feed = await read(feedConfig.file);
    const given = [
      ...(feedConfig.notes ?? []).map((n) => [n.text, feed.notes.map((x) => x.text)]),
      ...feedConfig.queries.flatMap((q) => (q.source?.notes ?? []).map((n) => [n, feed.sources.flatMap((s) => s.notes ?? [])])),
    ];
    for (const [note, written] of given) {
      count++;
      assert.equal(typeof note, 'object', `${feedConfig.file}: ${JSON.stringify(note)} is bokmål only`);
      for (const lang of ['nb', 'nn', 'en']) assert.ok(note[lang]?.trim(), `${feedConfig.file}: ${JSON.stringify(note)} has no ${lang}`);
      assert.ok(
        written.some((w) => JSON.stringify(w) === JSON.stringify(note)),
        `${feedConfig.file}: ${note.nb} is in the feed in all three languages`,
      );
    }
  }
  assert.ok(count >= 6, `${count} notes checked`);
  const commuting = await read('real-commuting.json');
  for (const note of commuting.sources.flatMap((s) => s.notes ?? [])) assert.ok(note.nn && note.en, `real-commuting.json source note ${JSON.stringify(note)}`);
});
