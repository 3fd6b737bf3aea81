import { expect } from '@open-wc/testing';
import { FeedLoader, LoadError } from '../../src/data/loader.js';
import { FeedError } from '../../src/data/errors.js';

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the load to fail');
}

let n = 0;
const fresh = (kind: string, query = '') => `/__faults/${kind}?n=${Date.now()}-${n++}${query}`;

describe('FeedLoader', () => {
  it('sends one request per URL however many callers ask', async () => {
    const loader = new FeedLoader();
    const url = fresh('slow', '&ms=200');
    const results = await Promise.all(Array.from({ length: 10 }, () => loader.load(url)));
    expect(loader.requests).to.equal(1);
    expect(results[0]!.observations.length).to.be.greaterThan(0);
    expect(results.every((r) => r === results[0])).to.equal(true);
  });

  it('explains HTTP errors, including Retry-After on 429', async () => {
    const loader = new FeedLoader();
    const e404 = (await failure(loader.load(fresh('404')))) as LoadError;
    expect(e404).to.be.instanceOf(LoadError);
    expect(e404.message).to.contain('not found (HTTP 404)');
    const e429 = (await failure(loader.load(fresh('429')))) as LoadError;
    expect(e429.status).to.equal(429);
    expect(e429.retryAfter).to.equal(7);
    expect(e429.message).to.contain('try again in 7 seconds');
    expect((await failure(loader.load(fresh('500')))).message).to.contain('server failed (HTTP 500)');
  });

  it('times out, refuses web pages, too-large and truncated bodies', async () => {
    const loader = new FeedLoader();
    expect(((await failure(loader.load(fresh('timeout', '&ms=3000'), { timeout: 300 }))) as LoadError).kind).to.equal('timeout');
    expect(((await failure(loader.load(fresh('html')))) as LoadError).kind).to.equal('content-type');
    expect(((await failure(loader.load(fresh('huge'), { maxBytes: 1_000_000 }))) as LoadError).kind).to.equal('too-large');
    const truncated = await failure(loader.load(fresh('truncated')));
    expect(truncated).to.be.instanceOf(FeedError);
    expect(truncated.message).to.contain('not valid JSON');
  });

  it('does not cache failures: a retry recovers', async () => {
    const loader = new FeedLoader();
    const url = fresh('flaky');
    await failure(loader.load(url));
    const ds = await loader.load(url);
    expect(ds.observations.length).to.be.greaterThan(0);
    expect(loader.requests).to.equal(2);
  });

  it('a caller that aborts gets an abort; others still get the data', async () => {
    const loader = new FeedLoader();
    const url = fresh('slow', '&ms=300');
    const controller = new AbortController();
    const a = loader.load(url, { signal: controller.signal });
    const b = loader.load(url);
    controller.abort();
    expect(((await failure(a)) as LoadError).kind).to.equal('aborted');
    expect((await b).observations.length).to.be.greaterThan(0);
  });

  it('reports network failures in plain words', async () => {
    const loader = new FeedLoader(() => Promise.reject(new TypeError('Failed to fetch')));
    const err = (await failure(loader.load('https://example.invalid/feed.json'))) as LoadError;
    expect(err.kind).to.equal('network');
    expect(err.message).to.contain('could not be reached');
  });

  it('a reload wave from many callers makes one request, and the next wave one more', async () => {
    const loader = new FeedLoader();
    const url = fresh('slow', '&ms=300');
    const first = await loader.load(url);
    expect(loader.requests).to.equal(1);
    const wave = await Promise.all(Array.from({ length: 10 }, () => loader.load(url, { reload: true })));
    expect(loader.requests).to.equal(2);
    expect(wave.every((d) => d === wave[0] && d !== first)).to.equal(true);
    await Promise.all(Array.from({ length: 10 }, () => loader.load(url, { reload: true })));
    expect(loader.requests).to.equal(3);
  });

  it('a reload wave whose callers abort their earlier waits still shares one request', async () => {
    const loader = new FeedLoader();
    const url = fresh('slow', '&ms=300');
    await loader.load(url);
    const controllers = Array.from({ length: 10 }, () => new AbortController());
    const waits = controllers.map((c) => loader.load(url, { reload: true, signal: c.signal }));
    const results = await Promise.all(waits);
    expect(loader.requests).to.equal(2);
    expect(results.every((d) => d.observations.length > 0)).to.equal(true);
  });

  it('shows Retry-After as a wait a reader can act on: whole seconds, at most an hour', async () => {
    const busy = (after: string) => () => Promise.resolve(new Response('busy', { status: 429, headers: { 'retry-after': after } }));
    const cases: Array<[string, number | undefined]> = [
      ['7', 7],
      ['7.2', 8],
      ['120', 120],
      ['3600', 3600],
      ['3601', undefined],
      ['1e308', undefined],
      ['9'.repeat(400), undefined],
      ['-5', undefined],
      ['0x10', undefined],
      ['0', undefined],
      ['soon', undefined],
      [new Date(Date.now() + 90_500).toUTCString(), undefined],
    ];
    for (const [after, expected] of cases) {
      const err = (await failure(new FeedLoader(busy(after)).load(`https://example.invalid/${encodeURIComponent(after)}.json`))) as LoadError;
      expect(err.status, after).to.equal(429);
      if (after.endsWith('GMT')) {
        // An HTTP date: the seconds from now, rounded up (89–91 s, whatever the clock did meanwhile).
        expect(err.retryAfter, after).to.be.within(89, 91);
        continue;
      }
      expect(err.retryAfter, after).to.equal(expected);
      expect(err.message, after).to.not.match(/e\+|Infinity|NaN/);
    }
  });
});
