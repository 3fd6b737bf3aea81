// The message catalogue (src/indicators/messages/, one module per concept): every string in bokmål, nynorsk and
// English with the same placeholders, every key defined in one concept only, and every key used by the code — a
// key nothing asks for is dead text that translators keep up for nobody. Reads the compiled modules (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CATALOGUE = join(root, 'src/indicators/messages');
/** The modules that compose or fill the concepts' strings; every other module in the folder is one concept. */
const COMPOSERS = new Set(['catalogue.ts', 'element-text.ts', 'fill.ts']);
const LANGS = ['nb', 'nn', 'en'];

async function concepts() {
  const out = [];
  for (const file of (await readdir(CATALOGUE)).filter((f) => f.endsWith('.ts') && !COMPOSERS.has(f)).sort()) {
    const mod = await import(join(root, 'dist/lib/indicators/messages', file.replace(/\.ts$/, '.js')));
    const tables = Object.entries(mod).filter(([name]) => /_MESSAGES$/.test(name));
    assert.equal(tables.length, 1, `${file} exports one *_MESSAGES catalogue`);
    out.push({ file, messages: tables[0][1] });
  }
  return out;
}

/** The source the widgets are built from (not the command line tool, not the catalogue itself). */
async function codeText() {
  const texts = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== CATALOGUE && !p.endsWith('/src/cli')) await walk(p);
      } else if (e.name.endsWith('.ts')) texts.push(await readFile(p, 'utf8'));
    }
  };
  await walk(join(root, 'src'));
  return texts.join('\n');
}

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every string of the catalogue is given in bokmål, nynorsk and English, with the same placeholders', async () => {
  const all = await concepts();
  assert.ok(all.length >= 10, `${all.length} concept modules`);
  let n = 0;
  for (const { file, messages } of all) {
    for (const [key, text] of Object.entries(messages)) {
      n++;
      assert.deepEqual(Object.keys(text).sort(), [...LANGS].sort(), `${file}: ${key} has exactly nb, nn and en`);
      for (const lang of LANGS) assert.ok(typeof text[lang] === 'string' && text[lang].trim() !== '', `${file}: ${key}.${lang} is missing`);
      for (const lang of ['nn', 'en']) assert.deepEqual(placeholders(text[lang]), placeholders(text.nb), `${file}: ${key}.${lang} placeholders`);
    }
  }
  assert.ok(n > 150, `${n} strings`);
});

test('every key is defined in one concept module only', async () => {
  const seen = new Map();
  for (const { file, messages } of await concepts()) {
    for (const key of Object.keys(messages)) {
      assert.ok(!seen.has(key), `"${key}" is in ${seen.get(key)} and in ${file}`);
      seen.set(key, file);
    }
  }
});

test('every key of the catalogue is used by the code (no dead strings)', async () => {
  const code = await codeText();
  // Keys the code builds from a family name: `view_${view}`, `qualifier_${q}`.
  const families = [...new Set([...code.matchAll(/`([A-Za-z]+_)\$\{/g)].map((m) => m[1]))];
  const unused = [];
  for (const { file, messages } of await concepts()) {
    for (const key of Object.keys(messages)) {
      const quoted = new RegExp(`['"\`]${key.replace(/[-]/g, '\\-')}['"\`]|\\.${key}\\[`).test(code);
      if (!quoted && !families.some((f) => key.startsWith(f))) unused.push(`${file}: ${key}`);
    }
  }
  assert.deepEqual(unused, []);
});
