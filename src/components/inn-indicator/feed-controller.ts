import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/types.js';
import { FeedError } from '../../data/errors.js';
import { LoadError, sharedLoader } from '../../data/loader.js';
import { loadViewRuntime, viewRuntime } from '../runtime-loader.js';

/** How long a load may take before its loading box is drawn (grey, then pulsing). */
const SLOW_LOAD_MS = 300;

/** What the feed controller reads from its element, and tells it. */
export interface FeedSource {
  src(): string;
  data(): unknown;
  /** A load starts: an earlier error no longer applies. */
  started(): void;
  /** The figures arrived: a "not up to date" notice no longer applies. */
  loaded(): void;
  /** The load failed; `keepData`: earlier figures stay on screen, marked as not up to date. */
  failed(err: unknown, keepData: boolean): void;
}

/**
 * The feed a widget shows. Loads `src` through the page-wide loader (one request per URL however many widgets ask,
 * and a cached copy unless a retry asks again) or reads `data`; a newer source aborts the request of the older one,
 * and so does taking the widget out of the page. A reload that fails keeps the figures already shown.
 *
 * (Not `@lit/task`: a Task drops its value when a run fails, which is the case this widget must not blank, and it
 * would add a kilobyte to the module every page loads first.)
 */
export class FeedController implements ReactiveController {
  /** The figures, once read. */
  dataset: Dataset | undefined;
  /** A download is under way. */
  loading = false;
  /**
   * Whether the load has taken a while: only then is the loading box drawn grey (and pulsing). A fast load goes
   * straight from the reserved space to the figures, without painting a placeholder first (painting ten of them
   * cost a dashboard 4–7 % of the time to its charts, measured with test/bench/ab.mjs).
   */
  slowLoad = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: FeedSource,
  ) {
    host.addController(this);
  }

  /** The `src` and `data` of the last load: a change of either (at any time after connect) loads again. */
  private loadedSrc: string | undefined;
  private loadedData: unknown = undefined;

  /** Whether `src` or `data` differ from what was last loaded (or nothing was loaded yet). */
  get sourceChanged(): boolean {
    return this.loadedSrc === undefined || this.loadedSrc !== this.source.src() || this.loadedData !== this.source.data();
  }

  hostConnected(): void {
    this.requireRuntime();
    if (this.dataset === undefined && !this.loading) this.load();
  }

  private runtimeRequested = false;
  /**
   * The runtime that reads the feed (and draws the views) downloads alongside the feed; a load after it failed (the
   * retry button) asks again. Until there is a feed, the loading state does not depend on it: no re-render when it
   * arrives.
   */
  private requireRuntime(): void {
    if (viewRuntime() || this.runtimeRequested) return;
    this.runtimeRequested = true;
    void loadViewRuntime().then(
      () => {
        if (this.dataset) this.host.requestUpdate();
      },
      (err: unknown) => {
        this.runtimeRequested = false;
        this.source.failed(err, false);
      },
    );
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.setLoading(false);
  }

  /** Loads `src` or reads `data`. `reload`: download again, not the page's cached copy (the retry button). */
  load(reload = false): void {
    this.loadedSrc = this.source.src();
    this.loadedData = this.source.data();
    this.abort?.abort();
    this.source.started();
    this.requireRuntime();
    const data = this.source.data();
    if (data !== undefined && data !== null) return this.read(data);
    if (!this.source.src()) return this.set(undefined);
    const controller = new AbortController();
    this.abort = controller;
    this.setLoading(true);
    sharedLoader.load(this.source.src(), { signal: controller.signal, reload }).then(
      (ds) => {
        if (controller.signal.aborted) return;
        this.setLoading(false);
        this.source.loaded();
        this.set(ds);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        this.setLoading(false);
        // Better the last good figures, clearly marked, than a blank box.
        const keep = reload && this.dataset !== undefined;
        if (!keep) this.set(undefined);
        this.source.failed(err, keep);
      },
    );
  }

  /** Reads a feed object given as `data`. */
  private read(data: unknown): void {
    void loadViewRuntime()
      .then((rt) => rt.parseFeed(data))
      .then(
        (ds) => {
          if (data === this.source.data()) this.set(ds);
        },
        (err: unknown) => {
          if (data !== this.source.data()) return;
          // Anything but a FeedError is the reader failing on odd input: to the reader, still a feed that cannot be read.
          const error =
            err instanceof FeedError
              ? err
              : new LoadError('invalid', `The feed could not be read: ${String(err)}`, this.source.src(), undefined, undefined, err);
          this.source.failed(error, false);
        },
      );
  }

  private set(ds: Dataset | undefined): void {
    if (ds === this.dataset) return;
    this.dataset = ds;
    this.host.requestUpdate();
  }

  private setLoading(on: boolean): void {
    if (on !== this.loading) this.host.requestUpdate();
    this.loading = on;
    clearTimeout(this.slowTimer);
    this.slowTimer = on ? setTimeout(() => this.setSlow(true), SLOW_LOAD_MS) : undefined;
    if (!on) this.setSlow(false);
  }

  private setSlow(on: boolean): void {
    if (on === this.slowLoad) return;
    this.slowLoad = on;
    this.host.requestUpdate();
  }
}
