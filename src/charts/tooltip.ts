/**
 * A Vega tooltip handler that draws the tooltip as an element inside the widget's own shadow root, as text.
 *
 * Not vega-tooltip: that injects a <style> element into document.head (blocked by `style-src 'self'`) and
 * renders values as HTML. Here the tooltip is `<div part="tooltip" class="inn-tooltip" role="tooltip">`
 * with one child per line, filled with textContent only — feed text is never parsed as HTML. The component
 * styles it through `::part(tooltip)` / `.inn-tooltip`; only its position is set here, through the CSSOM
 * (`element.style`), which a style-src policy allows.
 */

export type TooltipHandlerFn = (handler: unknown, event: MouseEvent | null, item: unknown, value: unknown) => void;

export interface ChartTooltip {
  handler: TooltipHandlerFn;
  /** The tooltip element, once it has been shown. */
  readonly element: HTMLElement | null;
  hide(): void;
  /** Removes the element. */
  remove(): void;
}

/** Turns a tooltip value into lines of text: a string splits at newlines; an object gives `key: value` lines. */
export function tooltipLines(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string') return value.split('\n');
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`);
  return [String(value)];
}

const OFFSET = 12;

export function createTooltip(root: ShadowRoot | HTMLElement): ChartTooltip {
  let element: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (element && element.isConnected) return element;
    const doc = root.ownerDocument ?? document;
    element = doc.createElement('div');
    element.setAttribute('part', 'tooltip');
    element.setAttribute('role', 'tooltip');
    element.className = 'inn-tooltip';
    element.hidden = true;
    element.style.position = 'fixed';
    element.style.pointerEvents = 'none';
    element.style.zIndex = '1000';
    root.appendChild(element);
    return element;
  };

  const hide = () => {
    if (element) element.hidden = true;
  };

  const handler: TooltipHandlerFn = (_handler, event, _item, value) => {
    const lines = tooltipLines(value);
    if (!event || lines.length === 0) {
      hide();
      return;
    }
    const el = ensure();
    const children = lines.map((line, i) => {
      const div = el.ownerDocument.createElement('div');
      if (i === 0) div.className = 'inn-tooltip-title';
      if (line === '') div.className = 'inn-tooltip-space';
      div.textContent = line;
      return div;
    });
    el.replaceChildren(...children);
    el.hidden = false;
    // Beside the pointer, flipped to the other side when it would leave the viewport.
    const view = el.ownerDocument.defaultView;
    const vw = view?.innerWidth ?? 0;
    const vh = view?.innerHeight ?? 0;
    const { width, height } = el.getBoundingClientRect();
    let x = event.clientX + OFFSET;
    let y = event.clientY + OFFSET;
    if (vw && x + width > vw) x = Math.max(0, event.clientX - OFFSET - width);
    if (vh && y + height > vh) y = Math.max(0, event.clientY - OFFSET - height);
    el.style.left = `${Math.round(x)}px`;
    el.style.top = `${Math.round(y)}px`;
  };

  return {
    handler,
    get element() {
      return element;
    },
    hide,
    remove() {
      element?.remove();
      element = null;
    },
  };
}
