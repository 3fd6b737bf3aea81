import type { Lang, Qualifier } from '../data/types.js';
import { comparePeriods } from '../data/period.js';

import { add, div, fromBound, scale, toBound, type Bound } from '../data/bounds.js';
import { formatNumber, formatPeriod } from './format.js';
import type { ViewModel, ViewRow } from './view-model.js';

import { type Texts, type Wording, IN, wordingFor } from './summary-wording.js';
import { P, G } from './summary-patterns.js';
import {
  genericHead,
  NBSP,
  upperFirst,
  lowerFirst,
  place,
  when,
  DEFAULT_HEDGE,
  amount,
  asAmount,
  highest,
  lowest,
  hasValue,
  verbPhrase,
  bracketAmount,
  comparedNoun,
  subjectNoun,
  loc,
  placeOrPeriod,
  comparisonClause,
  missingClause,
  sentence,
  allSame,
} from './summary-phrases.js';
/*
 * One plain sentence saying what the figures in a view model show, in the page's language. Every sentence is
 * built from a handful of fixed patterns per chart kind (below, `P`), filled with noun phrases from a small
 * wording table and with amounts written from the rows. A clause is only written when the rows support it:
 * "highest in X" needs X's value to beat every other row's, bounds included ("over 70" beats 30, not 75).
 */

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
  const { lines, gapRows } = linesOf(model);
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
  const say: LineWords = { model, w, missing, cmpText, withSeries, seriesOf, manySeries };
  if (subjects.length === 1) {
    const l = subjects[0]!;
    if (l.first === l.last)
      return sentence(p.single(withSeries(l), loc(w, l.first, lang), verbPhrase(model, w, l.first), when(l.first.period, lang), cmpText(l)), missing, lang);
    return lineSentence(say, l);
  }
  return lineEnds(say, subjects);
}

/** The lines (one per region and series, rows in period order) with a figure, and the rows of lines without any. */
function linesOf(model: ViewModel): { lines: Line[]; gapRows: ViewRow[] } {
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
  return { lines, gapRows };
}

/** What the sentences about index lines share: the clause on missing figures, the comparison, the line's noun. */
interface LineWords {
  model: ViewModel;
  w: Wording;
  missing: string | undefined;
  cmpText: (l: Line) => string;
  withSeries: (l: Line) => string;
  seriesOf: (r: ViewRow) => string;
  manySeries: boolean;
}

/** "2015 = 100" when every line starts at 100 in one period. */
function baseOf(ls: Line[], lang: Lang): string | undefined {
  return ls.every((l) => l.first.value === 100 && !l.first.qualifier && l.first.period === ls[0]!.first.period)
    ? `${formatPeriod(ls[0]!.first.period, lang)} = 100`
    : undefined;
}

/** One line from its first to its last figure. */
function lineSentence(say: LineWords, l: Line): string {
  const { model, w, missing } = say;
  const { lang } = model;
  return sentence(
    P[lang].line(
      baseOf([l], lang),
      say.withSeries(l),
      loc(w, l.first, lang),
      amount(model, w, asAmount(l.first)),
      formatPeriod(l.first.period, lang),
      amount(model, w, asAmount(l.last)),
      formatPeriod(l.last.period, lang),
      say.cmpText(l),
    ),
    missing,
    lang,
  );
}

/** Several lines: compare where they end (the highest and lowest of those ending last). */
function lineEnds(say: LineWords, subjects: Line[]): string {
  const { model, w, missing, manySeries, seriesOf } = say;
  const { lang } = model;
  const p = P[lang];
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
        baseOf(ending, lang),
        w.noun[lang],
        formatPeriod(end, lang),
        high ? p.high(where(high), amount(model, w, asAmount(high))) : undefined,
        low ? p.low(where(low), amount(model, w, asAmount(low))) : undefined,
        say.cmpText(lineOf(ref)),
      ),
      missing,
      lang,
    );
  }
  return lineSentence(say, ending[0]!);
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
