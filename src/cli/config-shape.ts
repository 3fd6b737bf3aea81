/**
 * The shape of the feed builder's configuration: checked by the validator generated from
 * `feeds-config.schema.json` (scripts/generate-validators.mjs, Ajv's standalone mode), its problems worded for the
 * webmaster who edits the file, each at its path (`feeds[2].queries[0].table: …`). The schema is the one source of
 * these rules; only the sentences live here (with what config-schema.ts finds the schema allows at a place). What a
 * schema cannot say is checked in config-rules.ts.
 *
 * Pure TypeScript with no Node imports.
 */
import { type IssueList, describe } from '../data/errors.js';
import { isRecord } from '../data/is-record.js';
import { type SchemaError, type SchemaValidator, type SchemaWording, reportSchemaErrors } from '../data/schema-issues.js';
import { validate } from './feeds-config.validate.js';
import { fieldsAt, rangeAt, resolve, schemaAt } from './config-schema.js';

/** What each pattern of the schema stands for, by its source. */
const PATTERNS: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': 'an id (letters, digits, ".", "_", "-"; at most 64)',
  '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$': 'a variable id (letters, digits, "_", "-")',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.json$': 'a file name ending in ".json", without folders',
  '^[A-Za-z0-9]{1,20}$': 'a table id such as "07459"',
  '^\\d{5}$': 'a table id such as "11713"',
  '^(first|last(-\\d{1,3})?|\\d{4}([KMH]\\d{1,2})?)$': '"first", "last", "last-N" or a period such as "2015"',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}\\*?$': 'a region code, optionally ending in "*" ("34", "34*")',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$': 'a region code such as "34" or "3403"',
  '^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$': 'a non-empty text without control characters',
  '\\S': 'a non-empty text',
  '^https?://\\S+$': 'an http:// or https:// address',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date such as "2021-12-13"',
  '^\\d{4}([-–]\\d{4}|K[1-4]|M(0[1-9]|1[0-2]))?$': 'a year ("2020"), a span ("2008-2009"), a quarter ("2021K3") or a month ("2021M04")',
};

/** Whole sentences for particular rules, by the end of their schema path and the missing field (schema-issues.ts). */
const SENTENCES: Record<string, string> = {
  '#/required:innsiktFeeds': 'is missing: it must be "1" (the configuration format version).',
  '#/dependentRequired:file': 'only applies to a query that reads a file (add "file": "…").',
  'else/required:table': 'is missing: a table id such as "07459" is required unless the query reads a "file".',
  'else/required:valueCodes': 'is missing: list the value codes to ask for (e.g. "Tid": ["top(10)"]), or read a "file".',
  'valueCodes/minProperties:': 'selects nothing: list the value codes of at least the time variable (e.g. "Tid": ["top(10)"]).',
  'measures/minProperties:': 'needs at least one ContentsCode → measure entry.',
  'then/required:total': 'is missing: "share" needs "total", the region that is the whole (= 100), e.g. "34".',
  'scale/not:': 'must not be 0.',
  'factor/not:': 'must not be 0.',
  'factor/false schema:': '"factor" only applies to ratio.',
  'total/false schema:': '"total" only applies to share.',
  'base/false schema:': '"base" only applies to index.',
  'from/false schema:': '"from"/"to" only apply to change-pct and change-abs.',
  'to/false schema:': '"from"/"to" only apply to change-pct and change-abs.',
  'over/false schema:': '"over" only applies to sum.',
};

const BOUNDS: Record<string, string> = { '<=': 'at most', '>=': 'at least', '<': 'below', '>': 'above' };
const DERIVE_OF = /^\/feeds\/\d+\/derive\/\d+\/of$/;

/** The parent object of the value at a JSON Pointer (a derivation for its "of"). */
function parentOf(data: unknown, pointer: string): Record<string, unknown> {
  let v = data;
  for (const s of pointer.split('/').slice(1, -1)) v = isRecord(v) || Array.isArray(v) ? (v as Record<string, unknown>)[s] : undefined;
  return isRecord(v) ? v : {};
}

/** How many measures a derivation's operation takes, in its words: `"ratio" takes at least 2 measures, got 1.` */
function arity(e: SchemaError, value: unknown, data: unknown): string | undefined {
  if (!DERIVE_OF.test(e.instancePath) || !e.schemaPath.includes('/allOf/') || !Array.isArray(value)) return undefined;
  const d = parentOf(data, e.instancePath);
  if (d.op === 'sum' && d.over !== undefined) return '"sum" with "over" adds up the categories of one measure: give exactly one.';
  // The operation's own bounds (its branch of the derivation's allOf), within those of every derivation's "of".
  const branch = resolve(`#/$defs/derive/${e.schemaPath.replace(/^#\//, '').replace(/\/[^/]+$/, '')}`);
  const every = resolve('#/$defs/derive/properties/of');
  const bound = (k: string) => Number((isRecord(branch) ? branch[k] : undefined) ?? (isRecord(every) ? every[k] : undefined));
  const [min, max] = [bound('minItems'), bound('maxItems')];
  if (!Number.isFinite(min) || !Number.isFinite(max)) return undefined;
  return `"${String(d.op)}" takes ${min === max ? min : `${min} to ${max}`} measure${max === 1 ? '' : 's'}, got ${value.length}.`;
}

/** Fields that hold a text in the readers' languages. */
const LOCALIZED = new Set(['title', 'label', 'text', 'description', 'definition', 'unit']);

/** A list of allowed values as a webmaster writes them: `"join", "join-keep-old" or "off"`. */
function oneOf(values: unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** Sentences that need the value or a neighbouring field. */
function explain(e: SchemaError, value: unknown, data: unknown): string | undefined {
  switch (e.keyword) {
    case 'required': {
      const field = String(e.params.missingProperty);
      if (field === 'nb') return 'is missing: the bokmål text ("nb") is required.';
      if (LOCALIZED.has(field)) return 'is missing: give a text, or an object with "nb" (and optionally "nn", "en").';
      if (e.instancePath.startsWith('/noteTranslations/')) return 'is missing: each translation gives "nb", "nn" and "en".';
      const allowed = schemaAt(`${e.instancePath}/${field}`).find((n) => Array.isArray(n.enum))?.enum as unknown[] | undefined;
      return allowed ? `is missing: expected ${oneOf(allowed)}.` : undefined;
    }
    case 'enum':
      return `expected ${oneOf(e.params.allowedValues as unknown[])}, got ${describe(value)}.`;
    case 'const':
      return e.instancePath === '/innsiktFeeds' ? `must be "1" (the configuration format version), got ${describe(value)}.` : undefined;
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(e.params.additionalProperty ?? e.params.unevaluatedProperty).slice(0, 40);
      const fields = fieldsAt(e.instancePath);
      return fields.length > 0 ? `unknown field "${key}" (allowed: ${fields.join(', ')}).` : `unknown field "${key}": check its spelling.`;
    }
    case 'minItems':
    case 'maxItems':
      return arity(e, value, data);
    case 'type':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      if (e.keyword === 'type' && e.instancePath === '') return `expected a JSON object, got ${describe(value)}.`;
      // A text in the readers' languages (oneOf a text or an object).
      if (e.keyword === 'type' && String(e.params.type) === 'string,object')
        return `expected a text or an object with "nb", "nn", "en", got ${describe(value)}.`;
      const range = rangeAt(e.instancePath);
      if (range) return `expected ${range}, got ${describe(value)}.`;
      return e.keyword === 'type' ? undefined : `expected ${BOUNDS[String(e.params.comparison)]} ${String(e.params.limit)}, got ${describe(value)}.`;
    }
    default:
      return undefined;
  }
}

/**
 * Ajv's problems made ready for wording: the key a failed propertyNames is about given to its inner problems (a
 * sub-validator called through "$ref" reports them without it: they come just before, at the same path), and a
 * problem dropped when it only repeats one just before it at the same place (a pattern on an empty text, already
 * "is empty"; a type asked by a schema and by one it includes).
 */
function tidy(errors: readonly SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const e of errors) {
    if (e.keyword === 'propertyNames') {
      for (let j = out.length - 1; j >= 0 && out[j]!.instancePath === e.instancePath && out[j]!.propertyName === undefined; j--)
        out[j] = { ...out[j]!, propertyName: String(e.params.propertyName) };
    }
    if (!repeats(out, e)) out.push(e);
  }
  return out;
}

/**
 * Whether `e` repeats one of the last few problems at its place (a few only: linear in the number of problems): the
 * same check, a pattern after "is empty", or a bound after "expected a whole number" (both are worded as the range).
 */
function repeats(out: SchemaError[], e: SchemaError): boolean {
  for (let j = out.length - 1; j >= Math.max(0, out.length - 4); j--) {
    const o = out[j]!;
    if (o.instancePath !== e.instancePath || o.propertyName !== e.propertyName) continue;
    if (e.keyword === 'pattern' && o.keyword === 'minLength') return true;
    if (o.keyword === 'type' && /imum$/.test(e.keyword)) return true;
    if (o.keyword === e.keyword && JSON.stringify(o.params) === JSON.stringify(e.params)) return true;
  }
  return false;
}

const WORDING: SchemaWording = { root: '(config)', patterns: PATTERNS, sentences: SENTENCES, explain };

/** Checks `input` against feeds-config.schema.json; records each problem in `issues`. True when it fits. */
export function checkConfigShape(input: unknown, issues: IssueList): boolean {
  const validator = validate as SchemaValidator;
  if (validator(input)) return true;
  reportSchemaErrors(tidy(validator.errors ?? []), input, issues, WORDING);
  return false;
}
