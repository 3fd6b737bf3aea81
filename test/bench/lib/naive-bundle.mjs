// The baseline bundle of figure 1 (and the runtime of the naive pages of figures 2, 5 and 6): what a page gets
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
 * Builds the naive bundle into `outDir/naive.js`. `root` is the project root: the entry is a virtual module that
 * sits in test/bench/, so its bare imports resolve from the project's node_modules.
 */
export async function buildNaiveBundle(root, outDir) {
  const entryId = join(root, 'test/bench/__naive-entry__.js');
  const virtualEntry = {
    name: 'naive-entry',
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) => (id === entryId ? NAIVE_ENTRY : null),
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
  const file = join(outDir, 'naive.js');
  await bundle.write({ file, format: 'es', inlineDynamicImports: true });
  await bundle.close();
  writeFileSync(join(outDir, 'naive-entry.js'), NAIVE_ENTRY);
  return { file, ms: performance.now() - t0 };
}
