import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Theme } from '../../charts/theme.js';
import { resolveTheme } from '../theme.js';

/** What the viewport controller reads from its element, and tells it. */
export interface ViewportSource {
  /** Whether the widget's frame (header, toolbar, body) has been rendered. */
  framed(): boolean;
  /** The widget has something to draw (a model): a new width or visibility needs a render. */
  drawable(): boolean;
  /** The widget came near the viewport for the first time. */
  nearViewport(): void;
  /** The page is about to print while the widget was never near the viewport. */
  beforePrint(): void;
}

/**
 * Where the widget is on the page: whether it is near the viewport (a chart is drawn only then), its width (a
 * chart is redrawn when it really changed), the height its loading box took and the theme read while the layout
 * was fresh.
 */
export class ViewportController implements ReactiveController {
  /** Near the viewport (or printing): a chart may be drawn. */
  visible = false;
  /** The widget's width in whole pixels. */
  width = 0;
  /**
   * The height the loading box took: the drawn widget keeps it as its least height until the reader changes something,
   * so that content below does not move up when the figures take less room than was reserved (a layout shift too).
   */
  reservedHeight = 0;
  /** The intersection observer's last word: the widget is not within 200 px of the viewport. */
  private offscreen = false;
  /**
   * Whether anything with a box followed the widget when its room was reserved, read in the resize callback (the
   * layout is fresh there). When the figures arrive, the widgets of a page render one after another, each changing
   * the page: the same read there cost a layout of the whole page per widget (the dashboard's first paint).
   */
  private followedWhenReserved = false;
  /** The theme as last read while style and layout were up to date (reading it then costs nothing). */
  themeSeen: Theme | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ViewportSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resizeObserver = new ResizeObserver((entries) => this.resized(entries[0]?.contentRect));
    this.resizeObserver.observe(this.host);
    this.intersectionObserver = new IntersectionObserver(
      (entries) => {
        // Not within 200 px of the viewport: what is reserved for the figures can go without moving anything on screen
        // (below the viewport nothing visible follows it; above it, the browser's scroll anchoring keeps the view still).
        this.offscreen = !entries.some((e) => e.isIntersecting);
        if (this.offscreen && this.source.drawable() && this.reservedHeight > 0) {
          this.releaseOffscreenRoom();
          this.host.requestUpdate();
        }
        if (!this.offscreen && !this.visible) {
          this.visible = true;
          if (this.source.drawable()) this.host.requestUpdate();
          this.source.nearViewport();
        }
        // Watched on while a drawn widget on screen still keeps room reserved: it goes when the reader scrolls away.
        if (this.visible && this.source.framed() && this.reservedHeight === 0) this.intersectionObserver?.disconnect();
      },
      { rootMargin: '200px' },
    );
    this.intersectionObserver.observe(this.host);
    window.addEventListener('beforeprint', this.beforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.beforePrint);
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
  }

  private resized(rect: DOMRectReadOnly | undefined): void {
    const w = Math.round(rect?.width ?? 0);
    // The height reserved while loading is kept as the widget's least height once the figures are in (no jump up).
    if (!this.source.framed()) {
      this.reservedHeight = rect?.height ?? 0;
      this.followedWhenReserved = followedByContent(this.host);
    }
    // Style and layout are up to date here, so reading the theme costs nothing; later, with other widgets
    // changed, it forces a layout of the page (each widget is a size container).
    this.themeSeen = resolveTheme(this.host);
    // Ignore sub-pixel jitter; a chart is redrawn only when its width really changed. (Before there is anything to
    // draw, the loading state does not depend on it: no re-render.)
    if (Math.abs(w - this.width) < 4) return;
    // A new width (a turned phone, a resized window): what was reserved for the old one no longer applies.
    // Its release changes the widget's height, so it is drawn in the next frame: changed inside this callback,
    // the size would be observed again before the frame ends (a "ResizeObserver loop" error).
    const released = this.source.framed() && this.width > 0 && this.reservedHeight > 0;
    if (this.source.framed() && this.width > 0) this.reservedHeight = 0;
    this.width = w;
    if (this.source.drawable() && released) requestAnimationFrame(() => this.host.requestUpdate());
    else if (this.source.drawable()) this.host.requestUpdate();
  }

  /**
   * When the figures are in: room reserved with nothing after the widget on its page would only stay empty below it
   * (in demo/embed.html, the iframe's page, ~40 px under every widget, sent to the parent as the frame's height).
   * Content that followed when the room was reserved keeps it without a new read (taken away since, the room stays:
   * nothing moves); only a widget that had nothing after it then looks again (content may have come since).
   */
  releaseRoomAtPageEnd(): void {
    if (this.reservedHeight > 0 && !this.followedWhenReserved && !followedByContent(this.host)) this.reservedHeight = 0;
  }

  /**
   * Figures drawn while the widget is away from the viewport keep no room reserved for them: the reservation only
   * keeps content on screen from moving, and below a short chart at 320 px it left ~150 px of empty room.
   */
  releaseOffscreenRoom(): void {
    if (this.offscreen && this.reservedHeight > 0) this.reservedHeight = 0;
  }

  /**
   * Printing draws every chart, also those never scrolled into view (else they print as grey boxes): a bar chart is
   * drawn there and then (its first paint needs no chart runtime), before the browser lays out the printed page.
   */
  private readonly beforePrint = (): void => {
    if (this.visible) return;
    this.visible = true;
    this.intersectionObserver?.disconnect();
    this.source.beforePrint();
  };

  /** The theme to draw with: the one read with the last layout when it is of the scheme now shown, else read now. */
  theme(dark: boolean): Theme {
    return this.themeSeen?.name === (dark ? 'dark' : 'light') ? this.themeSeen : resolveTheme(this.host);
  }
}

/** Whether anything with a box follows `el` in its document (a sibling of it or of one of its ancestors). */
function followedByContent(el: Element): boolean {
  for (let at: Element | null = el; at && at !== at.ownerDocument.documentElement; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) if (next.getClientRects().length > 0) return true;
  }
  return false;
}
