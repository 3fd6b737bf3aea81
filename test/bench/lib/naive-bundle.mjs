// The baseline bundle of figure 1 (and the runtime of the naive pages of figures 2, 5 and 6), and the fair baseline's
// bundle (figures 6 and 7): what a page gets
// when it draws Vega-Lite charts the usual way — `lit` plus `vega-embed` (which pulls in vega-lite and vega),
// bundled with Rollup and minified with terser exactly like our own build (same plugins, same terser options).
// One file, everything inlined; built into a temporary directory in the same run as the measurement.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

/** The naive entry: imports lit and vega-embed and calls embed once (in `draw`, which the naive pages use). */
export const NAIVE_ENTRY = `import { html, render } from 'lit';
import embed from 'vega-embed';
/** Renders a container with lit and embeds one Vega-Lite spec in it (compiled in the browser by vega-lite). */
export async function draw(host, spec, options = { actions: false }) {
  render(html\`<div class="vis"></div>\`, host);
  return embed(host.firstElementChild, spec, options);
}
export { embed };
`;

/**
 * The fair baseline's entry (figures 6 and 7): the same, for Vega specs compiled ahead of time (in Node, by the
 * bench) drawn with `mode: 'vega'`. Its bundle has no Vega-Lite: `vega-lite` resolves to NO_VEGA_LITE (vega-embed
 * imports it, but calls its `compile` only for Vega-Lite specs). The Vega parser stays: vega-embed parses every spec.
 */
export const AOT_ENTRY = NAIVE_ENTRY;
const NO_VEGA_LITE = `export const version = 'not bundled';
export function compile() { throw new Error('This bundle has no Vega-Lite: give vega-embed Vega specs.'); }
`;

/**
 * Builds the naive bundle into `outDir/naive.js`. `root` is the project root: the entry is a virtual module that
 * sits in test/bench/, so its bare imports resolve from the project's node_modules.
 */
export function buildNaiveBundle(root, outDir) {
  return buildBundle(root, outDir, 'naive', NAIVE_ENTRY);
}

/** Builds the ahead-of-time baseline (AOT_ENTRY, without Vega-Lite) into `outDir/aot.js`. */
export function buildAotBundle(root, outDir) {
  return buildBundle(root, outDir, 'aot', AOT_ENTRY, { 'vega-lite': NO_VEGA_LITE });
}

/** Builds `entry` into `outDir/<name>.js`; `stubs`: bare module names bundled as the given source instead. */
async function buildBundle(root, outDir, name, entry, stubs = {}) {
  const entryId = join(root, `test/bench/__${name}-entry__.js`);
  const virtualEntry = {
    name: `${name}-entry`,
    resolveId: (id) => (id === entryId ? id : Object.hasOwn(stubs, id) ? `\0stub:${id}` : null),
    load: (id) => (id === entryId ? entry : id.startsWith('\0stub:') ? stubs[id.slice('\0stub:'.length)] : null),
  };
  const t0 = performance.now();
  const bundle = await rollup({
    input: entryId,
    plugins: [
      virtualEntry,
      resolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  const file = join(outDir, `${name}.js`);
  await bundle.write({ file, format: 'es', inlineDynamicImports: true });
  await bundle.close();
  writeFileSync(join(outDir, `${name}-entry.js`), entry);
  return { file, ms: performance.now() - t0 };
}
