import type { Annotation, IndicatorMeta, Localized, Measure, Note, Region } from '../types.js';
import { normaliseRegionCode } from '../region-code.js';
import type { RawAnnotation, RawIndicator, RawNote, RawRegion } from './raw-feed.js';

/** Picks the bokmål text of a {@link Localized} (what labels in the Dataset hold). */
export function nbText(text: Localized | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.nb;
}

export function readIndicator(v: RawIndicator): IndicatorMeta {
  const out: IndicatorMeta = { ...v, measures: undefined };
  if (v.measures === undefined) delete out.measures;
  else out.measures = v.measures.map((m) => ({ ...m }));
  return out;
}

export function readRegion(v: RawRegion): Region {
  const region: Region = { code: normaliseRegionCode(v.code).code || v.code, name: nbText(v.name), level: v.level };
  if (typeof v.name === 'object') {
    const names: Region['names'] = {};
    if (v.name.nn) names.nn = v.name.nn;
    if (v.name.en) names.en = v.name.en;
    region.names = names;
  }
  if (v.parent !== undefined) region.parent = v.parent;
  if (v.validFrom !== undefined) region.validFrom = v.validFrom;
  if (v.validTo !== undefined) region.validTo = v.validTo;
  if (v.kostraGroup) region.kostraGroup = v.kostraGroup;
  return region;
}

export function readNote(v: RawNote): Note {
  const note: Note = { text: v.text, mandatory: v.mandatory === true, scope: v.indicator ? `indicator:${v.indicator}` : 'dataset' };
  if (v.ref !== undefined) note.scope += `@${v.ref}`;
  return note;
}

/** A remark on a period (a reform, a break in a series), with its region code normalised like the observations'. */
export function readAnnotation(v: RawAnnotation): Annotation {
  const out: Annotation = { period: v.period.replace('–', '-'), text: v.text };
  if (v.region !== undefined) out.region = normaliseRegionCode(v.region).code || v.region;
  if (v.indicator !== undefined) out.indicator = v.indicator;
  if (v.source !== undefined) out.source = v.source;
  return out;
}

/** Measures by `indicator/measure`, with the indicator's unit and decimals where the measure states none. */
export function measuresOf(indicators: IndicatorMeta[]): Map<string, Measure> {
  const measures = new Map<string, Measure>();
  for (const ind of indicators) {
    for (const m of ind.measures ?? []) {
      const measure: Measure = { code: m.id, label: nbText(m.label) };
      const unit = m.unit ?? ind.unit;
      if (unit !== undefined) measure.unit = nbText(unit);
      const decimals = m.decimals ?? ind.decimals;
      if (decimals !== undefined) measure.decimals = decimals;
      measures.set(`${ind.id}/${m.id}`, measure);
    }
  }
  return measures;
}

/** One entry per measure code, in the feed's order (the same code under two indicators is listed once). */
export function measureList(measures: Map<string, Measure>): Measure[] {
  const out: Measure[] = [];
  const seen = new Set<string>();
  for (const [key, m] of measures) {
    const code = key.slice(key.indexOf('/') + 1);
    if (!seen.has(code)) {
      seen.add(code);
      out.push(m);
    }
  }
  return out;
}
