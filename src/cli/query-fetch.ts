/**
 * One API query of a run: the table's metadata (read once per run), the query planned against it, the answer
 * fetched and checked against the question.
 */
import type { QueryConfig } from './config.js';
import { type FetchResult, buildDataUrl, metadataUrl, tableInfoUrl } from './pxweb.js';
import type { QueryResponse } from './build.js';
import { checkAnswer, checkCells } from './answer-check.js';
import { type TableMetadata, planQuery, readTableMetadata } from './table-metadata.js';
import type { RunContext } from './run-context.js';
import { kb, seconds } from './progress-text.js';

/** The table's metadata for a query (its codelists included), read once per run and cached like the data. */
async function tableMetadata(q: QueryConfig, c: RunContext): Promise<TableMetadata> {
  const url = metadataUrl(c.baseUrl, q, c.lang);
  const known = c.metadata.get(url);
  if (known) return known;
  const r = await c.client.getJson(url);
  const meta = readTableMetadata(r.json, q.table);
  c.metadata.set(url, meta);
  if (!c.o.dryRun) await c.client.remember(r).catch(() => undefined);
  return meta;
}

/** Reads the metadata, plans the query, fetches the answer and checks it against the question. */
export async function fetchQuery(q: QueryConfig, c: RunContext, tag: string): Promise<{ response: QueryResponse; fetched: FetchResult }> {
  const where = `table ${q.table} (query "${q.id}")`;
  const meta = await tableMetadata(q, c);
  const plan = planQuery(q, meta);
  for (const n of plan.notes) c.out(`${tag}   ${where}: ${n}`);
  if (plan.problems.length > 0) throw new QueryProblem(`${where} does not fit the table's metadata (has the table changed?):`, plan.problems);
  const url = buildDataUrl(c.baseUrl, { ...q, valueCodes: plan.valueCodes }, c.lang);
  c.out(`${tag} ${where}: GET ${url}`);
  const started = c.now();
  const r = await c.client.getTable(url, tableInfoUrl(c.baseUrl, q.table, c.lang));
  checkCells(r.json, c.maxCells, where);
  checkAnswer(r.json, plan.valueCodes, meta, where);
  const how =
    r.unchangedBy === 'table-updated'
      ? `unchanged (the table's "updated" time is the cached copy's): not downloaded; using the copy downloaded ${r.downloadedAt}`
      : r.status === 304
        ? `unchanged (304 Not Modified): using the copy downloaded ${r.downloadedAt}`
        : `200 OK, ${kb(r.bytes)}${r.etag || r.lastModified ? '' : ' (no ETag or Last-Modified: the next run checks the table\'s "updated" time first)'}`;
  c.out(`${tag}   ${how}, ${seconds(c.now() - started)}${r.attempts > 1 ? `, ${r.attempts} attempts` : ''}`);
  return { response: { query: q, json: r.json, retrievedAt: r.retrievedAt, url }, fetched: r };
}

/** A query that cannot be sent as it is, with one line per problem. */
export class QueryProblem extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}
