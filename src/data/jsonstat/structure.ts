/**
 * A JSON-stat dataset's structure: the dimension names (`id`), their sizes, the number of cells they make and each
 * dimension's categories. JSON-stat 2.0 keeps id/size/role at the top of the dataset, 1.x inside `dimension`; either
 * is read from the other place as a fallback.
 */
import { IssueList, describe } from '../errors.js';
import { isRecord, type JsonObject } from '../is-record.js';
import { readDim, type Dim } from './dimension.js';

/**
 * Above this many cells a table is refused: a widget cannot show more, and a small document with a sparse
 * `value` object could otherwise ask for tens of millions of observations and freeze the page.
 */
export const MAX_CELLS = 1_000_000;

/** One dataset of the input. */
export interface Item {
  ds: JsonObject;
  /** Prepended to every issue path: `link.item[2].`, `dataset.`, or empty. */
  prefix: string;
  /** JSON-stat 1.x: id, size and role live inside `dimension`. */
  legacy: boolean;
}

/** A member read where the dataset's JSON-stat version keeps it, and the path to it. */
export interface Located {
  value: unknown;
  path: string;
}

export interface Structure {
  ids?: string[];
  sizes?: number[];
  /** Product of the sizes; -1 when they are unknown or too many. */
  cellCount: number;
  dims?: Dim[];
  role: Located;
}

function locate(item: Item, inner: JsonObject, key: string): Located {
  const { ds, prefix, legacy } = item;
  const primary = legacy ? inner[key] : ds[key];
  const secondary = legacy ? ds[key] : inner[key];
  const primaryPath = legacy ? `${prefix}dimension.${key}` : `${prefix}${key}`;
  const secondaryPath = legacy ? `${prefix}${key}` : `${prefix}dimension.${key}`;
  return primary === undefined && secondary !== undefined ? { value: secondary, path: secondaryPath } : { value: primary, path: primaryPath };
}

function readIds(at: Located, issues: IssueList): string[] | undefined {
  if (at.value === undefined) {
    issues.error(at.path, 'The dataset has no "id" list naming its dimensions.');
    return undefined;
  }
  if (!Array.isArray(at.value) || at.value.some((x) => typeof x !== 'string')) {
    issues.error(at.path, `"id" must be a list of dimension names, but is ${describe(at.value)}.`);
    return undefined;
  }
  const ids = at.value as string[];
  const dup = ids.find((x, k) => ids.indexOf(x) !== k);
  if (dup !== undefined) {
    issues.error(at.path, `Dimension "${dup}" is named twice.`);
    return undefined;
  }
  return ids;
}

function readSizes(at: Located, issues: IssueList): number[] | undefined {
  if (at.value === undefined) {
    issues.error(at.path, 'The dataset has no "size" list giving the number of categories in each dimension.');
    return undefined;
  }
  if (!Array.isArray(at.value)) {
    issues.error(at.path, `"size" must be a list of numbers, but is ${describe(at.value)}.`);
    return undefined;
  }
  let sizes: number[] | undefined = [];
  at.value.forEach((n: unknown, k) => {
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) sizes?.push(n);
    else {
      issues.error(`${at.path}[${k}]`, `A dimension size must be a whole number of 0 or more, but is ${describe(n)}.`);
      sizes = undefined;
    }
  });
  return sizes;
}

function countCells(sizes: number[], path: string, issues: IssueList): number {
  const cells = sizes.reduce((a, b) => a * b, 1);
  if (cells <= MAX_CELLS) return cells;
  issues.error(path, `The sizes (${sizes.join(' × ')}) make ${cells} cells, more than the ${MAX_CELLS} this reader accepts. Ask for a smaller extract.`);
  return -1;
}

function readDims(ids: string[], sizes: number[], inner: JsonObject, prefix: string, issues: IssueList): Dim[] | undefined {
  let dims: Dim[] | undefined = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const obj = inner[id];
    const path = `${prefix}dimension.${id}`;
    if (!isRecord(obj)) {
      issues.error(path, `Dimension "${id}" is named in "id" but not described under "dimension".`);
      dims = undefined;
      continue;
    }
    const dim = readDim(id, obj, sizes[k]!, path, issues);
    if (!dim) dims = undefined;
    else dims?.push(dim);
  }
  return dims;
}

/** Reads id, size and the dimensions, recording every problem. */
export function readStructure(item: Item, issues: IssueList): Structure {
  const { ds, prefix } = item;
  const dimRoot = ds['dimension'];
  if (!isRecord(dimRoot)) issues.error(`${prefix}dimension`, 'The dataset has no "dimension" object describing its dimensions.');
  const inner = isRecord(dimRoot) ? dimRoot : {};
  const idAt = locate(item, inner, 'id');
  const sizeAt = locate(item, inner, 'size');
  const role = locate(item, inner, 'role');

  const ids = readIds(idAt, issues);
  let sizes = readSizes(sizeAt, issues);
  if (ids && sizes && ids.length !== sizes.length) {
    issues.error(
      sizeAt.path,
      `"size" has ${sizes.length} entr${sizes.length === 1 ? 'y' : 'ies'}, but "id" names ${ids.length} dimension${ids.length === 1 ? '' : 's'}; they must match one to one.`,
    );
    sizes = undefined;
  }
  const cellCount = sizes ? countCells(sizes, sizeAt.path, issues) : -1;
  const dims = ids && sizes && isRecord(dimRoot) ? readDims(ids, sizes, inner, prefix, issues) : undefined;
  const out: Structure = { cellCount, role };
  if (ids) out.ids = ids;
  if (sizes) out.sizes = sizes;
  if (dims) out.dims = dims;
  return out;
}
