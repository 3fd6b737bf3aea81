/**
 * The rules of the feed builder's configuration that its JSON Schema cannot state: references between its parts
 * (a derivation's measures, the measures summed across regions, the tables of note translations), ids and files
 * that must be unique, and what a value means (a base URL's host, a file's format from its name).
 *
 * They run on the configuration as it was written, beside the schema check (config-shape.ts), so that one run
 * reports every problem; each reads only the values of the right type and leaves the others to the schema.
 *
 * Pure TypeScript with no Node imports.
 */
import type { IssueList } from '../data/errors.js';
import { type JsonObject, isRecord } from '../data/is-record.js';
import { checkBaseUrl } from './api-settings.js';
import { formatOf } from './file-query.js';

/** The objects of a list (others are the schema's to report), each with its index. */
function records(v: unknown): Array<[JsonObject, number]> {
  return Array.isArray(v) ? v.flatMap((x, i): Array<[JsonObject, number]> => (isRecord(x) ? [[x, i]] : [])) : [];
}

const entries = (v: unknown): Array<[string, unknown]> => (isRecord(v) ? Object.entries(v) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `api.baseUrl`: https anywhere, plain http only on this machine. */
function checkApi(issues: IssueList, api: unknown): void {
  const url = isRecord(api) ? text(api.baseUrl) : undefined;
  const problem = url ? checkBaseUrl(url) : undefined;
  if (problem) issues.error('api.baseUrl', problem);
}

/** A file query: its format must be known (from "format" or the file's name), and "sheet" needs a workbook. */
function checkFileQuery(issues: IssueList, q: JsonObject, path: string): void {
  const file = text(q.file);
  if (file === undefined) return;
  const format = q.format ?? formatOf(file);
  if (format === undefined)
    issues.error(`${path}.file`, `"${file}" does not end in .json, .csv or .xlsx: say which it is with "format": "jsonstat", "csv" or "xlsx".`);
  else if (q.sheet !== undefined && format !== 'xlsx') issues.error(`${path}.sheet`, 'only applies to an Excel workbook ("format": "xlsx").');
}

/** `outputValues` only with a codelist for the same variable; every ContentsCode asked for has a measure. */
function checkQuerySelection(issues: IssueList, q: JsonObject, path: string): void {
  const codelist = isRecord(q.codelist) ? q.codelist : {};
  for (const [k] of entries(q.outputValues)) {
    if (codelist[k] === undefined)
      issues.error(`${path}.outputValues.${k}`, `only applies together with a codelist for "${k}" (add "codelist": {"${k}": "…"}).`);
  }
  const contents = isRecord(q.valueCodes) ? q.valueCodes.ContentsCode : undefined;
  if (!Array.isArray(contents) || !isRecord(q.measures)) return;
  for (const code of contents) {
    if (typeof code === 'string' && !/[*?()]/.test(code) && !(code in q.measures))
      issues.error(`${path}.valueCodes.ContentsCode`, `selects "${code}", which has no entry in "measures".`);
  }
}

/** What a feed's queries define: measure ids (each ContentsCode its own within a query), additive ones, published ones. */
interface Defined {
  known: Set<string>;
  additive: Set<string>;
  published: boolean;
}

/** Query ids are unique in a feed; within a query, each ContentsCode makes its own measure. */
function checkQueries(issues: IssueList, feed: JsonObject, path: string): Defined {
  const ids = new Set<string>();
  const defined: Defined = { known: new Set(), additive: new Set(), published: false };
  for (const [q, i] of records(feed.queries)) {
    const qp = `${path}.queries[${i}]`;
    const id = text(q.id);
    if (id !== undefined && ids.has(id)) issues.error(`${qp}.id`, `"${id}" is used by an earlier query of this feed.`);
    if (id !== undefined) ids.add(id);
    checkFileQuery(issues, q, qp);
    checkQuerySelection(issues, q, qp);
    // Several queries may give the same measure (population for municipalities and for the country).
    const inQuery = new Set<string>();
    for (const [code, m] of entries(q.measures)) {
      const mid = isRecord(m) ? text(m.id) : undefined;
      if (!isRecord(m) || mid === undefined) continue;
      if (inQuery.has(mid)) issues.error(`${qp}.measures.${code}.id`, `measure "${mid}" is already given by another ContentsCode of this query.`);
      inQuery.add(mid);
      defined.known.add(mid);
      if (m.additive === true) defined.additive.add(mid);
      if (m.publish !== false) defined.published = true;
    }
  }
  return defined;
}

/** Derivations use measures defined before them and define new ones; region sums add up additive measures only. */
function checkDerivations(issues: IssueList, feed: JsonObject, path: string, defined: Defined): void {
  for (const [r, i] of records(feed.regionSums)) {
    (Array.isArray(r.measures) ? r.measures : []).forEach((m, j) => {
      if (typeof m === 'string' && !defined.additive.has(m))
        issues.error(
          `${path}.regionSums[${i}].measures[${j}]`,
          `"${m}" is not an additive measure of a query of this feed (only additive measures may be summed across regions).`,
        );
    });
  }
  for (const [d, i] of records(feed.derive)) {
    (Array.isArray(d.of) ? d.of : []).forEach((m, j) => {
      if (typeof m === 'string' && !defined.known.has(m))
        issues.error(`${path}.derive[${i}].of[${j}]`, `"${m}" is not a measure defined by a query or an earlier derivation of this feed.`);
    });
    const id = text(d.id);
    if (id !== undefined && defined.known.has(id)) issues.error(`${path}.derive[${i}].id`, `measure "${id}" is already defined in this feed.`);
    if (id !== undefined) defined.known.add(id);
    if (d.publish !== false) defined.published = true;
  }
}

/** One feed's cross-references, and that it publishes at least one measure. */
function checkFeed(issues: IssueList, feed: JsonObject, path: string): void {
  const defined = checkQueries(issues, feed, path);
  checkDerivations(issues, feed, path, defined);
  if (records(feed.queries).length > 0 && !defined.published)
    issues.error(path, 'publishes no measure: set "publish": true on at least one measure or derivation.');
}

/** Every feed writes its own file (names compared without case) and has an indicator of its own. */
function checkFeedsApart(issues: IssueList, feeds: Array<[JsonObject, number]>): void {
  const files = new Map<string, number>();
  const indicators = new Set<string>();
  for (const [f, i] of feeds) {
    const indicator = text(f.indicator);
    const file = text(f.file) ?? (indicator === undefined ? undefined : `${indicator}.json`);
    if (file !== undefined) {
      const lower = file.toLowerCase();
      if (files.has(lower)) issues.error(`feeds[${i}].file`, `"${file}" is also written by feeds[${files.get(lower)}]; every feed needs its own file.`);
      files.set(lower, i);
    }
    if (indicator === undefined) continue;
    if (indicators.has(indicator)) issues.error(`feeds[${i}].indicator`, `"${indicator}" has an earlier feed; put all its queries in one feed.`);
    indicators.add(indicator);
  }
}

/** Translations of a table's notes that no query reads would never be used: a mistake. */
function checkNoteTranslations(issues: IssueList, translations: unknown, feeds: Array<[JsonObject, number]>): void {
  const tables = new Set(feeds.flatMap(([f]) => records(f.queries).map(([q]) => q.table)));
  for (const [table] of entries(translations)) {
    if (!tables.has(table)) issues.error(`noteTranslations.${table}`, `no query reads table ${table}: these translations would never be used.`);
  }
}

/** Checks the rules a schema cannot state; records each problem, with its path, in `issues`. */
export function checkConfigRules(input: JsonObject, issues: IssueList): void {
  checkApi(issues, input.api);
  const feeds = records(input.feeds);
  for (const [f, i] of feeds) checkFeed(issues, f, `feeds[${i}]`);
  checkFeedsApart(issues, feeds);
  checkNoteTranslations(issues, input.noteTranslations, feeds);
}
