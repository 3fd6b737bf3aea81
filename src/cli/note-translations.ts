/**
 * Translations of a table's own footnotes. Statistics Norway writes a table's notes in bokmål (the English
 * metadata is a separate request the builder does not make for files), so nynorsk and English readers would get
 * them in bokmål. The configuration may give, per table, each note's exact bokmål text with its nynorsk and
 * English translation:
 *
 *     "noteTranslations": { "11713": [ { "nb": "<the note as the table has it>", "nn": "…", "en": "…" } ] }
 *
 * A note is translated only when its text is exactly the `nb` given (spaces aside): a note Statistics Norway has
 * reworded stays in bokmål, and the unused translation is reported, never applied to text it was not written for.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Localized } from '../data/types.js';

/** One footnote in the three languages; `nb` is the table's own text. */
export interface NoteTranslation {
  nb: string;
  nn: string;
  en: string;
}

/** Table id → the translations of its notes. */
export type NoteTranslations = Record<string, NoteTranslation[]>;

const plain = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The note in three languages when a translation was written for exactly this text; else the text as it is.
 * `used` collects the translations that matched (to report the ones that did not).
 */
export function translateNote(text: string, translations: readonly NoteTranslation[] | undefined, used?: Set<NoteTranslation>): Localized {
  if (!translations) return text;
  const key = plain(text);
  const t = translations.find((x) => plain(x.nb) === key);
  if (!t) return text;
  used?.add(t);
  return { nb: text, nn: t.nn, en: t.en };
}

/** The bokmål text of a note, for comparing notes however they are written. */
export function noteKey(note: Localized): string {
  return plain(typeof note === 'string' ? note : note.nb);
}
