// Tests run in Debian's Chromium (no browser downloads on these machines).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { chromeLauncher } from '@web/test-runner-chrome';
import { faults } from './test/server/faults.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const shared = resolve(root, '../shared');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const types = { '.json': 'application/json', '.csv': 'text/csv', '.geojson': 'application/geo+json', '.topojson': 'application/json', '.txt': 'text/plain; charset=utf-8' };

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  middleware: [sharedFixtures, faults],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
