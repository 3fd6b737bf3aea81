import type { Lang } from '../data/types.js';
import { regionName } from '../data/geography.js';
import { comparePeriods } from '../data/period.js';
import { formatNumber, formatPeriod, formatValue, isPercentUnit } from './format.js';
import { pt } from './messages/profile.js';
import type { ProfileChange, ProfileEntry, ProfileFigure } from './profile.js';

/** The profile's figures in words: values with unit and qualifier, changes, ranks and the summary paragraph. */

const NBSP = '\u00a0';

/** A figure as a reader reads it: `5 971 personer`, `over 70 %`, `..`. */
export function figureText(entry: ProfileEntry, f: ProfileFigure, lang: Lang): string {
  return formatValue(
    { value: f.value, status: f.status, qualifier: f.qualifier, qualifierText: f.qualifierText, unit: entry.unit, decimals: entry.decimals },
    lang,
  );
}

/** A change without its sign (the sentence says up or down): `12,3 %`, `4,0 prosentpoeng`, `120 personer`. */
function magnitude(entry: ProfileEntry, c: ProfileChange, lang: Lang, signed: boolean): string {
  const sign = (v: number) => (signed && v > 0 ? '+' : '');
  const num = (v: number, d: number) => `${sign(v)}${formatNumber(signed ? v : Math.abs(v), lang, d)}`;
  if (c.pct !== undefined) return `${num(c.pct, 1)}${lang === 'en' ? '%' : `${NBSP}%`}`;
  if (isPercentUnit(entry.unit)) return `${num(c.diff, 1)}${NBSP}${pt(lang, 'points')}`;
  if (/indeks|index/i.test(`${entry.unit} ${entry.measure}`)) return `${num(c.diff, 1)}${NBSP}${pt(lang, 'indexPoints')}`;
  return `${num(c.diff, entry.decimals ?? 0)}${entry.unit ? `${NBSP}${entry.unit}` : ''}`;
}

/** `+12,3 % (2014–2019)`. */
export function changeText(entry: ProfileEntry, c: ProfileChange, lang: Lang): string {
  return pt(lang, 'changeSpan', { change: magnitude(entry, c, lang, true), from: c.from, to: c.to });
}

export function rankText(rank: { rank: number; of: number }, lang: Lang): string {
  return pt(lang, 'rankValue', { rank: rank.rank, of: rank.of });
}

/** The region's name, short ("Våler", not "Våler (Innlandet)"), in the language. */
export function placeName(code: string, lang: Lang): string {
  return regionName(code, lang, { short: true }) ?? code;
}

export function entryLabel(entry: ProfileEntry): string {
  return entry.dimsLabel ? `${entry.measureLabel}, ${entry.dimsLabel}` : entry.measureLabel;
}

function changeSentence(entry: ProfileEntry, c: ProfileChange, lang: Lang): string {
  const vars = { from: c.from, to: c.to, change: magnitude(entry, c, lang, false) };
  return pt(lang, c.diff > 0 ? 'sUp' : c.diff < 0 ? 'sDown' : 'sSame', vars);
}

/** The sentences about one entry: its latest figure, its rank, its longest change, Innlandet and Norway. */
export function entrySentences(entry: ProfileEntry, lang: Lang): string[] {
  const f = entry.focus;
  const out = [
    pt(lang, 'sLatest', {
      measure: entryLabel(entry),
      region: placeName(f.region, lang),
      period: formatPeriod(f.period, lang),
      value: figureText(entry, f, lang),
    }),
  ];
  if (entry.rank) out.push(pt(lang, 'sRank', entry.rank));
  const c = f.change10 ?? f.change5;
  if (c) out.push(changeSentence(entry, c, lang));
  const others = [entry.innlandet, entry.norway].filter((x): x is ProfileFigure => x !== undefined && x.value !== null);
  if (others.length) out.push(pt(lang, 'sCompare', { list: others.map((o) => `${placeName(o.region, lang)} ${figureText(entry, o, lang)}`).join(', ') }));
  return out;
}

/**
 * The feed's remarks on the periods a section speaks of, once each: "Merknad for 2020: Hedmark og Oppland slått
 * sammen til Innlandet.", in time order. Only a remark whose period lies in an entry's span (its longest change to its latest figure).
 */
export function remarkSentences(entries: readonly ProfileEntry[], lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of entries.flatMap((e) => e.annotations).sort((x, y) => comparePeriods(x.period, y.period))) {
    const text = a.text.trim();
    if (!text || seen.has(`${a.period}|${text}`)) continue;
    seen.add(`${a.period}|${text}`);
    const s = pt(lang, 'sRemark', { period: a.periodLabel, text });
    out.push(/[.!?]$/.test(s) ? s : `${s}.`);
  }
  return out;
}

/**
 * The summary paragraph: for each indicator, the sentences of its headline figure (the first one ranked among the
 * municipalities, else the first one), then the feed's remarks on the periods the section shows. Every sentence is
 * built from a figure the profile shows or a remark the feed carries.
 */
export function profileSummary(sections: ReadonlyArray<{ entries: ProfileEntry[] }>, lang: Lang): string[] {
  return sections.flatMap((s) => {
    const head = s.entries.find((e) => e.rank) ?? s.entries[0];
    return head ? [...entrySentences(head, lang), ...remarkSentences(s.entries, lang)] : [];
  });
}
