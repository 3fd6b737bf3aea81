import type { Lang } from '../data/types.js';

/**
 * The UI strings the elements themselves need before any view has loaded (loading, errors, pickers), in bokmål,
 * nynorsk and English. They are in the module every page loads first; the strings of the views, tables, sources
 * and sharing are in messages.ts, which arrives with the view runtime and includes these. `{name}` marks a value
 * filled in by {@link t}.
 */
export const CORE_MESSAGES = {
  // Loading, errors and empty states
  loading: { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  retry: { nb: 'Prøv igjen', nn: 'Prøv igjen', en: 'Try again' },
  errorTitle: { nb: 'Tallene kunne ikke vises', nn: 'Tala kunne ikkje visast', en: 'The figures could not be shown' },
  feedFailed: { nb: 'Datakilden kunne ikke lastes', nn: 'Datakjelda kunne ikkje lastast', en: 'The data source could not be loaded' },
  errorDetails: { nb: '{n} problemer i dataene', nn: '{n} problem i dataa', en: '{n} problems in the data' },
  mapNoAreas: {
    nb: 'Kartet viser kommuner og planregioner i Innlandet. Disse tallene gjelder fylker, landet eller steder utenfor Innlandet, og vises derfor som tabell.',
    nn: 'Kartet viser kommunar og planregionar i Innlandet. Desse tala gjeld fylke, landet eller stader utanfor Innlandet, og blir derfor viste som tabell.',
    en: 'The map shows municipalities and planning regions in Innlandet. These figures are for counties, the country or places outside Innlandet, so they are shown as a table.',
  },
  technicalDetails: { nb: 'Tekniske detaljer', nn: 'Tekniske detaljar', en: 'Technical details' },
  err_feed: { nb: 'Dataene har feil og kan ikke leses.', nn: 'Dataa har feil og kan ikkje lesast.', en: 'The data have errors and cannot be read.' },
  err_invalid: { nb: 'Dataene kan ikke leses.', nn: 'Dataa kan ikkje lesast.', en: 'The data cannot be read.' },
  err_render: { nb: 'Diagrammet kunne ikke tegnes.', nn: 'Diagrammet kunne ikkje teiknast.', en: 'The chart could not be drawn.' },
  err_http404: {
    nb: 'Det finnes ingen data på denne adressen (HTTP 404).',
    nn: 'Det finst ingen data på denne adressa (HTTP 404).',
    en: 'There are no data at this address (HTTP 404).',
  },
  err_http429: {
    nb: 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om litt.',
    nn: 'Serveren har for mykje å gjere og ber oss vente (HTTP 429). Prøv igjen om litt.',
    en: 'The server is busy and asks us to wait (HTTP 429). Try again shortly.',
  },
  err_http429wait: {
    nb: 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om {wait}.',
    nn: 'Serveren har for mykje å gjere og ber oss vente (HTTP 429). Prøv igjen om {wait}.',
    en: 'The server is busy and asks us to wait (HTTP 429). Try again in {wait}.',
  },
  oneSecond: { nb: '1 sekund', nn: '1 sekund', en: '1 second' },
  nSeconds: { nb: '{n} sekunder', nn: '{n} sekund', en: '{n} seconds' },
  nMinutes: { nb: '{n} minutter', nn: '{n} minutt', en: '{n} minutes' },
  err_http5xx: {
    nb: 'Serveren som leverer tallene, svarte med en feil (HTTP {status}).',
    nn: 'Serveren som leverer tala, svarte med ein feil (HTTP {status}).',
    en: 'The server that provides the figures failed (HTTP {status}).',
  },
  err_http: { nb: 'Datakilden svarte med HTTP {status}.', nn: 'Datakjelda svarte med HTTP {status}.', en: 'The data source answered HTTP {status}.' },
  err_timeout: { nb: 'Datakilden svarte ikke i tide.', nn: 'Datakjelda svarte ikkje i tide.', en: 'The data source did not answer in time.' },
  err_network: {
    nb: 'Datakilden kunne ikke nås (nettverksfeil, eller serveren tillater ikke at denne siden leser den).',
    nn: 'Datakjelda kunne ikkje nåast (nettverksfeil, eller serveren tillèt ikkje at denne sida les ho).',
    en: 'The data source could not be reached (a network error, or the server does not let this page read it).',
  },
  err_content: {
    nb: 'Adressen ga en nettside, ikke data (JSON eller CSV).',
    nn: 'Adressa gav ei nettside, ikkje data (JSON eller CSV).',
    en: 'The address returned a web page, not data (JSON or CSV).',
  },
  err_large: {
    nb: 'Datakilden er for stor til å vises her.',
    nn: 'Datakjelda er for stor til å visast her.',
    en: 'The data source is too large to show here.',
  },
  err_aborted: { nb: 'Lastingen ble avbrutt.', nn: 'Lastinga vart avbroten.', en: 'Loading was cancelled.' },
  someFeedsFailed: {
    nb: 'Noen av datakildene kunne ikke lastes, og indikatorene fra dem vises ikke.',
    nn: 'Nokre av datakjeldene kunne ikkje lastast, og indikatorane frå dei blir ikkje viste.',
    en: 'Some data sources could not be loaded, and their indicators are not shown.',
  },
  noSource: {
    nb: 'Ingen datakilde er angitt: sett attributtet src eller egenskapen data.',
    nn: 'Ingen datakjelde er oppgitt: set attributtet src eller eigenskapen data.',
    en: 'No data source is given: set the src attribute or the data property.',
  },
  partial: {
    nb: 'Tall mangler for noen av de valgte områdene.',
    nn: 'Tal manglar for nokre av dei valde områda.',
    en: 'Figures are missing for some of the selected areas.',
  },
  stale: {
    nb: 'Viser lagrede tall, som kan være utdaterte.',
    nn: 'Viser lagra tal, som kan vere utdaterte.',
    en: 'Showing stored figures, which may be out of date.',
  },

  // Views and pickers
  viewGroup: { nb: 'Visning', nn: 'Vising', en: 'View' },
  view_chart: { nb: 'Diagram', nn: 'Diagram', en: 'Chart' },
  view_table: { nb: 'Tabell', nn: 'Tabell', en: 'Table' },
  view_map: { nb: 'Kart', nn: 'Kart', en: 'Map' },
  view_kpi: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figure' },
  view_multiples: { nb: 'Små diagrammer', nn: 'Små diagram', en: 'Small multiples' },
  measure: { nb: 'Mål', nn: 'Mål', en: 'Measure' },
  period: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  latestPeriod: { nb: 'Siste periode', nn: 'Siste periode', en: 'Latest period' },
  region: { nb: 'Område', nn: 'Område', en: 'Area' },
  allRegions: { nb: 'Alle områder', nn: 'Alle område', en: 'All areas' },
  level_country: { nb: 'Land', nn: 'Land', en: 'Country' },
  level_county: { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },
  level_region: { nb: 'Regioner', nn: 'Regionar', en: 'Regions' },
  level_municipality: { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
  level_other: { nb: 'Andre områder', nn: 'Andre område', en: 'Other areas' },
  dashLink: { nb: 'Kopier lenke til utvalget', nn: 'Kopier lenkje til utvalet', en: 'Copy link to this selection' },
  dashLinkCopied: { nb: 'Lenke kopiert', nn: 'Lenkje kopiert', en: 'Link copied' },
  keyFigures: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figures' },
  charts: { nb: 'Diagrammer', nn: 'Diagram', en: 'Charts' },

  // Sources and notes
  notes: { nb: 'Merknader og kilder', nn: 'Merknader og kjelder', en: 'Notes and sources' },
  refs: { nb: 'Kildehenvisninger', nn: 'Kjeldetilvisingar', en: 'References' },
} as const satisfies Record<string, Record<Lang, string>>;

export type CoreMessageKey = keyof typeof CORE_MESSAGES;

/** Fills `{name}` placeholders from `vars`; a placeholder without a value is left as written. */
export function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A core UI string in the given language (see {@link fill}). */
export function t(lang: Lang, key: CoreMessageKey, vars?: Record<string, string | number>): string {
  return fill(CORE_MESSAGES[key][lang], vars);
}
