import type { Lang } from '../data/types.js';

/**
 * Every fixed UI string the widgets show, in bokmål, nynorsk and English. `{name}` marks a value filled in by
 * {@link t}. Sentences about the figures themselves are built in summary.ts and source-line.ts, not here.
 */
export const MESSAGES = {
  // Loading, errors and empty states
  loading: { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  retry: { nb: 'Prøv igjen', nn: 'Prøv igjen', en: 'Try again' },
  errorTitle: { nb: 'Tallene kunne ikke vises', nn: 'Tala kunne ikkje visast', en: 'The figures could not be shown' },
  feedFailed: { nb: 'Feeden kunne ikke lastes', nn: 'Feeden kunne ikkje lastast', en: 'The feed could not be loaded' },
  errorDetails: { nb: '{n} problemer i feeden', nn: '{n} problem i feeden', en: '{n} problems in the feed' },
  mapNoAreas: {
    nb: 'Kartet viser kommuner og planregioner i Innlandet. Disse tallene gjelder fylker, landet eller steder utenfor Innlandet, og vises derfor som tabell.',
    nn: 'Kartet viser kommunar og planregionar i Innlandet. Desse tala gjeld fylke, landet eller stader utanfor Innlandet, og blir derfor viste som tabell.',
    en: 'The map shows municipalities and planning regions in Innlandet. These figures are for counties, the country or places outside Innlandet, so they are shown as a table.',
  },
  technicalDetails: { nb: 'Tekniske detaljer', nn: 'Tekniske detaljar', en: 'Technical details' },
  err_feed: { nb: 'Feeden har feil og kan ikke leses.', nn: 'Feeden har feil og kan ikkje lesast.', en: 'The feed has errors and cannot be read.' },
  err_invalid: { nb: 'Feeden kan ikke leses.', nn: 'Feeden kan ikkje lesast.', en: 'The feed cannot be read.' },
  err_render: { nb: 'Diagrammet kunne ikke tegnes.', nn: 'Diagrammet kunne ikkje teiknast.', en: 'The chart could not be drawn.' },
  err_http404: { nb: 'Feeden finnes ikke på denne adressen (HTTP 404).', nn: 'Feeden finst ikkje på denne adressa (HTTP 404).', en: 'There is no feed at this address (HTTP 404).' },
  err_http429: {
    nb: 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om litt.',
    nn: 'Serveren har for mykje å gjere og ber oss vente (HTTP 429). Prøv igjen om litt.',
    en: 'The server is busy and asks us to wait (HTTP 429). Try again shortly.',
  },
  err_http5xx: { nb: 'Serveren som leverer feeden, svarte med en feil (HTTP {status}).', nn: 'Serveren som leverer feeden, svarte med ein feil (HTTP {status}).', en: 'The server that provides the feed failed (HTTP {status}).' },
  err_http: { nb: 'Feeden svarte med HTTP {status}.', nn: 'Feeden svarte med HTTP {status}.', en: 'The feed answered HTTP {status}.' },
  err_timeout: { nb: 'Feeden svarte ikke i tide.', nn: 'Feeden svarte ikkje i tide.', en: 'The feed did not answer in time.' },
  err_network: {
    nb: 'Feeden kunne ikke nås (nettverksfeil, eller serveren tillater ikke at denne siden leser den).',
    nn: 'Feeden kunne ikkje nåast (nettverksfeil, eller serveren tillèt ikkje at denne sida les han).',
    en: 'The feed could not be reached (a network error, or the server does not let this page read it).',
  },
  err_content: { nb: 'Adressen ga en nettside, ikke data (JSON eller CSV).', nn: 'Adressa gav ei nettside, ikkje data (JSON eller CSV).', en: 'The address returned a web page, not data (JSON or CSV).' },
  err_large: { nb: 'Feeden er for stor til å vises her.', nn: 'Feeden er for stor til å visast her.', en: 'The feed is too large to show here.' },
  err_aborted: { nb: 'Lastingen ble avbrutt.', nn: 'Lastinga vart avbroten.', en: 'Loading was cancelled.' },
  someFeedsFailed: {
    nb: 'Noen av feedene kunne ikke lastes, og indikatorene fra dem vises ikke.',
    nn: 'Nokre av feedane kunne ikkje lastast, og indikatorane frå dei blir ikkje viste.',
    en: 'Some feeds could not be loaded, and their indicators are not shown.',
  },
  noSource: {
    nb: 'Ingen datakilde er angitt: sett attributtet src eller egenskapen data.',
    nn: 'Ingen datakjelde er oppgitt: set attributtet src eller eigenskapen data.',
    en: 'No data source is given: set the src attribute or the data property.',
  },
  empty: { nb: 'Ingen tall å vise.', nn: 'Ingen tal å vise.', en: 'No figures to show.' },
  emptyFor: { nb: 'Ingen tall for {x}.', nn: 'Ingen tal for {x}.', en: 'No figures for {x}.' },
  partial: { nb: 'Tall mangler for noen av de valgte områdene.', nn: 'Tal manglar for nokre av dei valde områda.', en: 'Figures are missing for some of the selected areas.' },
  stale: { nb: 'Viser lagrede tall, som kan være utdaterte.', nn: 'Viser lagra tal, som kan vere utdaterte.', en: 'Showing stored figures, which may be out of date.' },
  updated: { nb: 'Oppdatert {date}', nn: 'Oppdatert {date}', en: 'Updated {date}' },

  // Views and pickers
  viewGroup: { nb: 'Visning', nn: 'Vising', en: 'View' },
  view_chart: { nb: 'Diagram', nn: 'Diagram', en: 'Chart' },
  view_table: { nb: 'Tabell', nn: 'Tabell', en: 'Table' },
  view_map: { nb: 'Kart', nn: 'Kart', en: 'Map' },
  view_kpi: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figure' },
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
  keyFigures: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figures' },
  charts: { nb: 'Diagrammer', nn: 'Diagram', en: 'Charts' },

  // Toolbar
  toolbar: { nb: 'Verktøy', nn: 'Verktøy', en: 'Tools' },
  download: { nb: 'Last ned', nn: 'Last ned', en: 'Download' },
  downloadPng: { nb: 'Last ned PNG', nn: 'Last ned PNG', en: 'Download PNG' },
  downloadSvg: { nb: 'Last ned SVG', nn: 'Last ned SVG', en: 'Download SVG' },
  downloadCsv: { nb: 'Last ned CSV', nn: 'Last ned CSV', en: 'Download CSV' },
  copyLink: { nb: 'Kopier lenke', nn: 'Kopier lenkje', en: 'Copy link' },
  copyEmbed: { nb: 'Kopier innbyggingskode', nn: 'Kopier innbyggingskode', en: 'Copy embed code' },
  copied: { nb: 'Kopiert', nn: 'Kopiert', en: 'Copied' },
  copyFailed: { nb: 'Kunne ikke kopiere', nn: 'Kunne ikkje kopiere', en: 'Could not copy' },

  // Table
  colRegion: { nb: 'Region', nn: 'Region', en: 'Region' },
  colSeries: { nb: 'Kategori', nn: 'Kategori', en: 'Category' },
  colPeriod: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  colValue: { nb: 'Verdi', nn: 'Verdi', en: 'Value' },
  colNote: { nb: 'Merknad', nn: 'Merknad', en: 'Note' },
  captionUnit: { nb: 'Enhet: {unit}', nn: 'Eining: {unit}', en: 'Unit: {unit}' },
  captionPeriod: { nb: 'Periode: {period}', nn: 'Periode: {period}', en: 'Period: {period}' },
  sortHint: { nb: 'Velg en kolonneoverskrift for å sortere.', nn: 'Vel ei kolonneoverskrift for å sortere.', en: 'Choose a column heading to sort.' },
  sortBy: { nb: 'Sorter etter {column}', nn: 'Sorter etter {column}', en: 'Sort by {column}' },
  sortedAscending: { nb: 'sortert stigende', nn: 'sortert stigande', en: 'sorted ascending' },
  sortedDescending: { nb: 'sortert synkende', nn: 'sortert synkande', en: 'sorted descending' },
  comparison: { nb: 'sammenligning', nn: 'samanlikning', en: 'comparison' },
  derived: { nb: 'beregnet', nn: 'berekna', en: 'derived' },
  derivedNote: { nb: 'Beregnet av Innsikt fra tallene i kilden.', nn: 'Berekna av Innsikt frå tala i kjelda.', en: "Calculated by Innsikt from the source's figures." },
  qualifierTerm: { nb: 'over / under / ca.', nn: 'over / under / ca.', en: 'over / under / approx.' },
  qualifierNote: {
    nb: 'Kilden oppgir bare en grense («over 70») eller et omtrentlig tall («ca. 68»).',
    nn: 'Kjelda oppgjev berre ei grense («over 70») eller eit omtrentleg tal («ca. 68»).',
    en: 'The source gives only a bound ("over 70") or an approximate figure ("approx. 68").',
  },

  // Sources and notes
  notes: { nb: 'Merknader og kilder', nn: 'Merknader og kjelder', en: 'Notes and sources' },
  refs: { nb: 'Kildehenvisninger', nn: 'Kjeldetilvisingar', en: 'References' },
  source: { nb: 'Kilde', nn: 'Kjelde', en: 'Source' },
  sources: { nb: 'Kilder', nn: 'Kjelder', en: 'Sources' },
  sourceNotStated: { nb: 'ikke oppgitt', nn: 'ikkje oppgitt', en: 'not stated' },
  table: { nb: 'tabell', nn: 'tabell', en: 'table' },
  figure: { nb: 'figur', nn: 'figur', en: 'figure' },
  published: { nb: 'publisert {date}', nn: 'publisert {date}', en: 'published {date}' },
  retrieved: { nb: 'hentet {date}', nn: 'henta {date}', en: 'retrieved {date}' },
  sourceUpdated: { nb: 'oppdatert {date}', nn: 'oppdatert {date}', en: 'updated {date}' },
  licence: { nb: 'lisens {licence}', nn: 'lisens {licence}', en: 'licence {licence}' },
  unknownStatus: { nb: 'Symbol brukt av kilden, uten forklaring', nn: 'Symbol brukt av kjelda, utan forklaring', en: 'Symbol used by the source, without explanation' },

  // Comparison, key figure and map
  compareNorway: { nb: 'mot landet', nn: 'mot landet', en: 'against Norway' },
  compareWith: { nb: 'mot {region}', nn: 'mot {region}', en: 'against {region}' },
  kpiCompare: { nb: 'Mot {region}: {value}', nn: 'Mot {region}: {value}', en: 'Against {region}: {value}' },
  kpiChange: { nb: 'endring', nn: 'endring', en: 'change' },
  kpiChangeSpan: { nb: 'endring {period}', nn: 'endring {period}', en: 'change {period}' },
  mapLegend: { nb: 'Tegnforklaring', nn: 'Teiknforklaring', en: 'Legend' },
  mapNoData: { nb: 'Ingen data', nn: 'Ingen data', en: 'No data' },
  mapOutside: { nb: 'Utenfor kartet: {regions}', nn: 'Utanfor kartet: {regions}', en: 'Not on the map: {regions}' },

  // Sharing (src/components/share/)
  share: { nb: 'Del og last ned', nn: 'Del og last ned', en: 'Share and download' },
  linkCopied: { nb: 'Lenke kopiert', nn: 'Lenkje kopiert', en: 'Link copied' },
  embedCopied: { nb: 'Innbyggingskode kopiert', nn: 'Innbyggingskode kopiert', en: 'Embed code copied' },
  copyManually: {
    nb: 'Nettleseren tillot ikke kopiering. Teksten er markert: trykk Ctrl+C (⌘C på Mac).',
    nn: 'Nettlesaren tillét ikkje kopiering. Teksten er markert: trykk Ctrl+C (⌘C på Mac).',
    en: 'The browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).',
  },
  copyField: { nb: 'Tekst å kopiere', nn: 'Tekst å kopiere', en: 'Text to copy' },
  close: { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
  downloaded: { nb: '{file} er lastet ned', nn: '{file} er lasta ned', en: '{file} downloaded' },
  downloadFailed: { nb: 'Kunne ikke laste ned', nn: 'Kunne ikkje laste ned', en: 'Could not download' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

/**
 * A UI string in the given language, with `{name}` placeholders filled from `vars`. A placeholder without a
 * value is left as written, so a missing value shows up rather than vanishing.
 */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = MESSAGES[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
