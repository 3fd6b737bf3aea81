import type { Lang } from '../../data/types.js';
import { fill } from './fill.js';

/**
 * A figure's source card (issue 19), which loads when a reader opens a card. Part of the message catalogue (see
 * catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const CARD_MESSAGES = {
  cardBack: { nb: 'Tilbake til {x}', nn: 'Tilbake til {x}', en: 'Back to {x}' },
  formulaPerCapita: { nb: '{measure} delt på {population}', nn: '{measure} delt på {population}', en: '{measure} divided by {population}' },
  formulaTimes: { nb: ', ganger {n}', nn: ', gonger {n}', en: ', times {n}' },
  formulaRelative: {
    nb: '{measure} for {region} delt på det samme tallet for {compare}, ganger 100',
    nn: '{measure} for {region} delt på det same talet for {compare}, gonger 100',
    en: '{measure} for {region} divided by the same figure for {compare}, times 100',
  },
  formulaIndex: {
    nb: '{measure} i {period} delt på det samme tallet i {base}, ganger 100',
    nn: '{measure} i {period} delt på det same talet i {base}, gonger 100',
    en: '{measure} in {period} divided by the same figure in {base}, times 100',
  },
  formulaRank: {
    nb: 'Plassen til {region} blant de {n} viste områdene etter {measure}; 1 er høyest',
    nn: 'Plassen til {region} blant dei {n} viste områda etter {measure}; 1 er høgast',
    en: 'The place of {region} among the {n} areas shown by {measure}; 1 is the highest',
  },
  formulaPeers: {
    nb: 'Gjennomsnittet av {measure} for {names}: summen delt på {n}',
    nn: 'Gjennomsnittet av {measure} for {names}: summen delt på {n}',
    en: 'The average of {measure} for {names}: their sum divided by {n}',
  },
  cardTitle: { nb: 'Kilde for tallet', nn: 'Kjelde for talet', en: 'Source of the figure' },
  cardClose: { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
  cardCopy: { nb: 'Kopier kildehenvisning', nn: 'Kopier kjeldetilvising', en: 'Copy citation' },
  cardCitation: { nb: 'Kildehenvisning', nn: 'Kjeldetilvising', en: 'Citation' },
  cardNotes: { nb: 'Fotnoter', nn: 'Fotnotar', en: 'Footnotes' },
  cardTable: { nb: 'Tabell', nn: 'Tabell', en: 'Table' },
  cardTableNo: { nb: 'Tabell {n}', nn: 'Tabell {n}', en: 'Table {n}' },
  cardStatistic: { nb: 'Statistikkvariabel', nn: 'Statistikkvariabel', en: 'Statistic' },
  cardQuery: { nb: 'Spørring', nn: 'Spørjing', en: 'Query' },
  cardRetrieved: { nb: 'Hentet', nn: 'Henta', en: 'Retrieved' },
  cardUpdated: { nb: 'Tabellen sist oppdatert', nn: 'Tabellen sist oppdatert', en: 'Table last updated' },
  cardPublished: { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  cardStatus: { nb: 'Symbol', nn: 'Symbol', en: 'Symbol' },
  cardFormula: { nb: 'Beregnet slik', nn: 'Berekna slik', en: 'Calculated as' },
  cardInput: { nb: 'Bygger på', nn: 'Byggjer på', en: 'Input' },
  cardReport: { nb: 'Rapport', nn: 'Rapport', en: 'Report' },
  cardSeries: { nb: 'Serie og nummer', nn: 'Serie og nummer', en: 'Series and number' },
  cardAuthors: { nb: 'Forfatter eller redaktør', nn: 'Forfattar eller redaktør', en: 'Author or editor' },
  cardLink: { nb: 'På nett', nn: 'På nett', en: 'Online' },
  cardQuote: { nb: 'Sitat', nn: 'Sitat', en: 'Quotation' },
  cardPublisher: { nb: 'Utgiver', nn: 'Utgjevar', en: 'Publisher' },
  cardYear: { nb: 'År', nn: 'År', en: 'Year' },
  cardPart: { nb: 'Sted i rapporten', nn: 'Stad i rapporten', en: 'Where in the report' },
  cardCiteRetrieved: { nb: 'Hentet {date} fra {url}', nn: 'Henta {date} frå {url}', en: 'Retrieved {date} from {url}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type CardMessageKey = keyof typeof CARD_MESSAGES;

/** A source card's string in the given language, `{name}` placeholders filled from `vars`. */
export function tc(lang: Lang, key: CardMessageKey, vars?: Record<string, string | number>): string {
  return fill(CARD_MESSAGES[key][lang], vars);
}
