/**
 * The addresses of Statistics Norway's PxWebApi v2: a table's data (`GET /tables/{id}/data`), its metadata and
 * its table information, with selection expressions and codelists written as the API reads them.
 */
import type { QueryConfig } from './config.js';
import { urlForm } from './selection.js';

/** PxWebApi GET URLs longer than this fail (the API documents about 2 100 characters). */
export const MAX_URL_LENGTH = 2000;

// Characters left as they are in value codes: selection expressions (`top(10)`, `34*`, `202?`, `[range(a,b)]`).
function encodeCode(code: string): string {
  const form = urlForm(code);
  const bracketed = form.startsWith('[') && form.endsWith(']');
  const inner = encodeURIComponent(bracketed ? form.slice(1, -1) : form)
    .replace(/%2C/gi, ',')
    .replace(/%3F/gi, '?');
  return bracketed ? `[${inner}]` : inner;
}

/** The query string shared by the data and the metadata URL: the codelists (metadata lists their codes). */
function codelistParams(q: Pick<QueryConfig, 'codelist'>): string[] {
  return Object.entries(q.codelist).map(([variable, id]) => `codelist[${encodeURIComponent(variable)}]=${encodeURIComponent(id)}`);
}

/**
 * The metadata URL of a query's table (`GET /tables/{id}/metadata`), with the query's codelists so that the
 * codes it lists are the ones the query may use (`K-3401` with `agg_KommSummer`).
 */
export function metadataUrl(baseUrl: string, q: Pick<QueryConfig, 'table' | 'codelist'>, lang = 'no'): string {
  const parts = [`lang=${encodeURIComponent(lang)}`, 'outputFormat=json-stat2', ...codelistParams(q)];
  return `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(q.table)}/metadata?${parts.join('&')}`;
}

/**
 * The GET URL of a query:
 * `{base}/tables/{table}/data?lang=no&outputFormat=json-stat2&valueCodes[Tid]=top(10)&codelist[Region]=…`.
 * `ContentsCode` defaults to the measures' codes. Throws when the URL would be too long for the API.
 */
export function buildDataUrl(baseUrl: string, q: Pick<QueryConfig, 'table' | 'valueCodes' | 'codelist' | 'outputValues' | 'measures'>, lang = 'no'): string {
  const parts = [`lang=${encodeURIComponent(lang)}`, 'outputFormat=json-stat2'];
  const valueCodes: Record<string, string[]> = { ...q.valueCodes };
  if (valueCodes['ContentsCode'] === undefined) valueCodes['ContentsCode'] = Object.keys(q.measures);
  for (const [variable, codes] of Object.entries(valueCodes)) {
    parts.push(`valueCodes[${encodeURIComponent(variable)}]=${codes.map(encodeCode).join(',')}`);
  }
  parts.push(...codelistParams(q));
  for (const [variable, v] of Object.entries(q.outputValues)) parts.push(`outputValues[${encodeURIComponent(variable)}]=${v}`);
  const url = `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(q.table)}/data?${parts.join('&')}`;
  if (url.length > MAX_URL_LENGTH) {
    throw new Error(
      `The query for table ${q.table} makes a ${url.length}-character URL; the API accepts about ${MAX_URL_LENGTH}. Use "*", "34*", "top(n)" or a codelist instead of long lists of codes.`,
    );
  }
  return url;
}

/** The table-information URL (`GET /tables/{id}`), whose `updated` tells whether a table changed. */
export function tableInfoUrl(baseUrl: string, table: string, lang = 'no'): string {
  return `${baseUrl.replace(/\/+$/, '')}/tables/${encodeURIComponent(table)}?lang=${encodeURIComponent(lang)}`;
}
