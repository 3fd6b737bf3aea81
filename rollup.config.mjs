// Bundles the TypeScript output in dist/lib (written by `tsc -p tsconfig.build.json`):
//  - dist/data.js    the data core as one ES module, for Node 20 and browsers
//  - dist/innsikt.js the drop-in bundle: registers the elements; chart code in lazy chunks under dist/chunks/
import { existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { chartTemplates, vegaModules } from './src/charts/rollup-plugins.mjs';

const minify = terser({ format: { comments: false }, compress: { passes: 2 } });

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; other engines read it as a comment) on the
 * chunks whose code runs before the first figure: the entry and the view runtime. V8 then compiles their functions
 * eagerly on the thread that streams the download, instead of lazily on the main thread at each first call (what
 * it saves: docs/decisions.md). Runs after terser, which drops comments.
 */
function compileHints(chunkName) {
  return {
    name: 'compile-hints',
    renderChunk(code, chunk) {
      if (!(chunk.isEntry || chunk.name === chunkName)) return null;
      return { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null };
    },
  };
}

/** Every module statically reachable from `ids` (through `getModuleInfo`). */
function staticGraph(ids, getModuleInfo) {
  const seen = new Set();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

const VIEW_RUNTIME_ROOTS = /[\\/]dist[\\/]lib[\\/](components[\\/]view-runtime|data[\\/]parse-async|data[\\/]innsikt)\.js$/;
let graphs;
/** Rollup manualChunks: the entry's static graph; the view runtime's roots and their static imports; the rest as Rollup splits it. */
function viewRuntimeChunk(id, { getModuleIds, getModuleInfo }) {
  if (!graphs) {
    const all = [...getModuleIds()];
    const entry = all.filter((m) => getModuleInfo(m)?.isEntry);
    graphs = {
      entry: staticGraph(entry, getModuleInfo),
      view: staticGraph(
        all.filter((m) => VIEW_RUNTIME_ROOTS.test(m)),
        getModuleInfo,
      ),
    };
  }
  // The entry's own modules are named too: Rollup moves a manual chunk's unassigned dependencies into it.
  if (graphs.entry.has(id)) return 'innsikt';
  // The compiled chart templates (a static import of the chart runtime) stay a file of their own: gzip packs the
  // JSON and the code better apart (~0.7 KB less than in one file).
  if (id.startsWith('\0inn-chart-template:')) return 'chart-templates';
  return graphs.view.has(id) ? 'view-runtime' : undefined;
}

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
      // What every widget needs once it has a feed is one chunk: the view runtime with the Innsikt feed reader and
      // the shared helpers. Left to itself Rollup splits them into about ten small chunks; browsers fetch at most
      // six at a time from one HTTP/1.1 origin and find static imports only after a chunk is parsed, so each split
      // costs a round trip before the first figure.
      // Modules the entry imports stay in the entry.
      manualChunks: viewRuntimeChunk,
      // <inn-profile>'s and <inn-dashboard>'s chunks (loaded when a page has one) are named for them, not for their
      // facade (define.js).
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId && /[\\/]data[\\/](innsikt|jsonstat|csv)\.js$/.test(chunk.facadeModuleId)
          ? 'chunks/parse-[name]-[hash].js'
          : chunk.facadeModuleId && /[\\/]inn-(profile|dashboard)[\\/]define\.js$/.test(chunk.facadeModuleId)
            ? `chunks/${chunk.facadeModuleId.includes('inn-profile') ? 'profile' : 'dashboard'}-[hash].js`
            : 'chunks/[name]-[hash].js',
    },
    // The entry is the bundle's main chunk (no re-exporting facade: one round trip fewer before the elements exist).
    preserveEntrySignatures: 'allow-extension',
    // chartTemplates: Vega-Lite templates compiled at build time (no compiler, no eval in browsers);
    // vegaModules: only the Vega transforms the templates use.
    plugins: [chartTemplates(), vegaModules(), resolve({ browser: true, exportConditions: ['production'] }), commonjs(), minify, compileHints('view-runtime')],
    onwarn(warning, warn) {
      // vega's d3 dependencies have harmless circular imports.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
}

export default builds;
