import type { Lang } from '../../data/types.js';
import { fill } from './fill.js';

/**
 * The municipality profile (`<inn-profile>`): its headings, pickers and summary sentences. Part of the message
 * catalogue (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const PROFILE_MESSAGES = {
  profileTitle: { nb: 'Kommuneprofil: {region}', nn: 'Kommuneprofil: {region}', en: 'Municipal profile: {region}' },
  countyProfileTitle: { nb: 'Fylkesprofil: {region}', nn: 'Fylkesprofil: {region}', en: 'County profile: {region}' },
  regionProfileTitle: { nb: 'Regionprofil: {region}', nn: 'Regionprofil: {region}', en: 'Regional profile: {region}' },
  groupPlanning: { nb: 'Planregioner', nn: 'Planregionar', en: 'Planning regions' },
  pickRegion: { nb: 'Velg område', nn: 'Vel område', en: 'Choose area' },
  groupCounty: { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  groupMunicipalities: { nb: 'Kommuner i Innlandet', nn: 'Kommunar i Innlandet', en: "Innlandet's municipalities" },
  print: { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
  summaryHeading: { nb: 'Sammendrag', nn: 'Samandrag', en: 'Summary' },
  sourcesHeading: { nb: 'Kilder', nn: 'Kjelder', en: 'Sources' },
  reportYear: { nb: 'rapport, {year}', nn: 'rapport, {year}', en: 'report, {year}' },
  pictureFailed: { nb: 'Bildet kunne ikke lages.', nn: 'Biletet kunne ikkje lagast.', en: 'The picture could not be made.' },
  noFigures: { nb: 'Ingen av tallene gjelder {region}.', nn: 'Ingen av tala gjeld {region}.', en: 'None of the figures are for {region}.' },
  unknownRegion: {
    nb: 'Ukjent område: {code}. Velg et område i listen.',
    nn: 'Ukjent område: {code}. Vel eit område i lista.',
    en: 'Unknown area: {code}. Choose an area from the list.',
  },
  someFailed: {
    nb: 'Noen av tallene kunne ikke lastes: {what}.',
    nn: 'Nokre av tala kunne ikkje lastast: {what}.',
    en: 'Some of the figures could not be loaded: {what}.',
  },
  latest: { nb: 'Siste tall', nn: 'Siste tal', en: 'Latest figure' },
  change5: { nb: 'Endring siste 5 år', nn: 'Endring siste 5 år', en: 'Change, last 5 years' },
  change10: { nb: 'Endring siste 10 år', nn: 'Endring siste 10 år', en: 'Change, last 10 years' },
  rankLabel: { nb: 'Plass blant kommunene i Innlandet', nn: 'Plass blant kommunane i Innlandet', en: "Rank among Innlandet's municipalities" },
  rankValue: { nb: 'nr. {rank} av {of}', nn: 'nr. {rank} av {of}', en: 'no. {rank} of {of}' },
  rankHint: {
    nb: 'Plass blant kommunene i Innlandet: nr. 1 har høyest verdi.',
    nn: 'Plass blant kommunane i Innlandet: nr. 1 har høgast verdi.',
    en: "Rank among Innlandet's municipalities: no. 1 has the highest value.",
  },
  changeSpan: { nb: '{change} ({from}–{to})', nn: '{change} ({from}–{to})', en: '{change} ({from}–{to})' },
  points: { nb: 'prosentpoeng', nn: 'prosentpoeng', en: 'percentage points' },
  indexPoints: { nb: 'poeng', nn: 'poeng', en: 'points' },
  derivedMark: {
    nb: 'Beregnet av Innsikt fra tallene i kilden.',
    nn: 'Berekna av Innsikt frå tala i kjelda.',
    en: "Calculated by Innsikt from the source's figures.",
  },
  chartOf: { nb: '{measure}, {period}: {regions}', nn: '{measure}, {period}: {regions}', en: '{measure}, {period}: {regions}' },
  sLatest: {
    nb: '{measure} i {region} i {period}: {value}.',
    nn: '{measure} i {region} i {period}: {value}.',
    en: '{measure} in {region} in {period}: {value}.',
  },
  sRank: {
    nb: 'Det er nr. {rank} av {of} kommuner i Innlandet, regnet fra den høyeste verdien.',
    nn: 'Det er nr. {rank} av {of} kommunar i Innlandet, rekna frå den høgaste verdien.',
    en: "That is number {rank} of Innlandet's {of} municipalities, counting from the highest value.",
  },
  sUp: {
    nb: 'Fra {from} til {to} økte tallet med {change}.',
    nn: 'Frå {from} til {to} auka talet med {change}.',
    en: 'From {from} to {to} it rose by {change}.',
  },
  sDown: {
    nb: 'Fra {from} til {to} gikk tallet ned med {change}.',
    nn: 'Frå {from} til {to} gjekk talet ned med {change}.',
    en: 'From {from} to {to} it fell by {change}.',
  },
  sSame: { nb: 'Fra {from} til {to} var tallet uendret.', nn: 'Frå {from} til {to} var talet uendra.', en: 'From {from} to {to} it was unchanged.' },
  sCompare: { nb: 'Til sammenligning: {list}.', nn: 'Til samanlikning: {list}.', en: 'For comparison: {list}.' },
  sRemark: { nb: 'Merknad for {period}: {text}', nn: 'Merknad for {period}: {text}', en: 'Note on {period}: {text}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ProfileMessageKey = keyof typeof PROFILE_MESSAGES;

/** A profile string in the given language, `{name}` placeholders filled from `vars`. */
export function pt(lang: Lang, key: ProfileMessageKey, vars?: Record<string, string | number>): string {
  return fill(PROFILE_MESSAGES[key][lang], vars);
}
