// Bundles the TypeScript output in dist/lib (written by `tsc -p tsconfig.build.json`):
//  - dist/data.js    the data core as one ES module, for Node 20 and browsers
//  - dist/innsikt.js the drop-in bundle: registers the elements; chart code in lazy chunks under dist/chunks/
import { existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { chartTemplates, vegaModules } from './src/charts/rollup-plugins.mjs';

const minify = terser({ format: { comments: false }, compress: { passes: 2 } });

const builds = [
  {
    input: 'dist/lib/data/index.js',
    output: { file: 'dist/data.js', format: 'es', inlineDynamicImports: true },
    plugins: [resolve({ browser: false, preferBuiltins: true }), commonjs(), minify],
  },
];

if (existsSync('dist/lib/innsikt.js')) {
  builds.push({
    input: 'dist/lib/innsikt.js',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'innsikt.js',
      // The feed parsers (data/innsikt.ts, jsonstat.ts, csv.ts) are chunks of their own: named parse-*, so that the
      // Innsikt feed reader is not mistaken for the bundle's main chunk (chunks/innsikt-*.js).
      chunkFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]data[\\/](innsikt|jsonstat|csv)\.js$/.test(chunk.facadeModuleId) ? 'chunks/parse-[name]-[hash].js' : 'chunks/[name]-[hash].js'),
    },
    // chartTemplates: Vega-Lite templates compiled at build time (no compiler, no eval in browsers);
    // vegaModules: only the Vega transforms the templates use.
    plugins: [chartTemplates(), vegaModules(), resolve({ browser: true, exportConditions: ['production'] }), commonjs(), minify],
    onwarn(warning, warn) {
      // vega's d3 dependencies have harmless circular imports.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
}

export default builds;
