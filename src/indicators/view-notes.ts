/** The notes under a view: the feed's notes that concern the rows shown, in the page's language. */
import type { Dataset, Lang } from '../data/types.js';
import { localize } from './format.js';
import { t } from './messages/catalogue.js';
import type { ViewNote, ViewRow } from './view-model.js';

export function viewNotes(ds: Dataset, indicator: string, rows: ViewRow[], lang: Lang): ViewNote[] {
  // A note that cites a report line (`…@003_x.txt:2816`) belongs with figures from that report: it is shown
  // only when a row shown comes from the same report file.
  const shownFiles = new Set(rows.flatMap((r) => (r.ref ?? '').split('+').map((x) => x.split(':')[0])));
  const notes: ViewNote[] = ds.notes
    .filter((n) => {
      const scope = n.scope ?? 'dataset';
      const [what, ref] = scope.split('@');
      const relevant = what === 'dataset' || what === `indicator:${indicator}` || what!.startsWith('category:');
      return relevant && (ref === undefined || shownFiles.has(ref.split(':')[0]));
    })
    .map((n) => ({ text: localize(n.text, lang), mandatory: n.mandatory }));
  // Figures with no period (a file with no year column) are shown, and the reader told that they have none.
  if (rows.length > 0 && rows.every((r) => r.period === '')) notes.unshift({ text: t(lang, 'noPeriodColumn'), mandatory: true });
  return notes;
}
