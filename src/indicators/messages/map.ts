import type { Lang } from '../../data/types.js';

/**
 * The map view: its legend, keys, credit, and why figures are shown as a table instead. Part of the message
 * catalogue (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const MAP_MESSAGES = {
  mapNoAreas: {
    nb: 'Kartet viser kommuner og planregioner i Innlandet. Disse tallene gjelder fylker, landet eller steder utenfor Innlandet, og vises derfor som tabell.',
    nn: 'Kartet viser kommunar og planregionar i Innlandet. Desse tala gjeld fylke, landet eller stader utanfor Innlandet, og blir derfor viste som tabell.',
    en: 'The map shows municipalities and planning regions in Innlandet. These figures are for counties, the country or places outside Innlandet, so they are shown as a table.',
  },
  mapNoRegions: {
    nb: 'Disse tallene gjelder ikke enkeltregioner, så de kan ikke vises på kart. De vises som tabell.',
    nn: 'Desse tala gjeld ikkje einskilde regionar, så dei kan ikkje visast på kart. Dei blir viste som tabell.',
    en: 'These figures are not for particular regions, so they cannot be shown on a map. They are shown as a table.',
  },
  mapKeys: {
    nb: 'Piltastene flytter mellom områdene, Enter velger.',
    nn: 'Piltastane flyttar mellom områda, Enter vel.',
    en: 'Arrow keys move between areas, Enter selects.',
  },
  mapComparison: { nb: 'Sammenligning', nn: 'Samanlikning', en: 'Comparison' },
  mapCredit: { nb: 'Kartgrunnlag: © {who} (CC BY 4.0)', nn: 'Kartgrunnlag: © {who} (CC BY 4.0)', en: 'Map data: © {who} (CC BY 4.0)' },
  mapNoData: { nb: 'Ingen data', nn: 'Ingen data', en: 'No data' },
  mapNoDataLower: { nb: 'ingen data', nn: 'ingen data', en: 'no data' },
  mapHatched: {
    nb: 'Skravert: grenseverdi eller omtrentlig tall',
    nn: 'Skravert: grenseverdi eller omtrentleg tal',
    en: 'Hatched: a bound or an approximate figure',
  },
  mapRangeTo: { nb: 'til', nn: 'til', en: 'to' },
  mapTimeGroup: { nb: 'Tidsrom på kartet', nn: 'Tidsrom på kartet', en: 'Period on the map' },
  mapPlay: { nb: 'Spill av årene', nn: 'Spel av åra', en: 'Play the years' },
  mapPause: { nb: 'Pause', nn: 'Pause', en: 'Pause' },
  mapPrevious: { nb: 'Forrige', nn: 'Førre', en: 'Previous' },
  mapNext: { nb: 'Neste', nn: 'Neste', en: 'Next' },
  mapFixedClasses: {
    nb: 'Fargeklassene er de samme for alle år ({from}–{to}).',
    nn: 'Fargeklassane er dei same for alle år ({from}–{to}).',
    en: 'The colour classes are the same for every year ({from}–{to}).',
  },
} as const satisfies Record<string, Record<Lang, string>>;
