import type { Dataset, Lang } from '../data/types.js';
import type { ViewSelection } from './view-model.js';
import { codeList } from './code-list.js';

/** `industry:ict-services;type:personal` → `{ industry: 'ict-services', type: 'personal' }` (undefined when empty). */
export function parseDims(text: string): Record<string, string> | undefined {
  const out = Object.create(null) as Record<string, string>;
  for (const part of text.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** Every year of the figures, `first/last` (undefined with fewer than two): the span small multiples show. */
export function allYears(periods: readonly string[]): string | undefined {
  const years = periods.filter((p) => /^\d{4}$/.test(p));
  return years.length > 1 ? `${years[0]}/${years[years.length - 1]}` : undefined;
}

/** A widget's attributes as written (empty string: not set). */
export interface SelectionAttributes {
  indicator: string;
  measure: string;
  region: string;
  compare: string;
  period: string;
  dims: string;
  mode: string;
  base: string;
  peers: string;
  /** The view: small multiples show every year unless a period is set. */
  view: string;
}

/** The selection a widget's attributes ask for, with the defaults filled in from the figures. */
export function selectionOf(a: SelectionAttributes, ds: Dataset, lang: Lang): ViewSelection {
  return {
    indicator: a.indicator || ds.indicators[0]?.id || '',
    measure: a.measure || undefined,
    regions: codeList(a.region),
    compare: a.compare || undefined,
    period: a.period || (a.view === 'multiples' ? allYears(ds.periods) : undefined),
    dims: parseDims(a.dims),
    mode: a.mode || undefined,
    base: a.base || undefined,
    peers: a.peers ? codeList(a.peers) : undefined,
    lang,
  };
}
