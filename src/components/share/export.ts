/**
 * The files behind the download buttons, for any view: PNG and SVG of the chart (or the map, or a table of the
 * figures for the table and key-figure views) with title, summary, source and credit drawn in, and CSV of the
 * rows. Loaded on the first click (a chunk of its own), so pages that never download do not load it.
 */
import type { ViewModel } from '../../indicators/view-model.js';
import type { Theme } from '../../charts/theme.js';
import { viewCsvBlob } from './csv.js';
import { composeSvg, standaloneMapSvg, svgToPng } from './image.js';
import type { DownloadKind } from './share-menu.js';
import type { ShareView } from './permalink.js';

export interface ExportContext {
  model: ViewModel;
  view: ShareView;
  /** The drawn chart (chart view), if any: anything with Vega's `toSVG()`. */
  chart?: { toSVG(scale?: number): Promise<string> } | undefined;
  /** The widget's shadow root, where the map's <svg> is found. */
  root?: ParentNode | undefined;
  theme?: Theme | undefined;
  /** Picture width in CSS pixels; default from the chart. */
  width?: number | undefined;
  /** PNG pixel ratio. Default 2. */
  scale?: number | undefined;
  /** Credit before the date; default `Innsikt`. */
  credit?: string | undefined;
  date?: Date | undefined;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** `innsikt-employment-change-change-pct-1990-2002`: ASCII, no spaces, safe on every file system. */
export function fileBase(model: ViewModel): string {
  const period =
    model.shownPeriods.length > 1 ? `${model.shownPeriods[0]}-${model.shownPeriods[model.shownPeriods.length - 1]}` : (model.shownPeriods[0] ?? '');
  const slug = [model.indicator, model.measure, period]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `innsikt-${slug || 'figures'}`;
}

/** The SVG picture of the view: the chart, the map with a table of its figures, or a table. */
export async function viewSvg(ctx: ExportContext): Promise<string> {
  const options = {
    ...(ctx.theme ? { theme: ctx.theme } : {}),
    ...(ctx.width ? { width: ctx.width } : {}),
    ...(ctx.credit ? { credit: ctx.credit } : {}),
    ...(ctx.date ? { date: ctx.date } : {}),
  };
  if (ctx.view === 'chart' && ctx.chart) return composeSvg(await ctx.chart.toSVG(1), ctx.model, options);
  if (ctx.view === 'map') {
    const map = ctx.root?.querySelector<SVGSVGElement>('[part="map"] svg.inn-map__svg');
    // The borders' owner travels with the picture ("Kartgrunnlag: © Kartverket (CC BY 4.0)"), after the page's credit.
    const mapCredit = ctx.root?.querySelector('[part="map"] .inn-map__credit')?.textContent?.trim();
    const credit = mapCredit ? `${ctx.credit ?? 'Innsikt'} · ${mapCredit}` : ctx.credit;
    // A map's colours need their key: the figures go underneath as a table.
    if (map)
      return composeSvg(standaloneMapSvg(map, ctx.theme), ctx.model, { ...options, ...(credit ? { credit } : {}), table: true, width: ctx.width ?? 640 });
  }
  return composeSvg(undefined, ctx.model, options);
}

/** The file for a download button. */
export async function exportFile(kind: DownloadKind, ctx: ExportContext): Promise<ExportedFile> {
  const base = fileBase(ctx.model);
  if (kind === 'csv') return { name: `${base}.csv`, blob: viewCsvBlob(ctx.model) };
  const svg = await viewSvg(ctx);
  // A picture of the chart and one of the table are different files: the view is in the name.
  if (kind === 'svg') return { name: `${base}-${ctx.view}.svg`, blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) };
  return { name: `${base}-${ctx.view}.png`, blob: await svgToPng(svg, ctx.scale ?? 2) };
}

/**
 * The credit drawn under a picture: Innsikt, the publisher (the page's `og:site_name` or `author`, else its host) and
 * the address of the page it was taken from, without the query or fragment: `Innsikt · Innlandet fylkeskommune ·
 * innlandetfylke.no/tall`.
 */
export function pageCredit(doc: Document = document): string {
  const url = new URL(doc.location?.href ?? 'about:blank');
  const publisher = doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"], meta[name="author"]')?.content.trim();
  const address = url.protocol.startsWith('http') ? `${url.host}${url.pathname}` : '';
  return ['Innsikt', publisher, address].filter(Boolean).join(' · ');
}
