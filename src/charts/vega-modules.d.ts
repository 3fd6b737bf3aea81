/**
 * Types for the Vega sub-packages the chart runtime imports one by one (they ship no declarations of their
 * own). Importing the pieces instead of `vega` keeps the unused transforms, the parser and the expression
 * code generator out of the browser bundle.
 */

declare module 'vega-view' {
  export { View } from 'vega';
}

declare module 'vega-parser' {
  export { parse } from 'vega';
}

declare module 'vega-dataflow' {
  /** The registry of transforms the runtime can instantiate, keyed by lower-case type name. */
  export const transforms: Record<string, unknown>;
}

declare module 'vega-transforms' {
  export const aggregate: unknown;
  export const collect: unknown;
  export const extent: unknown;
  export const facet: unknown;
  export const filter: unknown;
  export const multiextent: unknown;
  export const prefacet: unknown;
  export const proxy: unknown;
  export const relay: unknown;
  export const sieve: unknown;
  export const values: unknown;
}

declare module 'vega-view-transforms' {
  export const bound: unknown;
  export const mark: unknown;
  export const overlap: unknown;
  export const render: unknown;
  export const viewlayout: unknown;
}

declare module 'vega-encode' {
  export const axisticks: unknown;
  export const datajoin: unknown;
  export const encode: unknown;
  export const legendentries: unknown;
  export const scale: unknown;
  export const sortitems: unknown;
}
