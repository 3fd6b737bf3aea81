import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewModel } from '../../indicators/view-model.js';
import type { ChartHandle } from '../../charts/render.js';
import type { Theme } from '../../charts/theme.js';
import { afterPaint } from '../after-paint.js';
import { chartRuntime, loadChartRuntime, viewRuntime } from '../runtime-loader.js';

/**
 * A User Timing mark each time a chart is on screen: `inn:chart-drawn` with `detail: { indicator, by }`, `by` being
 * `static` (the first paint of a bar chart) or `vega` (the interactive view). For measuring pages (the bench reads
 * them) without adding events that a page would have to tell apart from `inn-ready`. The first 100 per page.
 */
let marks = 0;
function markDrawn(indicator: string, by: 'static' | 'vega'): void {
  // The browser keeps every mark until the page clears them: a page that draws charts all day (a kiosk cycling
  // through views) would collect them. The first hundred are what measuring a page needs.
  if (++marks > 100) return;
  try {
    performance.mark('inn:chart-drawn', { detail: { indicator, by } });
  } catch {
    /* User Timing unavailable: nothing to measure with */
  }
}

/** What a drawing needs from the widget. */
export interface ChartRequest {
  /** The element the chart is drawn into (`.chart-canvas`), looked up again after each wait. */
  canvas: () => HTMLElement | null;
  /** The widget's width in pixels. */
  width: number;
  dark: boolean;
  theme: () => Theme;
  tooltipRoot: ShadowRoot;
  onSelect: (region: string) => void;
  /** Opens the source card of a figure (a click, or Enter and Space on the focused mark). */
  onFigure?: (key: string, mark: SVGElement) => void;
  /** The tooltip's last line saying a click opens the figure's source. */
  figureHint?: string;
  /** The interactive view is in place. */
  onReady: () => void;
  onError: (err: unknown) => void;
}

/**
 * The widget's chart: a bar chart's static first paint (no chart runtime needed), then the Vega view in its place
 * once the chart runtime has arrived and drawn it. A newer drawing supersedes an older one still under way; the
 * Vega view is finalized when it is replaced, dropped or the widget leaves the page.
 */
export class ChartController implements ReactiveController {
  /** The Vega view, once drawn. */
  handle: ChartHandle | undefined;
  /** True once the current chart is drawn (statically or by Vega): the skeleton goes away. */
  drawn = false;
  /** Why the chart could not be drawn. */
  error: string | undefined;
  private token = 0;
  /** The drawing under way or done (token + what it drew): the same drawing is not started twice. */
  private key = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.token++;
    this.handle?.finalize();
    this.handle = undefined;
  }

  /** No chart shown (another view, an error, no figures): the Vega view goes. */
  drop(): void {
    this.hostDisconnected();
    this.key = '';
    this.setDrawn(false);
  }

  /** Draws the model's chart, unless this very drawing is done or under way. */
  async draw(model: ViewModel, req: ChartRequest): Promise<void> {
    const key = `${JSON.stringify(model.rows)}|${model.chart}|${model.lang}|${req.width}|${req.dark}`;
    if (this.token + key === this.key) return;
    const token = ++this.token;
    this.key = token + key;
    const theme = req.theme();
    const width = Math.max(280, req.width - 2);
    const description = viewRuntime()!.summarize(model);
    // First paint: a bar chart is drawn now, without the chart runtime (static-bars.ts); the Vega view replaces it
    // below, once drawn. Only when no Vega view is showing: a redraw of one (new width, theme) goes straight to Vega.
    const first = req.canvas();
    if (!this.handle && first && viewRuntime()!.drawStaticChart(first, model, theme, { width, description })) {
      markDrawn(model.indicator, 'static');
      this.setDrawn(true);
    }
    try {
      // After a first paint, the runtime's download and start wait for that paint to be on screen, unless it is
      // already here (a pre-rendered page loads it at once: its first paint was in the HTML).
      const waitForPaint = this.drawn && !this.handle && !chartRuntime();
      const runtime = await (waitForPaint ? afterPaint().then(loadChartRuntime) : loadChartRuntime());
      const container = req.canvas();
      if (token !== this.token || !container) return;
      const handle = await runtime.renderChart(container, model, theme, {
        width,
        tooltipRoot: req.tooltipRoot,
        description,
        onSelect: req.onSelect,
        ...(req.onFigure ? { onFigure: req.onFigure } : {}),
        ...(req.figureHint ? { figureHint: req.figureHint } : {}),
      });
      // A newer render (or a disconnect) superseded this one: drop it without leaking the view.
      if (token !== this.token) return handle.finalize();
      this.handle?.finalize();
      this.handle = handle;
      if (this.error !== undefined) this.host.requestUpdate();
      this.error = undefined;
      this.setDrawn(true);
      markDrawn(model.indicator, 'vega');
      req.onReady();
    } catch (err) {
      if (token !== this.token) return;
      this.key = '';
      this.error = err instanceof Error ? err.message : String(err);
      this.host.requestUpdate();
      req.onError(err);
    }
  }

  private setDrawn(on: boolean): void {
    if (on === this.drawn) return;
    this.drawn = on;
    this.host.requestUpdate();
  }
}
