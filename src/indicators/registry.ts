import type { Lang } from '../data/types.js';

import { type IndicatorId, INDICATOR_IDS, isIndicatorId } from './ids.js';
import { INDICATOR_TITLES } from './indicator-titles.js';

export { type IndicatorId, INDICATOR_IDS, isIndicatorId };

/** The chart shape that fits what a planner compares for an indicator. */
export type ChartKind =
  /** % change per region over a span, comparison region marked (employment change 1990–2002). */
  | 'change-bars'
  /** Index lines, start period = 100 (technology towns 1998–2005). */
  | 'index-lines'
  /** Part of a whole by type (state transfers by type). */
  | 'part-of-whole'
  /** Shares of a total, lower/upper bounds drawn open-ended (R&D shares). */
  | 'share-bars'
  /** In, out and net, diverging around zero (commuting). */
  | 'diverging-bars'
  /** One bar per region, level values (gross regional product). */
  | 'level-bars';

export type Texts = Record<Lang, string>;

export interface IndicatorDefinition {
  id: IndicatorId;
  title: Texts;
  /** One line: what the indicator is. */
  explanation: Texts;
  /** What a planner reads from it. */
  reading: Texts;
  /** Measures in order of preference; the first present in the data is shown by default. */
  measures: string[];
  /** Measure id → chart kind. Measures not listed use `fallbackChart`. */
  charts: Record<string, ChartKind>;
  fallbackChart: ChartKind;
  /** Dimension whose categories are the parts of a whole or the series to draw, when there is one. */
  partsDimension?: string;
  /** Default comparison region: Norway. */
  compare: string;
  /** Whether measure values may be summed across regions (Hedmark + Oppland → Innlandet). */
  additive: boolean;
}

export const INDICATORS: Record<IndicatorId, IndicatorDefinition> = {
  'employment-change': {
    id: 'employment-change',
    title: INDICATOR_TITLES['employment-change'],
    explanation: {
      nb: 'Hvor mye antall arbeidsplasser har endret seg over en periode, sammenlignet med landet.',
      nn: 'Kor mykje talet på arbeidsplassar har endra seg over ein periode, samanlikna med landet.',
      en: 'How much the number of jobs changed over a period, compared with Norway.',
    },
    reading: {
      nb: 'Vokser arbeidsplassene i regionen raskere eller saktere enn i landet?',
      nn: 'Veks arbeidsplassane i regionen raskare eller saktare enn i landet?',
      en: 'Are jobs in the region growing faster or slower than in the country?',
    },
    measures: ['change-pct', 'index', 'change-abs', 'employed'],
    charts: { 'change-pct': 'change-bars', index: 'index-lines', 'change-abs': 'change-bars', employed: 'level-bars' },
    fallbackChart: 'change-bars',
    partsDimension: 'industry',
    compare: '0',
    additive: false,
  },
  'value-creation': {
    id: 'value-creation',
    title: INDICATOR_TITLES['value-creation'],
    explanation: {
      nb: 'Bruttoregionprodukt (BRP): verdien av det som produseres i regionen, totalt og per sysselsatt.',
      nn: 'Bruttoregionprodukt (BRP): verdien av det som blir produsert i regionen, totalt og per sysselsett.',
      en: 'Gross regional product (GRP): the value of what the region produces, in total and per employed person.',
    },
    reading: {
      nb: 'Hvor stor er verdiskapingen, og hvordan står den seg mot landsnivået?',
      nn: 'Kor stor er verdiskapinga, og korleis står ho seg mot landsnivået?',
      en: 'How large is value creation, and how does it compare with the national level?',
    },
    measures: ['grp', 'grp-per-employed', 'grp-index'],
    charts: { grp: 'level-bars', 'grp-per-employed': 'level-bars', 'grp-index': 'index-lines' },
    fallbackChart: 'level-bars',
    compare: '0',
    additive: true,
  },
  'rd-share': {
    id: 'rd-share',
    title: INDICATOR_TITLES['rd-share'],
    explanation: {
      nb: 'Hver regions andel av forskning og utvikling (FoU) i Innlandet, egenutført og innkjøpt.',
      nn: 'Kvar regions del av forsking og utvikling (FoU) i Innlandet, eigenutført og innkjøpt.',
      en: "Each region's share of research and development (R&D) in Innlandet, in-house and purchased.",
    },
    reading: {
      nb: 'Hvor i fylket skjer forskningen, og hvor konsentrert er den?',
      nn: 'Kvar i fylket skjer forskinga, og kor konsentrert er ho?',
      en: 'Where in the county does research happen, and how concentrated is it?',
    },
    measures: ['share-in-house', 'share-purchased'],
    charts: { 'share-in-house': 'share-bars', 'share-purchased': 'share-bars' },
    fallbackChart: 'share-bars',
    compare: '34',
    additive: false,
  },
  commuting: {
    id: 'commuting',
    title: INDICATOR_TITLES.commuting,
    explanation: {
      nb: 'Innpendlere, utpendlere og nettopendling: hvor folk bor og hvor de arbeider.',
      nn: 'Innpendlarar, utpendlarar og nettopendling: kvar folk bur og kvar dei arbeider.',
      en: 'In-commuters, out-commuters and net commuting: where people live and where they work.',
    },
    reading: {
      nb: 'Henter regionen arbeidskraft utenfra, eller pendler innbyggerne ut?',
      nn: 'Hentar regionen arbeidskraft utanfrå, eller pendlar innbyggjarane ut?',
      en: 'Does the region draw workers in, or do its residents commute out?',
    },
    measures: ['in', 'out', 'net', 'share', 'in-commuters-daily'],
    charts: { in: 'diverging-bars', out: 'diverging-bars', net: 'diverging-bars', share: 'level-bars', 'in-commuters-daily': 'level-bars' },
    fallbackChart: 'diverging-bars',
    compare: '0',
    additive: true,
  },
  'state-transfers': {
    id: 'state-transfers',
    title: INDICATOR_TITLES['state-transfers'],
    explanation: {
      nb: 'Statlige pengestrømmer inn i regionen etter type, og per innbygger mot landsgjennomsnittet.',
      nn: 'Statlege pengestraumar inn i regionen etter type, og per innbyggjar mot landsgjennomsnittet.',
      en: 'State money flowing into the region by type, and per inhabitant against the national average.',
    },
    reading: {
      nb: 'Hvor mye av regionens økonomi kommer fra staten, og i hvilken form?',
      nn: 'Kor mykje av økonomien i regionen kjem frå staten, og i kva form?',
      en: "How much of the region's economy comes from the state, and in what form?",
    },
    measures: ['amount', 'per-capita-index', 'per-capita-vs-national', 'agricultural-support'],
    charts: { amount: 'part-of-whole', 'per-capita-index': 'level-bars', 'per-capita-vs-national': 'change-bars', 'agricultural-support': 'level-bars' },
    fallbackChart: 'part-of-whole',
    partsDimension: 'type',
    compare: '0',
    additive: true,
  },
};

export function indicatorDefinition(id: string): IndicatorDefinition | undefined {
  return isIndicatorId(id) ? INDICATORS[id] : undefined;
}
