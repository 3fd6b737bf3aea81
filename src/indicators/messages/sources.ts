import type { Lang } from '../../data/types.js';

/**
 * Crediting the figures: the source line, computed figures, and the bounds and approximations a source gives. Part
 * of the message catalogue (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const SOURCE_MESSAGES = {
  source: { nb: 'Kilde', nn: 'Kjelde', en: 'Source' },
  sources: { nb: 'Kilder', nn: 'Kjelder', en: 'Sources' },
  sourceNotStated: { nb: 'ikke oppgitt', nn: 'ikkje oppgitt', en: 'not stated' },
  table: { nb: 'tabell', nn: 'tabell', en: 'table' },
  figure: { nb: 'figur', nn: 'figur', en: 'figure' },
  published: { nb: 'publisert {date}', nn: 'publisert {date}', en: 'published {date}' },
  retrieved: { nb: 'hentet {date}', nn: 'henta {date}', en: 'retrieved {date}' },
  sourceUpdated: { nb: 'oppdatert {date}', nn: 'oppdatert {date}', en: 'updated {date}' },
  licence: { nb: 'lisens {licence}', nn: 'lisens {licence}', en: 'licence {licence}' },
  unknownStatus: {
    nb: 'Symbol brukt av kilden, uten forklaring',
    nn: 'Symbol brukt av kjelda, utan forklaring',
    en: 'Symbol used by the source, without explanation',
  },
  derived: { nb: 'beregnet', nn: 'berekna', en: 'derived' },
  derivedNote: {
    nb: 'Beregnet av Innsikt fra tallene i kilden.',
    nn: 'Berekna av Innsikt frå tala i kjelda.',
    en: "Calculated by Innsikt from the source's figures.",
  },
  qualifierTerm: { nb: 'over / under / ca.', nn: 'over / under / ca.', en: 'over / under / approx.' },
  qualifierNote: {
    nb: 'Kilden oppgir bare en grense («over 70») eller et omtrentlig tall («ca. 68»).',
    nn: 'Kjelda oppgjev berre ei grense («over 70») eller eit omtrentleg tal («ca. 68»).',
    en: 'The source gives only a bound ("over 70") or an approximate figure ("approx. 68").',
  },
  qualifier_atLeast: {
    nb: 'Nedre grense: den faktiske verdien er minst så høy som tallet (kilden skriver for eksempel «over 70» eller «vel 4»).',
    nn: 'Nedre grense: den faktiske verdien er minst så høg som talet (kjelda skriv til dømes «over 70» eller «vel 4»).',
    en: 'Lower bound: the true value is at least as high as the figure (the source says, for example, "over 70" or "just over 4").',
  },
  qualifier_atMost: {
    nb: 'Øvre grense: den faktiske verdien er høyst så høy som tallet (kilden skriver for eksempel «under 30»).',
    nn: 'Øvre grense: den faktiske verdien er høgst så høg som talet (kjelda skriv til dømes «under 30»).',
    en: 'Upper bound: the true value is at most as high as the figure (the source says, for example, "under 30").',
  },
  qualifier_approx: {
    nb: 'Omtrentlig: kilden oppgir tallet som omtrentlig (for eksempel «ca. 68» eller «om lag 8»).',
    nn: 'Omtrentleg: kjelda oppgjev talet som omtrentleg (til dømes «ca. 68» eller «om lag 8»).',
    en: 'Approximate: the source gives the figure as approximate (for example "about 68").',
  },
  sourceSays: { nb: 'Kilden sier', nn: 'Kjelda seier', en: 'Source says' },
  total: { nb: 'i alt', nn: 'i alt', en: 'total' },
  /** A chart's tooltip: a click on the figure opens its source card (issue 19). */
  cardHint: { nb: 'Klikk for kilde', nn: 'Klikk for kjelde', en: 'Click for the source' },
} as const satisfies Record<string, Record<Lang, string>>;
