// Custom Elements Manifest analyzer config: `npm run analyze` (also part of `npm run build`) writes
// custom-elements.json from the JSDoc in src/components (@fires, @slot, @csspart, @cssprop, property comments).
// The manifest is build output, never edited by hand.
//
// The analyzer reads the TypeScript sources; the paths in the manifest are rewritten to the files npm users get
// (src/components/x.ts → dist/lib/components/x.js), so that tools resolve them inside the published package.
const toDist = (path) => (typeof path === 'string' ? path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js') : path);

/** Rewrites every `path` / `module` reference from the sources to the published JavaScript. */
function publishedPaths() {
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else visit(value);
    }
  };
  return {
    name: 'innsikt-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Innsikt registers its elements through a guarded helper, `define('inn-indicator', InnIndicator)`
 * (src/components/define.ts), which the analyzer does not know. This reads those calls as the definitions they
 * are, so the classes get their `tagName`; the helper's own generic `customElements.define(name, ctor)` is dropped.
 */
function guardedDefineCalls() {
  return {
    name: 'innsikt-guarded-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      // Where the class comes from: a named import in this module, or a declaration in it.
      let module = moduleDoc.path;
      for (const stmt of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(stmt) || !stmt.importClause?.namedBindings || !ts.isNamedImports(stmt.importClause.namedBindings)) continue;
        if (!stmt.importClause.namedBindings.elements.some((e) => e.name.text === klass.text)) continue;
        const spec = stmt.moduleSpecifier.text;
        const dir = moduleDoc.path.split('/').slice(0, -1);
        for (const part of spec.split('/')) {
          if (part === '..') dir.pop();
          else if (part !== '.') dir.push(part);
        }
        module = dir.join('/').replace(/\.js$/, '.ts');
      }
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } }];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        if (mod.path !== 'src/components/define.ts') continue;
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      }
    },
  };
}

/**
 * Lit components dispatch typed events (`this.dispatchEvent(new InnReadyEvent(detail))`); the analyzer lists those
 * as unnamed events (or takes the argument for the name). The event classes' constructors say their names
 * (`super('inn-ready', …)`): this reads them and merges each dispatch into the `@fires` entry of that name, with
 * the event class as its type.
 */
function typedEvents() {
  /** @type {Map<string, string>} event class → event name */
  const names = new Map();
  return {
    name: 'innsikt-typed-events',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const ctor = node.members.find((m) => ts.isConstructorDeclaration(m));
      const first = ctor?.body?.statements[0];
      if (!first || !ts.isExpressionStatement(first) || !ts.isCallExpression(first.expression)) return;
      const call = first.expression;
      if (call.expression.kind !== ts.SyntaxKind.SuperKeyword || !call.arguments[0] || !ts.isStringLiteral(call.arguments[0])) return;
      names.set(node.name.text, call.arguments[0].text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!Array.isArray(decl.events)) continue;
          const named = decl.events.filter((e) => e.name && !names.has(e.type?.text ?? ''));
          for (const e of decl.events) {
            const name = names.get(e.type?.text ?? '');
            if (!name) continue;
            const target = named.find((n) => n.name === name);
            if (target) target.type = { text: e.type.text };
            else named.push({ name, type: { text: e.type.text } });
          }
          // A `@fires` entry whose dispatch the analyzer did not see still gets its class from the name.
          for (const e of named) {
            const klass = [...names].find(([, n]) => n === e.name)?.[0];
            if (klass && !e.type) e.type = { text: klass };
          }
          decl.events = named;
        }
      }
    },
  };
}

/**
 * Keeps the public surface: the element classes, the modules that define them, and the event classes they fire,
 * sorted by path. Internal helpers (views, theme, language) are not importable from the package (`exports`) and stay out.
 */
function publicModulesOnly() {
  return {
    name: 'innsikt-public-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const decls = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const eventTypes = new Set(decls.flatMap((d) => (d.events ?? []).map((e) => e.type?.text)).filter(Boolean));
      customElementsManifest.modules = customElementsManifest.modules
        .filter(
          (m) =>
            (m.declarations ?? []).some((d) => d.customElement || eventTypes.has(d.name)) ||
            (m.exports ?? []).some((e) => e.kind === 'custom-element-definition'),
        )
        // In path order, not in the order the file system walk found them: the same sources give the same file.
        .sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/** Drops private and protected members (Lit lifecycle, @state fields): the manifest documents the public API. */
function publicApiOnly() {
  return {
    name: 'innsikt-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (Array.isArray(decl.members)) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); the analyzer must not rewrite package.json.
  packagejson: false,
  plugins: [guardedDefineCalls(), typedEvents(), publicModulesOnly(), publicApiOnly(), publishedPaths()],
};
