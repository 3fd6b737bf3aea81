import { afterPaint } from '../after-paint.js';
import { connectShare, fragmentHasWidgetState, shareFailed, type ShareHandle, type ShareSource } from '../share/loader.js';
import type { ShareHost } from '../share/share-runtime.js';

/**
 * The widget's side of sharing (toolbar actions, permalinks, the print table): the sharing chunk is loaded and
 * attached once per element, after the widget has drawn and the page is idle, at once when the page's fragment holds
 * a widget's state (the widget then waits for it rather than draw twice), or when a sharing button is pressed first.
 */
export class Sharing {
  /** The attached sharing code, once its chunk has arrived. */
  handle: ShareHandle | undefined;
  private attaching: Promise<ShareHandle | undefined> | undefined;
  private scheduled = false;

  constructor(
    private readonly host: ShareHost,
    private readonly source: ShareSource,
    /** Renders the element synchronously (its `performUpdate()`), for print. */
    private readonly flush: () => void,
  ) {}

  /** Loads and attaches the sharing code, once per element. */
  attach(): Promise<ShareHandle | undefined> {
    if (this.handle) return Promise.resolve(this.handle);
    this.attaching ??= connectShare(this.host, this.source, this.flush).then((handle) => {
      this.handle = handle;
      // Without it (the chunk did not load), the next button press asks again.
      if (!handle) this.attaching = undefined;
      this.host.requestUpdate();
      return handle;
    });
    return this.attaching;
  }

  /** What a sharing button does; pressed before the sharing code has arrived, it waits for it. */
  readonly act = (action: (handle: ShareHandle) => unknown): void => {
    void this.attach().then((handle) => handle && action(handle));
  };

  /** Whether the page links to a widget state that the sharing code must restore before the widget draws. */
  awaitingLink(): boolean {
    const awaiting = !this.handle && !shareFailed() && fragmentHasWidgetState();
    if (awaiting) void this.attach();
    return awaiting;
  }

  /** The widget has drawn: the sharing code is not needed to draw, it loads once the page has drawn. */
  drawn(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void afterPaint().then(() => {
      if (this.host.isConnected) void this.attach();
    });
  }
}
