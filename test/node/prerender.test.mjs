// The pre-rendered first paint as `innsikt-feeds snippet` writes it (src/charts/prerender.ts, src/cli/snippet.ts):
// an <inn-indicator> with its chart (inline SVG, the bar layout of the widget's first paint), summary, source and a
// table for readers without JavaScript, from a feed file, in Node (no DOM); feed text escaped.
// Run after `npm run build`: node --test test/node/prerender.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { main } = await import('../../dist/lib/cli/cli.js');
const { prerenderIndicator } = await import('../../dist/lib/charts/prerender.js');
const { parseFeed } = await import('../../dist/lib/data/parse.js');

const FEED = new URL('../../demo/data/innlandet.json', import.meta.url);
const feedText = await readFile(FEED, 'utf8');

async function snippet(args) {
  const out = [];
  const err = [];
  const code = await main(['snippet', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const count = (text, re) => (text.match(re) ?? []).length;

test('snippet: an element with the chart, summary, source and a table, for the page to ship', async () => {
  const r = await snippet([FEED.pathname, '--src', 'data/innlandet.json', '--indicator', 'state-transfers', '--region', '34', '--heading-level', '3']);
  assert.equal(r.code, 0, r.err);
  const html = r.out;
  assert.match(html, /^<inn-indicator src="data\/innlandet.json" indicator="state-transfers" region="34" heading-level="3">/);
  assert.match(html, /<\/inn-indicator>$/);
  assert.match(html, /<div class="inn-prerendered">/);
  assert.match(html, /<h3>Statlige overføringer<\/h3>/);
  // The chart: one bar per row drawn, with its description as accessible name, scaling with its column.
  const svg = html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="marks inn-static"[^>]*>/)?.[0];
  assert.ok(svg, 'a chart');
  assert.match(svg, /role="img" aria-label="[^"]+"/);
  assert.match(svg, /width="100%" height="\d+"/);
  const bars = html.match(/<g class="role-mark bars_marks">(.*?)<\/g>/)[1];
  assert.ok(count(bars, /<rect /g) >= 1);
  // The summary sentence and the source line as text; the table inside <noscript>.
  assert.match(html, /<p>Kilde: [^<]+<\/p>/);
  const table = html.match(/<noscript>(<table>.*<\/table>)<\/noscript>/s)?.[1];
  assert.ok(table, 'a table for readers without JavaScript');
  assert.match(table, /<caption>Statlige overføringer: /);
  assert.match(table, /<th scope="col">Region<\/th>/);
  assert.ok(count(table, /<tr><th scope="row">/g) >= 1);
});

test('snippet: the same drawing as prerenderIndicator, and --out writes it to a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'inn-snippet-'));
  try {
    const file = join(dir, 'chart.html');
    const r = await snippet([FEED.pathname, '--src', '/f.json', '--indicator', 'rd-share', '--out', file, '--no-share']);
    assert.equal(r.code, 0, r.err);
    const direct = prerenderIndicator(parseFeed(feedText), { src: '/f.json', indicator: 'rd-share', noShare: true });
    assert.equal(await readFile(file, 'utf8'), `${direct}\n`);
    assert.match(direct, /indicator="rd-share" no-share>/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('snippet: feed text is escaped, never markup', async () => {
  const feed = JSON.parse(feedText);
  const hostile = '<script>alert(1)</script>"&\'';
  const ind = feed.indicators.find((i) => i.id === 'commuting');
  ind.title = { nb: hostile };
  // Region names reach the chart's labels and the table's row headers.
  for (const r of feed.regions) r.name = { nb: `<b onmouseover="x()">${r.name.nb}</b>` };
  const dir = await mkdtemp(join(tmpdir(), 'inn-snippet-'));
  try {
    const path = join(dir, 'feed.json');
    await writeFile(path, JSON.stringify(feed));
    const r = await snippet([path, '--src', 'x" onload="y()', '--indicator', 'commuting']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /<script>|<b |onload="y/);
    assert.match(r.out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&amp;&#39;/);
    assert.match(r.out, /src="x&quot; onload=&quot;y\(\)"/);
    assert.match(r.out, /<th scope="row">&lt;b onmouseover=&quot;x\(\)&quot;&gt;/);
    assert.match(r.out, /<tspan[^>]*>&lt;b onmouseover/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('snippet: clear usage errors', async () => {
  const cases = [
    [[FEED.pathname, '--indicator', 'rd-share'], /needs --src/],
    [[FEED.pathname, '--src', 'a'], /needs --indicator <id> \(or --dashboard\)/],
    [[FEED.pathname, '--src', 'a', '--indicator', 'rd-share', '--lang', 'de'], /--lang must be nb, nn or en/],
    [[FEED.pathname, '--src', 'a', '--indicator', 'rd-share', '--heading-level', '9'], /--heading-level must be 1 to 6/],
    [[FEED.pathname, '--src', 'a', '--indicator', 'nope'], /has no indicator "nope"/],
    [['/no/such/feed.json', '--src', 'a', '--indicator', 'rd-share'], /no\/such\/feed.json/],
  ];
  for (const [args, message] of cases) {
    const r = await snippet(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
});

test('snippet --dashboard: the key figure and chart of every indicator, each in the slot its widget shows', async () => {
  const r = await snippet([FEED.pathname, '--src', 'data/innlandet.json', '--dashboard', '--compare', '0']);
  assert.equal(r.code, 0, r.err);
  const html = r.out;
  assert.match(html, /^<inn-dashboard src="data\/innlandet.json" compare="0">/);
  assert.match(html, /<\/inn-dashboard>$/);
  const ids = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
  // Key figures first, then charts, each in the dashboard's order (a reader without JavaScript reads them so).
  const slots = [...html.matchAll(/<div class="inn-prerendered" slot="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(slots, [...ids.map((i) => `kpi-${i}`), ...ids.map((i) => `chart-${i}`)]);
  // A key figure as the widget shows it: title, where and when, the number with its qualifier, what it measures.
  const kpi = html.match(/<div class="inn-prerendered" slot="kpi-rd-share">(.*?)<\/div>/)[1].replace(/\u00a0/g, ' ');
  assert.equal(kpi, '<h2>FoU-andel</h2><p>Gjøvikregionen · 2004</p><p><strong>over 70 %</strong></p><p>Andel av egenutført FoU</p>');
  // The comparison the dashboard's compare="0" asks for, as the widget words it.
  assert.match(html.match(/slot="kpi-employment-change">(.*?)<\/div>/)[1], /<p>Mot Norge: 12\s%<\/p>/);
  // Each chart block is the standalone snippet's, with the slot: the same drawing and table.
  const chart = html.match(/<div class="inn-prerendered" slot="chart-commuting">\n(.*?)\n<\/div>/s)[1];
  const alone = prerenderIndicator(parseFeed(feedText), { src: 'data/innlandet.json', indicator: 'commuting', compare: '0' });
  assert.equal(chart, alone.match(/<div class="inn-prerendered">\n(.*?)\n<\/div>/s)[1]);
});

test('snippet --dashboard: --indicators picks and orders them; a feed without one is a usage error', async () => {
  const r = await snippet([FEED.pathname, '--src', 'f.json', '--dashboard', '--indicators', 'commuting rd-share']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^<inn-dashboard src="f.json" indicators="commuting rd-share">/);
  const slots = [...r.out.matchAll(/slot="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(slots, ['kpi-commuting', 'kpi-rd-share', 'chart-commuting', 'chart-rd-share']);
  const cases = [
    [[FEED.pathname, '--src', 'a', '--dashboard', '--indicators', 'commuting nope'], /has no indicator "nope"/],
    [[FEED.pathname, '--src', 'a', '--dashboard', '--indicator', 'commuting'], /--dashboard shows every indicator/],
  ];
  for (const [args, message] of cases) {
    const bad = await snippet(args);
    assert.equal(bad.code, 2, args.join(' '));
    assert.match(bad.err, message);
  }
});

test('snippet --dashboard: feed text is escaped in the key figures too', async () => {
  const feed = JSON.parse(feedText);
  for (const r of feed.regions) r.name = { nb: `<img src=x onerror="y()">${r.name.nb}` };
  const dir = await mkdtemp(join(tmpdir(), 'inn-snippet-'));
  try {
    const path = join(dir, 'feed.json');
    await writeFile(path, JSON.stringify(feed));
    const r = await snippet([path, '--src', 'a', '--dashboard']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /<img/);
    assert.match(r.out.match(/slot="kpi-rd-share">(.*?)<\/div>/)[1], /<p>&lt;img src=x onerror=&quot;y\(\)&quot;&gt;Gjøvikregionen · 2004<\/p>/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('snippet: the chart text takes the text colour of the page, so a dark site reads it too', async () => {
  const r = await snippet([FEED.pathname, '--src', 'f.json', '--indicator', 'state-transfers']);
  assert.equal(r.code, 0, r.err);
  const svg = r.out.match(/<svg xmlns[^]*?<\/svg>/)[0];
  // Axis labels, category labels, value labels and the axis title: no fixed dark text colour left.
  assert.match(svg, /class="role-axis-label" fill="currentColor"/);
  assert.doesNotMatch(svg, /<g class="role-axis-label" fill="#/);
  const values = [...svg.matchAll(/<text [^>]*fill="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(values.length > 0 && values.every((f) => f === 'currentColor'), values.join(' '));
});
