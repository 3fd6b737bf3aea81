/** The client-side rate limit of the PxWebApi client: a token bucket with an injected clock and sleep. */

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** Arms a timer that calls `onTimeout` after `ms`; returns the function that disarms it. */
export type ArmTimer = (onTimeout: () => void, ms: number) => () => void;
export const realTimer: ArmTimer = (onTimeout, ms) => {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
};

/**
 * Token bucket: `burst` requests at once, refilled at `perMinute`. With the defaults (20 a minute, burst 5) no
 * 60-second window ever holds more than 25 requests, below Statistics Norway's ~30.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;

  constructor(
    readonly perMinute: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    if (!(perMinute > 0) || !(burst >= 1)) throw new Error('TokenBucket needs perMinute > 0 and burst >= 1.');
    this.intervalMs = 60_000 / perMinute;
    this.tokens = burst;
    this.last = now();
  }

  /** Waits until a request may be sent; returns how long it waited (ms). Calls are served in order. */
  take(): Promise<number> {
    const turn = this.queue.then(() => this.takeNow());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async takeNow(): Promise<number> {
    let waited = 0;
    for (;;) {
      const t = this.now();
      this.tokens = Math.min(this.burst, this.tokens + (t - this.last) / this.intervalMs);
      this.last = t;
      if (this.tokens >= 1 - 1e-9) {
        this.tokens -= 1;
        return waited;
      }
      const wait = Math.ceil((1 - this.tokens) * this.intervalMs);
      waited += wait;
      await this.sleep(wait);
    }
  }
}
