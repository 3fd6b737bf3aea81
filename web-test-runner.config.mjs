// Tests run in Debian's Chromium (no browser downloads on these machines).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { chromeLauncher } from '@web/test-runner-chrome';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { faults } from './test/server/faults.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const shared = resolve(root, '../shared');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const types = {
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves ../shared under /__shared/ so tests read the real fixtures without copying them. */
function sharedFixtures(ctx, next) {
  if (!ctx.path.startsWith('/__shared/')) return next();
  const file = resolve(shared, decodeURIComponent(ctx.path.slice('/__shared/'.length)));
  if (!file.startsWith(shared + '/') || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    ctx.body = 'not found';
    return undefined;
  }
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = readFileSync(file);
  return undefined;
}

/** The policy of a strict-CSP host page: no inline scripts or styles, no eval, nothing from other origins. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/**
 * Sends STRICT_CSP as a response header with the strict-CSP pages (demo/csp.html and the pages of
 * test/embed whose names start with `csp-`), as a CMS that sets the policy on every page would.
 */
async function strictCsp(ctx, next) {
  await next();
  if (ctx.path.startsWith('/demo/csp') || ctx.path.startsWith('/test/embed/csp-')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Serves the project a second time under /__second-copy/: a page that loads /__second-copy/dist/innsikt.js as well
 * as /dist/innsikt.js gets two separate copies of the whole bundle (other URLs, so every chunk is evaluated
 * again), as when two sites' embeds or two versions of Innsikt meet on one page.
 */
function secondCopy(ctx, next) {
  if (ctx.path.startsWith('/__second-copy/')) ctx.url = ctx.url.slice('/__second-copy'.length);
  return next();
}

// test/quality holds the quality gates (axe on every indicator × view × language × theme and the demo pages,
// the hostile-input corpus, faults in every language, keyboard, memory, contrast, reduced motion). They are part of
// `npm test`; `npm run test:quality` (WTR_QUALITY=1) runs only them.
const quality = process.env.WTR_QUALITY === '1';

export default {
  files: quality ? ['test/quality/**/*.test.ts'] : ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  middleware: [sharedFixtures, faults, strictCsp, secondCopy],
  // filePlugin: the golden SVG files of test/charts/snapshots.test.ts are read and (with --update-snapshots) written.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), filePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
