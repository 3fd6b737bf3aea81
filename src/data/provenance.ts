/**
 * Reads the provenance parts of an Innsikt feed v1: `origins` (what a per-figure source card shows: the table
 * coordinates and query address of a table figure, the formula and inputs of a computed one; observations point
 * at an entry by its index in `origin`) and `changes` (what changed in the last updates). Their shape is
 * checked by the validator generated from `feed-schema.json`.
 *
 * Pure TypeScript, no DOM.
 */
import type { FeedChange, Origin } from './types.js';
import type { IssueList } from './errors.js';
import { validateChange } from './feed-schema.validate.js';
import type { SchemaValidator } from './schema-issues.js';

/** Most entries in `origins` (one per distinct combination of source, query and coordinates; the schema's maxItems). */
export const MAX_ORIGINS = 100_000;
/** Most entries in `changes` (the schema's maxItems). */
export const MAX_CHANGES = 50;

/**
 * The feed's `origins`, once the schema has checked their shape: what it cannot check is that an origin's source
 * is listed in "sources". Copies, so that the Dataset never shares objects with the parsed JSON.
 */
export function checkOrigins(issues: IssueList, origins: readonly Origin[], sourceIds: Set<string>): Origin[] {
  return origins.map((o, i) => {
    if (o.source !== undefined && !sourceIds.has(o.source)) issues.error(`origins[${i}].source`, `"${o.source}" is not listed in "sources".`);
    const out: Origin = { ...o };
    if (o.coordinates) out.coordinates = o.coordinates.map((c) => ({ ...c }));
    if (o.inputs) out.inputs = o.inputs.map((x) => ({ ...x }));
    return out;
  });
}

/** The entries of a feed's `changes` that are valid (a broken history entry is dropped, never carried over). */
export function validChanges(feed: unknown): FeedChange[] {
  const list =
    typeof feed === 'object' && feed !== null && Array.isArray((feed as { changes?: unknown }).changes) ? (feed as { changes: unknown[] }).changes : [];
  return list.slice(0, MAX_CHANGES).filter((entry) => (validateChange as SchemaValidator)(entry)) as FeedChange[];
}
