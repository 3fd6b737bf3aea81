/** Why a PxWebApi request failed: for good ({@link PxWebError}) or for this attempt only (`Retryable`). */

/**
 * Why a request failed for good. `retryable` says whether trying again later might help; `unreachable` that no
 * attempt got any HTTP answer at all (no network, DNS failure, connection refused).
 */
export class PxWebError extends Error {
  override readonly name = 'PxWebError';

  constructor(
    message: string,
    readonly url: string,
    readonly status: number | undefined,
    readonly attempts: number,
    readonly retryable: boolean,
    readonly unreachable = false,
  ) {
    super(message);
  }
}

/** A failed attempt worth another try (429, 5xx, a timeout, a network error, an unreadable body). */
export class Retryable extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** No HTTP answer at all (network error). */
    readonly network = false,
  ) {
    super(message);
  }
}
