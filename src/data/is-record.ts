/** A parsed JSON object: string keys, values not yet checked. */
export type JsonObject = Record<string, unknown>;

/**
 * The one type guard for "a plain JSON object" (not null, not an array): every reader of parsed JSON (feeds,
 * JSON-stat, TopoJSON, PxWebApi answers, chart templates) asks it before reading a member.
 */
export function isRecord(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
