// Builds the chart runtime (src/charts/render.ts) the way the product build does — tsc, then rollup with the
// plugins from src/charts/rollup-plugins.mjs, node-resolve, commonjs and terser — and reports its gzip size.
//
//   node test/charts/bundle-size.mjs            prints sizes; exits 1 if over budget or if a compiler leaked in
//   node test/charts/bundle-size.mjs --keep     also leaves the bundle in a temp directory for inspection
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { chartTemplates, vegaModules } from '../../src/charts/rollup-plugins.mjs';

/** Budget for the runtime chunk plus the largest template chunk, in gzip bytes. */
const BUDGET = 120 * 1024;

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'innsikt-charts-'));
const lib = join(work, 'lib');
const out = join(work, 'out');
// The compiled template compiler runs in Node from the temp dir: let it resolve the project's packages.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

try {
  // Compile only the chart runtime and the template compiler (and what they import), with the project's
  // compiler options; other folders may be mid-edit.
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      ...['--outDir', lib, '--rootDir', join(root, 'src'), '--target', 'ES2022', '--module', 'ES2022', '--moduleResolution', 'bundler'],
      ...['--lib', 'ES2022,DOM,DOM.Iterable', '--strict', '--skipLibCheck', '--resolveJsonModule', '--verbatimModuleSyntax', '--isolatedModules'],
      join(root, 'src/charts/vega-modules.d.ts'),
      join(root, 'src/charts/render.ts'),
      join(root, 'src/charts/compile-templates.ts'),
    ],
    { stdio: 'inherit', cwd: root },
  );

  const bundle = await rollup({
    input: join(lib, 'charts/render.js'),
    plugins: [chartTemplates({ lib }), vegaModules(), nodeResolve({ browser: true, exportConditions: ['production'], rootDir: root, modulePaths: [join(root, 'node_modules')] }), commonjs(), terser({ format: { comments: false }, compress: { passes: 2 } })],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  const { output } = await bundle.write({ dir: out, format: 'es', entryFileNames: 'render.js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();

  const modules = output.flatMap((c) => (c.type === 'chunk' ? Object.keys(c.modules) : []));
  const leaked = ['vega-lite', 'vega-parser', 'vega-expression/src/codegen', 'vega-embed', 'vega-tooltip'].filter((p) => modules.some((m) => m.includes(`/node_modules/${p}`)));

  const sizes = readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const code = readFileSync(join(out, f));
      return { file: f, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const s of sizes) console.log(`${s.file.padEnd(52)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  const runtime = sizes.find((s) => s.file === 'render.js');
  const templates = sizes.filter((s) => s !== runtime);
  const largest = Math.max(0, ...templates.map((s) => s.gzip));
  const total = runtime.gzip + largest;
  console.log(`\nchart runtime ${kb(runtime.gzip)} + largest template ${kb(largest)} = ${kb(total)} gzip (budget ${kb(BUDGET)}); all templates together ${kb(templates.reduce((n, s) => n + s.gzip, 0))}`);
  if (leaked.length) console.error(`A compiler reached the browser bundle: ${leaked.join(', ')}`);
  if (total > BUDGET) console.error('Over budget.');
  if (process.argv.includes('--keep')) console.log(`bundle kept in ${out}`);
  process.exitCode = leaked.length || total > BUDGET ? 1 : 0;
} finally {
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
}
