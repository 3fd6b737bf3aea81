// `npm run demo:data`: builds the demo's feeds of real Statistics Norway figures (demo/data/real-*.json) with
// the project's own feed builder, from the real files in ../shared/fixtures/ssb (a Statbank Excel export of
// table 11713, a CSV extract of tables 11618 and 03321, a JSON-stat answer of table 07459), as configured in
// demo/feeds/real-data.config.json. Needs `tsc` output in dist/lib (the npm script compiles first).
// The feeds are committed; test/node/demo-data.test.mjs rebuilds them and compares byte for byte.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CONFIG = fileURLToPath(new URL('./real-data.config.json', import.meta.url));
export const SHARED_SSB = fileURLToPath(new URL('../../../shared/fixtures/ssb/', import.meta.url));
export const OUT = fileURLToPath(new URL('../data/', import.meta.url));

/** Builds the real-data feeds into `outDir`; returns the builder's result (exit code and outcomes). */
export async function buildRealData(outDir = OUT, options = {}) {
  if (!existsSync(SHARED_SSB)) {
    const err = new Error(
      `The real Statistics Norway files are not there: ${SHARED_SSB} does not exist. ` +
        'demo:data reads them from ../shared/fixtures/ssb next to the project folder (see ../shared/fixtures/SOURCES.md); ' +
        'without them the committed demo/data/real-*.json stay as they are.',
    );
    err.code = 'NO_SHARED';
    throw err;
  }
  const { runBuild } = await import('../../dist/lib/cli/run.js');
  return runBuild({ configPath: CONFIG, outDir, cacheDir: null, allowShrink: true, ...options });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const result = await buildRealData();
    // 3: nothing changed, the committed feeds are already what the builder makes: a success for this script.
    process.exitCode = result.exitCode === 3 ? 0 : result.exitCode;
  } catch (e) {
    if (e.code !== 'NO_SHARED') throw e;
    process.stderr.write(`npm run demo:data: ${e.message}\n`);
    process.exitCode = 2;
  }
}
