/**
 * A profile section as one picture: each of its figures composed as the widgets' downloads are (title, subtitle,
 * chart, summary, source, credit; share/image.ts), stacked top to bottom in one SVG, drawn to PNG. Loaded on the
 * first click, so a profile that is only read never loads the picture code.
 */
import type { ViewModel } from '../../indicators/view-model.js';
import type { Theme } from '../../charts/theme.js';
import { composeSvg, svgToPng } from '../share/image.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const GAP = 8;

export interface SectionFigure {
  model: ViewModel;
  /** The drawn small chart (its <svg>), or null: then the figures are drawn as a table. */
  chart: SVGSVGElement | null;
}

/** One SVG document with each figure's picture below the previous one, on the theme's page colour. */
export function sectionSvg(figures: SectionFigure[], theme: Theme, credit?: string): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(WIDTH));
  bg.setAttribute('fill', theme.background && theme.background !== 'transparent' ? theme.background : theme.pageBackground);
  root.append(bg);
  let y = 0;
  for (const f of figures) {
    const chart = f.chart ? new XMLSerializer().serializeToString(f.chart) : undefined;
    const one = new DOMParser().parseFromString(composeSvg(chart, f.model, { theme, width: WIDTH, ...(credit ? { credit } : {}) }), 'image/svg+xml');
    const svg = doc.importNode(one.documentElement, true) as unknown as SVGSVGElement;
    const height = parseFloat(svg.getAttribute('height') ?? '0');
    svg.setAttribute('y', String(y));
    root.append(svg);
    y += height + GAP;
  }
  const height = Math.max(1, Math.ceil(y - GAP));
  bg.setAttribute('height', String(height));
  root.setAttribute('width', String(WIDTH));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** The section's picture as PNG (twice the pixels, sharp on high-density screens and in print). */
export async function sectionPng(figures: SectionFigure[], theme: Theme, credit?: string): Promise<Blob> {
  return svgToPng(sectionSvg(figures, theme, credit), 2);
}
