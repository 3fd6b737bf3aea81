import type { Lang } from '../../data/types.js';

/**
 * Areas grouped in the pickers (countries, counties, regions, municipalities) and how many indicators have figures
 * for each choice. Part of the message catalogue (see catalogue.ts); `{name}` marks a value filled in when the
 * string is used.
 */
export const REGION_MESSAGES = {
  level_country: { nb: 'Land', nn: 'Land', en: 'Country' },
  level_county: { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },
  level_region: { nb: 'Regioner', nn: 'Regionar', en: 'Regions' },
  level_municipality: { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
  level_other: { nb: 'Andre områder', nn: 'Andre område', en: 'Other areas' },
  municipalitiesIn: { nb: 'Kommuner i {county}', nn: 'Kommunar i {county}', en: 'Municipalities in {county}' },
  coveredBy: { nb: '{name} (tall for {n} av {total})', nn: '{name} (tal for {n} av {total})', en: '{name} (figures for {n} of {total})' },
  coverageHint: {
    nb: 'Tallene i parentes sier hvor mange av indikatorene som har tall for valget. Uten tall vises nærmeste tall med en merknad.',
    nn: 'Tala i parentes seier kor mange av indikatorane som har tal for valet. Utan tal blir næraste tal viste med ein merknad.',
    en: 'The numbers in brackets say how many of the indicators have figures for the choice. Without figures, the nearest figures are shown with a note.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
