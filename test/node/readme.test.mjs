// Every snippet in README.md that is not run in a browser is run here; test/embed/readme.test.ts runs the HTML
// snippets and the npm imports in Chromium. The first test fails when the README gains a fenced block that
// neither file claims, so a new snippet cannot go untested.
// Run after `npm run build`: node --test test/node/readme.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = await readFile(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
const core = await import('../../dist/data.js');

/** The same rule as test/embed/readme.test.ts: the blocks that file runs in Chromium. */
const inBrowser = (b) => b.lang === 'html' || (b.lang === 'js' && b.code.includes("from 'innsikt"));

const nodeBlocks = {
  quickStart: BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('npm install && npm start')),
  cli: BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('innsikt-feeds') && !b.code.includes('innsikt-feeds snippet')),
  snippet: BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('innsikt-feeds snippet') && !b.code.includes('--dashboard')),
  dashboardSnippet: BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('innsikt-feeds snippet') && b.code.includes('--dashboard')),
  feed: BLOCKS.filter((b) => b.lang === 'json' && b.code.includes('"innsikt": "1"')),
  dataCore: BLOCKS.filter((b) => b.lang === 'js' && b.code.includes("from './dist/data.js'")),
  cron: BLOCKS.filter((b) => b.lang === 'cron'),
  fileQuery: BLOCKS.filter((b) => b.lang === 'json' && b.code.includes('"file":')),
  demoData: BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('npm run demo:data')),
};

test('readme: every fenced block is run by this file or by test/embed/readme.test.ts', () => {
  for (const [name, list] of Object.entries(nodeBlocks)) assert.equal(list.length, 1, `one ${name} block`);
  const claimed = new Set(Object.values(nodeBlocks).flat());
  const unclaimed = BLOCKS.filter((b) => !claimed.has(b) && !inBrowser(b));
  assert.deepEqual(unclaimed, [], 'a README snippet that no test runs');
});

/** Runs a README `innsikt-feeds snippet` line (the reader's feed path → the demo feed) in a temporary folder; returns the written file. */
async function runSnippetLine(line, outFile) {
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-readme-'));
  try {
    const args = line
      .replace(/^npx innsikt-feeds /, '')
      .split(/\s+/)
      .map((a) => (a === '/var/www/innsikt/data/innlandet.json' ? join(ROOT, 'demo/data/innlandet.json') : a));
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const run = spawnSync(process.execPath, [join(ROOT, pkg.bin['innsikt-feeds']), ...args], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    assert.equal(run.status, 0, run.stderr);
    return await readFile(join(dir, outFile), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('readme: the snippet command writes an element with a chart and a table', async () => {
  const [block] = nodeBlocks.snippet;
  const line = block.code.trim();
  assert.match(line, /^npx innsikt-feeds snippet /);
  const html = await runSnippetLine(line, 'chart.html');
  assert.match(html, /^<inn-indicator src="\/innsikt\/data\/innlandet.json" indicator="state-transfers" region="34">/);
  assert.match(html, /<svg [^>]*role="img"/);
  assert.match(html, /<noscript><table>/);
});

test('readme: the dashboard snippet command writes a dashboard with every key figure and chart', async () => {
  const [block] = nodeBlocks.dashboardSnippet;
  const line = block.code.trim();
  assert.match(line, /^npx innsikt-feeds snippet .* --dashboard /);
  const html = await runSnippetLine(line, 'dashboard.html');
  assert.match(html, /^<inn-dashboard src="\/innsikt\/data\/innlandet.json" compare="0">/);
  assert.equal((html.match(/<div class="inn-prerendered" slot="kpi-/g) ?? []).length, 5);
  assert.equal((html.match(/<div class="inn-prerendered" slot="chart-/g) ?? []).length, 5);
  assert.equal((html.match(/<noscript><table>/g) ?? []).length, 5);
});

test('readme: the quick start commands are the package scripts CI runs', async () => {
  const [block] = nodeBlocks.quickStart;
  const commands = block.code
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  assert.deepEqual(commands, ['npm install && npm start', 'npm test']);
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.ok(pkg.scripts.start, 'npm start exists');
  // npm start builds before it serves, when dist/ is missing or stale (scripts/start.mjs; test/node/start.test.mjs).
  const start = pkg.scripts.start.includes('scripts/start.mjs') ? await readFile(join(ROOT, 'scripts/start.mjs'), 'utf8') : pkg.scripts.start;
  assert.match(start, /'run', 'build'|npm run build/, 'npm start builds before it serves');
  const ci = await readFile(join(ROOT, '.ci/run'), 'utf8');
  assert.match(ci, /npm install/);
  assert.match(ci, /^npm test$/m, '.ci/run runs the README test command');
});

test('readme: the feed example is a valid Innsikt feed (schema and parser) with the figures it quotes', async () => {
  const [block] = nodeBlocks.feed;
  const feed = JSON.parse(block.code);
  const schema = JSON.parse(await readFile(join(ROOT, 'src/data/feed-schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  assert.ok(validate(feed), JSON.stringify(validate.errors));
  const ds = core.parseFeed(feed);
  const values = ds.observations.map((o) => [o.region, o.value, o.qualifier ?? null]);
  assert.deepEqual(values, [
    ['0', 12, null],
    ['05', 4, 'atLeast'],
  ]);
});

test('readme: the data-core snippet runs in Node against a feed URL', async (t) => {
  const [block] = nodeBlocks.dataCore;
  const feed = await readFile(join(ROOT, 'demo/data/innlandet.json'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(feed);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/innlandet.json`;
  // Run as written, from the project root (where './dist/data.js' is), with `url` defined and the result kept.
  const file = join(ROOT, `.readme-snippet-${process.pid}.mjs`);
  await writeFile(file, `const url = ${JSON.stringify(url)};\n${block.code}\nexport { ds, oppland };\n`);
  try {
    const { ds, oppland } = await import(pathToFileURL(file).href);
    assert.ok(ds.observations.length > 0);
    assert.ok(oppland.length > 0, 'Oppland has observations 1990–2002');
    assert.ok(oppland.every((o) => o.region === '05'));
    assert.ok(
      oppland.some((o) => o.period === '1990-2002'),
      'the employment change 1990–2002 is selected',
    );
  } finally {
    await rm(file, { force: true });
  }
});

test('readme: the innsikt-feeds commands run on the example config; offline, build says Statistics Norway could not be reached and writes nothing', async () => {
  const [block] = nodeBlocks.cli;
  const lines = block.code
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('npx innsikt-feeds'));
  assert.equal(lines.length, 4);
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const bin = join(ROOT, pkg.bin['innsikt-feeds']);
  const dir = await mkdtemp(join(tmpdir(), 'innsikt-readme-'));
  try {
    // `feeds.config.json` in the snippets is the reader's copy of the example config.
    await writeFile(join(dir, 'feeds.config.json'), await readFile(join(ROOT, 'demo/feeds/innlandet.config.json')));
    for (const line of lines) {
      const args = line
        .replace(/^npx innsikt-feeds /, '')
        .split(/\s+/)
        .map((a) => (a === '/var/www/innsikt/data' ? join(dir, 'out') : a));
      // The base URL points nowhere (a closed port on this machine): no test can reach Statistics Norway.
      const run = spawnSync(process.execPath, [bin, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, INNSIKT_FEEDS_BASE_URL: 'http://127.0.0.1:9' },
        timeout: 60000,
      });
      if (args[0] === 'check' && !args.includes('--online')) {
        assert.equal(run.status, 0, `${line}\n${run.stderr}`);
        assert.match(run.stdout, /feeds?\.\n[\s\S]*table 07459[\s\S]*evidence: H: table 13551/, 'check prints the query URLs and their evidence');
      } else {
        assert.equal(run.status, 1, `${line}\n${run.stdout}\n${run.stderr}`);
        assert.match(run.stderr, /could not be reached/, line);
      }
    }
    const written = await readdir(join(dir, 'out')).catch(() => []);
    assert.deepEqual(
      written.filter((n) => n.endsWith('.json')),
      [],
      'offline, no feed is written',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('readme: the cron lines run the documented build command in Norwegian time', () => {
  const [block] = nodeBlocks.cron;
  const lines = block.code.split('\n').filter(Boolean);
  assert.equal(lines[0], 'CRON_TZ=Europe/Oslo');
  const build = nodeBlocks.cli[0].code
    .split('\n')
    .find((l) => l.startsWith('npx innsikt-feeds build') && !l.includes('--dry-run'))
    .replace(/\s+#.*$/, '')
    .trim();
  for (const line of lines.slice(1)) {
    const fields = line.split(/\s+/);
    assert.deepEqual(fields.slice(2, 5), ['*', '*', '1-5'], 'weekdays');
    assert.ok(Number(fields[0]) >= 0 && Number(fields[0]) < 60 && Number(fields[1]) >= 8, 'after 08:00');
    assert.ok(line.includes(`cd /srv/innsikt && ${build} >>`), line);
  }
});

test('readme: documents every attribute, property, method, event, CSS part and custom property in custom-elements.json', async () => {
  const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
  const missing = [];
  const has = (text) => README.includes(text);
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      const attributes = new Set((d.attributes ?? []).map((a) => a.name));
      const fieldsWithAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
      for (const a of attributes) if (!has(`\`${a}\``)) missing.push(`${d.tagName} attribute ${a}`);
      for (const m of d.members ?? []) {
        if (m.privacy || m.static || fieldsWithAttribute.has(m.name)) continue;
        const shown = m.kind === 'method' ? `\`${m.name}()\`` : `\`.${m.name}\``;
        if (!has(shown)) missing.push(`${d.tagName} ${m.kind} ${shown}`);
      }
      for (const e of d.events ?? []) if (!has(`\`${e.name}\``)) missing.push(`${d.tagName} event ${e.name}`);
      for (const p of d.cssParts ?? []) if (!has(`\`${p.name}\``)) missing.push(`${d.tagName} part ${p.name}`);
      // Numbered properties are documented as a range: `--inn-color-series-1` … `-6`.
      for (const p of d.cssProperties ?? []) {
        const numbered = /^(.*-)(\d+)$/.exec(p.name);
        const ok =
          has(`\`${p.name}\``) ||
          (numbered &&
            has(`\`${numbered[1]}1\``) &&
            has(
              `\`-${Math.max(...(d.cssProperties ?? []).filter((q) => q.name.startsWith(numbered[1])).map((q) => Number(q.name.slice(numbered[1].length))))}\``,
            ));
        if (!ok) missing.push(`${d.tagName} CSS property ${p.name}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('readme: the file-source query is valid in a configuration (schema and loader) and reads the file it names', async () => {
  const [block] = nodeBlocks.fileQuery;
  const query = JSON.parse(block.code);
  const config = { innsiktFeeds: '1', feeds: [{ indicator: 'value-creation', title: 'Verdiskaping', queries: [query] }] };
  const schema = JSON.parse(await readFile(join(ROOT, 'src/cli/feeds-config.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  assert.ok(validate(config), JSON.stringify(validate.errors));
  const { parseFeedsConfig } = await import('../../dist/lib/cli/config.js');
  const q = parseFeedsConfig(config).feeds[0].queries[0];
  assert.deepEqual(q.file, { path: 'data/11713-fylkesfordelt-nasjonalregnskap.xlsx', format: 'xlsx', sheet: 'BNPB' });
  assert.equal(q.table, '11713');
});

test('readme: npm run demo:data is the package script that runs the builder over ../shared', async () => {
  const [block] = nodeBlocks.demoData;
  assert.deepEqual(
    block.code
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
    ['npm run demo:data'],
  );
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.match(pkg.scripts['demo:data'], /node demo\/feeds\/real-data\.mjs$/);
});
