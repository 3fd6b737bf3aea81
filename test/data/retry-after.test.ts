import { expect } from '@open-wc/testing';
import { MAX_SHOWN_WAIT_SECONDS, parseRetryAfter, shownWaitSeconds } from '../../src/data/retry-after.js';

// One reading of HTTP Retry-After for the widgets' loader and the feed builder: milliseconds from parseRetryAfter,
// whole seconds for a reader from shownWaitSeconds (the builder's pxweb client re-exports parseRetryAfter).
describe('Retry-After (one home: src/data/retry-after.ts)', () => {
  const now = Date.parse('2026-10-21T07:28:00Z');

  it('reads delay-seconds as milliseconds', () => {
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).to.equal(1500);
  });

  it('reads an HTTP date as the milliseconds until then, never negative', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).to.equal(0);
  });

  it('gives nothing for an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter(undefined, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });

  it('shows a reader whole seconds, rounded up, up to an hour', () => {
    expect(shownWaitSeconds(parseRetryAfter('1.2', now))).to.equal(2);
    expect(shownWaitSeconds(parseRetryAfter(String(MAX_SHOWN_WAIT_SECONDS), now))).to.equal(MAX_SHOWN_WAIT_SECONDS);
    expect(shownWaitSeconds(parseRetryAfter(String(MAX_SHOWN_WAIT_SECONDS + 1), now))).to.equal(undefined);
    expect(shownWaitSeconds(parseRetryAfter('1e308', now))).to.equal(undefined);
    expect(shownWaitSeconds(0)).to.equal(undefined);
  });
});
