/**
 * Statistics Norway's status symbols (https://www.ssb.no/en/help/symbols-in-tables).
 * A cell with a symbol and no number is a labelled gap, never zero.
 */
// A null-prototype object: a status is feed text, and STATUS_SYMBOLS['constructor'] must be undefined.
export const STATUS_SYMBOLS: Record<string, { nb: string; nn: string; en: string }> = Object.assign(
  Object.create(null) as Record<string, { nb: string; nn: string; en: string }>,
  {
    '..': {
      nb: 'Tall kan ikke offentliggjøres eller er ikke tilgjengelig',
      nn: 'Tal kan ikkje offentleggjerast eller er ikkje tilgjengeleg',
      en: 'Data not available',
    },
    '.': { nb: 'Ikke mulig å oppgi tall', nn: 'Ikkje mogleg å oppgi tal', en: 'Category not applicable' },
    ':': { nb: 'Vises ikke av konfidensialitetshensyn', nn: 'Blir ikkje vist av omsyn til konfidensialitet', en: 'Confidential' },
    '-': { nb: 'Null', nn: 'Null', en: 'Nil' },
    '…': { nb: 'Oppgave mangler', nn: 'Oppgåve manglar', en: 'Data not yet available' },
  },
);

const trimmed = /^\s*(\.\.\.|…|\.\.|\.|:|-)\s*$/;

/** The status symbol a text cell stands for, or undefined when it is not one. `...` is read as `…`. */
export function statusSymbol(text: string): string | undefined {
  const m = trimmed.exec(text);
  if (!m) return undefined;
  return m[1] === '...' ? '…' : m[1];
}

export function isKnownStatus(symbol: string): boolean {
  return Object.hasOwn(STATUS_SYMBOLS, symbol);
}
