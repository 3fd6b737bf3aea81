import type { Dataset, ParseOptions } from './types.js';
import { readFeed, type FeedFormat } from './detect.js';
// The Innsikt reader is small and what most pages need: it comes with this module (no further round trip, and no
// wait for a dynamic import to settle between the download and the first figure).
import { parseInnsikt } from './innsikt.js';
import { lazyModule, type LazyModule } from './lazy-module.js';

/**
 * {@link parseFeed} for the browser bundle: the same result, but the JSON-stat and CSV readers arrive in chunks of
 * their own when a feed first needs them, so a page of Innsikt feeds never downloads them (and a page of
 * Statistics Norway tables never downloads the CSV reader).
 */

type Parse = (input: unknown, options: ParseOptions) => Dataset;

const parsers: Record<FeedFormat, LazyModule<Parse>> = {
  innsikt: lazyModule(() => Promise.resolve(parseInnsikt)),
  jsonstat: lazyModule(() => import('./jsonstat.js').then((m) => m.parseJsonStat)),
  csv: lazyModule(() => import('./csv.js').then((m) => (text, options) => m.parseCsv(text as string, options))),
};

/** Starts loading a parser (once per page); the loader calls this while the download runs, from the URL's look. */
export function preloadParser(format: FeedFormat): Promise<Parse> {
  return parsers[format].load();
}

/** Reform harmonisation, for the feeds that ask for it. */
const harmoniser = lazyModule(() => Promise.all([import('./reform.js'), import('./additive.js')]));

/** The parser a URL most likely needs: `.csv` → CSV, a Statistics Norway / JSON-stat address → JSON-stat, else Innsikt. */
export function likelyFormat(url: string): FeedFormat {
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.csv') || /[?&]outputformat=csv/i.test(url)) return 'csv';
  if (/pxwebapi|json-?stat|data\.ssb\.no/i.test(url)) return 'jsonstat';
  return 'innsikt';
}

export async function parseFeedAsync(input: unknown, options: ParseOptions = {}): Promise<Dataset> {
  const feed = readFeed(input, options);
  const parse = await preloadParser(feed.format);
  const ds = parse(feed.format === 'csv' ? feed.text : feed.value, options);
  if (options.harmonise) {
    const [{ harmoniseObservations, withReformAnnotation }, { isAdditiveMeasure }] = await harmoniser.load();
    const { observations, warnings } = harmoniseObservations(ds.observations, (m) => isAdditiveMeasure(ds, m));
    ds.observations = observations;
    ds.warnings.push(...warnings);
    const annotations = withReformAnnotation(ds.annotations, observations);
    if (annotations) ds.annotations = annotations;
  }
  return ds;
}
