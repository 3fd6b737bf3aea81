/**
 * Notes of a JSON-stat dataset at dataset, dimension and category level, with SSB's "mandatory" flags. Category
 * notes are scoped with the normalised region code for the region dimension, and also joined per category position
 * so that each observation can carry the notes of its cell.
 */
import type { Note } from '../types.js';
import { isRecord, type JsonObject } from '../is-record.js';
import type { Dim } from './dimension.js';
import { clip } from './text.js';

/** The joined category notes of dimension `k` per category position. */
export interface NoteDim {
  k: number;
  texts: Array<string | undefined>;
}

/** Whether note number `i` is flagged mandatory. SSB writes `{"1": true}`; arrays (`[false, true]` or `[1]`) are read too. */
function isMandatory(spec: unknown, i: number): boolean {
  if (spec === true) return true;
  if (Array.isArray(spec)) return spec[i] === true || (spec.length > 0 && typeof spec[0] === 'number' && spec.includes(i));
  if (isRecord(spec)) {
    const v = spec[String(i)];
    return v === true || v === 'true';
  }
  return false;
}

function noteTexts(x: unknown): string[] {
  if (typeof x === 'string') return x.trim() ? [x] : [];
  if (Array.isArray(x)) return x.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  return [];
}

function pushNotes(out: Note[], raw: unknown, mandatorySpec: unknown, scope: string): void {
  const all = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  all.forEach((t: unknown, i) => {
    if (typeof t === 'string' && t.trim() !== '') out.push({ text: clip(t), mandatory: isMandatory(mandatorySpec, i), scope });
  });
}

const extensionOf = (obj: JsonObject) => (isRecord(obj['extension']) ? obj['extension'] : undefined);

/** Category notes of one dimension: Dataset.notes entries, and the joined text per category position (for Observation.note). */
function categoryNotes(dim: Dim, scopeCodes: string[], notes: Note[]): Array<string | undefined> | undefined {
  const cat = dim.obj['category'] as JsonObject;
  const raw = cat['note'];
  if (!isRecord(raw)) return undefined;
  const ext = extensionOf(dim.obj);
  const mand = isRecord(ext?.['categoryNoteMandatory']) ? ext['categoryNoteMandatory'] : undefined;
  const perPos = new Array<string | undefined>(dim.codes.length);
  let any = false;
  for (let k = 0; k < dim.codes.length; k++) {
    const code = dim.codes[k]!;
    if (!Object.hasOwn(raw, code)) continue;
    const texts = noteTexts(raw[code]);
    if (texts.length === 0) continue;
    pushNotes(notes, raw[code], mand?.[code], `category:${dim.id}/${scopeCodes[k]}`);
    perPos[k] = texts.join('\n');
    any = true;
  }
  return any ? perPos : undefined;
}

/** Every note, in order: the dataset's, then per dimension its own and its categories'. */
export function readNotes(ds: JsonObject, dims: Dim[], regionIdx: number, regionCodes: string[]): { notes: Note[]; noteDims: NoteDim[] } {
  const notes: Note[] = [];
  pushNotes(notes, ds['note'], extensionOf(ds)?.['noteMandatory'], 'dataset');
  const noteDims: NoteDim[] = [];
  for (let k = 0; k < dims.length; k++) {
    const d = dims[k]!;
    pushNotes(notes, d.obj['note'], extensionOf(d.obj)?.['noteMandatory'], `dimension:${d.id}`);
    const texts = categoryNotes(d, k === regionIdx ? regionCodes : d.codes, notes);
    if (texts) noteDims.push({ k, texts });
  }
  return { notes, noteDims };
}
