import type { Lang } from '../data/types.js';

import { isPercentUnit } from './format.js';
import type { ViewModel } from './view-model.js';

/*
 * The wording of the summary sentences (summary.ts): what each known measure is called in a sentence, with its
 * preposition and grammar, and how any other measure is named from its label.
 */

export type Texts = Record<Lang, string>;

export interface Wording {
  /** What is measured, lower case, usable as a sentence's subject ("antall arbeidsplasser"). English: singular. */
  noun: Texts;
  /** Preposition before a region: "i Oppland", "til Innlandet". */
  prep: Texts;
  /** A count that grows or shrinks: a value over a span reads "økte med 4 prosent". */
  counts?: boolean;
  /** The value is a difference from a reference: "9 prosent over landsgjennomsnittet". */
  reference?: Texts;
  /** The noun already names what is counted, so the unit is left out ("antall innpendlere … var 1 000"). */
  dropUnit?: boolean;
  /** Shares of a whole: "Gjøvikregionen sto for over 70 prosent av …". */
  share?: boolean;
  /** No wording is known for the measure: its label stands in, and only neutral patterns are used. */
  generic?: boolean;
}

export const IN: Texts = { nb: 'i', nn: 'i', en: 'in' };
const TO: Texts = { nb: 'til', nn: 'til', en: 'to' };
const FROM: Texts = { nb: 'fra', nn: 'frå', en: 'from' };

const JOBS: Texts = { nb: 'antall arbeidsplasser', nn: 'talet på arbeidsplassar', en: 'the number of jobs' };
const GRP: Texts = { nb: 'bruttoregionproduktet', nn: 'bruttoregionproduktet', en: 'gross regional product' };
const IN_HOUSE_RD: Wording = {
  noun: { nb: 'egenutført FoU i Innlandet', nn: 'eigenutført FoU i Innlandet', en: 'in-house R&D in Innlandet' },
  prep: IN,
  share: true,
};

/** Keyed `indicator/measure`. Measure ids as the registry names them (and as the demo feeds spell them). */
const WORDING: Record<string, Wording> = {
  'employment-change/change-pct': { noun: JOBS, prep: IN, counts: true },
  'employment-change/change-abs': { noun: JOBS, prep: IN, counts: true, dropUnit: true },
  'employment-change/index': { noun: JOBS, prep: IN },
  'value-creation/grp': { noun: GRP, prep: IN },
  'value-creation/grp-index': { noun: GRP, prep: IN },
  'value-creation/grp-per-employed': {
    noun: { nb: 'bruttoregionproduktet per sysselsatt', nn: 'bruttoregionproduktet per sysselsett', en: 'gross regional product per employed person' },
    prep: IN,
  },
  'rd-share/share-inhouse': IN_HOUSE_RD,
  'rd-share/share-in-house': IN_HOUSE_RD,
  'rd-share/share-purchased': {
    noun: { nb: 'innkjøpt FoU i Innlandet', nn: 'innkjøpt FoU i Innlandet', en: 'purchased R&D in Innlandet' },
    prep: IN,
    share: true,
  },
  'commuting/in': { noun: { nb: 'antall innpendlere', nn: 'talet på innpendlarar', en: 'the number of in-commuters' }, prep: TO, dropUnit: true },
  'commuting/in-commuters-daily': {
    noun: { nb: 'antall daglige innpendlere', nn: 'talet på daglege innpendlarar', en: 'the number of daily in-commuters' },
    prep: TO,
    dropUnit: true,
  },
  'commuting/out': { noun: { nb: 'antall utpendlere', nn: 'talet på utpendlarar', en: 'the number of out-commuters' }, prep: FROM, dropUnit: true },
  'commuting/net': { noun: { nb: 'nettoinnpendlingen', nn: 'nettoinnpendlinga', en: 'net in-commuting' }, prep: TO },
  'commuting/share': { noun: { nb: 'pendlerandelen', nn: 'pendlardelen', en: 'the commuting share' }, prep: IN },
  'state-transfers/amount': { noun: { nb: 'statlige overføringer', nn: 'statlege overføringar', en: 'state transfers' }, prep: TO },
  'state-transfers/agricultural-support': { noun: { nb: 'jordbruksstøtten', nn: 'jordbruksstønaden', en: 'agricultural support' }, prep: TO },
  'state-transfers/per-capita-index': {
    noun: {
      nb: 'indeksen for statlige overføringer per innbygger',
      nn: 'indeksen for statlege overføringar per innbyggjar',
      en: 'the index of state transfers per inhabitant',
    },
    prep: IN,
  },
  'state-transfers/per-capita-vs-national': {
    noun: { nb: 'statlige overføringer per innbygger', nn: 'statlege overføringar per innbyggjar', en: 'the level of state transfers per inhabitant' },
    prep: IN,
    reference: { nb: 'landsgjennomsnittet', nn: 'landsgjennomsnittet', en: 'the national average' },
  },
};

/**
 * A measure no wording is known for ("Personer", "Driftsutgifter i alt"): its label heads the sentence as given, and
 * only label patterns are used ("Befolkning, 2022: høyest i Ringsaker (35 073 personer)"), which read right
 * whatever the label is — noun or phrase, singular or plural, any gender. A label that only names the unit
 * ("Personer" counted in "personer") gives way to the table's subject; a unit the label already names is not
 * repeated after each number.
 */
function genericWording(model: ViewModel): Wording {
  const label = (model.measureLabel || model.title || model.measure).trim();
  const unit = model.unit.trim().toLowerCase();
  const namesUnit = unit !== '' && label.toLowerCase() === unit;
  const subject = namesUnit && model.title && model.title !== label ? model.title : label;
  const dropUnit = unit !== '' && subject.toLowerCase().includes(unit) && !isPercentUnit(unit);
  return { noun: { nb: subject, nn: subject, en: subject }, prep: IN, generic: true, dropUnit };
}

export function wordingFor(model: ViewModel): Wording {
  const known = WORDING[`${model.indicator}/${model.measure}`];
  const base: Wording = known ?? genericWording(model);
  // Rows narrowed to one category (an industry): the sentence says which, e.g. "antall arbeidsplasser (IKT-industri)".
  const categories = model.filters.map((f) => f.categories.find((c) => c.code === f.selected)?.label ?? f.selected).filter(Boolean);
  if (!categories.length) return base;
  const add = ` (${categories.join(', ')})`;
  return { ...base, noun: { nb: base.noun.nb + add, nn: base.noun.nn + add, en: base.noun.en + add } };
}
