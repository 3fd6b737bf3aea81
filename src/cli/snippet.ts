/// <reference types="node" />
/**
 * `innsikt-feeds snippet <feed> --src <url> --indicator <id>`: the HTML of an `<inn-indicator>` with its first
 * paint pre-rendered (chart as inline SVG, summary, source, and the figures as a table for readers without
 * JavaScript), for a webmaster to paste into a page or a build to write into one (src/charts/prerender.ts).
 *
 * The feed builder otherwise stays on src/data; this one command reaches up to the charts layer, and only to its
 * DOM-free pre-render (the same layout the widget draws its first paint with, so the two agree).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseFeed } from '../data/parse.js';
import type { Lang } from '../data/types.js';
import { prerenderIndicator, type PrerenderOptions } from '../charts/prerender.js';
import { prerenderDashboard, type DashboardPrerenderOptions } from '../charts/prerender-dashboard.js';
import { EXIT_OK, EXIT_USAGE } from './run.js';

export interface SnippetOptions extends PrerenderOptions {
  /** An `<inn-dashboard>` with every indicator's key figure and chart (`indicator` unused). */
  dashboard?: boolean;
  /** The dashboard's `indicators` attribute. */
  indicators?: string;
  feedPath: string;
  /** Where to write the HTML; stdout when absent. */
  outPath?: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const LANGS: readonly string[] = ['nb', 'nn', 'en'];

/** Checks what a page's attributes cannot be: returns a usage message, or undefined. */
export function snippetUsage(values: {
  src?: string;
  indicator?: string;
  dashboard?: boolean;
  lang?: string;
  width?: string;
  'heading-level'?: string;
}): string | undefined {
  if (!values.src) return 'snippet needs --src <url>: the feed address the page loads.';
  if (values.dashboard && values.indicator) return 'snippet --dashboard shows every indicator: use --indicators "<id> <id>", not --indicator.';
  if (!values.indicator && !values.dashboard) return 'snippet needs --indicator <id> (or --dashboard).';
  if (values.lang !== undefined && !LANGS.includes(values.lang)) return `--lang must be nb, nn or en (not "${values.lang}").`;
  if (values.width !== undefined && !(Number(values.width) >= 240 && Number(values.width) <= 2000))
    return '--width must be a number of pixels from 240 to 2000.';
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) return '--heading-level must be 1 to 6.';
  return undefined;
}

export async function runSnippet(options: SnippetOptions): Promise<number> {
  let html: string;
  try {
    const ds = parseFeed(new Uint8Array(await readFile(options.feedPath)));
    const wanted = options.dashboard ? (options.indicators ?? '').split(/\s+/).filter(Boolean) : [options.indicator];
    const missing = wanted.find((id) => !ds.indicators.some((i) => i.id === id));
    if (missing !== undefined && ds.observations.some((o) => o.indicator !== undefined)) {
      options.err(`innsikt-feeds: ${options.feedPath} has no indicator "${missing}" (it has ${ds.indicators.map((i) => i.id).join(', ')}).`);
      return EXIT_USAGE;
    }
    html = options.dashboard ? prerenderDashboard(ds, dashboardOptions(options)) : prerenderIndicator(ds, options);
  } catch (e) {
    options.err(`innsikt-feeds: ${options.feedPath}: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  if (options.outPath) await writeFile(options.outPath, `${html}\n`);
  else options.out(html);
  return EXIT_OK;
}

function dashboardOptions(o: SnippetOptions): DashboardPrerenderOptions {
  return {
    src: o.src,
    ...(o.indicators ? { indicators: o.indicators } : {}),
    ...(o.region ? { region: o.region } : {}),
    ...(o.compare ? { compare: o.compare } : {}),
    ...(o.period ? { period: o.period } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.width ? { width: o.width } : {}),
  };
}

export function asLang(value: string | undefined): Lang | undefined {
  return value === 'nb' || value === 'nn' || value === 'en' ? value : undefined;
}
