// The rule lives with the other reader texts (src/indicators/reader-note.ts), where the pre-render uses it too.
export { readerNote } from '../indicators/reader-note.js';
