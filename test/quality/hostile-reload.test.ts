/**
 * Faults on a page of many widgets: ten widgets on one slow feed reload together (a CMS page refreshing its figures)
 * and share one download per wave; a server asking for an absurd wait is not quoted to the reader.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnErrorEvent } from '../../src/components/events.js';

const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function requestCount(kind: string, n: string): Promise<number> {
  const res = await fetch(`/__faults/count?kind=${kind}&n=${n}`);
  return ((await res.json()) as { count: number }).count;
}

function widget(src: string): InnIndicator {
  const el = document.createElement('inn-indicator');
  el.setAttribute('src', src);
  el.setAttribute('indicator', 'employment-change');
  el.setAttribute('view', 'table');
  return el;
}

const consoleError = console.error;
before(() => {
  console.error = () => {};
});
after(() => {
  console.error = consoleError;
});

describe('quality: ten widgets on one slow feed', function () {
  this.timeout(30000);

  it('reload() on every widget makes one request per wave, and every widget draws the new figures without an error', async () => {
    const n = `${run}-wave`;
    const src = `/__faults/slow?n=${n}&ms=1200`;
    const fixture = document.createElement('main');
    const widgets = Array.from({ length: 10 }, () => widget(src));
    const ready = new Map(widgets.map((w) => [w, 0]));
    const errors: InnErrorEvent[] = [];
    for (const w of widgets) {
      w.addEventListener('inn-ready', () => ready.set(w, ready.get(w)! + 1));
      w.addEventListener('inn-error', (e) => errors.push(e));
      fixture.append(w);
    }
    document.body.append(fixture);
    try {
      await waitUntil(() => widgets.every((w) => ready.get(w)! >= 1), 'every widget draws', { timeout: 15000 });
      expect(await requestCount('slow', n)).to.equal(1);
      for (const wave of [2, 3]) {
        const before = new Map(ready);
        for (const w of widgets) w.reload();
        // Every widget loads, then draws the reloaded figures (inn-ready after its loading state ends).
        await waitUntil(
          () => widgets.every((w) => !(w as unknown as { feed: { loading: boolean } }).feed.loading && ready.get(w)! > before.get(w)!),
          `every widget draws again (wave ${wave})`,
          { timeout: 15000 },
        );
        expect(await requestCount('slow', n), `requests after wave ${wave}; ready ${[...ready.values()].join(',')}`).to.equal(wave);
      }
      expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[role="alert"]'), 'no error or stale notice').to.equal(null);
    } finally {
      fixture.remove();
    }
  });

  it('a Retry-After of 1e308 seconds is not quoted; two hours read as "try again shortly", ten minutes as minutes', async () => {
    const cases: Array<[string, string]> = [
      ['1e308', 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om litt.'],
      ['7200', 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om litt.'],
      ['600', 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om 10 minutter.'],
      ['1', 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om 1 sekund.'],
    ];
    for (const [after, message] of cases) {
      const el = widget(`/__faults/429?n=${run}-${encodeURIComponent(after)}&after=${encodeURIComponent(after)}`);
      const failed = new Promise<InnErrorEvent>((resolve) => el.addEventListener('inn-error', (e) => resolve(e), { once: true }));
      document.body.append(el);
      try {
        await failed;
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect((alert?.textContent ?? '').replace(/\s+/g, ' '), after).to.contain(message);
        expect(alert?.textContent ?? '', after).to.not.match(/e\+|Infinity/);
      } finally {
        el.remove();
      }
    }
  });
});
