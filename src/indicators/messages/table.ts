import type { Lang } from '../../data/types.js';

/**
 * The table view's column headings and marks. Part of the message catalogue (see catalogue.ts); `{name}` marks a
 * value filled in when the string is used.
 */
export const TABLE_MESSAGES = {
  colRegion: { nb: 'Region', nn: 'Region', en: 'Region' },
  colSeries: { nb: 'Kategori', nn: 'Kategori', en: 'Category' },
  colPeriod: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  colValue: { nb: 'Verdi', nn: 'Verdi', en: 'Value' },
  comparison: { nb: 'sammenligning', nn: 'samanlikning', en: 'comparison' },
  annotationsHeading: { nb: 'Merknader', nn: 'Merknader', en: 'Notes on the periods' },
} as const satisfies Record<string, Record<Lang, string>>;
