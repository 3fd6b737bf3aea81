/**
 * The sharing runtime (a lazily loaded chunk, see loader.ts): {@link attachShare} gives a widget its sharing
 * toolbar, its print table and its permalinks, as Lit reactive controllers added to the element once the chunk
 * has arrived, and adopts the toolbar's styles into the element's shadow root.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { ShareController, type ShareSource } from './controller.js';
import { PermalinkController, stateOf, type ShareableElement, type ShareView, type WidgetState } from './permalink.js';
import { PrintController, renderPrintTable } from './print.js';
import { shareStyles } from './share-menu.js';
import { adoptStyles } from '../adopt-styles.js';

export { stateOf, decodeState, encodeState, mergeFragment, permalink, widgetId, type WidgetState } from './permalink.js';
export { embedCode } from './embed-code.js';
export { shareStyles } from './share-menu.js';

export interface ShareHandle {
  /** The sharing toolbar (buttons, manual-copy field, live region). */
  render(lang?: Lang): TemplateResult;
  /** The table printed under a chart, map or key figure while the page prints; `table` renders the table view. */
  printTable(view: ShareView, table: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing;
  /** The state a permalink to the widget holds, defaults pinned from the view model. */
  state(): WidgetState;
  readonly share: ShareController;
  readonly print: PrintController;
  readonly permalinks: PermalinkController;
}

export type ShareHost = ReactiveControllerHost & ShareableElement;

const attached = new WeakMap<ShareHost, ShareHandle>();

/**
 * Wires sharing into a widget, once per element (a second call returns the first handle). The permalink controller
 * restores the state in the page's fragment at once if the element is connected. `flush` must render
 * synchronously (the element's `performUpdate()`), for print.
 */
export function attachShare(host: ShareHost, source: ShareSource, flush: () => void): ShareHandle {
  const existing = attached.get(host);
  if (existing) return existing;
  // Styles first, so that the toolbar is never drawn unstyled.
  host.addController({
    hostConnected: () => {
      if (host.shadowRoot) adoptStyles(host.shadowRoot, shareStyles, 'share');
    },
  });
  const share = new ShareController(host, source);
  const print = new PrintController(host, flush);
  const permalinks = new PermalinkController(host);
  const handle: ShareHandle = {
    share,
    print,
    permalinks,
    render: (lang?: Lang) => share.render(lang),
    printTable: (view, table) => renderPrintTable(print.printing, view, table),
    state: () => stateOf(host, source.model()),
  };
  attached.set(host, handle);
  return handle;
}
