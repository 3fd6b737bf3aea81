// The `innsikt-feeds` command end to end: the built bin (dist/lib/cli/main.js) run as a child process against
// a fake PxWebApi v2 on 127.0.0.1 (no real network). Asserts the exit codes, the progress output, the cache
// (304 on an unchanged table, a new feed for a changed one), and that a failed run — 500s, garbage, slow
// answers, a maintenance window, an empty table — keeps the previous feed byte for byte and says so.
// The population answer is the real 07459 response from ../shared/fixtures/ssb when present (a made-up one
// otherwise); the accounts answers are hand-made.
// Run after `npm run build`: node --test test/node/feeds-cli.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakePxWeb, jsonStat, sharedFixture } from './fixtures-cli/fake-pxweb.mjs';

const MAIN = fileURLToPath(new URL('../../dist/lib/cli/main.js', import.meta.url));
const { main } = await import('../../dist/lib/cli/cli.js');
const core = await import('../../dist/data.js');
const { buildViewModel } = await import('../../dist/lib/indicators/view-model.js');
const { atomicWrite } = await import('../../dist/lib/cli/files.js');

const realPopulation = await sharedFixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
const POPULATION_ANSWER = realPopulation
  ? JSON.parse(realPopulation)
  : jsonStat({
      table: '07459',
      regions: [
        ['K-3401', 'Kongsvinger'],
        ['K-3403', 'Hamar'],
        ['K-3407', 'Gjøvik'],
      ],
      contents: [['Personer1', 'Personer', 'personer']],
      years: ['2022'],
      value: (r) => ({ 'K-3401': 17000, 'K-3403': 31000, 'K-3407': 30000 })[r],
    });
const GJOVIK = POPULATION_ANSWER.value[POPULATION_ANSWER.dimension.Region.category.index['K-3407']];

/** Hand-made accounts (made-up numbers): Hedmark and Oppland to 2019, Innlandet from 2020. */
function accounts(bump = 0, regions = ['0', '04', '05', '34'], updated = '2026-02-24T07:00:00Z') {
  const data = { 0: [3000000, 2700], '04': [75000, 92], '05': [66000, 60], 34: [145000, 155] };
  const labels = { 0: 'Hele landet', '04': 'Hedmark (-2019)', '05': 'Oppland (-2019)', 34: 'Innlandet' };
  return jsonStat({
    table: '11713',
    updated,
    regions: regions.map((r) => [r, labels[r]]),
    contents: [
      ['BNPB', 'Bruttoprodukt (mill. kr)', 'mill. kr'],
      ['SysselsatteP', 'Sysselsatte (1 000)', '1 000 personer'],
    ],
    years: ['2018', '2019', '2020', '2021'],
    value: (r, c, y) => {
      if ((r === '04' || r === '05') && y >= '2020') return null;
      if (r === '34' && y < '2020') return null;
      const [g, e] = data[r];
      return c === 'BNPB' ? g + Number(y) - 2018 + bump : e;
    },
  });
}

const CONFIG = {
  innsiktFeeds: '1',
  // Generous timeout: the machine running the tests may be busy. The slow-answer test sets a short one.
  api: { requestsPerMinute: 6000, burst: 10, timeoutSeconds: 10, maxAttempts: 3, backoffSeconds: 0.01, maxWaitSeconds: 5 },
  feeds: [
    {
      indicator: 'population',
      title: { nb: 'Befolkning', en: 'Population' },
      queries: [
        {
          id: 'municipalities',
          table: '07459',
          valueCodes: { Region: ['K-34*'], Tid: ['top(1)'] },
          codelist: { Region: 'agg_KommSummer' },
          outputValues: { Region: 'aggregated' },
          measures: { Personer1: { id: 'persons', label: { nb: 'Folkemengde', en: 'Population' }, unit: 'personer', decimals: 0, additive: true } },
          regions: { include: ['34*'] },
        },
      ],
    },
    {
      indicator: 'value-creation',
      file: 'value-creation.json',
      title: 'Verdiskaping',
      queries: [
        {
          id: 'accounts',
          table: '11713',
          valueCodes: { Region: ['0', '04', '05', '34'], Tid: ['top(4)'] },
          measures: {
            BNPB: { id: 'grp', label: 'Bruttoregionprodukt', unit: 'mrd. kr', decimals: 1, additive: true, scale: 0.001 },
            SysselsatteP: { id: 'employed', label: 'Sysselsatte', unit: 'personer', additive: true, scale: 1000, publish: false },
          },
        },
      ],
      derive: [{ id: 'grp-per-employed', op: 'ratio', of: ['grp', 'employed'], factor: 1000000, label: 'BRP per sysselsatt', unit: '1000 kr', decimals: 0 }],
    },
  ],
};

async function setup(t, config = CONFIG) {
  const api = await startFakePxWeb();
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-feeds-'));
  t.after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  api.table('07459', { json: POPULATION_ANSWER });
  api.table('11713', { json: accounts() });
  const configPath = join(dir, 'feeds.config.json');
  await writeFile(configPath, JSON.stringify(config, null, 2));
  const out = join(dir, 'public', 'data');
  const run = (...extra) => runCli(['build', configPath, '--out', out, '--base-url', api.baseUrl, ...extra]);
  const spawnRun = (...extra) => spawnCli(['build', configPath, '--out', out, '--base-url', api.baseUrl, ...extra]);
  const file = (name) => join(out, name);
  return { api, dir, configPath, out, run, spawnRun, file };
}

/**
 * Runs the command in this process: `main()` returns the exit code that the bin (main.js) passes to
 * process.exit. Fast, so most tests use it; the tests at the end run the real bin as a child process.
 */
async function runCli(args, env = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (l) => (stdout += `${l}\n`), err: (l) => (stderr += `${l}\n`), env });
  return { code, stdout, stderr, all: stdout + stderr };
}

/** Runs the built bin as a child process (the shebang file), as cron would. */
function spawnCli(args, env = {}) {
  return new Promise((resolve, reject) => {
    const clean = { ...process.env };
    delete clean.INNSIKT_FEEDS_BASE_URL;
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, all: stdout + stderr }));
  });
}

async function bytes(path) {
  return readFile(path);
}

async function noTempFiles(dir) {
  const names = await readdir(dir);
  assert.deepEqual(
    names.filter((n) => n.includes('.tmp-')),
    [],
    'no temporary files are left',
  );
}

// ---- usage and configuration errors: exit code 2, nothing fetched ----

test('--help prints usage and exits 0; usage errors exit 2', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage:\n {2}innsikt-feeds build <config.json> --out <folder>/);
  assert.match(help.stdout, /Exit codes: 0/);
  for (const args of [
    [],
    ['frobnicate', 'x.json'],
    ['build'],
    ['build', 'x.json'],
    ['build', 'x.json', '--out', 'o', '--frobnicate'],
    ['build', 'x.json', '--out', 'o', '--cache', 'c', '--no-cache'],
  ]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /--help/);
  }
});

test('an invalid configuration exits 2 with the path of every problem, and nothing is fetched or written', async (t) => {
  const bad = structuredClone(CONFIG);
  bad.feeds[1].queries[0].table = '11713; rm -rf /';
  bad.feeds[1].derive[0].of = ['grp', 'employees'];
  const env = await setup(t, bad);
  const r = await env.run();
  assert.equal(r.code, 2);
  assert.match(r.stderr, /feeds\[1\]\.queries\[0\]\.table: expected a table id/);
  assert.match(r.stderr, /feeds\[1\]\.derive\[0\]\.of\[1\]: "employees" is not a measure/);
  assert.equal(env.api.log.length, 0);
  await assert.rejects(stat(env.out));
  const missing = await runCli(['build', join(env.dir, 'nope.json'), '--out', env.out]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /does not exist/);
});

test('the base URL must be https (or http on 127.0.0.1); --only must name configured feeds', async (t) => {
  const env = await setup(t);
  const http = await runCli(['build', env.configPath, '--out', env.out, '--base-url', 'http://data.ssb.no/api/pxwebapi/v2']);
  assert.equal(http.code, 2);
  assert.match(http.stderr, /https/);
  const only = await env.run('--only', 'population,commuting');
  assert.equal(only.code, 2);
  assert.match(only.stderr, /"commuting"/);
  assert.equal(env.api.log.length, 0);
});

test('check: validates the configuration and prints the query URLs without fetching', async (t) => {
  const env = await setup(t);
  const r = await runCli(['check', env.configPath, '--base-url', env.api.baseUrl]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /is valid: 2 feeds/);
  assert.ok(
    r.stdout.includes(
      `${env.api.baseUrl}/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-34*&valueCodes[Tid]=top(1)&valueCodes[ContentsCode]=Personer1&codelist[Region]=agg_KommSummer&outputValues[Region]=aggregated`,
    ),
  );
  assert.equal(env.api.log.length, 0);
});

// ---- a good run, an unchanged table, a changed table ----

test('build: writes valid feeds with clear progress; the next run gets 304s and leaves the files alone; a changed table is written', async (t) => {
  const env = await setup(t);
  const first = await env.run();
  assert.equal(first.code, 0, first.all);
  assert.match(first.stdout, /innsikt-feeds: 2 feeds from .*feeds\.config\.json → /);
  assert.match(first.stdout, /\[population\] table 07459 \(query "municipalities"\): GET http:\/\/127\.0\.0\.1:\d+\/api\/pxwebapi\/v2\/tables\/07459\/data\?/);
  assert.match(first.stdout, /\[population\] {3}200 OK, \d/);
  assert.match(first.stdout, realPopulation ? /query "municipalities": 46 cells used/ : /query "municipalities": 3 cells used/);
  assert.match(first.stdout, /\[population\] wrote population\.json \(\d+ observations, \d+ regions, 2022, /);
  assert.match(first.stdout, /\[value-creation\] {3}reform 2020: 4 cells of Hedmark \+ Oppland summed into Innlandet/);
  assert.match(first.stdout, /Done: 2 written; 4 requests to the API\. Exit code 0\./);
  await noTempFiles(env.out);

  // The written feeds are valid and draw: a row for Gjøvik with its population.
  const feed = JSON.parse(await readFile(env.file('population.json'), 'utf8'));
  const ds = core.parseFeed(feed);
  const model = buildViewModel(ds, { indicator: 'population', lang: 'nb', view: 'table' });
  const gjovik = model.rows.find((r) => r.regionLabel === 'Gjøvik');
  assert.equal(gjovik.value, GJOVIK);
  assert.equal(feed.sources[0].licence, 'CC BY 4.0');
  assert.equal(feed.sources[0].table, '07459');
  const vc = core.parseFeed(JSON.parse(await readFile(env.file('value-creation.json'), 'utf8')));
  assert.equal(vc.observations.find((o) => o.measure === 'grp' && o.region === '34' && o.period === '2019').value, (75001 + 66001) / 1000);

  const before = {
    pop: await bytes(env.file('population.json')),
    vc: await bytes(env.file('value-creation.json')),
    mtime: (await stat(env.file('population.json'))).mtimeMs,
  };
  env.api.clearLog();
  const second = await env.run();
  assert.equal(second.code, 3, `nothing changed: exit code 3 (a scheduler skips republishing)\n${second.all}`);
  assert.deepEqual(
    env.api.dataLog().map((e) => [e.table, e.status, Boolean(e.ifNoneMatch)]),
    [
      ['07459', 304, true],
      ['11713', 304, true],
    ],
    'both tables asked "changed since?" and got 304',
  );
  assert.match(second.stdout, /unchanged \(304 Not Modified\): using the copy downloaded/);
  assert.match(second.stdout, /\[population\] unchanged: population\.json already holds these figures/);
  assert.match(second.stdout, /Done: 2 unchanged/);
  assert.deepEqual(await bytes(env.file('population.json')), before.pop);
  assert.deepEqual(await bytes(env.file('value-creation.json')), before.vc);
  assert.equal((await stat(env.file('population.json'))).mtimeMs, before.mtime, 'not rewritten');

  env.api.table('11713', { json: accounts(1000) });
  env.api.clearLog();
  const third = await env.run();
  assert.equal(third.code, 0, third.all);
  assert.deepEqual(
    env.api.dataLog().map((e) => e.status),
    [304, 200],
  );
  assert.match(third.stdout, /\[value-creation\] wrote value-creation\.json/);
  assert.match(third.stdout, /\[population\] unchanged/);
  const changed = JSON.parse(await readFile(env.file('value-creation.json'), 'utf8'));
  assert.equal(changed.observations.find((o) => o.measure === 'grp' && o.region === '34' && o.period === '2019').value, (75001 + 66001 + 2000) / 1000);
  await noTempFiles(env.out);
});

test('an API without ETag or Last-Modified: the table\'s "updated" time is checked and an unchanged table is not downloaded again', async (t) => {
  const env = await setup(t);
  env.api.table('11713', { json: accounts(), validators: false });
  const first = await env.run();
  assert.equal(first.code, 0, first.all);
  assert.match(first.stdout, /\[value-creation\] {3}200 OK, .*no ETag or Last-Modified: the next run checks the table's "updated" time first/);
  const before = await bytes(env.file('value-creation.json'));
  env.api.clearLog();
  const second = await env.run();
  assert.equal(second.code, 3, second.all);
  assert.equal(env.api.infoRequestsFor('11713').length, 1, 'one GET /tables/11713');
  assert.equal(env.api.requestsFor('11713').length, 0, 'no data download');
  assert.match(second.stdout, /\[value-creation\] {3}unchanged \(the table's "updated" time is the cached copy's\): not downloaded/);
  assert.deepEqual(await bytes(env.file('value-creation.json')), before);
  // Statistics Norway publishes (08:00): "updated" moves on, the table is downloaded and the feed rewritten.
  env.api.table('11713', { json: accounts(500, undefined, '2026-06-03T06:00:00Z'), validators: false });
  env.api.clearLog();
  const third = await env.run();
  assert.equal(third.code, 0, third.all);
  assert.deepEqual(
    env.api
      .dataLog()
      .filter((e) => e.table === '11713')
      .map((e) => `${e.kind} ${e.status}`),
    ['info 200', 'data 200'],
  );
  assert.match(third.stdout, /\[value-creation\] wrote value-creation\.json/);
  assert.equal(JSON.parse(await readFile(env.file('value-creation.json'), 'utf8')).updated, '2026-06-03T06:00:00Z');
});

// ---- failures keep the previous feed byte for byte, exit code 1 ----

async function failingRun(t, ...steps) {
  return failingRunWith(t, CONFIG, ...steps);
}

async function failingRunWith(t, config, ...steps) {
  const env = await setup(t, config);
  const first = await env.run();
  assert.equal(first.code, 0, first.all);
  const previous = await bytes(env.file('value-creation.json'));
  const population = await bytes(env.file('population.json'));
  env.api.table('11713', ...steps);
  env.api.table('07459', { json: POPULATION_ANSWER });
  env.api.clearLog();
  const r = await env.run();
  assert.equal(r.code, 1, r.all);
  assert.deepEqual(await bytes(env.file('value-creation.json')), previous, 'the previous feed survives byte for byte');
  assert.deepEqual(await bytes(env.file('population.json')), population);
  assert.match(r.stderr, /\[value-creation\] FAILED: table 11713 \(query "accounts"\): /);
  assert.match(r.stderr, /\[value-creation\] Kept the previous value-creation\.json \(last written \d{4}-\d\d-\d\dT/);
  assert.match(r.stdout, /\[population\] unchanged/, 'the other feed is still processed');
  assert.match(r.stdout, /Done: 1 unchanged, 1 failed \(previous feed kept\); \d+ requests? to the API\. Exit code 1\./);
  await noTempFiles(env.out);
  return { env, r, requests: env.api.requestsFor('11713') };
}

test('500 on every attempt: retried maxAttempts times, then exit 1 with the previous feed kept', async (t) => {
  const { r, requests } = await failingRun(t, { status: 500 });
  assert.equal(requests.length, 3);
  assert.match(r.stdout, /HTTP 500 Internal Server Error; trying again in/);
  assert.match(r.stderr, /HTTP 500 Internal Server Error \(gave up after 3 attempts\)/);
});

test('500 then success: the retry gets the table and the run succeeds', async (t) => {
  const env = await setup(t);
  env.api.table('11713', { status: 500 }, { json: accounts() });
  const r = await env.run();
  assert.equal(r.code, 0, r.all);
  assert.deepEqual(
    env.api.requestsFor('11713').map((e) => e.status),
    [500, 200],
  );
  assert.match(r.stdout, /200 OK, .*2 attempts/);
});

test('garbage (a maintenance page as 200): exit 1, previous feed kept', async (t) => {
  const { r, requests } = await failingRun(t, { raw: '<!doctype html><title>Vedlikehold</title>', status: 200 });
  assert.equal(requests.length, 3);
  assert.match(r.stderr, /not JSON \(starts "<!doctype html>/);
});

test('JSON that is not the table asked for (a changed table): exit 1 with the reason, previous feed kept', async (t) => {
  const other = jsonStat({ table: '11713', regions: [['34', 'Innlandet']], contents: [['BNPX', 'Noe annet', 'mill. kr']], years: ['2021'], value: () => 1 });
  const { r, requests } = await failingRun(t, { json: other });
  assert.equal(requests.length, 1, 'a valid answer that does not fit is not retried');
  assert.match(r.stderr, /the answer does not fit the question, so it is not used: .*the measures "BNPB", "SysselsatteP" did not arrive/);
});

test('slow answers beyond the timeout: exit 1, previous feed kept', { timeout: 60_000 }, async (t) => {
  const config = structuredClone(CONFIG);
  config.api.timeoutSeconds = 1;
  const { r, requests } = await failingRunWith(t, config, { hang: true });
  assert.equal(requests.length, 3);
  assert.match(r.stderr, /no complete answer within 1 s \(gave up after 3 attempts\)/);
});

test('a maintenance window (503, Retry-After: 3600): one request, exit 1 at once, previous feed kept', async (t) => {
  const { r, requests } = await failingRun(t, { status: 503, retryAfter: '3600' });
  assert.equal(requests.length, 1);
  assert.match(r.stderr, /asks to wait 3600 s \(a maintenance window\?\)/);
  // At once: no wait of any length (neither the hour nor a backoff) before giving up.
  assert.doesNotMatch(r.stdout, /asked to wait|trying again in/);
});

test('429 with Retry-After: 1 is honoured and the run succeeds', async (t) => {
  const env = await setup(t);
  env.api.table('11713', { status: 429, retryAfter: '1' }, { json: accounts() });
  const r = await env.run();
  assert.equal(r.code, 0, r.all);
  const [a, b] = env.api.requestsFor('11713');
  assert.equal(a.status, 429);
  assert.ok(b.at - a.at >= 990, `waited ${b.at - a.at} ms`);
  assert.match(r.stdout, /HTTP 429 Too Many Requests; the API asked to wait 1\.0 s/);
});

test('a table with no figures never becomes an empty feed: exit 1 and no file', async (t) => {
  const env = await setup(t);
  env.api.table('11713', {
    json: jsonStat({
      table: '11713',
      regions: [['34', 'Innlandet']],
      contents: [
        ['BNPB', 'B', 'mill. kr'],
        ['SysselsatteP', 'S', '1 000'],
      ],
      years: ['2021'],
      value: () => null,
      status: '..',
    }),
  });
  const r = await env.run();
  assert.equal(r.code, 1);
  assert.match(r.stderr, /the feed would have no figures/);
  assert.match(r.stderr, /There is no previous value-creation\.json; nothing was written\./);
  await assert.rejects(stat(env.file('value-creation.json')));
  assert.ok((await stat(env.file('population.json'))).isFile());
});

test('a feed with less than half the figures of the current one is refused unless --allow-shrink', async (t) => {
  const env = await setup(t);
  assert.equal((await env.run()).code, 0);
  const previous = await bytes(env.file('value-creation.json'));
  env.api.table('11713', { json: accounts(0, ['34']) });
  const r = await env.run();
  assert.equal(r.code, 1);
  assert.match(r.stderr, /less than half of the \d+ in the current value-creation\.json.*--allow-shrink/);
  assert.deepEqual(await bytes(env.file('value-creation.json')), previous);
  const allowed = await env.run('--allow-shrink');
  assert.equal(allowed.code, 0, allowed.all);
  assert.notDeepEqual(await bytes(env.file('value-creation.json')), previous);
});

// ---- options ----

test('--dry-run fetches, builds and validates but writes nothing (no feeds, no cache)', async (t) => {
  const env = await setup(t);
  const r = await env.run('--dry-run');
  assert.equal(r.code, 0, r.all);
  assert.match(r.stdout, /\(dry run: nothing is written\)/);
  assert.match(r.stdout, /\[population\] valid; would write population\.json/);
  assert.match(r.stdout, /Done: 2 checked/);
  await assert.rejects(stat(env.out));
  await assert.rejects(stat(join(env.dir, '.innsikt-cache')));
});

test('the cache lives next to the config by default; --cache moves it; --no-cache downloads again', async (t) => {
  const env = await setup(t);
  assert.equal((await env.run()).code, 0);
  assert.equal((await readdir(join(env.dir, '.innsikt-cache'))).filter((n) => n.endsWith('.json')).length, 4, "two answers and two tables' metadata");
  const other = join(env.dir, 'elsewhere');
  env.api.clearLog();
  assert.equal((await env.run('--cache', other)).code, 3, 'downloaded again, but the same figures: nothing changed');
  assert.deepEqual(
    env.api.dataLog().map((e) => e.status),
    [200, 200],
    'an empty cache downloads',
  );
  env.api.clearLog();
  assert.equal((await env.run('--no-cache')).code, 3);
  assert.deepEqual(
    env.api.dataLog().map((e) => Boolean(e.ifNoneMatch)),
    [false, false],
  );
});

test('--only builds the named feeds; INNSIKT_FEEDS_BASE_URL points the client elsewhere', async (t) => {
  const env = await setup(t);
  const r = await runCli(['build', env.configPath, '--out', env.out, '--only', 'population'], { INNSIKT_FEEDS_BASE_URL: env.api.baseUrl });
  assert.equal(r.code, 0, r.all);
  assert.deepEqual(
    env.api.dataLog().map((e) => e.table),
    ['07459'],
  );
  assert.deepEqual((await readdir(env.out)).sort(), ['population.json']);
});

test('queries marked "verify before use" are skipped (exit 0, file untouched, no request) unless --allow-unverified', async (t) => {
  const config = structuredClone(CONFIG);
  config.feeds[1].queries[0].verify = 'ContentsCode ids not checked against /tables/11713/metadata';
  const env = await setup(t, config);
  const r = await env.run();
  assert.equal(r.code, 0, r.all);
  assert.match(r.stdout, /\[value-creation\] VERIFY BEFORE USE: query "accounts" \(table 11713\): ContentsCode ids not checked/);
  assert.match(r.stdout, /\[value-creation\] skipped: 1 query is marked "verify before use"/);
  assert.match(r.stdout, /Done: 1 written, 1 skipped/);
  assert.deepEqual(
    env.api.dataLog().map((e) => e.table),
    ['07459'],
  );
  const allowed = await env.run('--allow-unverified');
  assert.equal(allowed.code, 0, allowed.all);
  assert.ok((await stat(env.file('value-creation.json'))).isFile());
});

// ---- atomic writes ----

test("temporary files left by an interrupted run are removed; a live run's are not touched", async (t) => {
  const env = await setup(t);
  await mkdir(env.out, { recursive: true });
  await writeFile(join(env.out, '.population.json.tmp-999999-deadbeef'), '{"innsikt":"1","obs');
  const live = `.population.json.tmp-${process.pid}-cafe0001`;
  await writeFile(join(env.out, live), '{}');
  const r = await env.run();
  assert.equal(r.code, 0, r.all);
  assert.match(r.stdout, /Removed 1 temporary file left by an interrupted run: \.population\.json\.tmp-999999-deadbeef/);
  assert.deepEqual(
    (await readdir(env.out)).filter((n) => n.includes('.tmp-')),
    [live],
  );
});

test('atomicWrite: a reader never sees a half-written file while it is replaced', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-atomic-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'feed.json');
  const versions = [0, 1, 2, 3].map((v) => JSON.stringify({ v, pad: 'x'.repeat(2_000_000 + v * 1000) }));
  await atomicWrite(path, versions[0]);
  let writing = true;
  const reads = [];
  const reader = (async () => {
    while (writing) {
      const text = await readFile(path, 'utf8');
      reads.push(text.length);
      assert.ok(versions.includes(text), `a read of ${text.length} characters is not a whole version`);
    }
  })();
  for (let i = 0; i < 20; i++) await atomicWrite(path, versions[i % versions.length]);
  writing = false;
  await reader;
  assert.ok(reads.length > 5, `only ${reads.length} reads`);
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n !== 'feed.json'),
    [],
  );
});

// ---- the real bin, as cron runs it ----

test('package.json bin "innsikt-feeds" is the built main.js, which starts with a shebang', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.bin?.['innsikt-feeds'], 'dist/lib/cli/main.js');
  assert.equal((await readFile(MAIN, 'utf8')).split('\n')[0], '#!/usr/bin/env node');
});

test('the bin as a child process: --help 0, a usage error 2, a good run 0, a failed run 1 with the previous feed kept byte for byte', async (t) => {
  const help = await spawnCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage:/);
  const usage = await spawnCli(['build']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /needs a configuration file/);

  const env = await setup(t);
  const first = await env.spawnRun();
  assert.equal(first.code, 0, first.all);
  assert.match(first.stdout, /\[value-creation\] wrote value-creation\.json/);
  const previous = await bytes(env.file('value-creation.json'));
  env.api.table('11713', { status: 500 });
  const failed = await env.spawnRun();
  assert.equal(failed.code, 1, failed.all);
  assert.match(failed.stderr, /\[value-creation\] Kept the previous value-creation\.json/);
  assert.deepEqual(await bytes(env.file('value-creation.json')), previous);
  await noTempFiles(env.out);
});
