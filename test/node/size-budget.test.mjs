// The size budget of the drop-in bundle (numbers in size-budget.json), checked on the built files in `npm test`:
//  - initial: dist/innsikt.js and every chunk it imports statically, transitively (what a page downloads and
//    evaluates before any widget is visible);
//  - page: what a page of five indicators (charts, tables, key figures) on Innsikt feeds loads: the initial graph
//    plus the chunks named in size-budget.json "pageChunks" (view runtime, Innsikt feed parser, sharing, chart
//    runtime, chart templates) with everything they import statically. `npm run bench` measures the same on the
//    real dashboard page from its network log;
//  - total: everything the bundle can ever load, following static and dynamic imports (`import("./…")`), also
//    the readers of other feed formats, the map and the download code.
// Sizes are gzip (level 9) of each file on its own, summed (test/lib/bundle-graph.mjs, shared with the bench).
//
// Run alone after a build: node --test test/node/size-budget.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importsOf, moduleGraph, pageGraph } from '../lib/bundle-graph.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const entry = resolve(root, 'dist/innsikt.js');
const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const list = (files) =>
  [...files]
    .sort((a, b) => b[1] - a[1])
    .map(([f, n]) => `    ${relative(root, f).padEnd(72)} ${String(n).padStart(8)} bytes gzip`)
    .join('\n');

test('dist/innsikt.js is built', () => {
  assert.ok(existsSync(entry), 'run `npm run build` first');
});

test('size: the initial module graph of dist/innsikt.js is within budget', { skip: !existsSync(entry) }, () => {
  const { files, total, problems } = moduleGraph(entry, { dynamic: false, root });
  console.log(
    `size: initial ${total} bytes gzip (${kb(total)}; budget ${budget.initialGzip} bytes, ${kb(budget.initialGzip)}) in ${files.size} file(s)\n${list(files)}`,
  );
  assert.deepEqual(problems, []);
  assert.ok(
    total <= budget.initialGzip,
    `the initial module graph is ${total} bytes gzip, over the budget of ${budget.initialGzip} (size-budget.json "initialGzip"): load the heavy code lazily, or raise the budget on purpose`,
  );
});

test('size: what a five-indicator page loads is within budget', { skip: !existsSync(entry) }, () => {
  const { files, total, problems } = pageGraph(entry, budget.pageChunks);
  console.log(
    `size: five-indicator page ${total} bytes gzip (${kb(total)}; budget ${budget.pageGzip} bytes, ${kb(budget.pageGzip)}) in ${files.size} file(s)\n${list(files)}`,
  );
  assert.deepEqual(problems, []);
  assert.ok(total <= budget.pageGzip, `a five-indicator page loads ${total} bytes gzip, over the budget of ${budget.pageGzip} (size-budget.json "pageGzip")`);
});

test('size: everything dist/innsikt.js can load is within budget', { skip: !existsSync(entry) }, () => {
  const { files, total, problems } = moduleGraph(entry, { dynamic: true, root });
  console.log(
    `size: total ${total} bytes gzip (${kb(total)}; budget ${budget.totalGzip} bytes, ${kb(budget.totalGzip)}) in ${files.size} file(s)\n${list(files)}`,
  );
  assert.deepEqual(problems, []);
  assert.ok(
    total <= budget.totalGzip,
    `everything the bundle can load is ${total} bytes gzip, over the budget of ${budget.totalGzip} (size-budget.json "totalGzip"): shrink it, or raise the budget on purpose`,
  );
});

test('size: the walker reads static and dynamic imports from syntax, not from strings', () => {
  const code =
    'import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";export*from"./d.js";const s="import(\\"./no.js\\")";import("./e.js").then(()=>b);';
  assert.deepEqual(importsOf(code), { static: ['./a.js', './side.js', './c.js', './d.js'], dynamic: ['./e.js'] });
});

// V8's explicit compile hint must stay the first line of the two chunks that run before the first figure (the
// entry and the view runtime; rollup.config.mjs adds it after terser), and only of those: on the others it would
// compile code a page may never call.
test('compile hints: the entry and the view runtime, and no other chunk, start with //# allFunctionsCalledOnLoad', { skip: !existsSync(entry) }, () => {
  const { files } = moduleGraph(entry, { dynamic: true, root });
  const hinted = [...files.keys()]
    .filter((f) => readFileSync(f, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'))
    .map((f) => relative(root, f).replace(/-[\w-]{8}\.js$/, '.js'));
  assert.deepEqual(hinted.sort(), ['dist/chunks/view-runtime.js', 'dist/innsikt.js']);
});
