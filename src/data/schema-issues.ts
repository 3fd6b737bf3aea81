import { IssueList, describe } from './errors.js';

/**
 * Turns the problems an Ajv-generated validator reports (scripts/generate-validators.mjs) into the readers'
 * issues: a path in the readers' notation (`observations[2].value`) and a plain sentence that says what was
 * expected and what was found. The schema is the one source of the rules; only the sentences live here.
 */

/** One problem as Ajv's standalone validators report it (generated with `messages: false`). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

/** An Ajv standalone validator: true when valid; otherwise `errors` lists the problems. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface SchemaWording {
  /** The path of the whole document, e.g. "(feed)". */
  root: string;
  /** What a pattern stands for, by its source: "an id (letters, digits, …)". Patterns not listed are quoted. */
  patterns?: Record<string, string>;
  /** Whole sentences for particular checks, by the end of their schema path and the property: "then/required:status". */
  sentences?: Record<string, string>;
  /**
   * A sentence that needs more than the problem itself (a neighbouring field's value, say), or undefined for the
   * usual one. `value` is the value at the problem's path; `data` the whole document.
   */
  explain?: (e: SchemaError, value: unknown, data: unknown) => string | undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** JSON Pointer segments: "/observations/2/value" → ["observations", "2", "value"]. */
function segments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The readers' path for a JSON Pointer below `root`: indexes in brackets, keys after dots. Given the document, a
 * key made of digits in an object stays a key (`kostraGroups.3403`); without it, digits read as an index.
 */
export function issuePath(pointer: string, root: string, key?: string, data?: unknown): string {
  let out = '';
  let v = data;
  for (const s of key === undefined ? segments(pointer) : [...segments(pointer), key]) {
    const index = data === undefined ? /^\d+$/.test(s) : Array.isArray(v);
    out += index ? `[${s}]` : out === '' ? s : `.${s}`;
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  }
  return out === '' ? root : out;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const s of segments(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

function typeNames(type: unknown): string {
  const list = Array.isArray(type) ? type : String(type).split(',');
  return list.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence for one problem (without its path). */
function sentence(e: SchemaError, value: unknown, w: SchemaWording): string {
  const p = e.params;
  const got = `got ${describe(value)}`;
  switch (e.keyword) {
    case 'required':
      return 'is missing.';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a field this format has.';
    case 'false schema':
      return 'is not allowed here.';
    case 'type':
      return `expected ${typeNames(p.type)}, ${got}.`;
    case 'const':
      return `expected ${JSON.stringify(p.allowedValue)}, ${got}.`;
    case 'enum':
      return `expected one of ${(p.allowedValues as unknown[]).join(', ')}, ${got}.`;
    case 'pattern':
      return `expected ${w.patterns?.[String(p.pattern)] ?? `a text matching ${String(p.pattern)}`}, ${got}.`;
    case 'minLength':
      return p.limit === 1 ? 'is empty.' : `is shorter than ${p.limit} characters.`;
    case 'maxLength':
      return `is ${(value as string).length} characters long; at most ${p.limit} are allowed.`;
    case 'minItems':
    case 'minProperties':
      return `needs at least ${plural(p.limit as number, 'entry', 'entries')}.`;
    case 'maxItems':
    case 'maxProperties':
      return `has ${Array.isArray(value) ? value.length : Object.keys(value as object).length} entries; at most ${p.limit} are allowed.`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `expected ${p.comparison} ${p.limit}, ${got}.`;
    case 'not':
      return `${describe(value)} is not allowed here.`;
    case 'dependentRequired':
      return `needs "${p.missingProperty}" as well.`;
    default:
      return `does not fit the format (${e.keyword}).`;
  }
}

/** The path a problem is reported at: the missing or unknown field itself, not the object holding it. */
function pathOf(e: SchemaError, root: string, data: unknown): string {
  const p = e.params;
  // A field that needs another is reported at itself ("sheet" without "file": at "sheet"), where the writer put it.
  const key = e.keyword === 'dependentRequired' ? p.property : (p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty);
  if (e.propertyName !== undefined) return issuePath(e.instancePath, root, e.propertyName, data);
  // An unknown field of the whole document is named after it: "(feed).extra".
  if (e.instancePath === '' && p.missingProperty === undefined && key !== undefined) return `${root}.${String(key)}`;
  return issuePath(e.instancePath, root, key === undefined ? undefined : String(key), data);
}

/**
 * Drops what only explains another problem: the failed "if" (its "then" says why), the per-alternative type
 * mismatches under a failed "oneOf" (the alternative the value is closest to says why; when no alternative
 * fits its type, one sentence lists them), and a failed propertyNames (its inner problem names the key).
 */
function essential(errors: SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    if (e.keyword !== 'oneOf') {
      out.push(e);
      continue;
    }
    // The alternatives' problems come just before the oneOf, at its path or below.
    const types: unknown[] = [];
    let rest = 0;
    for (let j = out.length - 1; j >= 0 && out[j]!.instancePath.startsWith(e.instancePath); j--) {
      if (out[j]!.keyword === 'type' && out[j]!.instancePath === e.instancePath) {
        types.unshift(out[j]!.params.type);
        out.splice(j, 1);
      } else rest++;
    }
    if (rest === 0 && types.length > 0) out.push({ ...e, keyword: 'type', params: { type: types.join(',') } });
  }
  return out;
}

/** Records every problem of a failed validation in `issues`. */
export function reportSchemaErrors(errors: readonly SchemaError[], data: unknown, issues: IssueList, w: SchemaWording): void {
  for (const e of essential([...errors])) {
    // Past the listing limit a problem is only counted: no sentence to build (a hostile feed has 100 000 of them).
    if (issues.errors.length >= IssueList.limit) {
      issues.error('', '');
      continue;
    }
    const path = pathOf(e, w.root, data);
    // A key that is not allowed (propertyNames) is described itself, not the object holding it.
    const value = e.propertyName ?? valueAt(data, e.instancePath);
    const special = w.sentences?.[`${e.schemaPath.split('/').slice(-2).join('/')}:${String(e.params.missingProperty ?? '')}`];
    issues.error(path, w.explain?.(e, value, data) ?? special ?? sentence(e, value, w));
  }
}
