/**
 * Quality gate "contrast", checked on what is drawn, in both themes: every piece of visible text has at least
 * 4.5:1 against what is behind it (the theme's page background, or the bar or tile it sits on); graphics that
 * carry meaning (bars, lines, map areas, the error rule, focus rings, the outline of form controls) have at
 * least 3:1 against the page background (WCAG 1.4.3 and 1.4.11).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { THEMES, contrastRatio, type Theme } from '../../src/charts/theme.js';
import { municipalityFeed } from './hostile-cases.js';

const FEED = '/demo/data/innlandet.json';
const TEXT_MIN = 4.5;
const GRAPHICS_MIN = 3;

type RGBA = [number, number, number, number];

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, `#rrggbb`, `transparent`, `none`). Undefined when not a plain colour. */
function parseColor(value: string | null | undefined): RGBA | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent' || v.startsWith('url(')) return v === 'transparent' ? [0, 0, 0, 0] : undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
  }
  const m = /^rgba?\(([^)]+)\)$/.exec(v);
  if (!m) return undefined;
  const parts = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** `top` painted over the opaque `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function hex(c: RGBA): string {
  return `#${c
    .slice(0, 3)
    .map((x) => Math.round(x).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The parent in the composed tree (through shadow roots). */
function composedParent(el: Element): Element | null {
  return el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
}

/** The opaque colour behind an HTML element: its and its ancestors' backgrounds over the page background. */
function htmlBackground(el: Element, page: RGBA): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const bg = parseColor(getComputedStyle(e).backgroundColor);
    if (bg && bg[3] > 0) {
      layers.push(bg);
      if (bg[3] >= 1) break;
    }
  }
  return layers.reverse().reduce((acc, layer) => over(layer, acc), page);
}

/** The shape under the middle of an SVG text (a bar, a tile) and its fill, or undefined when it is on the page. */
function svgBackground(text: SVGGraphicsElement, page: RGBA): { color: RGBA; what: string } | undefined {
  const box = text.getBoundingClientRect();
  const root = text.getRootNode() as ShadowRoot | Document;
  const hits = root.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  for (const hit of hits) {
    if (hit === text || text.contains(hit) || hit.localName === 'text' || hit.localName === 'tspan') continue;
    if (!(hit instanceof SVGGeometryElement)) {
      if (hit instanceof SVGSVGElement) return undefined;
      continue;
    }
    const style = getComputedStyle(hit);
    const fill = parseColor(style.fill);
    if (!fill || fill[3] === 0) continue;
    const alpha = fill[3] * Number(style.fillOpacity || 1) * Number(style.opacity || 1);
    return { color: over([fill[0], fill[1], fill[2], alpha], page), what: `<${hit.localName} class="${hit.getAttribute('class') ?? ''}">` };
  }
  return undefined;
}

function visible(el: Element): boolean {
  if (el.closest('caption, .visually-hidden, [hidden]')) return false;
  const rects = el.getClientRects();
  if (rects.length === 0) return false;
  const box = el.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
}

interface Finding {
  what: string;
  ratio: number;
  fg: string;
  bg: string;
}

function describe_(el: Element): string {
  return `<${el.localName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
}

/** Every element in a shadow root (and SVG inside it) that has its own visible text. */
function textElements(root: ShadowRoot): Element[] {
  const out = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest('style, script, defs, title')) continue;
    out.add(parent);
  }
  return [...out].filter(visible);
}

/** Text contrast of everything with text in the widget. */
function textFindings(el: InnIndicator, theme: Theme): Finding[] {
  const page = parseColor(theme.pageBackground)!;
  const out: Finding[] = [];
  for (const t of textElements(el.shadowRoot!)) {
    const style = getComputedStyle(t);
    let fg: RGBA | undefined;
    let bg: RGBA;
    let where = 'page';
    if (t instanceof SVGElement) {
      const textEl = (t.closest('text') ?? t) as SVGGraphicsElement;
      const fill = parseColor(style.fill);
      if (!fill) continue;
      const alpha = fill[3] * Number(style.fillOpacity || 1) * Number(getComputedStyle(textEl).opacity || 1);
      const under = svgBackground(textEl, page);
      bg = under?.color ?? page;
      where = under?.what ?? 'page';
      fg = over([fill[0], fill[1], fill[2], alpha], bg);
    } else {
      const color = parseColor(style.color);
      if (!color) continue;
      bg = htmlBackground(t, page);
      fg = over(color, bg);
    }
    out.push({ what: `${describe_(t)} on ${where}`, ratio: contrastRatio(hex(fg), hex(bg)), fg: hex(fg), bg: hex(bg) });
  }
  return out;
}

function below(findings: Finding[], min: number): string[] {
  return findings.filter((f) => f.ratio < min - 1e-9).map((f) => `${f.what}: ${f.fg} on ${f.bg} = ${f.ratio.toFixed(2)}:1`);
}

let host: HTMLElement | undefined;

async function mount(theme: 'light' | 'dark', attrs: Record<string, string>, data?: unknown): Promise<InnIndicator> {
  host = document.createElement('div');
  host.style.width = '760px';
  host.style.background = THEMES[theme].pageBackground;
  host.style.padding = '8px';
  document.body.style.background = THEMES[theme].pageBackground;
  const el = document.createElement('inn-indicator');
  el.setAttribute('theme', theme);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  const ready = oneEvent(el, attrs['src']?.startsWith('/__faults/') ? 'inn-error' : 'inn-ready');
  host.append(el);
  document.body.prepend(host);
  await ready;
  await el.updateComplete;
  // Notes open: their text is checked too.
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return el;
}

afterEach(() => {
  host?.remove();
  host = undefined;
  document.body.style.background = '';
});

const WIDGETS: Array<{ name: string; attrs: Record<string, string>; data?: () => unknown }> = [
  { name: 'bar chart', attrs: { src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' } },
  { name: 'diverging bars', attrs: { src: FEED, indicator: 'employment-change', view: 'chart', period: '1997-2005' } },
  { name: 'parts chart', attrs: { src: FEED, indicator: 'state-transfers', view: 'chart' } },
  { name: 'index lines', attrs: { src: FEED, indicator: 'employment-change', view: 'chart', measure: 'index' } },
  { name: 'table', attrs: { src: FEED, indicator: 'employment-change', view: 'table', period: '1990-2002' } },
  { name: 'key figure', attrs: { src: FEED, indicator: 'value-creation', view: 'kpi' } },
  { name: 'map', attrs: { indicator: 'commuting', view: 'map' }, data: () => municipalityFeed([1200, 800, 450, 3000, 150, 2200, 640, null]) },
  { name: 'map with negative values', attrs: { indicator: 'commuting', view: 'map' }, data: () => municipalityFeed([-12, 8, -4.5, 30, 1.5, -22, 6.4, null]) },
  { name: 'error', attrs: { src: `/__faults/404?n=contrast-${Date.now()}`, indicator: 'employment-change', view: 'table' } },
];

for (const themeName of ['light', 'dark'] as const) {
  const theme = THEMES[themeName];

  describe(`quality: contrast, ${themeName} theme (page ${theme.pageBackground})`, function () {
    this.timeout(30000);

    for (const w of WIDGETS) {
      it(`${w.name}: all text at least ${TEXT_MIN}:1`, async () => {
        const el = await mount(themeName, w.attrs, w.data?.());
        const findings = textFindings(el, theme);
        expect(findings.length, 'text found').to.be.greaterThan(3);
        expect(below(findings, TEXT_MIN).join('\n')).to.equal('');
      });
    }

    it(`chart marks (bars, lines, points) at least ${GRAPHICS_MIN}:1 against the page`, async () => {
      const problems: string[] = [];
      let marks = 0;
      for (const w of WIDGETS.filter((x) => x.attrs['view'] === 'chart')) {
        const el = await mount(themeName, w.attrs);
        const svg = el.shadowRoot!.querySelector('.chart-canvas svg')!;
        for (const mark of svg.querySelectorAll<SVGGeometryElement>('.mark-rect path, .mark-line path, .mark-symbol path, .mark-area path')) {
          if (!visible(mark)) continue;
          const style = getComputedStyle(mark);
          const paint = mark.closest('.mark-line') ? parseColor(style.stroke) : parseColor(style.fill);
          if (!paint || paint[3] === 0) continue;
          marks++;
          const color = over([paint[0], paint[1], paint[2], paint[3] * Number(style.opacity || 1)], parseColor(theme.pageBackground)!);
          const ratio = contrastRatio(hex(color), theme.pageBackground);
          if (ratio < GRAPHICS_MIN)
            problems.push(`${w.name}: ${mark.closest('[class*="mark-"]')?.getAttribute('class')} ${hex(color)} = ${ratio.toFixed(2)}:1`);
        }
        host?.remove();
      }
      expect(marks, 'marks found').to.be.greaterThan(5);
      expect([...new Set(problems)].join('\n')).to.equal('');
    });

    it(`map areas stand out from the page (fill or outline at least ${GRAPHICS_MIN}:1)`, async () => {
      const problems: string[] = [];
      for (const w of WIDGETS.filter((x) => x.attrs['view'] === 'map')) {
        const el = await mount(themeName, w.attrs, w.data?.());
        const areas = [...el.shadowRoot!.querySelectorAll('.inn-map .area')];
        expect(areas.length).to.be.greaterThan(10);
        for (const area of areas) {
          const shape = area.querySelector('.shape')!;
          const style = getComputedStyle(shape);
          const fill = parseColor(style.fill);
          const stroke = parseColor(style.stroke);
          const page = parseColor(theme.pageBackground)!;
          const fillRatio = fill && fill[3] > 0 ? contrastRatio(hex(over(fill, page)), theme.pageBackground) : 1;
          const strokeRatio = stroke && stroke[3] > 0 ? contrastRatio(hex(over(stroke, page)), theme.pageBackground) : 1;
          if (Math.max(fillRatio, strokeRatio) < GRAPHICS_MIN) {
            problems.push(
              `${w.name}: ${area.getAttribute('aria-label')} (fill ${fill ? hex(over(fill, page)) : 'none'} ${fillRatio.toFixed(2)}:1, outline ${stroke ? hex(over(stroke, page)) : 'none'} ${strokeRatio.toFixed(2)}:1)`,
            );
          }
        }
        // Legend swatches are the key to the colours: the same rule.
        for (const rect of el.shadowRoot!.querySelectorAll('.inn-map__swatch rect')) {
          const style = getComputedStyle(rect);
          const page = parseColor(theme.pageBackground)!;
          const fill = parseColor(style.fill);
          const stroke = parseColor(style.stroke);
          const ratio = Math.max(
            fill && fill[3] > 0 ? contrastRatio(hex(over(fill, page)), theme.pageBackground) : 1,
            stroke && stroke[3] > 0 ? contrastRatio(hex(over(stroke, page)), theme.pageBackground) : 1,
          );
          if (ratio < GRAPHICS_MIN) problems.push(`${w.name}: legend swatch ${fill ? hex(over(fill, page)) : 'none'} = ${ratio.toFixed(2)}:1`);
        }
        host?.remove();
      }
      expect([...new Set(problems)].join('\n')).to.equal('');
    });

    it(`focus rings, the error rule and the outline of form controls at least ${GRAPHICS_MIN}:1`, async () => {
      const problems: string[] = [];
      const page = parseColor(theme.pageBackground)!;
      const check = (what: string, color: string | undefined) => {
        const c = parseColor(color);
        if (!c) return problems.push(`${what}: no colour (${color})`);
        const ratio = contrastRatio(hex(over(c, page)), theme.pageBackground);
        if (ratio < GRAPHICS_MIN) problems.push(`${what}: ${hex(over(c, page))} = ${ratio.toFixed(2)}:1`);
        return undefined;
      };
      const chart = await mount(themeName, { src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
      const select = chart.shadowRoot!.querySelector('select')!;
      check('focus ring (--_focus)', getComputedStyle(chart).getPropertyValue('--_focus'));
      // A select is recognised by its outline (WCAG 1.4.11: the visual boundary of a form control). The view
      // buttons are recognised by their words, so their group's rule is not held to this.
      check('select outline', getComputedStyle(select).borderTopColor);
      check('pressed view button', getComputedStyle(chart.shadowRoot!.querySelector('.view-button[aria-pressed="true"]')!).backgroundColor);
      host?.remove();
      const map = await mount(themeName, { indicator: 'commuting', view: 'map' }, municipalityFeed([1200, 800, 450, 3000]));
      check('map focus ring', getComputedStyle(map.shadowRoot!.querySelector('.inn-map .ring')!).stroke);
      host?.remove();
      const error = await mount(themeName, { src: `/__faults/500?n=contrast-rule-${themeName}`, indicator: 'employment-change' });
      check('error rule', getComputedStyle(error.shadowRoot!.querySelector('.state.error')!).borderInlineStartColor);
      check('retry button outline', getComputedStyle(error.shadowRoot!.querySelector('.retry')!).borderTopColor);
      expect(problems.join('\n')).to.equal('');
    });
  });
}
