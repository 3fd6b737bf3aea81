import type { Annotation, Dataset, Lang } from '../data/types.js';
import { periodParts } from '../data/period.js';
import { formatPeriod, localize } from './format.js';

/** An annotation as a view shows it: in the view's language, with the shown periods it covers. */
export interface ViewAnnotation {
  period: string;
  /** The period as a reader reads it ("2020", "2008–2009"). */
  periodLabel: string;
  text: string;
  source?: string;
  /** The first and last shown period inside the annotation's period: where a line chart draws its mark. */
  from?: string;
  to?: string;
}

/**
 * The feed's annotations that concern the view: its indicator (or every indicator), a region it shows (or every
 * region), and a period that overlaps the periods shown. Feed text stays text (a chart label, a list item).
 */
export function viewAnnotations(ds: Dataset, indicator: string, shownPeriods: string[], regions: ReadonlySet<string>, lang: Lang): ViewAnnotation[] {
  if (!ds.annotations?.length || shownPeriods.length === 0) return [];
  const shown = shownPeriods.map((p) => ({ p, parts: periodParts(p) })).filter((x) => x.parts !== undefined);
  if (shown.length === 0) return [];
  const first = Math.min(...shown.map((x) => x.parts!.start));
  const last = Math.max(...shown.map((x) => x.parts!.end));
  const out: ViewAnnotation[] = [];
  for (const a of ds.annotations) {
    const years = periodParts(a.period);
    if (!years || !concerns(a, indicator, regions) || years.end < first || years.start > last) continue;
    const inside = shown.filter((x) => x.parts!.start >= years.start && x.parts!.end <= years.end).map((x) => x.p);
    const v: ViewAnnotation = { period: a.period, periodLabel: formatPeriod(a.period, lang), text: localize(a.text, lang) };
    if (a.source !== undefined) v.source = a.source;
    if (inside.length > 0) {
      v.from = inside[0]!;
      v.to = inside[inside.length - 1]!;
    }
    out.push(v);
  }
  return out;
}

function concerns(a: Annotation, indicator: string, regions: ReadonlySet<string>): boolean {
  return (a.indicator === undefined || a.indicator === indicator) && (a.region === undefined || regions.has(a.region));
}
