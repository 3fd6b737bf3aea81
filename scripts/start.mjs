// `npm start`: builds only when dist/ is missing or older than the sources, then serves the demo and prints its
// address. `node scripts/start.mjs --dry-run` says what it would do and exits (used by the tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads: a change to any of them makes dist/ stale. */
const INPUTS = ['src', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
/** What the demo loads from dist/ (the bundle and its chunks are written together). */
const OUTPUT = join('dist', 'innsikt.js');

/** The newest modification time under `path` (a file or a folder), in ms; 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** Why dist/ must be built in `root`, or undefined when it is up to date. */
export function buildReason(root) {
  const out = join(root, OUTPUT);
  if (!existsSync(out)) return `${OUTPUT} is missing`;
  const built = statSync(out).mtimeMs;
  const changed = INPUTS.find((p) => newest(join(root, p)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

/** The address of the demo for a port. */
export function demoUrl(port = Number(process.env.PORT ?? 8000)) {
  return `http://localhost:${port}/demo/`;
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const reason = buildReason(root);
  const dry = process.argv.includes('--dry-run');
  process.stdout.write(reason ? `Building (${reason}) …\n` : 'dist/ is up to date with src/: no build needed.\n');
  if (!dry && reason) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  process.stdout.write(`\nInnsikt demo: ${demoUrl()}\n\n`);
  if (dry) return;
  const server = spawn('npx', ['wds', '--config', 'web-dev-server.config.mjs'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
