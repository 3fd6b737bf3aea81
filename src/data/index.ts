/**
 * The data core: pure TypeScript, no DOM, no Lit, no Vega. Runs in Node 20 and in browsers.
 * Built to `dist/data.js`.
 */
export type * from './types.js';
export { FeedError } from './errors.js';
export { parseFeed } from './parse.js';
export { parseInnsikt, nbText } from './innsikt.js';
export { parseJsonStat, isJsonStat } from './jsonstat.js';
export { parseCsv, decodeText } from './csv.js';
export { parseNumberText } from './number.js';
export { STATUS_SYMBOLS, statusSymbol } from './status.js';
export { normaliseRegionCode } from './region-code.js';
export { comparePeriods, periodParts, isSpan } from './period.js';
export { select, distinct, series, seriesKey, type Selection } from './select.js';
export { change, indexed, shareOf, perCapita, relativeTo, total, scaled, rank, type Ranked } from './derive.js';
export { toBound, fromBound, type Bound } from './bounds.js';
export { isAdditiveMeasure } from './additive.js';
export { harmoniseCode, harmoniseObservations } from './reform.js';
export * from './geography.js';
export { FeedLoader, LoadError, sharedLoader, type LoadOptions, type LoadErrorKind } from './loader.js';
