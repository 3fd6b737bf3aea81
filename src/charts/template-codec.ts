import type { Runtime } from 'vega';
import { isRecord as isObject } from '../data/is-record.js';

/**
 * A compact form of the compiled chart templates, for the production bundle: all templates travel in one
 * chunk of JSON that {@link unpackTemplate} turns back into Vega's runtime dataflow description. Build time
 * (rollup-plugins.mjs, via compile-templates.ts) calls {@link packTemplates}; the browser only unpacks.
 *
 * Three steps make the JSON small, each exactly undone by unpacking:
 *  1. Expression syntax trees keep only what vega-interpreter reads (node type, operator, value, name, computed,
 *     object/property, callee name, arguments, elements, test/consequent/alternate, properties' key/value:
 *     see vega-interpreter/src/interpret.js), written as short arrays. Left out are `raw` (the source text of a
 *     literal), `member` (marks an identifier after a dot), `prefix` (always true for unary operators) and
 *     `kind` (always "init" for object properties), which nothing at run time reads, and the `code` string
 *     next to each tree: with vega-interpreter, vega-runtime uses it only as a cache key for parameter
 *     expressions (vega-runtime/src/parameters.js, `'e:' + _.$expr.code`), so unpacking gives every
 *     expression a key of its own instead (`#0`, `#1`, … unique within the template).
 *  2. Operator ids are implicit where they count up by one, and `{"$ref": id}` references are relative to the
 *     id of the operator that holds them: the same piece of dataflow then reads the same in every template.
 *  3. Subtrees that occur more than once (within or across templates) and are long enough are stored once, in
 *     a dictionary, and referenced as `{"^": index}`. This is what gzip cannot do on its own across templates
 *     further apart than its 32 KB window.
 *
 * packTemplates() unpacks its own result and compares it with the input, so a template the codec cannot
 * represent exactly fails the build instead of drawing wrongly.
 */

/** A packed syntax tree: a bare literal, `@name` for an identifier, or `[tag, …operands]`. */
type PackedAst = string | number | boolean | null | PackedAst[];

export interface PackedTemplates {
  /** Template key → index into `roots`. */
  keys: Record<string, number>;
  /** The templates, packed. */
  roots: unknown[];
  /** Shared subtrees, referenced as `{"^": index}`. */
  dict: unknown[];
}

interface AstNode {
  type: string;
  [field: string]: unknown;
}

const REF = '^';
const BINARY = new Set(['*', '+', '-', '/', '%', '>', '<', '<=', '>=', '==', '!=', '===', '!==', '&', '|', '^', '<<', '>>', '>>>']);
const LOGICAL = new Set(['&&', '||']);
/** Fields of syntax-tree nodes that nothing reads at run time (see the module comment). */
const UNREAD_AST_FIELDS = new Set(['raw', 'member', 'prefix', 'kind']);

// ---------------------------------------------------------------------------------------------------------------
// Unpacking (browser)

function unpackAst(node: PackedAst): AstNode {
  if (typeof node === 'string') return node.startsWith('@') ? { type: 'Identifier', name: node.slice(1) } : { type: 'Literal', value: node };
  if (!Array.isArray(node)) return { type: 'Literal', value: node };
  const tag = node[0];
  const at = (i: number) => unpackAst(node[i]!);
  switch (tag) {
    case 'l':
      return { type: 'Literal', value: node[1] };
    case 'm':
    case 'M':
      return { type: 'MemberExpression', computed: tag === 'm', object: at(1), property: at(2) };
    case 'c':
      return { type: 'CallExpression', callee: { type: 'Identifier', name: node[1] }, arguments: node.slice(2).map(unpackAst) };
    case 'a':
      return { type: 'ArrayExpression', elements: node.slice(1).map(unpackAst) };
    case 'u':
      return { type: 'UnaryExpression', operator: node[1], argument: at(2) };
    case '?':
      return { type: 'ConditionalExpression', test: at(1), consequent: at(2), alternate: at(3) };
    case 'o': {
      const properties = [];
      for (let i = 1; i < node.length; i += 2) properties.push({ type: 'Property', key: at(i), value: at(i + 1) });
      return { type: 'ObjectExpression', properties };
    }
    default:
      if (typeof tag === 'string' && (BINARY.has(tag) || LOGICAL.has(tag))) {
        return { type: LOGICAL.has(tag) ? 'LogicalExpression' : 'BinaryExpression', operator: tag, left: at(1), right: at(2) };
      }
      throw new Error(`Unknown packed expression node ${JSON.stringify(tag)}.`);
  }
}

/** The runtime description of one template, as compiled (fresh objects on every call). */
export function unpackTemplate(pack: PackedTemplates, key: string): Runtime {
  if (!Object.hasOwn(pack.keys, key)) throw new Error(`Innsikt has no compiled chart template "${key}".`);
  let codes = 0;
  const expand = (node: unknown, id: number): unknown => {
    if (Array.isArray(node)) return node.map((n) => expand(n, id));
    if (!isObject(node)) return node;
    if (Object.hasOwn(node, REF)) return expand(pack.dict[node[REF] as number], id);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'operators' && Array.isArray(v)) out[k] = operators(v);
      else if (k === '$ref' && typeof v === 'number') out[k] = v + id;
      else if (k === 'ast') {
        out.code = `#${codes++}`;
        out.ast = unpackAst(expand(v, id) as PackedAst);
      } else out[k] = expand(v, id);
    }
    return out;
  };
  const operators = (list: unknown[]): unknown[] => {
    let previous = -1;
    return list.map((packed) => {
      const op = (isObject(packed) && Object.hasOwn(packed, REF) ? pack.dict[packed[REF] as number] : packed) as Record<string, unknown>;
      // Ids of operators in a subflow are strings ("1:0"): always explicit; their numeric references absolute.
      const id = Object.hasOwn(op, 'id') ? (op.id as number | string) : previous + 1;
      previous = typeof id === 'number' ? id : NaN;
      return { ...(expand(op, typeof id === 'number' ? id : 0) as object), id };
    });
  };
  return expand(pack.roots[pack.keys[key]!], 0) as Runtime;
}

// ---------------------------------------------------------------------------------------------------------------
// Packing (build time)

function packAst(node: AstNode): PackedAst {
  const sub = (n: unknown) => packAst(n as AstNode);
  const known = (fields: string[]) => {
    for (const f of Object.keys(node)) {
      if (f !== 'type' && !UNREAD_AST_FIELDS.has(f) && !fields.includes(f)) throw new Error(`Cannot pack the field "${f}" of a ${node.type} expression node.`);
    }
  };
  switch (node.type) {
    case 'Literal': {
      known(['value']);
      const v = node.value;
      if (v !== null && typeof v === 'object') throw new Error('Cannot pack a regular expression literal.');
      return typeof v === 'string' && v.startsWith('@') ? ['l', v] : (v as PackedAst);
    }
    case 'Identifier':
      known(['name']);
      return `@${node.name as string}`;
    case 'MemberExpression':
      known(['computed', 'object', 'property']);
      return [node.computed ? 'm' : 'M', sub(node.object), sub(node.property)];
    case 'CallExpression': {
      known(['callee', 'arguments']);
      const callee = node.callee as AstNode;
      if (callee.type !== 'Identifier') throw new Error('Cannot pack a call of anything but a function name.');
      return ['c', callee.name as string, ...(node.arguments as AstNode[]).map(sub)];
    }
    case 'ArrayExpression':
      known(['elements']);
      return ['a', ...(node.elements as AstNode[]).map(sub)];
    case 'BinaryExpression':
    case 'LogicalExpression': {
      known(['operator', 'left', 'right']);
      const op = node.operator as string;
      if (!(node.type === 'LogicalExpression' ? LOGICAL : BINARY).has(op)) throw new Error(`Cannot pack the operator ${op}.`);
      return [op, sub(node.left), sub(node.right)];
    }
    case 'UnaryExpression':
      known(['operator', 'argument']);
      return ['u', node.operator as string, sub(node.argument)];
    case 'ConditionalExpression':
      known(['test', 'consequent', 'alternate']);
      return ['?', sub(node.test), sub(node.consequent), sub(node.alternate)];
    case 'ObjectExpression':
      known(['properties']);
      return [
        'o',
        ...(node.properties as AstNode[]).flatMap((p) => {
          for (const f of Object.keys(p))
            if (!['type', 'key', 'value', 'kind'].includes(f)) throw new Error(`Cannot pack the field "${f}" of an object property.`);
          return [sub(p.key), sub(p.value)];
        }),
      ];
    default:
      throw new Error(`Cannot pack a ${node.type} expression node.`);
  }
}

/** Steps 1 and 2: compact syntax trees, no `code`, implicit operator ids, relative references. */
function packRuntime(runtime: unknown): unknown {
  const walk = (node: unknown, id: number): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, id));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    const hasAst = Object.hasOwn(node, 'ast');
    for (const [k, v] of Object.entries(node)) {
      if (k === REF) throw new Error(`Cannot pack an object with a "${REF}" key.`);
      if (hasAst && k === 'code') continue;
      if (k === 'ast') out[k] = packAst(v as AstNode);
      else if (k === 'operators' && Array.isArray(v)) out[k] = operators(v);
      else if (k === '$ref' && typeof v === 'number') out[k] = v - id;
      else out[k] = walk(v, id);
    }
    return out;
  };
  const operators = (list: unknown[]): unknown[] => {
    let previous = -1;
    return list.map((op) => {
      if (!isObject(op) || (typeof op.id !== 'number' && typeof op.id !== 'string')) throw new Error('Cannot pack an operator without an id.');
      const { id, ...rest } = op as { id: number | string };
      const packed = walk(rest, typeof id === 'number' ? id : 0) as Record<string, unknown>;
      const out = id === previous + 1 ? packed : { id, ...packed };
      previous = typeof id === 'number' ? id : NaN;
      return out;
    });
  };
  return walk(runtime, 0);
}

/**
 * Step 3: stores each subtree that occurs at least twice and is at least `minLength` characters of JSON once.
 * The default length gave the smallest gzip for the templates (docs/decisions.md): shorter references break up
 * gzip's own matches more than they save.
 */
function share(roots: unknown[], minLength = 400): { roots: unknown[]; dict: unknown[] } {
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const json = JSON.stringify(node);
    counts.set(json, (counts.get(json) ?? 0) + 1);
    for (const child of Array.isArray(node) ? node : Object.values(node)) count(child);
  };
  roots.forEach(count);
  const dict: unknown[] = [];
  const index = new Map<string, number>();
  const intern = (node: unknown, top: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const json = JSON.stringify(node);
    if (!top && json.length >= minLength && (counts.get(json) ?? 0) >= 2) {
      let i = index.get(json);
      if (i === undefined) {
        const entry = intern(node, true);
        i = dict.length;
        dict.push(entry);
        index.set(json, i);
      }
      return { [REF]: i };
    }
    if (Array.isArray(node)) return node.map((n) => intern(n, false));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = intern(v, false);
    return out;
  };
  return { roots: roots.map((r) => intern(r, true)), dict };
}

/** What unpacking must give back: the template without the fields packing leaves out (see the module comment). */
function expected(runtime: unknown): unknown {
  const walk = (node: unknown, inAst: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, inAst));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    const hasAst = Object.hasOwn(node, 'ast');
    for (const [k, v] of Object.entries(node)) {
      if (hasAst && k === 'code') continue;
      if (inAst && UNREAD_AST_FIELDS.has(k)) continue;
      out[k] = walk(v, inAst || k === 'ast');
    }
    return out;
  };
  return walk(runtime, false);
}

/** Deep equality of JSON values, ignoring the order of object keys; returns the path of the first difference. */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = Object.hasOwn(a, k) && Object.hasOwn(b, k) ? difference(a[k], b[k], `${path}.${k}`) : `${path}.${k}`;
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : path;
}

/** Checks that every expression of an unpacked template has a cache key of its own. */
function distinctCodes(runtime: unknown): boolean {
  const seen = new Set<unknown>();
  let ok = true;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    if (Object.hasOwn(node, 'ast')) {
      if (typeof node.code !== 'string' || seen.has(node.code)) ok = false;
      seen.add(node.code);
    }
    Object.values(node).forEach(walk);
  };
  walk(runtime);
  return ok;
}

/**
 * Packs compiled templates (key → Vega runtime description; keys with identical templates share one packed
 * template) and proves that unpacking gives each template back.
 */
export function packTemplates(templates: ReadonlyArray<{ key: string; runtime: unknown }>): PackedTemplates {
  const keys: Record<string, number> = {};
  const unique: unknown[] = [];
  const byJson = new Map<string, number>();
  for (const { key, runtime } of templates) {
    const packed = packRuntime(runtime);
    const json = JSON.stringify(packed);
    let i = byJson.get(json);
    if (i === undefined) {
      i = unique.length;
      unique.push(packed);
      byJson.set(json, i);
    }
    keys[key] = i;
  }
  const pack: PackedTemplates = { keys, ...share(unique) };
  // Round trip through JSON, as the bundle does.
  const shipped = JSON.parse(JSON.stringify(pack)) as PackedTemplates;
  for (const { key, runtime } of templates) {
    const unpacked = unpackTemplate(shipped, key);
    if (!distinctCodes(unpacked)) throw new Error(`Packed chart template "${key}": expressions without distinct cache keys.`);
    const d = difference(expected(JSON.parse(JSON.stringify(runtime))), expected(unpacked));
    if (d) throw new Error(`Packed chart template "${key}" does not unpack to the compiled template (first difference at ${d}).`);
  }
  return pack;
}
