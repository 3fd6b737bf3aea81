// custom-elements.json, as `npm run build` writes it (`npm run analyze`: the Custom Elements Manifest analyzer
// reading the JSDoc in src/components, config in custom-elements-manifest.config.mjs). Checks that it is the
// analyzer's output for the current sources (never edited by hand) and that it documents the public API of both
// elements: tag names, attributes, properties, events, slots, CSS parts and CSS custom properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const file = resolve(root, 'custom-elements.json');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const built = existsSync(file);
const manifest = built ? JSON.parse(readFileSync(file, 'utf8')) : { modules: [] };

const elements = new Map(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, { ...d, module: m.path }])),
);
const definitions = manifest.modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, module: m.path })),
);

test('custom-elements.json is built and named by package.json', () => {
  assert.ok(built, 'run `npm run build` (or `npm run analyze`) first');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('custom-elements.json is exactly what the analyzer writes for the current sources', { skip: !built }, async () => {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const script = pkg.scripts.analyze.replace(/^cem\s+/, '');
  // The `analyze` script's own arguments (quotes removed), so the test runs the analyzer as the build does.
  const argv = script.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ''));
  const fresh = await cli({ argv, cwd: root, noWrite: true });
  // The analyzer lists modules in the order the file system walk found them: compare them by path.
  const byPath = (m) => ({ ...m, modules: [...m.modules].sort((a, b) => a.path.localeCompare(b.path)) });
  assert.deepEqual(
    byPath(manifest),
    byPath(JSON.parse(JSON.stringify(fresh))),
    'custom-elements.json differs from a fresh analysis: run `npm run analyze`, never edit it by hand',
  );
});

test('the three elements are defined, with tag names, from the published modules', { skip: !built }, () => {
  assert.deepEqual([...elements.keys()].sort(), ['inn-dashboard', 'inn-indicator', 'inn-profile']);
  assert.deepEqual(definitions.map((d) => d.name).sort(), ['inn-dashboard', 'inn-indicator', 'inn-profile']);
  for (const d of definitions) {
    assert.match(d.module, /^dist\/lib\/components\/.+\/define\.js$/);
    assert.match(d.declaration.module, /^dist\/lib\/components\/.+\.js$/);
    assert.ok(
      pkg.sideEffects.some((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(d.module)),
      `${d.module} registers an element: list it in sideEffects`,
    );
  }
});

const WIDGET_ATTRIBUTES = ['src', 'region', 'compare', 'period', 'theme', 'geo-src', 'lang'];
const REQUIRED_ATTRIBUTES = {
  'inn-indicator': WIDGET_ATTRIBUTES,
  'inn-dashboard': WIDGET_ATTRIBUTES,
  'inn-profile': ['src', 'region', 'region-param', 'theme', 'lang'],
};
for (const [tag, required] of Object.entries(REQUIRED_ATTRIBUTES)) {
  test(`<${tag}>: attributes, properties, events, parts and CSS custom properties are documented`, { skip: !built }, () => {
    const el = elements.get(tag);
    assert.ok(el, `${tag} is in the manifest`);
    assert.ok(el.description && el.summary, 'class description and @summary');

    const attributes = el.attributes ?? [];
    for (const name of required)
      assert.ok(
        attributes.some((a) => a.name === name),
        `attribute ${name}`,
      );
    const undocumented = attributes.filter((a) => !a.description).map((a) => a.name);
    assert.deepEqual(undocumented, [], 'every attribute has a description (for `lang`: an `@attr lang - …` JSDoc tag)');

    const fields = (el.members ?? []).filter((m) => m.kind === 'field');
    assert.ok(fields.length >= attributes.length - 1, 'properties are documented');
    assert.deepEqual(
      (el.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
      [],
      'no private members in the public manifest',
    );

    const events = el.events ?? [];
    assert.ok(events.length > 0, 'events (@fires)');
    for (const e of events) {
      assert.match(e.name ?? '', /^inn-[a-z]+$/, `event name ${JSON.stringify(e)}`);
      assert.ok(e.description, `event ${e.name} has a description`);
      assert.match(e.type?.text ?? '', /^Inn[A-Z][a-z]+Event$/, `event ${e.name} has its class as type`);
    }
    assert.ok((el.cssParts ?? []).length > 0, 'CSS parts (@csspart)');
    assert.ok((el.cssProperties ?? []).length > 0, 'CSS custom properties (@cssprop)');
  });
}

test(
  '<inn-indicator> documents every theming custom property it reads',
  { skip: !built || !existsSync(resolve(root, 'dist/lib/charts/theme.js')) },
  async () => {
    const { TOKENS } = await import(resolve(root, 'dist/lib/charts/theme.js'));
    const documented = new Set((elements.get('inn-indicator')?.cssProperties ?? []).map((p) => p.name));
    // The token table (charts and chrome) plus the properties only the chrome reads (src/components).
    const wanted = [...TOKENS.map((t) => t.name), '--inn-color-focus', '--inn-radius', '--inn-space'];
    assert.deepEqual(
      wanted.filter((name) => !documented.has(name)),
      [],
      'add a `@cssprop` line to the JSDoc of InnIndicator for each',
    );
  },
);
