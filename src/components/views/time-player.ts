import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long each period stays on the map while playing. */
export const PLAY_STEP_MS = 1500;

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Plays a map's periods one after another. Nothing starts on its own: only the reader's press of the play button
 * does, and the player stops at the last period, on pause, when the widget leaves the page, and when the reader's
 * system asks for reduced motion. With reduced motion the map never changes by itself: the slider offers no play
 * button then (see time-slider.ts), only stepping, one period per press.
 */
export class TimePlayer implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly media: MediaQueryList | undefined = typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : undefined;

  /**
   * @param advance Shows the next period; returns false when there is none after it (the player then stops).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly advance: () => boolean,
    private readonly stepMs = PLAY_STEP_MS,
  ) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  /** Whether the reader's system asks for reduced motion. */
  get reducedMotion(): boolean {
    return this.media?.matches === true;
  }

  play(): void {
    if (this.playing || this.reducedMotion) return;
    this.timer = setInterval(() => {
      // The setting is read at each step too: its change event may come a frame after the widget has redrawn.
      if (this.reducedMotion || !this.advance()) this.stop();
    }, this.stepMs);
    this.host.requestUpdate();
  }

  stop(): void {
    if (!this.playing) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }

  private readonly onMotionChange = (): void => {
    if (this.reducedMotion) this.stop();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.media?.addEventListener('change', this.onMotionChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMotionChange);
    this.stop();
  }
}
