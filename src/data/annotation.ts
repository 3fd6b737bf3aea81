import type { Annotation } from './types.js';
import { type Checker, isObj } from './checker.js';
import { describe } from './errors.js';
import { normaliseRegionCode } from './region-code.js';
import { periodParts } from './period.js';

/**
 * Annotations of an Innsikt feed: a period or span, a region or all, a short text in nb/nn/en and a source.
 * The checks mirror `$defs/annotation` in feed-schema.json.
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PERIOD = /^\d{4}([-–]\d{4}|K[1-4]|M(0[1-9]|1[0-2]))?$/;
/** Annotations are labels on a chart: short. */
export const MAX_ANNOTATION_TEXT = 200;
export const MAX_ANNOTATIONS = 200;

function tooLong(c: Checker, v: string | undefined, path: string): void {
  if (v !== undefined && v.length > MAX_ANNOTATION_TEXT) c.error(path, `is ${v.length} characters long; an annotation has at most ${MAX_ANNOTATION_TEXT}.`);
}

function readAnnotation(c: Checker, v: unknown, path: string): Annotation | undefined {
  if (!isObj(v)) {
    c.error(path, `expected an annotation object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['period', 'region', 'indicator', 'text', 'source']);
  const before = c.issues.total;
  if (typeof v.period !== 'string' || !PERIOD.test(v.period))
    c.error(`${path}.period`, `expected a year ("2020"), a span ("2008-2009"), a quarter ("2021K3") or a month ("2021M04"), got ${describe(v.period)}.`);
  if (v.region !== undefined && (typeof v.region !== 'string' || v.region.length === 0 || v.region.length > 32))
    c.error(`${path}.region`, `expected a region code, got ${describe(v.region)}.`);
  if (v.indicator !== undefined && (typeof v.indicator !== 'string' || !ID.test(v.indicator)))
    c.error(`${path}.indicator`, `expected an indicator id, got ${describe(v.indicator)}.`);
  const text = c.localized(v.text, `${path}.text`, true);
  if (typeof text === 'string') tooLong(c, text, `${path}.text`);
  else if (text) for (const lang of ['nb', 'nn', 'en'] as const) tooLong(c, text[lang], `${path}.text.${lang}`);
  const source = c.text(v.source, `${path}.source`);
  tooLong(c, source, `${path}.source`);
  if (c.issues.total !== before || text === undefined) return undefined;
  const out: Annotation = { period: (v.period as string).replace('–', '-'), text };
  if (typeof v.region === 'string') out.region = normaliseRegionCode(v.region).code || v.region;
  if (typeof v.indicator === 'string') out.indicator = v.indicator;
  if (source !== undefined) out.source = source;
  return out;
}

/** Reads a feed's (or a builder configuration's) `annotations`: none when absent; each problem with its path. */
export function readAnnotations(c: Checker, v: unknown, path = 'annotations'): Annotation[] {
  const out: Annotation[] = [];
  c.list(v, path, false, 0, MAX_ANNOTATIONS).forEach((a, i) => {
    const read = readAnnotation(c, a, `${path}[${i}]`);
    if (read) out.push(read);
  });
  return out;
}

/** The years an annotation's period covers, as [first, last]; undefined for text that is not a period. */
export function annotationYears(a: Annotation): [number, number] | undefined {
  const p = periodParts(a.period);
  return p ? [p.start, p.end] : undefined;
}
