import type { Lang } from '../../data/types.js';

/**
 * What a widget says while its figures load and when they cannot be shown: loading, errors, retries, stale or
 * partial figures. Needed before any view has loaded (in the module every page loads first). Part of the message
 * catalogue (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const STATUS_MESSAGES = {
  loading: { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  retry: { nb: 'Prøv igjen', nn: 'Prøv igjen', en: 'Try again' },
  errorTitle: { nb: 'Tallene kunne ikke vises', nn: 'Tala kunne ikkje visast', en: 'The figures could not be shown' },
  errorDetails: { nb: '{n} problemer i dataene', nn: '{n} problem i dataa', en: '{n} problems in the data' },
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
} as const satisfies Record<string, Record<Lang, string>>;
