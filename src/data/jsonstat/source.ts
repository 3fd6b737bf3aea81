/** Where a JSON-stat dataset comes from: its table, publisher, link and update time, as a {@link Source}. */
import type { ParseOptions, Source } from '../types.js';
import { isRecord, type JsonObject } from '../is-record.js';
import { httpUrl, text } from './text.js';

const SSB = /statistisk sentralbyr|statistics norway|(^|[^\p{L}])ssb($|[^\p{L}])/iu;
const TABLE_IN_LABEL = /^\s*(\d{4,6})\s*[:.–-]/;

/** What names the table: its label, its number and who publishes it. */
export interface TableIdentity {
  label: string | undefined;
  /** `extension.px.tableid`, else the number a title starts with (`07459: …`). */
  tableId: string | undefined;
  /** `source` as written. */
  sourceText: string | undefined;
  isSsb: boolean;
}

export function tableIdentity(ds: JsonObject, px: JsonObject | undefined): TableIdentity {
  const label = text(ds['label']);
  const tableId = text(px?.['tableid']) ?? (label ? TABLE_IN_LABEL.exec(label)?.[1] : undefined);
  const sourceText = text(ds['source']);
  return { label, tableId, sourceText, isSsb: sourceText !== undefined && SSB.test(sourceText) };
}

/** `href`, else the first http(s) link under `link`, else a URL written in `source`. */
function sourceUrl(ds: JsonObject): string | undefined {
  let url = httpUrl(ds['href']);
  if (!url && isRecord(ds['link'])) {
    for (const rel in ds['link']) {
      const links = ds['link'][rel];
      if (!Array.isArray(links)) continue;
      for (const l of links) {
        url = isRecord(l) ? httpUrl(l['href']) : undefined;
        if (url) break;
      }
      if (url) break;
    }
  }
  return url ?? httpUrl(ds['source']);
}

export function readSource(ds: JsonObject, t: TableIdentity, options: ParseOptions): Source {
  const { label, tableId, sourceText, isSsb } = t;
  const url = sourceUrl(ds);
  const source: Source = {
    id: tableId ? (isSsb ? `ssb-${tableId}` : tableId) : (label ?? sourceText ?? options.sourceTitle ?? 'jsonstat'),
    title: label ?? sourceText ?? options.sourceTitle ?? 'JSON-stat dataset',
  };
  if (isSsb) source.publisher = 'Statistisk sentralbyrå';
  else if (sourceText) source.publisher = sourceText;
  if (url) source.url = url;
  if (tableId) source.table = tableId;
  const updated = text(ds['updated']);
  if (updated) source.updated = updated;
  return source;
}
