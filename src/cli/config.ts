/**
 * The feed builder's configuration: which Statistics Norway (PxWebApi v2) queries make which Innsikt feed.
 * JSON Schema: `feeds-config.schema.json` (next to this file). The checks here mirror the schema so that the
 * command needs no schema compiler; a test runs both over the same configs to keep them in step.
 *
 * Pure TypeScript with no Node imports: reading the file happens in `run.ts`.
 */
import type { Annotation, FeedIssue, Localized } from '../data/types.js';
import { IssueList, describe } from '../data/errors.js';
import { Checker as BaseChecker, isObj, type Obj } from '../data/checker.js';
import { readAnnotations } from '../data/annotation.js';
import { DEFAULT_MAX_BYTES } from './pxweb.js';
import { DEFAULT_MAX_CELLS } from './answer-check.js';
import { FILE_QUERY_FIELDS, type FileQuery, readFileQuery } from './file-query.js';
import { type NoteTranslation, type NoteTranslations, readNoteTranslations } from './note-translations.js';

export const SSB_BASE_URL = 'https://data.ssb.no/api/pxwebapi/v2';
/** Statistics Norway allows about 30 requests a minute per IP; the builder never plans for more than this. */
export const SSB_MAX_REQUESTS_PER_MINUTE = 25;

export type DeriveOp = 'ratio' | 'difference' | 'sum' | 'share' | 'change-pct' | 'change-abs' | 'index';
export type Reform2020 = 'join' | 'join-keep-old' | 'off';

export interface MeasureText {
  id: string;
  label: Localized;
  unit?: Localized;
  decimals?: number;
  /** Whether the measure appears in the written feed (false: only an input to a derivation). */
  publish: boolean;
}

export interface MeasureConfig extends MeasureText {
  /** May be summed across regions (Hedmark + Oppland → Innlandet). Default false: never summed. */
  additive: boolean;
  /** Multiplies every value: a unit conversion (0.001 for mill. kr → mrd. kr, 1000 for 1 000 persons → persons). */
  scale?: number;
}

export interface DimensionConfig {
  /** The id the dimension gets in the feed's `dims` (default: Statistics Norway's id). */
  as?: string;
  label?: Localized;
  /** False: leave the dimension out of `dims` (only allowed when the response has one category of it). */
  keep?: boolean;
  /**
   * Category labels in the readers' languages, keyed by the category's code in the feed or its label in the
   * answer (Statistics Norway labels categories in bokmål only).
   */
  categories?: Record<string, Localized>;
}

export interface QueryConfig {
  id: string;
  /** The Statistics Norway table id; may be empty ('') for a file that no table published (a county's own sheet). */
  table: string;
  /** Set when the query reads a local file instead of the API (see file-query.ts). */
  file?: FileQuery;
  /** Set while anything in the query is unchecked against the table's metadata: the query is not run unless allowed. */
  verify?: string;
  /** Where the table, variables, codes and codelists of this query are proven (shown by `check`). */
  evidence?: string;
  valueCodes: Record<string, string[]>;
  codelist: Record<string, string>;
  outputValues: Record<string, 'aggregated' | 'single'>;
  /** Keyed by the table's ContentsCode. */
  measures: Record<string, MeasureConfig>;
  dimensions: Record<string, DimensionConfig>;
  regions?: { include?: string[]; exclude?: string[] };
  /** Translations of the table's own footnotes (from the configuration's `noteTranslations`, see note-translations.ts). */
  noteTranslations?: NoteTranslation[];
}

export interface DeriveConfig extends MeasureText {
  op: DeriveOp;
  of: string[];
  factor?: number;
  /** change-pct / change-abs: the periods compared (`first`, `last`, `last-5`, or a period such as `2015`). */
  from?: string;
  to?: string;
  /** index: the base period (= 100). */
  base?: string;
  /** share: the region whose value is the whole (= 100), e.g. "34". */
  total?: string;
  /** sum of one measure: the dimension whose categories are added up (e.g. "type": rammetilskudd + other transfers). */
  over?: string;
}

/** A region whose figures are the sum of other regions' (Innlandet = the sum of its municipalities). */
export interface RegionSumConfig {
  region: string;
  label?: Localized;
  /** Region codes or prefixes ending in "*" whose figures are added up. */
  of: string[];
  /** Measure ids (from queries) to sum; every one must be additive. */
  measures: string[];
}

export interface FeedConfig {
  indicator: string;
  file: string;
  title: Localized;
  description?: Localized;
  definition?: Localized;
  unit?: Localized;
  decimals?: number;
  reform2020: Reform2020;
  queries: QueryConfig[];
  derive: DeriveConfig[];
  notes: Array<{ text: Localized; mandatory: boolean }>;
  /** Remarks on periods, written into the feed as its `annotations` (the reform's own is added by the builder). */
  annotations?: Annotation[];
  /** Region code → its KOSTRA group (from SSB's classification), written on the feed's regions as `kostraGroup`. */
  kostraGroups?: Record<string, string>;
  regionSums: RegionSumConfig[];
  /** Write the feed even when its figures all changed by about 10ⁿ against the current file (a unit change). */
  allowScaleChange: boolean;
  /** Write the feed even when it has less than half the figures of the current file. */
  allowShrink: boolean;
}

export interface ApiConfig {
  baseUrl: string;
  lang: 'no' | 'en';
  requestsPerMinute: number;
  burst: number;
  timeoutSeconds: number;
  maxAttempts: number;
  backoffSeconds: number;
  maxWaitSeconds: number;
  /** Largest answer accepted, in bytes after decompression. */
  maxBytes: number;
  /** Most cells one answer may declare. */
  maxCells: number;
}

/** How `build` records what changed against the previous file (written into each feed as `changes`). */
export interface ChangesConfig {
  /** A figure counts as revised when it moved by more than this fraction of its old value (0.001 = 0.1 %)… */
  relative: number;
  /** …and by more than this, in its own unit. */
  absolute: number;
  /** How many updates a feed keeps. */
  keep: number;
}

export interface FeedsConfig {
  api: ApiConfig;
  changes: ChangesConfig;
  feeds: FeedConfig[];
}

function readChangesConfig(c: Checker, v: unknown): ChangesConfig {
  const out: ChangesConfig = { relative: 0, absolute: 0, keep: 10 };
  const o = c.obj(v, 'changes', false, 'an object with "relative", "absolute" and "keep"');
  if (!o) return out;
  c.allowed(o, 'changes', ['relative', 'absolute', 'keep']);
  out.relative = c.num(o.relative, 'changes.relative', 0, 1e6) ?? out.relative;
  out.absolute = c.num(o.absolute, 'changes.absolute', 0, 1e15) ?? out.absolute;
  out.keep = c.int(o.keep, 'changes.keep', 1, 50) ?? out.keep;
  return out;
}

/** A configuration that cannot be used. `issues` lists every problem, each with a path such as `feeds[1].queries[0].table`. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(first ? `${first.path}: ${first.message}${more}` : 'The configuration is not valid.');
    this.issues = issues;
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.json$/;
const TABLE = /^[A-Za-z0-9]{1,20}$/;
const VARIABLE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const PERIOD_REF = /^(first|last(-\d{1,3})?|\d{4}([KMH]\d{1,2})?)$/;
const REGION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}\*?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const OPS: readonly DeriveOp[] = ['ratio', 'difference', 'sum', 'share', 'change-pct', 'change-abs', 'index'];
const ARITY: Record<DeriveOp, [number, number]> = {
  ratio: [2, 2],
  difference: [2, 2],
  sum: [2, 20],
  share: [1, 1],
  'change-pct': [1, 1],
  'change-abs': [1, 1],
  index: [1, 1],
};
const REGION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const MAX_TEXT = 5000;

class Checker extends BaseChecker {
  constructor() {
    super(new IssueList());
  }

  obj(v: unknown, path: string, required: boolean, what: string): Obj | undefined {
    if (v === undefined) {
      if (required) this.error(path, `is missing: ${what} is required here.`);
      return undefined;
    }
    if (!isObj(v)) {
      this.error(path, `expected ${what}, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  text(v: unknown, path: string, required = false, max = MAX_TEXT): string | undefined {
    if (v === undefined) {
      if (required) this.error(path, 'is missing: a text is required here.');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.error(path, `expected a non-empty text, got ${describe(v)}.`);
      return undefined;
    }
    if (v.length > max) {
      this.error(path, `is ${v.length} characters long; at most ${max} are allowed.`);
      return undefined;
    }
    return v;
  }

  pattern(v: unknown, path: string, re: RegExp, what: string, required = true): string | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !re.test(v)) {
      this.error(path, `expected ${what}, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  int(v: unknown, path: string, min: number, max: number): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.error(path, `expected a whole number from ${min} to ${max}, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  num(v: unknown, path: string, min: number, max: number, exclusiveMin = false): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v > max || (exclusiveMin ? v <= min : v < min)) {
      this.error(path, `expected a number ${exclusiveMin ? 'above' : 'from'} ${min}${exclusiveMin ? ' and at most' : ' to'} ${max}, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  bool(v: unknown, path: string): boolean | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.error(path, `expected true or false, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }
}

/** Whether a base URL may be used: https anywhere, plain http only on this machine (the tests' fake API). */
export function checkBaseUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a URL.`;
  }
  if (u.search || u.hash) return 'must not contain "?" or "#".';
  if (u.username || u.password) return 'must not contain a user name or password.';
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]')) return undefined;
  return 'must be an https:// address (plain http:// is allowed only for 127.0.0.1, e.g. a test server).';
}

/** Whether the API is Statistics Norway's own (then its rate limit applies). */
export function isSsb(url: string): boolean {
  try {
    return /(^|\.)ssb\.no$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function readApi(c: Checker, v: unknown): ApiConfig {
  const api: ApiConfig = {
    baseUrl: SSB_BASE_URL,
    lang: 'no',
    requestsPerMinute: 20,
    burst: 5,
    timeoutSeconds: 60,
    maxAttempts: 5,
    backoffSeconds: 2,
    maxWaitSeconds: 120,
    maxBytes: DEFAULT_MAX_BYTES,
    maxCells: DEFAULT_MAX_CELLS,
  };
  const o = c.obj(v, 'api', false, 'an object of API settings');
  if (!o) return api;
  c.allowed(o, 'api', [
    'baseUrl',
    'lang',
    'requestsPerMinute',
    'burst',
    'timeoutSeconds',
    'maxAttempts',
    'backoffSeconds',
    'maxWaitSeconds',
    'maxBytes',
    'maxCells',
  ]);
  if (o.baseUrl !== undefined) {
    const url = c.text(o.baseUrl, 'api.baseUrl', true, 500);
    const problem = url === undefined ? undefined : checkBaseUrl(url);
    if (problem) c.error('api.baseUrl', problem);
    else if (url) api.baseUrl = url.replace(/\/+$/, '');
  }
  if (o.lang !== undefined) {
    if (o.lang !== 'no' && o.lang !== 'en') c.error('api.lang', `expected "no" or "en", got ${describe(o.lang)}.`);
    else api.lang = o.lang;
  }
  api.requestsPerMinute = c.num(o.requestsPerMinute, 'api.requestsPerMinute', 0, 6000, true) ?? api.requestsPerMinute;
  api.burst = c.int(o.burst, 'api.burst', 1, 25) ?? api.burst;
  api.timeoutSeconds = c.num(o.timeoutSeconds, 'api.timeoutSeconds', 0, 600, true) ?? api.timeoutSeconds;
  api.maxAttempts = c.int(o.maxAttempts, 'api.maxAttempts', 1, 10) ?? api.maxAttempts;
  api.backoffSeconds = c.num(o.backoffSeconds, 'api.backoffSeconds', 0, 600) ?? api.backoffSeconds;
  api.maxWaitSeconds = c.num(o.maxWaitSeconds, 'api.maxWaitSeconds', 0, 3600) ?? api.maxWaitSeconds;
  api.maxBytes = c.int(o.maxBytes, 'api.maxBytes', 1024, 500 * 1024 * 1024) ?? api.maxBytes;
  api.maxCells = c.int(o.maxCells, 'api.maxCells', 1, 800_000) ?? api.maxCells;
  return api;
}

function readMeasureText(c: Checker, o: Obj, path: string): MeasureText | undefined {
  const id = c.pattern(o.id, `${path}.id`, ID, 'a measure id (letters, digits, ".", "_", "-"; at most 64)');
  const label = c.localized(o.label, `${path}.label`, true);
  const unit = c.localized(o.unit, `${path}.unit`);
  const decimals = c.int(o.decimals, `${path}.decimals`, 0, 6);
  const publish = c.bool(o.publish, `${path}.publish`);
  if (id === undefined || label === undefined) return undefined;
  const m: MeasureText = { id, label, publish: publish ?? true };
  if (unit !== undefined) m.unit = unit;
  if (decimals !== undefined) m.decimals = decimals;
  return m;
}

function readStringMap(c: Checker, v: unknown, path: string, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  const o = c.obj(v, path, false, `an object of variable id → ${what}`);
  if (!o) return out;
  for (const [k, val] of Object.entries(o)) {
    if (!VARIABLE.test(k)) c.error(`${path}.${k.slice(0, 40)}`, 'is not a variable id (letters, digits, "_", "-").');
    const t = c.text(val, `${path}.${k}`, true, 200);
    if (t !== undefined && CONTROL.test(t)) c.error(`${path}.${k}`, 'contains control characters.');
    else if (t !== undefined) out[k] = t;
  }
  return out;
}

function readCategoryLabels(c: Checker, v: unknown, path: string): Record<string, Localized> | undefined {
  const o = c.obj(v, path, false, 'an object of category code or label → { "nb", "nn", "en" }');
  if (!o) return undefined;
  const out: Record<string, Localized> = {};
  for (const [k, label] of Object.entries(o)) {
    const t = c.localized(label, `${path}.${k.slice(0, 40)}`, true);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

function readQuery(c: Checker, v: unknown, path: string): QueryConfig | undefined {
  const o = c.obj(v, path, true, 'a query object');
  if (!o) return undefined;
  c.allowed(o, path, [
    'id',
    'table',
    'verify',
    'evidence',
    'valueCodes',
    'codelist',
    'outputValues',
    'measures',
    'dimensions',
    'regions',
    ...FILE_QUERY_FIELDS,
  ]);
  const id = c.pattern(o.id, `${path}.id`, ID, 'a query id (letters, digits, ".", "_", "-")');
  const file = readFileQuery(c, o, path);
  // A file needs no table id (a county's own sheet has none); given, it names the table that published the figures.
  const table = o.file !== undefined && o.table === undefined ? '' : c.pattern(o.table, `${path}.table`, TABLE, 'a table id such as "07459"');
  const verify = c.text(o.verify, `${path}.verify`, false, 1000);
  const evidence = c.text(o.evidence, `${path}.evidence`, false, 2000);

  const { valueCodes, vc } = readValueCodes(c, o, path);
  const codelist = readStringMap(c, o.codelist, `${path}.codelist`, 'codelist id');
  const outputValues = readOutputValues(c, o, path, codelist);
  const measures = readMeasures(c, o, path, vc);
  const dimensions = readDimensionConfigs(c, o, path);
  const regions = readRegionFilter(c, o, path);

  if (id === undefined || table === undefined) return undefined;
  const q: QueryConfig = { id, table, valueCodes, codelist, outputValues, measures, dimensions };
  if (verify !== undefined) q.verify = verify;
  if (evidence !== undefined) q.evidence = evidence;
  if (regions) q.regions = regions;
  if (file) q.file = file;
  return q;
}

/** `valueCodes`: variable id → the value codes selected (a file's query may leave it out: all of it is read). */
function readValueCodes(
  c: Checker,
  o: Record<string, unknown>,
  path: string,
): { valueCodes: Record<string, string[]>; vc: Record<string, unknown> | undefined } {
  const valueCodes: Record<string, string[]> = {};
  // A file holds a finished answer: without valueCodes, all of it is read.
  const vc = c.obj(o.valueCodes, `${path}.valueCodes`, o.file === undefined, 'an object of variable id → list of value codes');
  if (vc) {
    for (const [k, list] of Object.entries(vc)) {
      const p = `${path}.valueCodes.${k.slice(0, 40)}`;
      if (!VARIABLE.test(k)) c.error(p, 'is not a variable id (letters, digits, "_", "-").');
      const codes: string[] = [];
      c.list(list, p, true, 1, 500).forEach((code, i) => {
        const t = c.text(code, `${p}[${i}]`, true, 200);
        if (t !== undefined && CONTROL.test(t)) c.error(`${p}[${i}]`, 'contains control characters.');
        else if (t !== undefined) codes.push(t.trim());
      });
      valueCodes[k] = codes;
    }
    if (Object.keys(vc).length === 0)
      c.error(`${path}.valueCodes`, 'selects nothing: list the value codes of at least the time variable (e.g. "Tid": ["top(10)"]).');
  }
  return { valueCodes, vc };
}

/** `outputValues`: variable id → "aggregated" or "single", each only with a codelist for that variable. */
function readOutputValues(c: Checker, o: Record<string, unknown>, path: string, codelist: Record<string, string>): Record<string, 'aggregated' | 'single'> {
  const outputValues: Record<string, 'aggregated' | 'single'> = {};
  for (const [k, val] of Object.entries(readStringMap(c, o.outputValues, `${path}.outputValues`, '"aggregated" or "single"'))) {
    if (val !== 'aggregated' && val !== 'single') c.error(`${path}.outputValues.${k}`, `expected "aggregated" or "single", got ${describe(val)}.`);
    else outputValues[k] = val;
  }
  for (const k of Object.keys(outputValues)) {
    if (codelist[k] === undefined) c.error(`${path}.outputValues.${k}`, `only applies together with a codelist for "${k}" (add "codelist": {"${k}": "…"}).`);
  }

  return outputValues;
}

/** `measures`: ContentsCode → measure; every ContentsCode that `valueCodes` names exactly must have one. */
function readMeasures(c: Checker, o: Record<string, unknown>, path: string, vc: Record<string, unknown> | undefined): Record<string, MeasureConfig> {
  const measures: Record<string, MeasureConfig> = {};
  const mo = c.obj(o.measures, `${path}.measures`, true, 'an object of ContentsCode → measure');
  if (mo) {
    if (Object.keys(mo).length === 0) c.error(`${path}.measures`, 'needs at least one ContentsCode → measure entry.');
    for (const [code, mv] of Object.entries(mo)) {
      const p = `${path}.measures.${code.slice(0, 40)}`;
      if (code.trim() === '' || code.length > 64 || CONTROL.test(code)) c.error(p, 'is not a ContentsCode.');
      const m = c.obj(mv, p, true, 'a measure object');
      if (!m) continue;
      c.allowed(m, p, ['id', 'label', 'unit', 'decimals', 'additive', 'scale', 'publish']);
      const text = readMeasureText(c, m, p);
      const additive = c.bool(m.additive, `${p}.additive`);
      const scale = c.num(m.scale, `${p}.scale`, -1e12, 1e12);
      if (scale === 0) c.error(`${p}.scale`, 'must not be 0.');
      if (!text) continue;
      const measure: MeasureConfig = { ...text, additive: additive ?? false };
      if (scale !== undefined) measure.scale = scale;
      measures[code] = measure;
    }
  }
  if (vc && mo && vc['ContentsCode'] !== undefined) {
    for (const code of vc['ContentsCode'] as unknown[]) {
      if (typeof code === 'string' && !/[*?()]/.test(code) && !(code in mo))
        c.error(`${path}.valueCodes.ContentsCode`, `selects "${code}", which has no entry in "measures".`);
    }
  }

  return measures;
}

/** `dimensions`: variable id → how the feed keeps it ("as", "label", "keep", category labels). */
function readDimensionConfigs(c: Checker, o: Record<string, unknown>, path: string): Record<string, DimensionConfig> {
  const dimensions: Record<string, DimensionConfig> = {};
  const dobj = c.obj(o.dimensions, `${path}.dimensions`, false, 'an object of variable id → dimension settings');
  if (dobj) {
    for (const [k, dv] of Object.entries(dobj)) {
      const p = `${path}.dimensions.${k.slice(0, 40)}`;
      if (!VARIABLE.test(k)) c.error(p, 'is not a variable id (letters, digits, "_", "-").');
      const d = c.obj(dv, p, true, 'an object with "as", "label" or "keep"');
      if (!d) continue;
      c.allowed(d, p, ['as', 'label', 'keep', 'categories']);
      const out: DimensionConfig = {};
      const categories = readCategoryLabels(c, d.categories, `${p}.categories`);
      if (categories) out.categories = categories;
      const as = c.pattern(d.as, `${p}.as`, ID, 'a dimension id (letters, digits, ".", "_", "-")', false);
      if (as !== undefined) out.as = as;
      const label = c.localized(d.label, `${p}.label`);
      if (label !== undefined) out.label = label;
      const keep = c.bool(d.keep, `${p}.keep`);
      if (keep !== undefined) out.keep = keep;
      dimensions[k] = out;
    }
  }

  return dimensions;
}

/** `regions`: "include" and/or "exclude" lists of region codes, optionally ending in "*". */
function readRegionFilter(c: Checker, o: Record<string, unknown>, path: string): QueryConfig['regions'] {
  let regions: QueryConfig['regions'];
  const ro = c.obj(o.regions, `${path}.regions`, false, 'an object with "include" and/or "exclude" lists');
  if (ro) {
    c.allowed(ro, `${path}.regions`, ['include', 'exclude']);
    regions = {};
    for (const key of ['include', 'exclude'] as const) {
      if (ro[key] === undefined) continue;
      const list: string[] = [];
      c.list(ro[key], `${path}.regions.${key}`, false, 1, 1000).forEach((r, i) => {
        const t = c.pattern(r, `${path}.regions.${key}[${i}]`, REGION_PATTERN, 'a region code, optionally ending in "*" ("34", "34*")');
        if (t !== undefined) list.push(t);
      });
      regions[key] = list;
    }
  }

  return regions;
}

function readDerive(c: Checker, v: unknown, path: string): DeriveConfig | undefined {
  const o = c.obj(v, path, true, 'a derivation object');
  if (!o) return undefined;
  c.allowed(o, path, ['id', 'label', 'unit', 'decimals', 'publish', 'op', 'of', 'factor', 'from', 'to', 'base', 'total', 'over']);
  const text = readMeasureText(c, o, path);
  let op: DeriveOp | undefined;
  if (!OPS.includes(o.op as DeriveOp)) c.error(`${path}.op`, `expected one of ${OPS.join(', ')}, got ${describe(o.op)}.`);
  else op = o.op as DeriveOp;
  const of: string[] = [];
  c.list(o.of, `${path}.of`, true, 1, 20).forEach((m, i) => {
    const t = c.pattern(m, `${path}.of[${i}]`, ID, 'a measure id');
    if (t !== undefined) of.push(t);
  });
  const over = c.pattern(o.over, `${path}.over`, ID, 'a dimension id such as "type"', false);
  if (op && op !== 'sum' && over !== undefined) c.error(`${path}.over`, '"over" only applies to sum.');
  if (op === 'sum' && over !== undefined && Array.isArray(o.of) && o.of.length !== 1)
    c.error(`${path}.of`, '"sum" with "over" adds up the categories of one measure: give exactly one.');
  if (op && Array.isArray(o.of) && !(op === 'sum' && over !== undefined)) {
    const [min, max] = ARITY[op];
    if (o.of.length < min || o.of.length > max)
      c.error(`${path}.of`, `"${op}" takes ${min === max ? min : `${min} to ${max}`} measure${max === 1 ? '' : 's'}, got ${o.of.length}.`);
  }
  const factor = c.num(o.factor, `${path}.factor`, -1e12, 1e12);
  if (factor === 0) c.error(`${path}.factor`, 'must not be 0.');
  const from = c.pattern(o.from, `${path}.from`, PERIOD_REF, '"first", "last", "last-N" or a period such as "2015"', false);
  const to = c.pattern(o.to, `${path}.to`, PERIOD_REF, '"first", "last", "last-N" or a period such as "2024"', false);
  const base = c.pattern(o.base, `${path}.base`, PERIOD_REF, '"first", "last", "last-N" or a period such as "2015"', false);
  if (op && op !== 'change-pct' && op !== 'change-abs' && (from !== undefined || to !== undefined))
    c.error(`${path}.from`, `"from"/"to" only apply to change-pct and change-abs.`);
  if (op && op !== 'index' && base !== undefined) c.error(`${path}.base`, '"base" only applies to index.');
  const total = c.pattern(o.total, `${path}.total`, REGION, 'a region code such as "34"', op === 'share');
  if (op && op !== 'share' && total !== undefined) c.error(`${path}.total`, '"total" only applies to share.');
  if (op && op !== 'ratio' && factor !== undefined) c.error(`${path}.factor`, '"factor" only applies to ratio.');
  if (!text || !op) return undefined;
  const d: DeriveConfig = { ...text, op, of };
  if (factor !== undefined) d.factor = factor;
  if (from !== undefined) d.from = from;
  if (to !== undefined) d.to = to;
  if (base !== undefined) d.base = base;
  if (total !== undefined) d.total = total;
  if (over !== undefined) d.over = over;
  return d;
}

function readRegionSums(c: Checker, v: unknown, path: string): RegionSumConfig[] {
  const out: RegionSumConfig[] = [];
  c.list(v, path, false, 0, 20).forEach((item, i) => {
    const p = `${path}[${i}]`;
    const o = c.obj(item, p, true, 'an object with "region", "of" and "measures"');
    if (!o) return;
    c.allowed(o, p, ['region', 'label', 'of', 'measures']);
    const region = c.pattern(o.region, `${p}.region`, REGION, 'a region code such as "34"');
    const label = c.localized(o.label, `${p}.label`);
    const of: string[] = [];
    c.list(o.of, `${p}.of`, true, 1, 1000).forEach((r, j) => {
      const t = c.pattern(r, `${p}.of[${j}]`, REGION_PATTERN, 'a region code, optionally ending in "*" ("34*")');
      if (t !== undefined) of.push(t);
    });
    const measures: string[] = [];
    c.list(o.measures, `${p}.measures`, true, 1, 50).forEach((m, j) => {
      const t = c.pattern(m, `${p}.measures[${j}]`, ID, 'a measure id');
      if (t !== undefined) measures.push(t);
    });
    if (region === undefined) return;
    const r: RegionSumConfig = { region, of, measures };
    if (label !== undefined) r.label = label;
    out.push(r);
  });
  return out;
}

/** `kostraGroups`: region code → KOSTRA group code, as the webmaster copies them from SSB (never guessed). */
function readKostraGroups(c: Checker, v: unknown, path: string): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const o = c.obj(v, path, false, 'an object of region code → KOSTRA group code');
  if (!o) return out;
  for (const [k, val] of Object.entries(o)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(k)) c.error(`${path}.${k.slice(0, 40)}`, 'is not a region code such as "3403".');
    const t = c.text(val, `${path}.${k.slice(0, 40)}`, true, 64);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

function readFeed(c: Checker, v: unknown, path: string): FeedConfig | undefined {
  const o = c.obj(v, path, true, 'a feed object');
  if (!o) return undefined;
  c.allowed(o, path, [
    'indicator',
    'file',
    'title',
    'description',
    'definition',
    'unit',
    'decimals',
    'reform2020',
    'queries',
    'derive',
    'notes',
    'annotations',
    'kostraGroups',
    'regionSums',
    'allowScaleChange',
    'allowShrink',
  ]);
  const indicator = c.pattern(o.indicator, `${path}.indicator`, ID, 'an indicator id such as "value-creation"');
  const file =
    o.file === undefined && indicator ? `${indicator}.json` : c.pattern(o.file, `${path}.file`, FILE, 'a file name ending in ".json", without folders');
  const title = c.localized(o.title, `${path}.title`, true);
  const description = c.localized(o.description, `${path}.description`);
  const definition = c.localized(o.definition, `${path}.definition`);
  const unit = c.localized(o.unit, `${path}.unit`);
  const decimals = c.int(o.decimals, `${path}.decimals`, 0, 6);
  const reform2020 = readReform2020(c, o, path);
  const queries: QueryConfig[] = [];
  c.list(o.queries, `${path}.queries`, true, 1, 20).forEach((q, i) => {
    const query = readQuery(c, q, `${path}.queries[${i}]`);
    if (query) queries.push(query);
  });
  const derive: DeriveConfig[] = [];
  c.list(o.derive, `${path}.derive`, false, 0, 50).forEach((d, i) => {
    const dv = readDerive(c, d, `${path}.derive[${i}]`);
    if (dv) derive.push(dv);
  });
  const notes = readFeedNotes(c, o, path);

  const annotations = readAnnotations(c, o.annotations, `${path}.annotations`);
  const kostraGroups = readKostraGroups(c, o.kostraGroups, `${path}.kostraGroups`);
  const regionSums = readRegionSums(c, o.regionSums, `${path}.regionSums`);
  const allowScaleChange = c.bool(o.allowScaleChange, `${path}.allowScaleChange`) ?? false;
  const allowShrink = c.bool(o.allowShrink, `${path}.allowShrink`) ?? false;

  checkCrossReferences(c, path, queries, derive, regionSums);

  if (indicator === undefined || file === undefined || title === undefined) return undefined;
  const feed: FeedConfig = { indicator, file, title, reform2020, queries, derive, notes, annotations, regionSums, allowScaleChange, allowShrink };
  if (Object.keys(kostraGroups).length > 0) feed.kostraGroups = kostraGroups;
  if (description !== undefined) feed.description = description;
  if (definition !== undefined) feed.definition = definition;
  if (unit !== undefined) feed.unit = unit;
  if (decimals !== undefined) feed.decimals = decimals;
  return feed;
}

/** `reform2020`: how codes of the 2020 county and municipality reform are joined ("join" by default). */
function readReform2020(c: Checker, o: Record<string, unknown>, path: string): Reform2020 {
  let reform2020: Reform2020 = 'join';
  if (o.reform2020 !== undefined) {
    if (o.reform2020 !== 'join' && o.reform2020 !== 'join-keep-old' && o.reform2020 !== 'off')
      c.error(`${path}.reform2020`, `expected "join", "join-keep-old" or "off", got ${describe(o.reform2020)}.`);
    else reform2020 = o.reform2020;
  }
  return reform2020;
}

/** `notes`: notes of the whole feed, each with its text and whether readers must see it. */
function readFeedNotes(c: Checker, o: Record<string, unknown>, path: string): FeedConfig['notes'] {
  const notes: FeedConfig['notes'] = [];
  c.list(o.notes, `${path}.notes`, false, 0, 50).forEach((n, i) => {
    const np = `${path}.notes[${i}]`;
    const no = c.obj(n, np, true, 'a note object with "text"');
    if (!no) return;
    c.allowed(no, np, ['text', 'mandatory']);
    const text = c.localized(no.text, `${np}.text`, true);
    const mandatory = c.bool(no.mandatory, `${np}.mandatory`);
    if (text !== undefined) notes.push({ text, mandatory: mandatory ?? false });
  });

  return notes;
}

/**
 * Cross-references: query ids, measure ids (from queries and derivations) and what each derivation uses, the
 * measures summed across regions, and that the feed publishes something.
 */
function checkCrossReferences(c: Checker, path: string, queries: QueryConfig[], derive: DeriveConfig[], regionSums: FeedConfig['regionSums']): void {
  const queryIds = new Set<string>();
  queries.forEach((q, i) => {
    if (queryIds.has(q.id)) c.error(`${path}.queries[${i}].id`, `"${q.id}" is used by an earlier query of this feed.`);
    queryIds.add(q.id);
  });
  // Several queries may contribute the same measure (e.g. population for municipalities and for the whole
  // country); within one query each ContentsCode needs its own measure. Overlapping cells fail validation.
  const known = new Set<string>();
  queries.forEach((q, i) => {
    const inQuery = new Set<string>();
    for (const [code, m] of Object.entries(q.measures)) {
      if (inQuery.has(m.id)) c.error(`${path}.queries[${i}].measures.${code}.id`, `measure "${m.id}" is already given by another ContentsCode of this query.`);
      inQuery.add(m.id);
      known.add(m.id);
    }
  });
  const additive = new Set(
    queries.flatMap((q) =>
      Object.values(q.measures)
        .filter((m) => m.additive)
        .map((m) => m.id),
    ),
  );
  regionSums.forEach((r, i) => {
    r.measures.forEach((m, j) => {
      if (!additive.has(m))
        c.error(
          `${path}.regionSums[${i}].measures[${j}]`,
          `"${m}" is not an additive measure of a query of this feed (only additive measures may be summed across regions).`,
        );
    });
  });
  derive.forEach((d, i) => {
    d.of.forEach((m, j) => {
      if (!known.has(m)) c.error(`${path}.derive[${i}].of[${j}]`, `"${m}" is not a measure defined by a query or an earlier derivation of this feed.`);
    });
    if (known.has(d.id)) c.error(`${path}.derive[${i}].id`, `measure "${d.id}" is already defined in this feed.`);
    known.add(d.id);
  });
  const published = queries.some((q) => Object.values(q.measures).some((m) => m.publish)) || derive.some((d) => d.publish);
  if (queries.length > 0 && !published) c.error(path, 'publishes no measure: set "publish": true on at least one measure or derivation.');
}

/** Gives each query of a table the translations of that table's notes; a table no query reads is a mistake. */
function attachNoteTranslations(c: Checker, translations: NoteTranslations, feeds: FeedConfig[]): void {
  for (const [table, list] of Object.entries(translations)) {
    const queries = feeds.flatMap((f) => f.queries.filter((q) => q.table === table));
    if (queries.length === 0) c.error(`noteTranslations.${table}`, `no query reads table ${table}: these translations would never be used.`);
    for (const q of queries) q.noteTranslations = list;
  }
}

/**
 * Checks a parsed configuration and fills in defaults. Throws a {@link ConfigError} listing every problem,
 * each with a path (`feeds[0].queries[1].valueCodes.Tid[0]`) and a sentence a webmaster can act on.
 */
export function parseFeedsConfig(input: unknown): FeedsConfig {
  const c = new Checker();
  if (!isObj(input)) throw new ConfigError([{ path: '(config)', message: `expected a JSON object, got ${describe(input)}.` }]);
  c.allowed(input, '(config)', ['$schema', 'innsiktFeeds', 'api', 'changes', 'noteTranslations', 'feeds']);
  if (input.innsiktFeeds !== '1') c.error('innsiktFeeds', `must be "1" (the configuration format version), got ${describe(input.innsiktFeeds)}.`);
  const api = readApi(c, input.api);
  const changes = readChangesConfig(c, input.changes);
  const feeds: FeedConfig[] = [];
  c.list(input.feeds, 'feeds', true, 1, 100).forEach((f, i) => {
    const feed = readFeed(c, f, `feeds[${i}]`);
    if (feed) feeds.push(feed);
  });
  attachNoteTranslations(c, readNoteTranslations(c, input.noteTranslations, 'noteTranslations'), feeds);
  const files = new Map<string, number>();
  const indicators = new Set<string>();
  feeds.forEach((f, i) => {
    const lower = f.file.toLowerCase();
    if (files.has(lower)) c.error(`feeds[${i}].file`, `"${f.file}" is also written by feeds[${files.get(lower)}]; every feed needs its own file.`);
    files.set(lower, i);
    if (indicators.has(f.indicator)) c.error(`feeds[${i}].indicator`, `"${f.indicator}" has an earlier feed; put all its queries in one feed.`);
    indicators.add(f.indicator);
  });
  if (c.issues.total > 0) throw new ConfigError(c.issues.listed());
  return { api, changes, feeds };
}

/** Parses configuration text (JSON); a syntax error becomes a {@link ConfigError} too. */
export function parseFeedsConfigText(text: string): FeedsConfig {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError([{ path: '(config)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  return parseFeedsConfig(value);
}
