// The size budget of the drop-in bundle (numbers in size-budget.json), checked on the built files in `npm test`:
//  - initial: dist/innsikt.js and every chunk it imports statically, transitively (what a page downloads and
//    evaluates before any widget is visible);
//  - page: what a page of five indicators (charts, tables, key figures) on Innsikt feeds loads: the initial graph
//    plus the chunks named in size-budget.json "pageChunks" (view runtime, Innsikt feed parser, sharing, chart
//    runtime, chart templates) with everything they import statically. `npm run bench` measures the same on the
//    real dashboard page from its network log;
//  - total: everything the bundle can ever load, following static and dynamic imports (`import("./…")`), also
//    the readers of other feed formats, the map and the download code.
// Sizes are gzip (level 9) of each file on its own, summed: files are served and compressed one by one.
//
// Run alone after a build: node --test test/node/size-budget.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const entry = resolve(root, 'dist/innsikt.js');
const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));

/** The static and dynamic import specifiers of a built ES module, read from its syntax tree (not by regex). */
export function importsOf(code) {
  const found = { static: [], dynamic: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      found.static.push(node.source.value);
    }
    if (node.type === 'ImportExpression') {
      // A computed `import(x)` cannot be followed: the bundle must not contain one.
      if (node.source.type !== 'Literal' || typeof node.source.value !== 'string') found.dynamic.push(null);
      else found.dynamic.push(node.source.value);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/** Walks the module graph from `starts`; `dynamic` says whether to follow `import()` too. */
function graph(starts, { dynamic }) {
  const seen = new Map();
  const problems = [];
  const walk = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) {
      problems.push(`${relative(root, file)} is imported but does not exist`);
      return;
    }
    const code = readFileSync(file);
    seen.set(file, gzipSync(code, { level: 9 }).length);
    const imports = importsOf(code.toString('utf8'));
    for (const spec of [...imports.static, ...(dynamic ? imports.dynamic : [])]) {
      if (spec === null) problems.push(`${relative(root, file)} has a computed import() that cannot be followed`);
      else if (!spec.startsWith('./') && !spec.startsWith('../')) problems.push(`${relative(root, file)} imports "${spec}": the bundle must be self-contained`);
      else walk(resolve(dirname(file), spec));
    }
  };
  for (const start of [starts].flat()) walk(start);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  return { files: seen, total, problems };
}

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
  const { files, total, problems } = graph(entry, { dynamic: false });
  console.log(`size: initial ${total} bytes gzip (${kb(total)}; budget ${budget.initialGzip} bytes, ${kb(budget.initialGzip)}) in ${files.size} file(s)\n${list(files)}`);
  assert.deepEqual(problems, []);
  assert.ok(
    total <= budget.initialGzip,
    `the initial module graph is ${total} bytes gzip, over the budget of ${budget.initialGzip} (size-budget.json "initialGzip"): load the heavy code lazily, or raise the budget on purpose`,
  );
});

test('size: what a five-indicator page loads is within budget', { skip: !existsSync(entry) }, () => {
  const chunks = readdirSync(resolve(root, 'dist/chunks'));
  const starts = [entry];
  const missing = [];
  for (const name of budget.pageChunks) {
    const found = chunks.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (found.length !== 1) missing.push(`${name}: ${found.length} files`);
    starts.push(...found.map((f) => resolve(root, 'dist/chunks', f)));
  }
  assert.deepEqual(missing, [], 'each of size-budget.json "pageChunks" names one chunk');
  const { files, total, problems } = graph(starts, { dynamic: false });
  console.log(`size: five-indicator page ${total} bytes gzip (${kb(total)}; budget ${budget.pageGzip} bytes, ${kb(budget.pageGzip)}) in ${files.size} file(s)\n${list(files)}`);
  assert.deepEqual(problems, []);
  assert.ok(total <= budget.pageGzip, `a five-indicator page loads ${total} bytes gzip, over the budget of ${budget.pageGzip} (size-budget.json "pageGzip")`);
});

test('size: everything dist/innsikt.js can load is within budget', { skip: !existsSync(entry) }, () => {
  const { files, total, problems } = graph(entry, { dynamic: true });
  console.log(`size: total ${total} bytes gzip (${kb(total)}; budget ${budget.totalGzip} bytes, ${kb(budget.totalGzip)}) in ${files.size} file(s)\n${list(files)}`);
  assert.deepEqual(problems, []);
  assert.ok(
    total <= budget.totalGzip,
    `everything the bundle can load is ${total} bytes gzip, over the budget of ${budget.totalGzip} (size-budget.json "totalGzip"): shrink it, or raise the budget on purpose`,
  );
});

test('size: the walker reads static and dynamic imports from syntax, not from strings', () => {
  const code = 'import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";export*from"./d.js";const s="import(\\"./no.js\\")";import("./e.js").then(()=>b);';
  assert.deepEqual(importsOf(code), { static: ['./a.js', './side.js', './c.js', './d.js'], dynamic: ['./e.js'] });
});
