// `npm start` builds only when dist/ is missing or older than the sources, and prints the demo's address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, utimesSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { buildReason, demoUrl } = await import(join(ROOT, 'scripts/start.mjs'));

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'innsikt-start-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'a.ts'), 'export {};');
  return dir;
}
const at = (path, seconds) => utimesSync(path, seconds, seconds);

test('builds when dist/ is missing, and when a source is newer than the bundle; not otherwise', () => {
  const dir = project();
  try {
    assert.match(buildReason(dir), /missing/);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'innsikt.js'), '');
    at(join(dir, 'src', 'a.ts'), 1_000_000);
    at(join(dir, 'src'), 1_000_000);
    at(join(dir, 'dist', 'innsikt.js'), 2_000_000);
    assert.equal(buildReason(dir), undefined);
    mkdirSync(join(dir, 'src', 'deep'));
    writeFileSync(join(dir, 'src', 'deep', 'b.ts'), 'export {};');
    at(join(dir, 'src', 'deep', 'b.ts'), 3_000_000);
    at(join(dir, 'src', 'deep'), 1_000_000);
    assert.match(buildReason(dir), /src changed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("prints the demo's address, not the server root", () => {
  assert.equal(demoUrl(8000), 'http://localhost:8000/demo/');
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--dry-run'], { encoding: 'utf8', env: { ...process.env, PORT: '8123' } });
  assert.match(out, /Innsikt demo: http:\/\/localhost:8123\/demo\//);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
});
