/**
 * Printing a widget: controls hidden (the toolbar and the sharing buttons, by `@media print` rules), and the
 * chart, map or key figure printed with the table of its figures and the source. The table is rendered only
 * while the page prints (between `beforeprint` and `afterprint`), so the screen and its accessibility tree
 * never carry a duplicate of it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ShareView } from './permalink.js';

export class PrintController implements ReactiveController {
  /** True while the page is being printed. */
  printing = false;
  private readonly host: ReactiveControllerHost;
  private readonly flush: () => void;
  private media: MediaQueryList | undefined;

  /**
   * `flush` must render synchronously (the element's `performUpdate()`): the browser lays the page out for
   * print right after `beforeprint` returns.
   */
  constructor(host: ReactiveControllerHost, flush: () => void) {
    this.host = host;
    this.flush = flush;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    // Browsers without the print events still report the print media query.
    this.media = window.matchMedia?.('print');
    this.media?.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.media?.removeEventListener('change', this.onMedia);
    this.printing = false;
  }

  private readonly set = (printing: boolean): void => {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    if (printing) this.flush();
  };

  private readonly before = (): void => this.set(true);
  private readonly after = (): void => this.set(false);
  private readonly onMedia = (e: MediaQueryListEvent): void => this.set(e.matches);
}

/**
 * The table printed under a chart, map or key figure: nothing for the table view, or when not printing. `table`
 * renders the table view (the widget's `renderTable`, from the lazily loaded view runtime; passed in so that this
 * module does not pull the table view into the first chunk).
 */
export function renderPrintTable(printing: boolean, view: ShareView, table: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (!printing || view === 'table') return nothing;
  return html`<div class="print-table">${table()}</div>`;
}
