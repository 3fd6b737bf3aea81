import type { Lang } from '../../data/types.js';

/**
 * What a view says when the selection has no figures, and the nearest figures it shows instead. Part of the message
 * catalogue (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const NO_FIGURES_MESSAGES = {
  empty: { nb: 'Ingen tall å vise.', nn: 'Ingen tal å vise.', en: 'No figures to show.' },
  noIndicator: {
    nb: 'Datakilden har ingen tall for indikatoren «{x}».',
    nn: 'Datakjelda har ingen tal for indikatoren «{x}».',
    en: 'The data source has no figures for the indicator "{x}".',
  },
  noMeasure: {
    nb: 'Datakilden har ingen tall for målet «{x}».',
    nn: 'Datakjelda har ingen tal for målet «{x}».',
    en: 'The data source has no figures for the measure "{x}".',
  },
  noPeriod: { nb: 'Ingen tall for perioden {x}.', nn: 'Ingen tal for perioden {x}.', en: 'No figures for the period {x}.' },
  noRegion: { nb: 'Ingen tall for {x}.', nn: 'Ingen tal for {x}.', en: 'No figures for {x}.' },
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
  nearestPeriodToo: { nb: 'Periode: {period}.', nn: 'Periode: {period}.', en: 'Period: {period}.' },
  noPeriodColumn: {
    nb: 'Filen har ingen kolonne for år eller periode.',
    nn: 'Fila har ingen kolonne for år eller periode.',
    en: 'The file has no year or period column.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
