/**
 * Checks that work grows at most linearly with the input, without a wall-clock threshold: the same operation is
 * timed on an input and on one doubled three times (8× as large); linear work takes about 8× as long, quadratic
 * work 64×, cubic 512×. The check allows 24× over a floor of a few milliseconds, so timer noise, JIT warm-up and
 * a busy machine do not make it fail, and a quadratic path cannot pass.
 */
import { expect } from '@open-wc/testing';

/** Shortest of `repeats` runs, in milliseconds (the shortest is the least disturbed by GC and other work). */
export function bestTime(run: () => unknown, repeats = 3): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    try {
      run();
    } catch {
      // A refusal (FeedError) is an outcome like any other; only its cost matters here.
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export interface GrowthOptions {
  /** Times below this count as this (ms), so that tiny inputs do not make the ratio noisy. */
  floorMs?: number;
  /** Doublings between the small and the large input. */
  doublings?: number;
  /** Largest allowed ratio; default 3× the linear one (24 for three doublings). */
  limit?: number;
}

/** The time ratio between `make(n · 2^doublings)` and `make(n)`, each run by `run`. */
export function growth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  options: GrowthOptions = {},
): { small: number; large: number; ratio: number } {
  const floor = options.floorMs ?? 4;
  const factor = 2 ** (options.doublings ?? 3);
  const smallInput = make(n);
  const largeInput = make(n * factor);
  bestTime(() => run(smallInput), 1); // warm up the code paths once
  const small = bestTime(() => run(smallInput));
  const large = bestTime(() => run(largeInput));
  return { small, large, ratio: large / Math.max(small, floor) };
}

/** Fails when the work for an input 2^doublings times as large grows more than (about) linearly. */
export function expectLinear<T>(name: string, make: (n: number) => T, run: (input: T) => unknown, n: number, options: GrowthOptions = {}): void {
  const factor = 2 ** (options.doublings ?? 3);
  const limit = options.limit ?? 3 * factor;
  // A busy machine (a GC, another process) can slow one measurement; a real quadratic path is slow every time. So a
  // ratio over the limit is measured again, twice at most, and the lowest ratio counts.
  let g = growth(make, run, n, options);
  for (let again = 0; again < 2 && g.ratio >= limit; again++) {
    const next = growth(make, run, n, options);
    if (next.ratio < g.ratio) g = next;
  }
  expect(
    g.ratio,
    `${name}: ${g.small.toFixed(1)} ms at n=${n}, ${g.large.toFixed(1)} ms at n=${n * factor} (ratio ${g.ratio.toFixed(1)}, linear ≈ ${factor}, limit ${limit})`,
  ).to.be.below(limit);
}
