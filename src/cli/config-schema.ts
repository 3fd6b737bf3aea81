/**
 * The feed builder's configuration schema as the generated validator holds it (feeds-config.validate.ts, without
 * its annotations): where in it a value of the configuration is described, so that a problem can be worded with
 * what the schema allows there (the fields of an object, the range of a number, the values of a field).
 *
 * Pure TypeScript with no Node imports.
 */
import { isRecord } from '../data/is-record.js';
import { schema } from './feeds-config.validate.js';

export type SchemaNode = Record<string, unknown>;

/** The schema node a local "$ref" ("#/$defs/query") points at. */
export function resolve(ref: string): unknown {
  let n: unknown = schema;
  for (const s of ref.replace(/^#\//, '').split('/')) n = isRecord(n) || Array.isArray(n) ? (n as Record<string, unknown>)[s] : undefined;
  return n;
}

/** A schema node with its "$ref" followed, and the nodes it combines (allOf, oneOf, anyOf). */
function parts(node: unknown): SchemaNode[] {
  const n = isRecord(node) && typeof node.$ref === 'string' ? resolve(node.$ref) : node;
  if (!isRecord(n)) return [];
  const combined = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(n[k]) ? (n[k] as unknown[]) : []));
  return [n, ...combined.flatMap(parts)];
}

/** The schema nodes that describe the value at a JSON Pointer. */
export function schemaAt(pointer: string): SchemaNode[] {
  let nodes = parts(schema);
  for (const seg of pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    nodes = nodes.flatMap((n) => {
      if (isRecord(n.properties) && seg in n.properties) return parts(n.properties[seg]);
      if (n.items !== undefined && /^\d+$/.test(seg)) return parts(n.items);
      return isRecord(n.additionalProperties) ? parts(n.additionalProperties) : [];
    });
  }
  return nodes;
}

/** The fields the schema names for the object at a JSON Pointer (an unknown one is reported against them). */
export function fieldsAt(pointer: string): string[] {
  return [...new Set(schemaAt(pointer).flatMap((n) => (isRecord(n.properties) ? Object.keys(n.properties) : [])))];
}

/** What a bounded number at a JSON Pointer must be: "a whole number from 1 to 25", "a number above 0 and at most 600". */
export function rangeAt(pointer: string): string | undefined {
  const n = schemaAt(pointer).find((x) => x.maximum !== undefined);
  if (!n || (n.minimum === undefined && n.exclusiveMinimum === undefined)) return undefined;
  const what = n.type === 'integer' ? 'a whole number' : 'a number';
  if (n.exclusiveMinimum !== undefined) return `${what} above ${String(n.exclusiveMinimum)} and at most ${String(n.maximum)}`;
  return `${what} from ${String(n.minimum)} to ${String(n.maximum)}`;
}
