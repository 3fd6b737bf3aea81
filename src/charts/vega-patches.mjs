// The patches that vegaModules() (rollup-plugins.mjs) applies to Vega files when it bundles them: one unified diff
// per file under patches/<package>/<path in the package>.patch, each headed by the package version it was written
// for (`Package: vega-scale@8.1.3`) and why it exists. They are plain diffs, so `git apply` and `patch -p1` read
// them too; this applier is strict: every hunk must match the installed file exactly at its line (no fuzz), and
// the installed package must be the version the patch names. Either failure stops the build with a message that
// names the patch, the version it was written for and the version installed (README, "Upgrading Vega").
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The patches directory of this repository. */
export const PATCHES_DIR = fileURLToPath(new URL('../../patches', import.meta.url));

/**
 * @typedef {{ oldStart: number, oldLines: string[], newLines: string[] }} Hunk
 * @typedef {{ key: string, file: string, pkg: string, version: string, hunks: Hunk[] }} Patch
 *   key: the patched file as `<package>/<path>` (as under node_modules); file: the patch file, relative to the
 *   repository; pkg and version: the package and the version the patch was written for.
 */

/** Parses one patch file (its text and where it lives). */
export function parsePatch(text, file, key) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header = /^Package: ((?:@[^/\s]+\/)?[^@\s]+)@(\S+)$/m.exec(text);
  if (!header) throw new Error(`${file}: no "Package: <name>@<version>" line (the version the patch was written for)`);
  const [, pkg, version] = header;
  if (!key.startsWith(`${pkg}/`)) throw new Error(`${file}: written for ${pkg}, but it lies under the folder of another package`);
  const hunks = [];
  let hunk;
  for (const line of lines) {
    const at = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (at) {
      hunk = { oldStart: Number(at[1]), oldLines: [], newLines: [] };
      hunks.push(hunk);
    } else if (hunk && (line.startsWith(' ') || line.startsWith('-') || line.startsWith('+'))) {
      if (line[0] !== '+') hunk.oldLines.push(line.slice(1));
      if (line[0] !== '-') hunk.newLines.push(line.slice(1));
    } else if (hunk && line.startsWith('\\')) {
      throw new Error(`${file}: a file without a final newline is not supported`);
    }
  }
  if (hunks.length === 0) throw new Error(`${file}: no hunks`);
  return { key, file, pkg, version, hunks };
}

/** Every patch under `dir`, by key (`<package>/<path>`). */
export function loadPatches(dir = PATCHES_DIR) {
  /** @type {Map<string, Patch>} */
  const patches = new Map();
  const root = join(dir, '..');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.patch')) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const key = relative(dir, path).slice(0, -'.patch'.length).split(sep).join('/');
    patches.set(key, parsePatch(readFileSync(path, 'utf8'), relative(root, path).split(sep).join('/'), key));
  }
  return patches;
}

/** What to tell whoever upgraded Vega. */
function upgradeAdvice(patch, installed) {
  const versions = installed === patch.version ? `${patch.pkg}@${installed}` : `${patch.pkg}@${installed} (the patch was written for ${patch.version})`;
  return `${patch.file} no longer applies to ${versions}`;
}

/**
 * Applies `patch` to `code`, the installed file of `installed` (the package's version). Throws if the version
 * is not the one the patch was written for, or if any hunk does not match exactly at its line.
 */
export function applyPatch(patch, code, installed) {
  if (installed !== patch.version) {
    throw new Error(
      `${patch.file} was written for ${patch.pkg}@${patch.version}, but ${patch.pkg}@${installed} is installed. ` +
        `Check that it still applies and still pays, then update its "Package:" line (README, "Upgrading Vega").`,
    );
  }
  const lines = code.replace(/\r\n/g, '\n').split('\n');
  let shift = 0;
  patch.hunks.forEach((hunk, i) => {
    const at = hunk.oldStart - 1 + shift;
    const found = lines.slice(at, at + hunk.oldLines.length);
    const mismatch = hunk.oldLines.findIndex((line, j) => found[j] !== line);
    if (mismatch >= 0) {
      throw new Error(
        `${upgradeAdvice(patch, installed)}: hunk ${i + 1} of ${patch.hunks.length} expects ${JSON.stringify(hunk.oldLines[mismatch])} ` +
          `at line ${at + mismatch + 1}, the file has ${JSON.stringify(found[mismatch] ?? '(end of file)')}. Rewrite or drop the patch (README, "Upgrading Vega").`,
      );
    }
    lines.splice(at, hunk.oldLines.length, ...hunk.newLines);
    shift += hunk.newLines.length - hunk.oldLines.length;
  });
  return lines.join('\n');
}

/** The version of the package installed in `packageDir`. */
export function installedVersion(packageDir) {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
}
