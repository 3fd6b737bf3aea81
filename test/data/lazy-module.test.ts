import { expect } from '@open-wc/testing';
import { lazyModule } from '../../src/data/lazy-module.js';

/** The one retry rule of every lazily loaded chunk (issue 20, §2.4): loaded once, a failure forgotten. */
describe('lazyModule', () => {
  it('loads once however many ask, all awaiting one promise, and is read synchronously once there', async () => {
    let calls = 0;
    const lazy = lazyModule(() => Promise.resolve({ n: ++calls }));
    expect(lazy.get()).to.equal(undefined);
    const [a, b] = [lazy.load(), lazy.load()];
    expect(a).to.equal(b);
    expect((await a).n).to.equal(1);
    expect(lazy.get()).to.deep.equal({ n: 1 });
    await lazy.load();
    expect(calls).to.equal(1);
    expect(lazy.failed()).to.equal(false);
  });

  it('forgets a failed load: the next request tries again, and failed() says so until then', async () => {
    let calls = 0;
    const lazy = lazyModule(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('runtime')));
    let error: unknown;
    await lazy.load().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(lazy.failed()).to.equal(true);
    expect(lazy.get()).to.equal(undefined);
    const again = lazy.load();
    expect(lazy.failed(), 'a new attempt is under way').to.equal(false);
    expect(await again).to.equal('runtime');
    expect(calls).to.equal(2);
    expect(lazy.get()).to.equal('runtime');
  });
});
