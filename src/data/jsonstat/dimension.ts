/** One JSON-stat dimension read once: its category codes in position order and their labels. */
import { IssueList, describe } from '../errors.js';
import { isRecord, type JsonObject } from '../is-record.js';
import { clip, text } from './text.js';

export interface Dim {
  id: string;
  label: string;
  codes: string[];
  labels: string[];
  obj: JsonObject;
  path: string;
}

const categories = (n: number) => `categor${n === 1 ? 'y' : 'ies'}`;

/** `category.index` as a list of codes in position order. */
function codesFromList(index: unknown[], ipath: string, issues: IssueList): string[] | undefined {
  const codes = new Array<string>(index.length);
  const seen = new Set<string>();
  let ok = true;
  for (let k = 0; k < index.length; k++) {
    const c: unknown = index[k];
    if (typeof c !== 'string' && typeof c !== 'number') {
      issues.error(`${ipath}[${k}]`, `Expected a category code, but found ${describe(c)}.`);
      ok = false;
      continue;
    }
    const code = String(c);
    if (seen.has(code)) {
      issues.error(`${ipath}[${k}]`, `Category "${code}" is listed twice.`);
      ok = false;
    }
    seen.add(code);
    codes[k] = code;
  }
  return ok ? codes : undefined;
}

/** `category.index` as an object of code → position. */
function codesFromPositions(index: JsonObject, size: number, id: string, ipath: string, issues: IssueList): string[] | undefined {
  const keys = Object.keys(index);
  // Sized by what the index lists, not by "size": a hostile size (2^32, 8e14) must not be allocated.
  const byPos = new Array<string | undefined>(Math.min(size, keys.length));
  let ok = true;
  for (const code of keys) {
    const pos = index[code];
    if (typeof pos !== 'number' || !Number.isInteger(pos)) {
      issues.error(`${ipath}.${code}`, `The position of category "${code}" must be a whole number, but is ${describe(pos)}.`);
      ok = false;
    } else if (pos < 0 || pos >= size) {
      issues.error(ipath, `Category "${code}" has position ${pos}, but the dimension has ${size} ${categories(size)} (positions 0–${Math.max(size - 1, 0)}).`);
      ok = false;
    } else if (byPos[pos] !== undefined) {
      issues.error(ipath, `Categories "${byPos[pos]}" and "${code}" both have position ${pos}.`);
      ok = false;
    } else {
      byPos[pos] = code;
    }
  }
  if (ok && keys.length !== size) {
    issues.error(ipath, `Dimension "${id}" lists ${keys.length} ${categories(keys.length)}, but "size" gives it ${size}.`);
    ok = false;
  }
  return ok ? (byPos as string[]) : undefined;
}

/** No `category.index`: JSON-stat allows leaving it out when there is a single category (named in `label`). */
function codesFromLabels(labelObj: JsonObject | undefined, id: string, path: string, issues: IssueList): string[] | undefined {
  const keys = labelObj ? Object.keys(labelObj) : [];
  if (keys.length === 0) {
    issues.error(`${path}.category`, `Dimension "${id}" has neither "index" nor "label": its categories are unknown.`);
    return undefined;
  }
  if (keys.length > 1) {
    issues.warn(
      `${path}.category.index`,
      `Dimension "${id}" has no "index"; the order of its ${keys.length} labels was used, which JSON-stat does not guarantee.`,
    );
  }
  return keys;
}

export function readDim(id: string, obj: JsonObject, size: number, path: string, issues: IssueList): Dim | undefined {
  const cat = obj['category'];
  if (!isRecord(cat)) {
    issues.error(`${path}.category`, `Dimension "${id}" has no "category" object listing its categories.`);
    return undefined;
  }
  const labelObj = isRecord(cat['label']) ? cat['label'] : undefined;
  const index = cat['index'];
  const ipath = `${path}.category.index`;
  let codes: string[] | undefined;
  if (Array.isArray(index)) codes = codesFromList(index, ipath, issues);
  else if (isRecord(index)) codes = codesFromPositions(index, size, id, ipath, issues);
  else if (index === undefined) codes = codesFromLabels(labelObj, id, path, issues);
  else issues.error(ipath, `Expected a list or an object of category positions, but found ${describe(index)}.`);

  if (!codes) return undefined;
  if (codes.length !== size) {
    issues.error(ipath, `Dimension "${id}" lists ${codes.length} ${categories(codes.length)}, but "size" gives it ${size}.`);
    return undefined;
  }
  const labels = new Array<string>(size);
  for (let k = 0; k < size; k++) {
    const code = codes[k]!;
    labels[k] = text(labelObj?.[code]) ?? clip(code);
  }
  return { id, label: text(obj['label']) ?? id, codes, labels, obj, path };
}
