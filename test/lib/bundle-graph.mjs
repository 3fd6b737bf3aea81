// The module graph of the built drop-in bundle, read from the files' syntax trees (not by regex): used by the size
// budget in `npm test` (test/node/size-budget.test.mjs) and by `npm run bench` (test/bench/run.mjs, figure 1), so
// that both count the same bytes. Sizes are gzip (level 9) of each file on its own, summed: files are served and
// compressed one by one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

/** The static and dynamic import specifiers of a built ES module (`null` for a computed `import(x)`). */
export function importsOf(code) {
  const found = { static: [], dynamic: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      found.static.push(node.source.value);
    }
    if (node.type === 'ImportExpression') {
      // A computed `import(x)` cannot be followed: the bundle must not contain one.
      found.dynamic.push(node.source.type === 'Literal' && typeof node.source.value === 'string' ? node.source.value : null);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/**
 * Walks the module graph from `starts` (a file or a list); `dynamic` says whether to follow `import()` too.
 * Returns file → gzip bytes, the sum, and problems (missing files, bare or computed imports), paths relative to `root`.
 */
export function moduleGraph(starts, { dynamic, root = dirname([starts].flat()[0]) }) {
  const files = new Map();
  const problems = [];
  const walk = (file) => {
    if (files.has(file)) return;
    if (!existsSync(file)) {
      problems.push(`${relative(root, file)} is imported but does not exist`);
      return;
    }
    const code = readFileSync(file);
    files.set(file, gzipSync(code, { level: 9 }).length);
    const imports = importsOf(code.toString('utf8'));
    for (const spec of [...imports.static, ...(dynamic ? imports.dynamic : [])]) {
      if (spec === null) problems.push(`${relative(root, file)} has a computed import() that cannot be followed`);
      else if (!spec.startsWith('./') && !spec.startsWith('../')) problems.push(`${relative(root, file)} imports "${spec}": the bundle must be self-contained`);
      else walk(resolve(dirname(file), spec));
    }
  };
  for (const start of [starts].flat()) walk(start);
  return { files, total: [...files.values()].reduce((a, b) => a + b, 0), problems };
}

/**
 * What a page of five indicators on Innsikt feeds loads: the entry's static graph plus the chunks named in
 * size-budget.json "pageChunks" (each `<name>-<hash>.js` in `chunks/` next to the entry) with their static imports.
 */
export function pageGraph(entry, pageChunks) {
  const dir = resolve(dirname(entry), 'chunks');
  const names = readdirSync(dir);
  const starts = [entry];
  const problems = [];
  for (const name of pageChunks) {
    const found = names.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (found.length !== 1) problems.push(`size-budget.json "pageChunks": "${name}" names ${found.length} chunks`);
    starts.push(...found.map((f) => resolve(dir, f)));
  }
  const graph = moduleGraph(starts, { dynamic: false, root: dirname(entry) });
  return { ...graph, problems: [...problems, ...graph.problems] };
}
