import type { Lang, Qualifier } from '../data/types.js';
import { comparePeriods, isSpan, periodParts } from '../data/period.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import { add, div, fromBound, scale, toBound, type Bound } from '../data/bounds.js';
import { formatNumber, formatPeriod, hedgeWord, isPercentUnit, statedDecimals } from './format.js';
import type { ViewModel, ViewRow } from './view-model.js';
import { readableMoney } from './unit-scale.js';

/*
 * One plain sentence saying what the figures in a view model show, in the page's language. Every sentence is
 * built from a handful of fixed patterns per chart kind (below, `P`), filled with noun phrases from a small
 * wording table and with amounts written from the rows. A clause is only written when the rows support it:
 * "highest in X" needs X's value to beat every other row's, bounds included ("over 70" beats 30, not 75).
 */

type Texts = Record<Lang, string>;

interface Wording {
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

const IN: Texts = { nb: 'i', nn: 'i', en: 'in' };
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

function wordingFor(model: ViewModel): Wording {
  const known = WORDING[`${model.indicator}/${model.measure}`];
  const base: Wording = known ?? genericWording(model);
  // Rows narrowed to one category (an industry): the sentence says which, e.g. "antall arbeidsplasser (IKT-industri)".
  const categories = model.filters.map((f) => f.categories.find((c) => c.code === f.selected)?.label ?? f.selected).filter(Boolean);
  if (!categories.length) return base;
  const add = ` (${categories.join(', ')})`;
  return { ...base, noun: { nb: base.noun.nb + add, nn: base.noun.nn + add, en: base.noun.en + add } };
}

// ---------------------------------------------------------------------------------------------------------
// Sentence patterns. `s` = subject noun phrase, `loc` = preposition + place, `when` = "i 2000" / "fra 1990 til
// 2002", `vp` = verb phrase ("økte med vel 4 prosent"), `cmp` = ", mot 12 prosent i landet" or ''.
// ---------------------------------------------------------------------------------------------------------

interface Pattern {
  /** "Antall arbeidsplasser i Oppland økte med vel 4 prosent fra 1990 til 2002, mot 12 prosent i landet" */
  single: (s: string, loc: string, vp: string, when: string, cmp: string) => string;
  /** "Antall arbeidsplasser økte med vel 4 prosent i Oppland og var uendret i Hedmark fra 1990 til 2002, mot …" */
  list: (s: string, clauses: string[], when: string, cmp: string) => string;
  /** "I 2000 var bruttoregionproduktet høyest i A (…) og lavest i B (…), mot …" */
  extremes: (s: string, when: string, high: string | undefined, low: string | undefined, cmp: string) => string;
  /** "Gjøvikregionen sto for over 70 prosent av egenutført FoU i Innlandet i 2004" (+ ", og B for under 30 prosent") */
  share: (place: string, amount: string, whole: string, when: string, other?: { place: string; amount: string }) => string;
  /** "Gjøvikregionen sto for den største andelen av egenutført FoU i Innlandet i 2004 (over 70 prosent)" */
  largestShare: (place: string, whole: string, when: string, amount: string) => string;
  /** "Av 30,1 mrd. kroner i statlige overføringer til Innlandet i 2000 var 15,2 mrd. kroner (50 prosent) personrettede overføringer" */
  partOf: (whole: string, summed: boolean, s: string, loc: string, when: string, part: string, share: string | undefined, label: string) => string;
  /** "Den største delen av statlige overføringer til Innlandet i 2000 var personrettede overføringer med 15,2 mrd. kroner" */
  largestPart: (s: string, loc: string, when: string, label: string, part: string) => string;
  /** "Målt som indeks (1998 = 100) gikk antall arbeidsplasser i Horten fra 100 i 1998 til 101,6 i 2005, mot …" */
  line: (base: string | undefined, s: string, loc: string, from: string, p1: string, to: string, p2: string, cmp: string) => string;
  /** "Målt som indeks (1998 = 100) var antall arbeidsplasser i 2004 høyest i Halden (2 198) og lavest …" */
  lineExtremes: (base: string | undefined, s: string, p: string, high: string | undefined, low: string | undefined, cmp: string) => string;
  /** "Pendling til Vestre Toten i 2005: innpendlere 1 200, utpendlere 3 400 og netto −2 200" */
  seriesList: (s: string, loc: string, when: string, items: string[]) => string;
  /** ", mot 12 prosent i landet" */
  compare: (amount: string, loc: string) => string;
  /** "høyest i Kongsberg (22,8 prosent)" as used inside `extremes` */
  high: (loc: string, amount: string) => string;
  low: (loc: string, amount: string) => string;
  /** "the change in" + noun, for changes compared across regions */
  changeIn: (s: string) => string;
  /** "tall mangler for Oppland (tall kan ikke …)" */
  missing: (names: string[], when: string, meaning: string | undefined) => string;
  nothing: string;
  /** Verb phrases */
  up: (a: string) => string;
  down: (a: string) => string;
  same: (approx: boolean) => string;
  changed: (a: string) => string;
  level: (a: string) => string;
  above: (a: string, ref: string) => string;
  below: (a: string, ref: string) => string;
  atRef: (approx: boolean, ref: string) => string;
  differs: (a: string, ref: string) => string;
  /** Verb before a deviation complement: "lå" */
  lay: string;
  span: (p1: string, p2: string) => string;
  at: (p: string) => string;
  forSeries: string;
}

const and = (items: string[], word: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
const paren = (s: string) => (s ? ` (${s})` : '');

const P: Record<Lang, Pattern> = {
  nb: {
    single: (s, loc, vp, when, cmp) => `${s} ${loc} ${vp} ${when}${cmp}`,
    list: (s, clauses, when, cmp) => `${s} ${and(clauses, 'og')}${when ? ` ${when}` : ''}${cmp}`,
    extremes: (s, when, high, low, cmp) => `${when} var ${s} ${and([high, low].filter(isText), 'og')}${cmp}`,
    share: (place, amount, whole, when, other) => `${place} sto for ${amount} av ${whole} ${when}${other ? `, og ${other.place} for ${other.amount}` : ''}`,
    largestShare: (place, whole, when, amount) => `${place} sto for den største andelen av ${whole} ${when} (${amount})`,
    partOf: (whole, summed, s, loc, when, part, share, label) =>
      `Av ${summed ? 'til sammen ' : ''}${whole} i ${s} ${loc} ${when} var ${part}${paren(share ?? '')} ${label}`,
    largestPart: (s, loc, when, label, part) => `Den største delen av ${s} ${loc} ${when} var ${label} med ${part}`,
    line: (base, s, loc, from, p1, to, p2, cmp) =>
      `${base ? `Målt som indeks (${base}) gikk ${s} ${loc}` : `${s} ${loc} gikk`} fra ${from} i ${p1} til ${to} i ${p2}${cmp}`,
    lineExtremes: (base, s, p, high, low, cmp) =>
      `${base ? `Målt som indeks (${base}) var ${s} i ${p}` : `I ${p} var ${s}`} ${and([high, low].filter(isText), 'og')}${cmp}`,
    seriesList: (s, loc, when, items) => `${s} ${loc} ${when}: ${and(items, 'og')}`,
    compare: (amount, loc) => `, mot ${amount} ${loc}`,
    high: (loc, amount) => `høyest ${loc} (${amount})`,
    low: (loc, amount) => `lavest ${loc} (${amount})`,
    changeIn: (s) => `endringen i ${s}`,
    missing: (names, when, meaning) => `tall mangler for ${and(names, 'og')}${when ? ` ${when}` : ''}${paren(meaning ?? '')}`,
    nothing: 'Ingen tall å vise.',
    up: (a) => `økte med ${a}`,
    down: (a) => `gikk ned med ${a}`,
    same: (approx) => (approx ? 'var om lag uendret' : 'var uendret'),
    changed: (a) => `endret seg med ${a}`,
    level: (a) => `var ${a}`,
    above: (a, ref) => `${a} over ${ref}`,
    below: (a, ref) => `${a} under ${ref}`,
    atRef: (approx, ref) => `${approx ? 'om lag ' : ''}på ${ref}`,
    differs: (a, ref) => `${a} fra ${ref}`,
    lay: 'lå',
    span: (p1, p2) => `fra ${p1} til ${p2}`,
    at: (p) => `i ${p}`,
    forSeries: 'for',
  },
  nn: {
    single: (s, loc, vp, when, cmp) => `${s} ${loc} ${vp} ${when}${cmp}`,
    list: (s, clauses, when, cmp) => `${s} ${and(clauses, 'og')}${when ? ` ${when}` : ''}${cmp}`,
    extremes: (s, when, high, low, cmp) => `${when} var ${s} ${and([high, low].filter(isText), 'og')}${cmp}`,
    share: (place, amount, whole, when, other) => `${place} stod for ${amount} av ${whole} ${when}${other ? `, og ${other.place} for ${other.amount}` : ''}`,
    largestShare: (place, whole, when, amount) => `${place} stod for den største delen av ${whole} ${when} (${amount})`,
    partOf: (whole, summed, s, loc, when, part, share, label) =>
      `Av ${summed ? 'til saman ' : ''}${whole} i ${s} ${loc} ${when} var ${part}${paren(share ?? '')} ${label}`,
    largestPart: (s, loc, when, label, part) => `Den største delen av ${s} ${loc} ${when} var ${label} med ${part}`,
    line: (base, s, loc, from, p1, to, p2, cmp) =>
      `${base ? `Målt som indeks (${base}) gjekk ${s} ${loc}` : `${s} ${loc} gjekk`} frå ${from} i ${p1} til ${to} i ${p2}${cmp}`,
    lineExtremes: (base, s, p, high, low, cmp) =>
      `${base ? `Målt som indeks (${base}) var ${s} i ${p}` : `I ${p} var ${s}`} ${and([high, low].filter(isText), 'og')}${cmp}`,
    seriesList: (s, loc, when, items) => `${s} ${loc} ${when}: ${and(items, 'og')}`,
    compare: (amount, loc) => `, mot ${amount} ${loc}`,
    high: (loc, amount) => `høgast ${loc} (${amount})`,
    low: (loc, amount) => `lågast ${loc} (${amount})`,
    changeIn: (s) => `endringa i ${s}`,
    missing: (names, when, meaning) => `tal manglar for ${and(names, 'og')}${when ? ` ${when}` : ''}${paren(meaning ?? '')}`,
    nothing: 'Ingen tal å vise.',
    up: (a) => `auka med ${a}`,
    down: (a) => `gjekk ned med ${a}`,
    same: (approx) => (approx ? 'var om lag uendra' : 'var uendra'),
    changed: (a) => `endra seg med ${a}`,
    level: (a) => `var ${a}`,
    above: (a, ref) => `${a} over ${ref}`,
    below: (a, ref) => `${a} under ${ref}`,
    atRef: (approx, ref) => `${approx ? 'om lag ' : ''}på ${ref}`,
    differs: (a, ref) => `${a} frå ${ref}`,
    lay: 'låg',
    span: (p1, p2) => `frå ${p1} til ${p2}`,
    at: (p) => `i ${p}`,
    forSeries: 'for',
  },
  en: {
    single: (s, loc, vp, when, cmp) => `${s} ${loc} ${vp} ${when}${cmp}`,
    list: (s, clauses, when, cmp) => `${s} ${and(clauses, 'and')}${when ? ` ${when}` : ''}${cmp}`,
    extremes: (s, when, high, low, cmp) => `${when}, ${s} was ${and([high, low].filter(isText), 'and')}${cmp}`,
    share: (place, amount, whole, when, other) =>
      `${place} accounted for ${amount} of ${whole} ${when}${other ? `, and ${other.place} for ${other.amount}` : ''}`,
    largestShare: (place, whole, when, amount) => `${place} accounted for the largest share of ${whole} ${when} (${amount})`,
    partOf: (whole, summed, s, loc, when, part, share, label) =>
      `Of ${summed ? 'a total of ' : ''}${whole} in ${s} ${loc} ${when}, ${part}${paren(share ?? '')} was ${label}`,
    largestPart: (s, loc, when, label, part) => `The largest part of ${s} ${loc} ${when} was ${label}, with ${part}`,
    line: (base, s, loc, from, p1, to, p2, cmp) => `${base ? `As an index (${base}), ` : ''}${s} ${loc} went from ${from} in ${p1} to ${to} in ${p2}${cmp}`,
    lineExtremes: (base, s, p, high, low, cmp) =>
      `${base ? `As an index (${base}), ${s} in ${p} was` : `In ${p}, ${s} was`} ${and([high, low].filter(isText), 'and')}${cmp}`,
    seriesList: (s, loc, when, items) => `${s} ${loc} ${when}: ${and(items, 'and')}`,
    compare: (amount, loc) => `, against ${amount} ${loc}`,
    high: (loc, amount) => `highest ${loc} (${amount})`,
    low: (loc, amount) => `lowest ${loc} (${amount})`,
    changeIn: (s) => `the change in ${s}`,
    missing: (names, when, meaning) => `figures are missing for ${and(names, 'and')}${when ? ` ${when}` : ''}${paren(meaning ?? '')}`,
    nothing: 'No figures to show.',
    up: (a) => `grew by ${a}`,
    down: (a) => `fell by ${a}`,
    same: (approx) => (approx ? 'was roughly unchanged' : 'was unchanged'),
    changed: (a) => `changed by ${a}`,
    level: (a) => `was ${a}`,
    above: (a, ref) => `${a} above ${ref}`,
    below: (a, ref) => `${a} below ${ref}`,
    atRef: (approx, ref) => `${approx ? 'about ' : ''}at ${ref}`,
    differs: (a, ref) => `${a} from ${ref}`,
    lay: 'was',
    span: (p1, p2) => `from ${p1} to ${p2}`,
    at: (p) => `in ${p}`,
    forSeries: 'for',
  },
};

/**
 * Label patterns for measures without a known wording: the label heads the sentence, then a colon, so no verb has
 * to agree with it. `head` is "Befolkning i Gjøvik, 2022" (place and period when the sentence has one).
 */
interface GenericPattern {
  /** "Befolkning, 2022: høyest i Ringsaker (35 073) og lavest i Engerdal (1 253)" */
  extremes: (head: string, high: string | undefined, low: string | undefined, cmp: string) => string;
  /** "Befolkning i Gjøvik, 2022: 30 267, mot 5 425 412 i landet" */
  value: (head: string, amount: string, cmp: string) => string;
  /** "Befolkning, 2022: 30 267 i Gjøvik og 28 000 i Hamar" */
  list: (head: string, items: string[], cmp: string) => string;
  /** "Konsumprisindeks: fra 100 i 2015 til 131,8 i 2024" */
  line: (head: string, from: string, p1: string, to: string, p2: string, cmp: string) => string;
}

const G: Record<Lang, GenericPattern> = {
  nb: {
    extremes: (head, high, low, cmp) => `${head}: ${and([high, low].filter(isText), 'og')}${cmp}`,
    value: (head, amount, cmp) => `${head}: ${amount}${cmp}`,
    list: (head, items, cmp) => `${head}: ${and(items, 'og')}${cmp}`,
    line: (head, from, p1, to, p2, cmp) => `${head}: fra ${from} i ${p1} til ${to} i ${p2}${cmp}`,
  },
  nn: {
    extremes: (head, high, low, cmp) => `${head}: ${and([high, low].filter(isText), 'og')}${cmp}`,
    value: (head, amount, cmp) => `${head}: ${amount}${cmp}`,
    list: (head, items, cmp) => `${head}: ${and(items, 'og')}${cmp}`,
    line: (head, from, p1, to, p2, cmp) => `${head}: frå ${from} i ${p1} til ${to} i ${p2}${cmp}`,
  },
  en: {
    extremes: (head, high, low, cmp) => `${head}: ${and([high, low].filter(isText), 'and')}${cmp}`,
    value: (head, amount, cmp) => `${head}: ${amount}${cmp}`,
    list: (head, items, cmp) => `${head}: ${and(items, 'and')}${cmp}`,
    line: (head, from, p1, to, p2, cmp) => `${head}: from ${from} in ${p1} to ${to} in ${p2}${cmp}`,
  },
};

/** "Befolkning i Gjøvik, 2022": the label, the place (when the row has one) and the period (when given). */
function genericHead(w: Wording, lang: Lang, row: ViewRow | undefined, period: string | undefined): string {
  const where = row ? loc(w, row, lang) : '';
  return `${w.noun[lang]}${where ? ` ${where}` : ''}${period ? `, ${formatPeriod(period, lang)}` : ''}`;
}

function isText(s: string | undefined): s is string {
  return s !== undefined && s !== '';
}

// ---------------------------------------------------------------------------------------------------------
// Words for rows: places, periods, amounts.
// ---------------------------------------------------------------------------------------------------------

const NBSP = '\u00a0';

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases a label's first letter when it reads as a common noun ("Personrettede overføringer"), not "IKT". */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The whole country under an office's own code (TOTAL "Hele landet"). */
const WHOLE_COUNTRY = /^(?:hele landet|heile landet|landet i alt)$/i;
/** Norway by name: the whole country when it is what the figures are compared with (not one country among others). */
const NORWAY = /^(?:norge|noreg|norway)$/i;

/** A region as it reads mid-sentence: Norway is "landet" in Norwegian; "Landet for øvrig" → "landet for øvrig". */
function place(row: ViewRow, lang: Lang): string {
  if (row.region === '0' || WHOLE_COUNTRY.test(row.regionLabel) || (row.isComparison && NORWAY.test(row.regionLabel)))
    return lang === 'en' ? 'Norway' : 'landet';
  if (row.region === '') return '';
  const name = row.regionLabel || row.region;
  if (lang === 'en' && /^Rest of\b/.test(name)) return `the r${name.slice(1)}`;
  return /^(Landet|Resten|Øvrige|Dei|De|The|Other)\b/.test(name) ? lowerFirst(name) : name;
}

function when(period: string, lang: Lang): string {
  const p = periodParts(period);
  if (p && p.end !== p.start) return P[lang].span(String(p.start), String(p.end));
  return P[lang].at(formatPeriod(period, lang));
}

interface Amount {
  value: number;
  qualifier?: Qualifier | undefined;
  /** The row whose qualifier text may lend its hedge word ("vel", "ca."). */
  row?: ViewRow | undefined;
}

const DEFAULT_HEDGE: Record<Qualifier, Texts> = {
  atLeast: { nb: 'over', nn: 'over', en: 'over' },
  atMost: { nb: 'under', nn: 'under', en: 'under' },
  approx: { nb: 'om lag', nn: 'om lag', en: 'about' },
};

function hedge(a: Amount, lang: Lang): string | undefined {
  if (!a.qualifier) return undefined;
  const own = a.row && a.row.qualifier === a.qualifier ? hedgeWord(a.row.qualifierText, a.qualifier, lang) : undefined;
  if (own) return lang === 'en' && own === 'approx.' ? 'about' : own;
  return DEFAULT_HEDGE[a.qualifier][lang];
}

/** A unit as it reads after (and, for English currency, before) a number in running text. */
function unitWords(unit: string, lang: Lang): { before?: string; after?: string } {
  const u = unit.trim();
  if (!u || /^(indeks|index)$/i.test(u)) return {};
  if (isPercentUnit(u)) return { after: lang === 'en' ? 'per cent' : 'prosent' };
  // Money: "68 mrd. kroner" in Norwegian, "NOK 68 billion" in English, whichever way the feed wrote the unit.
  if (/^(mrd\.?|milliarder?)\s*(kr\.?|kroner)$|^nok\s+(bn|billion)$/i.test(u))
    return lang === 'en' ? { before: 'NOK', after: 'billion' } : { after: 'mrd. kroner' };
  if (/^(mill\.?|millioner?)\s*(kr\.?|kroner)$|^nok\s+(m|mn|million)$/i.test(u))
    return lang === 'en' ? { before: 'NOK', after: 'million' } : { after: 'mill. kroner' };
  if (/^(kr\.?|kroner|nok)$/i.test(u)) return lang === 'en' ? { before: 'NOK' } : { after: 'kroner' };
  // Statistics Norway's count of people, in English.
  if (lang === 'en' && /^personer$/i.test(u)) return { after: 'people' };
  return { after: u };
}

/** "vel 4 prosent", "ca. 68 mrd. kroner", "about NOK 68 billion", "−2,7 prosent" (signed) or "2,7 prosent" (magnitude). */
function amount(model: ViewModel, w: Wording, a: Amount, opts: { magnitude?: boolean } = {}): string {
  const { lang } = model;
  const raw = opts.magnitude ? Math.abs(a.value) : a.value;
  // Money in a table not made for Innsikt, in the unit that reads best for its size: "1,8 mrd. kroner", "7,0 mill. kroner".
  const money = model.definition ? undefined : readableMoney(raw, model.unit);
  const v = money ? money.value : raw;
  const num = formatNumber(v, lang, statedDecimals(v, money ? money.decimals : model.decimals));
  const unit = w.dropUnit ? {} : unitWords(money ? money.unit : model.unit, lang);
  const core = `${unit.before ? `${unit.before}${NBSP}` : ''}${num}${unit.after ? `${NBSP}${unit.after}` : ''}`;
  const h = hedge(a, lang);
  return h ? `${h} ${core}` : core;
}

const asAmount = (row: ViewRow): Amount => ({ value: row.value!, qualifier: row.qualifier, row });

function isZero(model: ViewModel, value: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -model.decimals;
}

// ---------------------------------------------------------------------------------------------------------
// What the rows support.
// ---------------------------------------------------------------------------------------------------------

const lower = (r: ViewRow) => (r.qualifier === 'atMost' ? -Infinity : r.value!);
const upper = (r: ViewRow) => (r.qualifier === 'atLeast' ? Infinity : r.value!);

/** The row that is certainly the highest (bounds included, no ties), if there is one. */
function highest(rows: ViewRow[]): ViewRow | undefined {
  const top = rows.reduce<ViewRow | undefined>((acc, r) => (acc === undefined || r.value! > acc.value! ? r : acc), undefined);
  return top && rows.every((r) => r === top || lower(top) > upper(r)) ? top : undefined;
}

function lowest(rows: ViewRow[]): ViewRow | undefined {
  const bottom = rows.reduce<ViewRow | undefined>((acc, r) => (acc === undefined || r.value! < acc.value! ? r : acc), undefined);
  return bottom && rows.every((r) => r === bottom || upper(bottom) < lower(r)) ? bottom : undefined;
}

const hasValue = (r: ViewRow) => r.value !== null;

/** "vel 4 prosent" → "økte med vel 4 prosent"; a decline is written by its size with the bound turned round. */
function changePhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  const v = row.value!;
  const q = row.qualifier;
  if (isZero(model, v) && (q === undefined || q === 'approx')) return p.same(q === 'approx');
  if (v > 0 && q !== 'atMost') return p.up(amount(model, w, asAmount(row), { magnitude: true }));
  if (v < 0 && q !== 'atLeast') {
    // "under −5" (at most −5) is a fall of over 5.
    const flipped: Amount = { value: v, qualifier: q === 'atMost' ? 'atLeast' : q, row: q === 'atMost' ? undefined : row };
    return p.down(amount(model, w, flipped, { magnitude: true }));
  }
  // The bound leaves the direction open ("under 3" may be a fall): say the change without a verb of direction.
  return p.changed(amount(model, w, asAmount(row)));
}

/** "9 prosent over landsgjennomsnittet" — for measures that are differences from a reference. */
function deviationPhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  const ref = w.reference![model.lang];
  const v = row.value!;
  const q = row.qualifier;
  if (isZero(model, v) && (q === undefined || q === 'approx')) return p.atRef(q === 'approx', ref);
  if (v > 0 && q !== 'atMost') return p.above(amount(model, w, asAmount(row), { magnitude: true }), ref);
  if (v < 0 && q !== 'atLeast') {
    const flipped: Amount = { value: v, qualifier: q === 'atMost' ? 'atLeast' : q, row: q === 'atMost' ? undefined : row };
    return p.below(amount(model, w, flipped, { magnitude: true }), ref);
  }
  return p.differs(amount(model, w, asAmount(row)), ref);
}

type Mode = 'change' | 'deviation' | 'level';

function modeOf(w: Wording, row: ViewRow): Mode {
  if (w.reference) return 'deviation';
  if (w.counts && isSpan(row.period)) return 'change';
  return 'level';
}

/** The verb phrase for one row: "økte med vel 4 prosent", "lå 9 prosent over landsgjennomsnittet", "var 68 mrd. kroner". */
function verbPhrase(model: ViewModel, w: Wording, row: ViewRow): string {
  const p = P[model.lang];
  switch (modeOf(w, row)) {
    case 'change':
      return changePhrase(model, w, row);
    case 'deviation':
      return `${p.lay} ${deviationPhrase(model, w, row)}`;
    default:
      return p.level(amount(model, w, asAmount(row)));
  }
}

/** The amount as it stands in brackets after a place: signed, or as a deviation. */
function bracketAmount(model: ViewModel, w: Wording, row: ViewRow): string {
  return w.reference ? deviationPhrase(model, w, row) : amount(model, w, asAmount(row));
}

/** The noun that compares rows: a count's change over a span is "endringen i antall arbeidsplasser". */
function comparedNoun(model: ViewModel, w: Wording): string {
  const noun = w.noun[model.lang];
  return w.counts && !w.reference ? P[model.lang].changeIn(noun) : noun;
}

/** The subject for one row: a count's change given for a single year has no verb of change, so "endringen i …". */
function subjectNoun(model: ViewModel, w: Wording, row: ViewRow): string {
  return w.counts && !w.reference && !isSpan(row.period) ? P[model.lang].changeIn(w.noun[model.lang]) : w.noun[model.lang];
}

/** "i Gjøvik"; nothing for figures that have no region. */
function loc(w: Wording, row: ViewRow, lang: Lang): string {
  const where = place(row, lang);
  return where ? `${w.prep[lang]} ${where}` : '';
}

/** A row's name in a list of gaps: its place, or its period when the figures have no region. */
function placeOrPeriod(row: ViewRow, lang: Lang): string {
  return place(row, lang) || formatPeriod(row.period, lang);
}

function comparisonClause(model: ViewModel, w: Wording, cmp: ViewRow | undefined, period: string | undefined): string {
  if (!cmp || cmp.value === null || w.reference) return '';
  const { lang } = model;
  const tail = period !== undefined && cmp.period !== period ? ` ${when(cmp.period, lang)}` : '';
  return P[lang].compare(amount(model, w, asAmount(cmp)), `${IN[lang]} ${place(cmp, lang)}${tail}`);
}

const OTHERS: Record<Lang, (n: number) => string> = { nb: (n) => `${n} andre`, nn: (n) => `${n} andre`, en: (n) => `${n} others` };

function statusMeaning(status: string | undefined, lang: Lang): string | undefined {
  const s = status ? STATUS_SYMBOLS[status] : undefined;
  return s ? lowerFirst(s[lang]) : undefined;
}

/** "tall mangler for Oppland (tall kan ikke …)", one clause per status symbol, or undefined when nothing is missing. */
function missingClause(model: ViewModel, rows: ViewRow[], name: (r: ViewRow) => string, withPeriod: boolean): string | undefined {
  const gaps = rows.filter((r) => r.value === null);
  if (!gaps.length) return undefined;
  const { lang } = model;
  const periods = new Set(gaps.map((r) => r.period));
  const period = withPeriod && periods.size === 1 ? when(gaps[0]!.period, lang) : '';
  const byStatus = new Map<string, string[]>();
  for (const r of gaps) {
    const key = r.status ?? '';
    const names = byStatus.get(key) ?? [];
    const n = name(r);
    if (!names.includes(n)) names.push(n);
    byStatus.set(key, names);
  }
  // A long list of gaps is named by its first few and counted: the sentence stays a sentence.
  const few = (names: string[]) => (names.length > 4 ? [...names.slice(0, 3), OTHERS[lang](names.length - 3)] : names);
  return [...byStatus].map(([status, names]) => P[lang].missing(few(names), period, statusMeaning(status, lang))).join('; ');
}

function sentence(main: string | undefined, missing: string | undefined, lang: Lang): string {
  if (main && missing) return `${upperFirst(main)}; ${missing}.`;
  if (main) return `${upperFirst(main)}.`;
  if (missing) return `${upperFirst(missing)}.`;
  return P[lang].nothing;
}

function allSame<T>(items: T[]): boolean {
  return items.every((x) => x === items[0]);
}

// ---------------------------------------------------------------------------------------------------------
// Per chart kind.
// ---------------------------------------------------------------------------------------------------------

/** The rows the sentence is about (focus regions, else every region but the comparison) and the comparison row. */
function roles(model: ViewModel, rows: ViewRow[] = model.rows): { subjects: ViewRow[]; cmp: ViewRow | undefined } {
  const cmp = rows.find((r) => r.isComparison && !r.isFocus);
  const focus = rows.filter((r) => r.isFocus);
  return { subjects: focus.length ? focus : rows.filter((r) => r !== cmp), cmp };
}

/** Bars of levels, changes or differences: change-bars, level-bars, diverging-bars. */
function bars(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const p = P[lang];
  if (model.rows.some((r) => r.series !== undefined)) return seriesList(model, w);
  if (w.generic) return genericBars(model, w);
  const { subjects, cmp } = roles(model);
  const known = subjects.filter(hasValue);
  if (!known.length) {
    // Nothing for the regions asked about: say so, and what the comparison shows.
    if (cmp && cmp.value !== null) {
      const missing = missingClause(model, subjects, (r) => place(r, lang), false);
      return sentence(p.single(subjectNoun(model, w, cmp), loc(w, cmp, lang), verbPhrase(model, w, cmp), when(cmp.period, lang), ''), missing, lang);
    }
    return sentence(
      undefined,
      missingClause(model, cmp ? [...subjects, cmp] : subjects, (r) => place(r, lang), true),
      lang,
    );
  }
  const missing = missingClause(model, cmp ? [...subjects, cmp] : subjects, (r) => place(r, lang), false);
  const period = allSame(known.map((r) => r.period)) ? known[0]!.period : undefined;
  const cmpText = comparisonClause(model, w, cmp, period);
  const first = known[0]!;
  const noun = subjectNoun(model, w, first);

  if (known.length === 1) return sentence(p.single(noun, loc(w, first, lang), verbPhrase(model, w, first), when(first.period, lang), cmpText), missing, lang);

  const focused = subjects.some((r) => r.isFocus);
  if (focused && known.length <= 3) {
    // Each clause names its own period when the regions' periods differ.
    const clauses = known.map((r) => `${verbPhrase(model, w, r)} ${loc(w, r, lang)}${period === undefined ? ` ${when(r.period, lang)}` : ''}`);
    return sentence(p.list(noun, clauses, period === undefined ? '' : when(period, lang), cmpText), missing, lang);
  }

  const high = period !== undefined ? highest(known) : undefined;
  const low = period !== undefined ? lowest(known) : undefined;
  if (period !== undefined && (high || low)) {
    const intro = upperFirst(when(period, lang));
    const highText = high ? p.high(loc(w, high, lang), bracketAmount(model, w, high)) : undefined;
    const lowText = low ? p.low(loc(w, low, lang), bracketAmount(model, w, low)) : undefined;
    return sentence(p.extremes(comparedNoun(model, w), intro, highText, lowText, cmpText), missing, lang);
  }
  // Nothing can be said about the order: say what the first row shows.
  return sentence(p.single(noun, loc(w, first, lang), verbPhrase(model, w, first), when(first.period, lang), cmpText), missing, lang);
}

const MUNICIPALITY = /^\d{4}$/;

/** Bars of a measure without a known wording: "Befolkning, 2022: høyest i Ringsaker (35 073) og lavest i Engerdal (1 253)". */
function genericBars(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const g = G[lang];
  const { subjects, cmp } = roles(model);
  const known = subjects.filter(hasValue);
  const name = (r: ViewRow) => placeOrPeriod(r, lang);
  if (!known.length) {
    if (cmp && cmp.value !== null)
      return sentence(g.value(genericHead(w, lang, cmp, cmp.period), amount(model, w, asAmount(cmp)), ''), missingClause(model, subjects, name, false), lang);
    return sentence(undefined, missingClause(model, cmp ? [...subjects, cmp] : subjects, name, true), lang);
  }
  const missing = missingClause(model, cmp ? [...subjects, cmp] : subjects, name, false);
  const period = allSame(known.map((r) => r.period)) ? known[0]!.period : undefined;
  const cmpText = comparisonClause(model, w, cmp, period);
  // Municipalities beside their county or the country: the highest and lowest are among the municipalities.
  const municipalities = known.filter((r) => MUNICIPALITY.test(r.region));
  const ranked = municipalities.length >= 2 ? municipalities : known;
  if (known.length === 1)
    return sentence(g.value(genericHead(w, lang, known[0], known[0]!.period), amount(model, w, asAmount(known[0]!)), cmpText), missing, lang);
  const high = period !== undefined ? highest(ranked) : undefined;
  const low = period !== undefined ? lowest(ranked) : undefined;
  const focused = subjects.some((r) => r.isFocus);
  if (period !== undefined && !(focused && known.length <= 3) && (high || low)) {
    const highText = high ? P[lang].high(loc(w, high, lang), amount(model, w, asAmount(high))) : undefined;
    const lowText = low ? P[lang].low(loc(w, low, lang), amount(model, w, asAmount(low))) : undefined;
    return sentence(g.extremes(genericHead(w, lang, undefined, period), highText, lowText, cmpText), missing, lang);
  }
  // A few regions in focus, or no order to tell: each figure with its place (and its period when they differ).
  const items = known
    .slice(0, 3)
    .map((r) => [amount(model, w, asAmount(r)), loc(w, r, lang), period === undefined ? when(r.period, lang) : ''].filter(Boolean).join(' '));
  return sentence(g.list(genericHead(w, lang, undefined, period), items, cmpText), missing, lang);
}

/** Several series (in-, out- and net commuting) for one region: "… i 2005: innpendlere 1 200, utpendlere …". */
function seriesList(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const { subjects } = roles(model);
  const region = subjects[0]?.region ?? model.rows[0]!.region;
  const rows = model.rows.filter((r) => r.region === region && r.period === (subjects[0] ?? model.rows[0]!).period);
  const known = rows.filter(hasValue);
  const name = (r: ViewRow) => lowerFirst(r.seriesLabel ?? r.series ?? '');
  const missing = missingClause(model, rows, name, known.length === 0);
  if (!known.length) return sentence(undefined, missing, lang);
  const items = known.map((r) => `${name(r)} ${bracketAmount(model, w, r)}`);
  return sentence(P[lang].seriesList(w.noun[lang], loc(w, known[0]!, lang), when(known[0]!.period, lang), items), missing, lang);
}

/** Shares of a whole: "Gjøvikregionen sto for over 70 prosent av egenutført FoU i Innlandet i 2004, …". */
function shares(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const p = P[lang];
  const { subjects } = roles(model);
  const known = subjects.filter(hasValue);
  const missing = missingClause(model, subjects, (r) => place(r, lang), known.length === 0);
  if (!known.length) return sentence(undefined, missing, lang);
  const whole = w.noun[lang];
  const focused = subjects.some((r) => r.isFocus);
  const say = (r: ViewRow, other?: ViewRow) =>
    p.share(
      place(r, lang),
      amount(model, w, asAmount(r)),
      whole,
      when(r.period, lang),
      other ? { place: place(other, lang), amount: amount(model, w, asAmount(other)) } : undefined,
    );
  if (focused || known.length === 1) return sentence(say(known[0]!), missing, lang);
  if (known.length === 2 && known[0]!.period === known[1]!.period) {
    const [a, b] = known[0]!.value! >= known[1]!.value! ? [known[0]!, known[1]!] : [known[1]!, known[0]!];
    return sentence(say(a, b), missing, lang);
  }
  const top = allSame(known.map((r) => r.period)) ? highest(known) : undefined;
  if (top) return sentence(p.largestShare(place(top, lang), whole, when(top.period, lang), amount(model, w, asAmount(top))), missing, lang);
  return sentence(say(known[0]!), missing, lang);
}

/** Part of a whole: "Av 30,1 mrd. kroner i statlige overføringer til Innlandet i 2000 var 15,2 mrd. kroner (50 prosent) personrettede overføringer." */
function partOfWhole(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const p = P[lang];
  const focusRow = model.rows.find((r) => r.isFocus) ?? model.rows.find((r) => r.region === '34') ?? model.rows.find((r) => !r.isComparison) ?? model.rows[0]!;
  const parts = model.rows.filter((r) => r.region === focusRow.region && r.period === focusRow.period);
  const known = parts.filter(hasValue);
  const label = (r: ViewRow) => lowerFirst(r.seriesLabel ?? r.series ?? '');
  const missing = missingClause(model, parts, label, known.length === 0);
  const total = model.totals.find((r) => r.region === focusRow.region && r.period === focusRow.period && r.value !== null);

  // The whole: the feed's own total, else the sum of the parts when every part has a value.
  let whole: { bound: Bound; summed: boolean } | undefined;
  if (total) whole = { bound: toBound(total.value!, total.qualifier), summed: false };
  else if (known.length && known.length === parts.length) whole = { bound: known.map((r) => toBound(r.value!, r.qualifier)).reduce(add), summed: true };
  const wholeAmount = whole ? fromBound(whole.bound) : 'unknown';
  const wholeText =
    wholeAmount !== 'unknown'
      ? amount(model, w, { value: wholeAmount.value, qualifier: wholeAmount.qualifier, row: whole?.summed ? undefined : total })
      : undefined;

  const largest = known.length > 1 ? highest(known) : known[0];
  const s = w.noun[lang];
  const where = loc(w, focusRow, lang);
  const period = when(focusRow.period, lang);
  if (w.generic) {
    const head = genericHead(w, lang, focusRow, focusRow.period);
    // Highest and lowest category, no share of a whole: a measure nobody described may be an index or a rate.
    if (known.length > 1) {
      const high = highest(known);
      const low = lowest(known);
      const say = (r: ViewRow | undefined, word: 'high' | 'low') => (r ? p[word](`${p.forSeries} ${label(r)}`, amount(model, w, asAmount(r))) : undefined);
      if (high || low) return sentence(G[lang].extremes(head, say(high, 'high'), say(low, 'low'), ''), missing, lang);
    }
    return sentence(wholeText ? G[lang].value(head, wholeText, '') : undefined, missing, lang);
  }
  if (largest && wholeText && whole && known.length > 1) {
    const share = shareText(model, largest, whole.bound);
    return sentence(p.partOf(wholeText, whole.summed, s, where, period, amount(model, w, asAmount(largest)), share, label(largest)), missing, lang);
  }
  if (largest && known.length > 1) return sentence(p.largestPart(s, where, period, label(largest), amount(model, w, asAmount(largest))), missing, lang);
  if (wholeText) return sentence(p.single(s, where, p.level(wholeText), period, ''), missing, lang);
  return sentence(undefined, missing, lang);
}

/** The part's share of the whole in per cent ("50 prosent"), bounds carried through. */
function shareText(model: ViewModel, part: ViewRow, whole: Bound): string | undefined {
  const ratio = fromBound(scale(div(toBound(part.value!, part.qualifier), whole), 100));
  return ratio !== 'unknown' ? percentText(model, Math.round(ratio.value), ratio.qualifier) : undefined;
}

function percentText(model: ViewModel, value: number, qualifier: Qualifier | undefined): string {
  const { lang } = model;
  const h = qualifier ? DEFAULT_HEDGE[qualifier][lang] : undefined;
  const core = `${formatNumber(value, lang, 0)}${NBSP}${lang === 'en' ? 'per cent' : 'prosent'}`;
  return h ? `${h} ${core}` : core;
}

interface Line {
  rows: ViewRow[];
  first: ViewRow;
  last: ViewRow;
}

/** Index lines: "Målt som indeks (1998 = 100) gikk antall arbeidsplasser i Horten fra 100 i 1998 til 101,6 i 2005, mot …". */
function indexLines(model: ViewModel, w: Wording): string {
  const { lang } = model;
  const p = P[lang];
  const groups = new Map<string, ViewRow[]>();
  for (const r of model.rows) {
    const key = `${r.region}\u0000${r.series ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines: Line[] = [];
  const gapRows: ViewRow[] = [];
  for (const rows of groups.values()) {
    const sorted = [...rows].sort((a, b) => comparePeriods(a.period, b.period));
    const known = sorted.filter(hasValue);
    if (known.length) lines.push({ rows: sorted, first: known[0]!, last: known[known.length - 1]! });
    else gapRows.push(...sorted);
  }
  const manySeries = new Set(model.rows.map((r) => r.series ?? '')).size > 1;
  const seriesOf = (r: ViewRow) => (r.series !== undefined ? lowerFirst(r.seriesLabel ?? r.series) : '');
  const isCmp = (l: Line) => l.first.isComparison && !l.first.isFocus;
  const focusLines = lines.filter((l) => l.first.isFocus);
  const subjects = focusLines.length ? focusLines : lines.filter((l) => !isCmp(l));
  const subjectRegions = new Set(subjects.map((l) => l.first.region));
  const cmpLines = lines.filter(isCmp);
  const relevantGaps = model.rows.filter((r) => r.value === null && (subjectRegions.has(r.region) || (r.isComparison && !r.isFocus)));
  const gapName = (r: ViewRow) => `${place(r, lang)}${r.series !== undefined && manySeries ? ` (${seriesOf(r)})` : ''} ${when(r.period, lang)}`;
  const missing = missingClause(model, [...relevantGaps, ...gapRows.filter((r) => !relevantGaps.includes(r))], gapName, false);
  if (!subjects.length) return sentence(undefined, missing, lang);

  const s = w.noun[lang];
  const cmpFor = (l: Line) => cmpLines.find((c) => c.first.series === l.first.series) ?? (manySeries ? undefined : cmpLines[0]);
  const cmpText = (l: Line) => {
    const c = cmpFor(l);
    if (!c) return '';
    const tail = c.last.period !== l.last.period ? ` ${when(c.last.period, lang)}` : '';
    return p.compare(amount(model, w, asAmount(c.last)), `${IN[lang]} ${place(c.last, lang)}${tail}`);
  };
  const baseOf = (ls: Line[]) =>
    ls.every((l) => l.first.value === 100 && !l.first.qualifier && l.first.period === ls[0]!.first.period)
      ? `${formatPeriod(ls[0]!.first.period, lang)} = 100`
      : undefined;
  const withSeries = (l: Line) => (l.first.series !== undefined && manySeries ? `${s} (${seriesOf(l.first)})` : s);

  if (w.generic)
    return genericLines({
      model,
      w,
      subjects,
      cmpText,
      withSeries,
      where: (r) => (r.series !== undefined && manySeries ? [`${p.forSeries} ${seriesOf(r)}`, loc(w, r, lang)].filter(Boolean).join(' ') : loc(w, r, lang)),
      missing,
    });
  // One line from its first to its last figure.
  const lineSentence = (l: (typeof subjects)[number]) =>
    sentence(
      p.line(
        baseOf([l]),
        withSeries(l),
        loc(w, l.first, lang),
        amount(model, w, asAmount(l.first)),
        formatPeriod(l.first.period, lang),
        amount(model, w, asAmount(l.last)),
        formatPeriod(l.last.period, lang),
        cmpText(l),
      ),
      missing,
      lang,
    );
  if (subjects.length === 1) {
    const l = subjects[0]!;
    if (l.first === l.last)
      return sentence(p.single(withSeries(l), loc(w, l.first, lang), verbPhrase(model, w, l.first), when(l.first.period, lang), cmpText(l)), missing, lang);
    return lineSentence(l);
  }

  // Several lines: compare where they end.
  const end = subjects
    .map((l) => l.last.period)
    .sort(comparePeriods)
    .pop()!;
  const ending = subjects.filter((l) => l.last.period === end);
  const lastRows = ending.map((l) => l.last);
  const high = lastRows.length > 1 ? highest(lastRows) : undefined;
  const low = lastRows.length > 1 ? lowest(lastRows) : undefined;
  const lineOf = (r: ViewRow) => ending.find((l) => l.last === r)!;
  const where = (r: ViewRow) => (r.series !== undefined && manySeries ? `${p.forSeries} ${seriesOf(r)} ${loc(w, r, lang)}` : loc(w, r, lang));
  if (high || low) {
    const ref = high ?? low!;
    return sentence(
      p.lineExtremes(
        baseOf(ending),
        s,
        formatPeriod(end, lang),
        high ? p.high(where(high), amount(model, w, asAmount(high))) : undefined,
        low ? p.low(where(low), amount(model, w, asAmount(low))) : undefined,
        cmpText(lineOf(ref)),
      ),
      missing,
      lang,
    );
  }
  return lineSentence(ending[0]!);
}

interface GenericLines {
  model: ViewModel;
  w: Wording;
  subjects: Line[];
  cmpText: (l: Line) => string;
  withSeries: (l: Line) => string;
  /** "for menn i Gjøvik", "for menn", "i Gjøvik" */
  where: (r: ViewRow) => string;
  missing: string | undefined;
}

/** Lines of a measure without a known wording: "Konsumprisindeks: fra 100 i 2015 til 131,8 i 2024", or where they end. */
function genericLines(x: GenericLines): string {
  const { model, w, subjects, missing } = x;
  const { lang } = model;
  const g = G[lang];
  const headOf = (l: Line, period?: string) => {
    const where = loc(w, l.first, lang);
    return `${x.withSeries(l)}${where ? ` ${where}` : ''}${period ? `, ${formatPeriod(period, lang)}` : ''}`;
  };
  const say = (l: Line) =>
    l.first === l.last
      ? g.value(headOf(l, l.first.period), amount(model, w, asAmount(l.first)), x.cmpText(l))
      : g.line(
          headOf(l),
          amount(model, w, asAmount(l.first)),
          formatPeriod(l.first.period, lang),
          amount(model, w, asAmount(l.last)),
          formatPeriod(l.last.period, lang),
          x.cmpText(l),
        );
  if (subjects.length === 1) return sentence(say(subjects[0]!), missing, lang);
  // Several lines: compare where they end.
  const end = subjects
    .map((l) => l.last.period)
    .sort(comparePeriods)
    .pop()!;
  const ending = subjects.filter((l) => l.last.period === end);
  const lastRows = ending.map((l) => l.last);
  const high = lastRows.length > 1 ? highest(lastRows) : undefined;
  const low = lastRows.length > 1 ? lowest(lastRows) : undefined;
  if (!high && !low) return sentence(say(ending[0]!), missing, lang);
  const text = (r: ViewRow, word: 'high' | 'low') => {
    const where = x.where(r);
    const amt = amount(model, w, asAmount(r));
    return where ? P[lang][word](where, amt) : `${P[lang][word]('', amt).replace(/ {2}/, ' ')}`;
  };
  return sentence(
    g.extremes(`${w.noun[lang]}, ${formatPeriod(end, lang)}`, high ? text(high, 'high') : undefined, low ? text(low, 'low') : undefined, ''),
    missing,
    lang,
  );
}

/**
 * One plain sentence, in the model's language, saying what the figures show: the focus region's value or change
 * and the comparison, the highest and lowest region when nothing is in focus, the largest part of a whole, or
 * which figures are missing and why. An empty model gives its `empty` text.
 */
export function summarize(model: ViewModel): string {
  if (model.empty) return model.empty;
  if (!model.rows.length) return P[model.lang].nothing;
  const text = describe(model);
  // Figures a comparison mode derived say so, and from what (issue 18); then the feed's remarks on the periods shown.
  return [text, model.derivedFrom, ...annotationSentences(model)].filter(Boolean).join(' ');
}

const REMARK: Texts = { nb: 'Merknad for {period}: {text}', nn: 'Merknad for {period}: {text}', en: 'Note on {period}: {text}' };

/** "Merknad for 2020: Hedmark og Oppland slått sammen til Innlandet." for each annotation in the span shown. */
function annotationSentences(model: ViewModel): string[] {
  return (model.annotations ?? []).map((a) => {
    const s = REMARK[model.lang].replace('{period}', () => a.periodLabel).replace('{text}', () => a.text.trim());
    return /[.!?]$/.test(s) ? s : `${s}.`;
  });
}

function describe(model: ViewModel): string {
  const w = wordingFor(model);
  switch (model.chart) {
    case 'index-lines':
      return indexLines(model, w);
    case 'part-of-whole':
      return model.rows.some((r) => r.series !== undefined) ? partOfWhole(model, w) : bars(model, w);
    case 'share-bars':
      return w.share ? shares(model, w) : bars(model, w);
    default:
      return bars(model, w);
  }
}
