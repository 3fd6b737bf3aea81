/**
 * A keyboard path from a chart to its figures (issue 19): each bar or point of a drawn Vega view becomes a button
 * (one tab stop for the whole chart: arrow keys, Home and End move between the figures, Enter or Space opens the
 * figure's source card, as a click on it does). The marks stay Vega's; this only adds attributes and listeners.
 */

/** What Vega's SVG renderer hangs on each item's element. */
interface SceneItem {
  datum?: { key?: unknown; tip?: unknown };
  mark?: { marktype?: string };
}

/** The mark types that draw a figure (bars, their bound extensions and points), not labels or rules. */
const FIGURE_MARKS = new Set(['rect', 'symbol']);

/** "0403|2022||3" → "0403|2022|": region, period and series of the row behind a mark, without the mark's index. */
export function figureKey(datumKey: string): string {
  return datumKey.slice(0, datumKey.lastIndexOf('|'));
}

/** The first element drawn for each figure, in drawing order, keyed by {@link figureKey}. */
export function figureElements(drawing: Element): Map<string, SVGElement> {
  const out = new Map<string, SVGElement>();
  for (const el of drawing.querySelectorAll<SVGElement>('path, circle, rect')) {
    const item = (el as unknown as { __data__?: SceneItem }).__data__;
    const key = item?.datum?.key;
    if (typeof key !== 'string' || key.startsWith('note|') || !FIGURE_MARKS.has(item?.mark?.marktype ?? '')) continue;
    const k = figureKey(key);
    if (!out.has(k)) out.set(k, el);
  }
  return out;
}

/** The figure a scenegraph item (from a Vega click) belongs to, or undefined. */
export function itemFigure(item: unknown): string | undefined {
  const key = (item as SceneItem | null | undefined)?.datum?.key;
  return typeof key === 'string' && !key.startsWith('note|') ? figureKey(key) : undefined;
}

/**
 * Makes the figures of `drawing` focusable buttons named by their tooltip ("Gjøvik, 2022, 12,5 %"), with a roving
 * tabindex, and calls `open` on Enter or Space. Idempotent: call again after each redraw (a resize may add marks).
 */
export function focusFigures(drawing: Element, open: (key: string, mark: SVGElement) => void): Map<string, SVGElement> {
  const figures = figureElements(drawing);
  const current = drawing.querySelector('[data-figure][tabindex="0"]')?.getAttribute('data-figure');
  let first = true;
  for (const [key, el] of figures) {
    const tip = (el as unknown as { __data__?: SceneItem }).__data__?.datum?.tip;
    // Vega hides marks without a description from assistive technology: these are buttons now.
    for (let up: Element | null = el; up && up !== drawing; up = up.parentElement) up.removeAttribute('aria-hidden');
    el.setAttribute('data-figure', key);
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
    el.removeAttribute('aria-roledescription');
    if (typeof tip === 'string') el.setAttribute('aria-label', tip.split('\n').join(', '));
    el.setAttribute('tabindex', (current ? key === current : first) ? '0' : '-1');
    first = false;
  }
  const host = drawing as Element & { innFigures?: boolean };
  if (host.innFigures) return figures;
  host.innFigures = true;
  drawing.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const mark = (e.target as Element).closest?.('[data-figure]') as SVGElement | null;
    if (!mark || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(mark.dataset.figure!, mark);
      return;
    }
    const all = [...drawing.querySelectorAll<SVGElement>('[data-figure]')];
    const at = all.indexOf(mark);
    const step: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (!(e.key in step)) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, step[e.key]!))]?.focus();
  });
  drawing.addEventListener('focusin', (e) => {
    const mark = (e.target as Element).closest?.('[data-figure]');
    if (!mark) return;
    for (const el of drawing.querySelectorAll('[data-figure]')) el.setAttribute('tabindex', el === mark ? '0' : '-1');
  });
  return figures;
}
