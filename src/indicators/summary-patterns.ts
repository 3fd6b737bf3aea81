import type { Lang } from '../data/types.js';

/* The fixed sentence patterns of the summary (summary.ts), per language: one per chart kind and clause. */

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

export const P: Record<Lang, Pattern> = {
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

export const G: Record<Lang, GenericPattern> = {
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

function isText(s: string | undefined): s is string {
  return s !== undefined && s !== '';
}
