// What each Vega patch (patches/**/*.patch) and each side-effect-free assertion (`pure` in SOURCE_PACKAGES,
// src/charts/rollup-plugins.mjs) saves: builds the drop-in bundle once with everything, then once without each of
// them, and prints the gzip bytes a five-indicator page loads and everything the bundle can load (the same graph
// walk as size-budget.json and `npm run bench`). A patch whose gain is nil should go.
//
//   npm run build && node patches/measure.mjs             (about 20-40 s a build)
//   node patches/measure.mjs scenegraph pure            only the cases whose name contains one of the words
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { moduleGraph, pageGraph } from '../test/lib/bundle-graph.mjs';
import { SOURCE_PACKAGES, vegaModules } from '../src/charts/rollup-plugins.mjs';
import { loadPatches } from '../src/charts/vega-patches.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(root);
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const allPure = Object.keys(SOURCE_PACKAGES).filter((name) => SOURCE_PACKAGES[name].pure);
const allPatches = loadPatches();

/** Builds dist/innsikt.js with the given vegaModules() options into a temp directory; returns its sizes. */
async function build(options, round) {
  // A fresh copy of the config each time: its manualChunks function caches the module graph of the first build.
  const builds = (await import(`${pathToFileURL(join(root, 'rollup.config.mjs')).href}?round=${round}`)).default;
  const config = builds.find((b) => b.input === 'dist/lib/innsikt.js');
  if (!config) throw new Error('dist/lib/innsikt.js is missing: run `npm run build` first');
  const plugins = config.plugins.map((p) => (p.name === 'innsikt-vega-modules' ? vegaModules(options) : p));
  const out = mkdtempSync(join(tmpdir(), 'innsikt-patch-'));
  try {
    const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
    await bundle.write({ ...config.output, dir: out });
    await bundle.close();
    const entry = join(out, 'innsikt.js');
    return { page: pageGraph(entry, budget.pageChunks).total, total: moduleGraph(entry, { dynamic: true, root: out }).total };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Patches that cannot go alone: the mark types' patch drops the marks whose path generators shapes.js exports. */
const TOGETHER = { 'vega-scenegraph/src/marks/index.js': ['vega-scenegraph/src/path/shapes.js'] };
const without = (key) => {
  const out = [key, ...(TOGETHER[key] ?? [])];
  return [`without ${out.map((k) => allPatches.get(k).file).join(' + ')}`, { patches: new Map([...allPatches].filter(([k]) => !out.includes(k))) }];
};
const cases = [
  ['everything', {}],
  ...[...allPatches.keys()].sort().map(without),
  ...allPure.map((name) => [`without pure: ${name}`, { pure: allPure.filter((p) => p !== name) }]),
];
const words = process.argv.slice(2);
let base;
let round = 0;
console.log('gzip bytes: page (five indicators) / everything loadable; gain = what the patch or assertion saves');
for (const [name, options] of cases) {
  if (base && words.length && !words.some((w) => name.includes(w))) continue;
  const size = await build(options, round++).catch((error) => error);
  if (size instanceof Error) {
    console.log(`${name}: does not build (${size.message.split('\n')[0]})`);
    continue;
  }
  base ??= size;
  const gain = `gain page ${size.page - base.page} B, everything ${size.total - base.total} B`;
  console.log(`${name.padEnd(100)} page ${size.page} / everything ${size.total}${size === base ? '' : `  ${gain}`}`);
}
