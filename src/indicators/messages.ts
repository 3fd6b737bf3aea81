import type { Lang } from '../data/types.js';
import { CORE_MESSAGES, fill } from './messages-core.js';

/**
 * Every fixed UI string the widgets show, in bokmål, nynorsk and English. `{name}` marks a value filled in by
 * {@link t}. Sentences about the figures themselves are built in summary.ts and source-line.ts, not here.
 */
export const MESSAGES = {
  ...CORE_MESSAGES,
  // Loading, errors and empty states
  empty: { nb: 'Ingen tall å vise.', nn: 'Ingen tal å vise.', en: 'No figures to show.' },
  emptyFor: { nb: 'Ingen tall for {x}.', nn: 'Ingen tal for {x}.', en: 'No figures for {x}.' },
  updated: { nb: 'Oppdatert {date}', nn: 'Oppdatert {date}', en: 'Updated {date}' },

  // Toolbar
  toolbar: { nb: 'Verktøy', nn: 'Verktøy', en: 'Tools' },
  download: { nb: 'Last ned', nn: 'Last ned', en: 'Download' },
  downloadPng: { nb: 'Last ned PNG', nn: 'Last ned PNG', en: 'Download PNG' },
  downloadSvg: { nb: 'Last ned SVG', nn: 'Last ned SVG', en: 'Download SVG' },
  downloadCsv: { nb: 'Last ned CSV', nn: 'Last ned CSV', en: 'Download CSV' },
  copyLink: { nb: 'Kopier lenke', nn: 'Kopier lenkje', en: 'Copy link' },
  copyEmbed: { nb: 'Kopier innbyggingskode', nn: 'Kopier innbyggingskode', en: 'Copy embed code' },
  copied: { nb: 'Kopiert', nn: 'Kopiert', en: 'Copied' },
  /** A chart's tooltip: a click on the figure opens its source card (issue 19). */
  cardHint: { nb: 'Klikk for kilde', nn: 'Klikk for kjelde', en: 'Click for the source' },
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

  // Sources and notes
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

  // What changed in the last update (issue 19)
  changesLine: { nb: 'Nye tall {date}: {parts}', nn: 'Nye tal {date}: {parts}', en: 'New figures {date}: {parts}' },
  changesLineBare: { nb: 'Nye tall {date}', nn: 'Nye tal {date}', en: 'New figures {date}' },
  changeAdded: { nb: '{x} lagt til', nn: '{x} lagt til', en: '{x} added' },
  changeRemoved: { nb: '{x} fjernet', nn: '{x} fjerna', en: '{x} removed' },
  changeRevisedOne: { nb: '1 tall revidert', nn: '1 tal revidert', en: '1 figure revised' },
  changeRevised: { nb: '{n} tall revidert', nn: '{n} tal reviderte', en: '{n} figures revised' },
  changeRegionsAdded: { nb: 'nye regioner: {x}', nn: 'nye regionar: {x}', en: 'new regions: {x}' },
  changeRegionsRemoved: { nb: 'regioner fjernet: {x}', nn: 'regionar fjerna: {x}', en: 'regions removed: {x}' },
  changeCodesAdded: { nb: 'nye kategorier: {x}', nn: 'nye kategoriar: {x}', en: 'new categories: {x}' },
  changeCodesRemoved: { nb: 'kategorier fjernet: {x}', nn: 'kategoriar fjerna: {x}', en: 'categories removed: {x}' },
  changeLabel: { nb: 'nytt navn: «{old}» heter nå «{new}»', nn: 'nytt namn: «{old}» heiter no «{new}»', en: 'renamed: "{old}" is now "{new}"' },
  changeNoteAdded: { nb: 'ny merknad: {x}', nn: 'ny merknad: {x}', en: 'new note: {x}' },
  changeNoteRemoved: { nb: 'merknad fjernet: {x}', nn: 'merknad fjerna: {x}', en: 'note removed: {x}' },
  changeMoreRevisions: { nb: 'og {n} tall til', nn: 'og {n} tal til', en: 'and {n} more figures' },
  revisedMark: { nb: 'revidert, før {old}', nn: 'revidert, før {old}', en: 'revised, previously {old}' },
  revisedNote: { nb: 'Revidert ved siste oppdatering.', nn: 'Revidert ved siste oppdatering.', en: 'Revised in the last update.' },

  // Tables not made for Innsikt (issue 15)
  mapNoRegions: {
    nb: 'Disse tallene gjelder ikke enkeltregioner, så de kan ikke vises på kart. De vises som tabell.',
    nn: 'Desse tala gjeld ikkje einskilde regionar, så dei kan ikkje visast på kart. Dei blir viste som tabell.',
    en: 'These figures are not for particular regions, so they cannot be shown on a map. They are shown as a table.',
  },
  municipalitiesIn: { nb: 'Kommuner i {county}', nn: 'Kommunar i {county}', en: 'Municipalities in {county}' },
  noPeriodColumn: {
    nb: 'Filen har ingen kolonne for år eller periode.',
    nn: 'Fila har ingen kolonne for år eller periode.',
    en: 'The file has no year or period column.',
  },

  // Comparison, key figure and map
  compareNorway: { nb: 'mot landet', nn: 'mot landet', en: 'against Norway' },
  compareWith: { nb: 'mot {region}', nn: 'mot {region}', en: 'against {region}' },
  kpiCompare: { nb: 'Mot {region}: {value}', nn: 'Mot {region}: {value}', en: 'Against {region}: {value}' },
  kpiChange: { nb: 'endring', nn: 'endring', en: 'change' },
  kpiChangeSpan: { nb: 'endring {period}', nn: 'endring {period}', en: 'change {period}' },
  mapLegend: { nb: 'Tegnforklaring', nn: 'Teiknforklaring', en: 'Legend' },
  mapKeys: {
    nb: 'Piltastene flytter mellom områdene, Enter velger.',
    nn: 'Piltastane flyttar mellom områda, Enter vel.',
    en: 'Arrow keys move between areas, Enter selects.',
  },
  mapComparison: { nb: 'Sammenligning', nn: 'Samanlikning', en: 'Comparison' },
  mapCredit: { nb: 'Kartgrunnlag: © {who} (CC BY 4.0)', nn: 'Kartgrunnlag: © {who} (CC BY 4.0)', en: 'Map data: © {who} (CC BY 4.0)' },
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

  // Nearest figures, when a selection has none (src/components/nearest-figures.ts)
  nearestPeriod: {
    nb: 'Ingen tall for {asked}. Viser nærmeste periode med tall: {shown}.',
    nn: 'Ingen tal for {asked}. Viser næraste periode med tal: {shown}.',
    en: 'No figures for {asked}. Showing the nearest period with figures: {shown}.',
  },
  nearestRegion: {
    nb: 'Ingen tall for {asked}. Viser områdene som har tall.',
    nn: 'Ingen tal for {asked}. Viser områda som har tal.',
    en: 'No figures for {asked}. Showing the areas that have figures.',
  },
  nearestRegionList: {
    nb: 'Ingen tall for {asked}. Tall finnes for {shown}, som vises her.',
    nn: 'Ingen tal for {asked}. Tal finst for {shown}, som blir viste her.',
    en: 'No figures for {asked}. Figures exist for {shown}, shown here.',
  },
  // The dashboard's pickers and link (src/components/inn-dashboard/)
  coveredBy: { nb: '{name} (tall for {n} av {total})', nn: '{name} (tal for {n} av {total})', en: '{name} (figures for {n} of {total})' },
  coverageHint: {
    nb: 'Tallene i parentes sier hvor mange av indikatorene som har tall for valget. Uten tall vises nærmeste tall med en merknad.',
    nn: 'Tala i parentes seier kor mange av indikatorane som har tal for valet. Utan tal blir næraste tal viste med ein merknad.',
    en: 'The numbers in brackets say how many of the indicators have figures for the choice. Without figures, the nearest figures are shown with a note.',
  },
  // Comparison modes (src/indicators/comparison-mode.ts)
  multiplesNote: {
    nb: 'Ett lite diagram per område, {span}, alle med samme skala ({unit}). Velg et område for å se tallene.',
    nn: 'Eitt lite diagram per område, {span}, alle med same skala ({unit}). Vel eit område for å sjå tala.',
    en: 'One small chart per area, {span}, all on the same scale ({unit}). Choose an area to see its figures.',
  },
  multiplesSort: { nb: 'Sorter etter', nn: 'Sorter etter', en: 'Sort by' },
  sortLatest: { nb: 'Siste verdi', nn: 'Siste verdi', en: 'Latest value' },
  sortChange: { nb: 'Endring {span}', nn: 'Endring {span}', en: 'Change {span}' },
  modePicker: { nb: 'Vis som', nn: 'Vis som', en: 'Show as' },
  mode_level: { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'mode_per-capita': { nb: 'Per innbygger', nn: 'Per innbyggjar', en: 'Per inhabitant' },
  mode_relative: { nb: '{region} = 100', nn: '{region} = 100', en: '{region} = 100' },
  mode_index: { nb: 'Indeks (basisår = 100)', nn: 'Indeks (basisår = 100)', en: 'Index (base year = 100)' },
  mode_peers: { nb: 'Sammenligningsgruppe', nn: 'Samanlikningsgruppe', en: 'Peer group' },
  peerMean: { nb: 'Snitt for sammenligningsgruppen', nn: 'Snitt for samanlikningsgruppa', en: 'Peer group average' },
  derivedPeers: {
    nb: 'Snittet for sammenligningsgruppen er beregnet av Innsikt fra tallene for {names}.',
    nn: 'Snittet for samanlikningsgruppa er berekna av Innsikt frå tala for {names}.',
    en: 'The peer group average is calculated by Innsikt from the figures for {names}.',
  },
  mode_rank: { nb: 'Rangering', nn: 'Rangering', en: 'Rank' },
  basePicker: { nb: 'Basisår', nn: 'Basisår', en: 'Base year' },
  unitPerCapita: { nb: '{unit} per innbygger', nn: '{unit} per innbyggjar', en: '{unit} per inhabitant' },
  unitPer1000: { nb: '{unit} per 1000 innbyggere', nn: '{unit} per 1000 innbyggjarar', en: '{unit} per 1,000 inhabitants' },
  unitRelative: { nb: 'indeks, {region} = 100', nn: 'indeks, {region} = 100', en: 'index, {region} = 100' },
  unitIndex: { nb: 'indeks, {base} = 100', nn: 'indeks, {base} = 100', en: 'index, {base} = 100' },
  labelPerCapita: { nb: '{label} per innbygger', nn: '{label} per innbyggjar', en: '{label} per inhabitant' },
  labelPer1000: { nb: '{label} per 1000 innbyggere', nn: '{label} per 1000 innbyggjarar', en: '{label} per 1,000 inhabitants' },
  labelRelative: { nb: '{label}, indeks, {region} = 100', nn: '{label}, indeks, {region} = 100', en: '{label}, index, {region} = 100' },
  labelIndex: { nb: '{label}, indeks, {base} = 100', nn: '{label}, indeks, {base} = 100', en: '{label}, index, {base} = 100' },
  labelRank: {
    nb: '{label}, plass blant de viste områdene (1 = høyest)',
    nn: '{label}, plass blant dei viste områda (1 = høgast)',
    en: '{label}, rank among the areas shown (1 = highest)',
  },
  derivedPerCapita: {
    nb: 'Beregnet av Innsikt fra {label} og {population}.',
    nn: 'Berekna av Innsikt frå {label} og {population}.',
    en: 'Calculated by Innsikt from {label} and {population}.',
  },
  derivedRelative: {
    nb: 'Beregnet av Innsikt fra {label}, med {region} = 100.',
    nn: 'Berekna av Innsikt frå {label}, med {region} = 100.',
    en: 'Calculated by Innsikt from {label}, with {region} = 100.',
  },
  derivedIndex: {
    nb: 'Beregnet av Innsikt fra {label}, med {base} = 100.',
    nn: 'Berekna av Innsikt frå {label}, med {base} = 100.',
    en: 'Calculated by Innsikt from {label}, with {base} = 100.',
  },
  derivedRank: {
    nb: 'Beregnet av Innsikt fra {label}: plass blant de viste områdene, 1 er høyest. «ca.» der kilden bare gir en grense eller et omtrentlig tall.',
    nn: 'Berekna av Innsikt frå {label}: plass blant dei viste områda, 1 er høgast. «ca.» der kjelda berre gjev ei grense eller eit omtrentleg tal.',
    en: 'Calculated by Innsikt from {label}: rank among the areas shown, 1 is highest. "approx." where the source gives only a bound or an approximate figure.',
  },
  nearestPeriodToo: { nb: 'Periode: {period}.', nn: 'Periode: {period}.', en: 'Period: {period}.' },
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
  return fill(MESSAGES[key][lang], vars);
}
