// The package's dependencies say what the code imports, and Vega is pinned to the versions its patches were written
// for (README, "Upgrading Vega"):
//  - every Vega package in package.json is pinned exactly, to the version installed;
//  - every package the source imports (src/, the build and test configs) is declared;
//  - what the published library (dist/lib, unbundled) imports at run time is in "dependencies", and nothing
//    there is a build tool (Vega-Lite, the Vega parser: the templates are compiled when Innsikt is built);
//  - every patch in patches/ applies to the installed package, and one that no longer applies fails with a
//    message naming the patch and the version it was written for.
//
// Run alone: node --test test/node/dependencies.test.mjs (the dist/lib checks need `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { importsOf } from '../lib/bundle-graph.mjs';
import { applyPatch, installedVersion, loadPatches, parsePatch } from '../../src/charts/vega-patches.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = { ...pkg.dependencies, ...pkg.devDependencies };
const installed = (name) => installedVersion(join(root, 'node_modules', ...name.split('/')));

/** `lit/decorators.js` → `lit`, `@web/test-runner-commands` → itself; `node:fs` and `fs` → undefined. */
function packageName(specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The bare specifiers a source file imports (static, dynamic, type-only and `declare module` re-exports), read by TypeScript. */
function bareImports(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((f) => f.fileName).filter((spec) => !spec.startsWith('.') && !spec.startsWith('/'));
}

function sourceFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((f) => /\.(ts|mjs|js)$/.test(f))
    .map((f) => join(root, dir, f));
}

test('every Vega package is pinned exactly, to the version installed', () => {
  const vega = Object.keys(declared).filter((name) => name === 'vega' || name.startsWith('vega-'));
  assert.ok(vega.length >= 5, 'package.json declares the Vega packages');
  for (const name of vega) {
    assert.match(
      declared[name],
      /^\d+\.\d+\.\d+$/,
      `${name} is "${declared[name]}" in package.json: pin it exactly (the patches in patches/ are written for one version)`,
    );
    assert.equal(installed(name), declared[name], `${name}: package.json says ${declared[name]}, node_modules has ${installed(name)}: run npm install`);
  }
});

test('every package the source imports is declared in package.json', () => {
  const files = [
    ...sourceFiles('src'),
    ...sourceFiles('test'),
    ...readdirSync(root)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => join(root, f)),
  ];
  const missing = [];
  for (const file of files) {
    for (const spec of bareImports(file)) {
      const name = packageName(spec);
      if (name && !Object.hasOwn(declared, name)) missing.push(`${relative(root, file)} imports "${spec}"`);
    }
  }
  assert.deepEqual(missing, [], 'declare these packages in package.json');
});

test(
  'the published library imports at run time only its "dependencies", and no Vega compiler',
  { skip: !existsSync(join(root, 'dist/lib/innsikt.js')) && 'run `npm run build` first' },
  () => {
    const seen = new Set();
    const bare = new Map();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const { static: s, dynamic: d } = importsOf(readFileSync(file, 'utf8'));
      for (const spec of [...s, ...d]) {
        if (spec === null) continue;
        if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
        else if (packageName(spec)) bare.set(packageName(spec), relative(root, file));
      }
    };
    walk(join(root, 'dist/lib/innsikt.js'));
    walk(join(root, 'dist/lib/data/index.js'));
    walk(join(root, 'dist/lib/cli/main.js'));
    assert.ok(seen.has(join(root, 'dist/lib/charts/compiled-templates.js')), 'dist/lib/charts/compiled.js loads the templates compiled at build time');
    for (const [name, file] of bare) assert.ok(Object.hasOwn(pkg.dependencies, name), `${file} imports ${name}, which is not in "dependencies"`);
    for (const tool of ['vega-lite', 'vega-parser', 'vega-embed']) assert.ok(!bare.has(tool), `${bare.get(tool)} imports ${tool} at run time`);
  },
);

test('every patch in patches/ applies to the installed package it was written for', () => {
  const patches = loadPatches();
  assert.ok(patches.size > 0);
  for (const patch of patches.values()) {
    const file = join(root, 'node_modules', patch.key);
    const version = installed(patch.pkg);
    assert.doesNotThrow(() => applyPatch(patch, readFileSync(file, 'utf8'), version), `${patch.file} applies`);
  }
});

test('a patch that no longer applies, or meets another version, fails with a message that says which and why', () => {
  const text = ['Package: vega-demo@1.2.3', '', '--- a/src/a.js', '+++ b/src/a.js', '@@ -1,3 +1,2 @@', ' one', '-two', ' three', ''].join('\n');
  const patch = parsePatch(text, 'patches/vega-demo/src/a.js.patch', 'vega-demo/src/a.js');
  assert.equal(applyPatch(patch, 'one\ntwo\nthree\n', '1.2.3'), 'one\nthree\n');
  assert.throws(
    () => applyPatch(patch, 'one\ntwo\nthree\n', '1.3.0'),
    /patches\/vega-demo\/src\/a\.js\.patch was written for vega-demo@1\.2\.3, but vega-demo@1\.3\.0 is installed/,
  );
  assert.throws(
    () => applyPatch(patch, 'one\n2\nthree\n', '1.2.3'),
    /patches\/vega-demo\/src\/a\.js\.patch no longer applies to vega-demo@1\.2\.3: hunk 1 of 1 expects "two" at line 2, the file has "2"/,
  );
  assert.throws(() => parsePatch(text.replace('Package: vega-demo@1.2.3', ''), 'x.patch', 'vega-demo/src/a.js'), /no "Package: <name>@<version>" line/);
});

test(
  'the published type declarations refer only to "dependencies" (vega for the chart handle, lit)',
  { skip: !existsSync(join(root, 'dist/lib/innsikt.d.ts')) && 'run `npm run build` first' },
  () => {
    const seen = new Set();
    const bare = new Map();
    const walk = (file) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      for (const spec of bareImports(file)) bare.set(packageName(spec), relative(root, file));
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (fileName.startsWith('.')) walk(resolve(dirname(file), fileName.replace(/\.js$/, '.d.ts')));
      }
    };
    walk(join(root, 'dist/lib/innsikt.d.ts'));
    walk(join(root, 'dist/lib/data/index.d.ts'));
    assert.ok(seen.size > 10, 'the declarations were followed');
    for (const [name, file] of bare) assert.ok(Object.hasOwn(pkg.dependencies, name), `${file} refers to ${name}, which is not in "dependencies"`);
  },
);
