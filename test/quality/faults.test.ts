/**
 * Quality gate "faults": one page with a healthy widget and one widget per way a feed server misbehaves
 * (test/server/faults.mjs). Each faulty widget shows a clear error in the reader's language (role="alert"),
 * fires inn-error with the kind, reason and status, and has a retry that really asks the server again; the
 * healthy widget renders normally; a flaky feed recovers on retry; nothing throws uncaught.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnDashboard } from '../../src/components/inn-dashboard/inn-dashboard.js';
import type { InnErrorDetail, InnErrorEvent } from '../../src/components/events.js';
import { MESSAGES } from '../../src/indicators/messages/catalogue.js';
import { sharedLoader } from '../../src/data/loader.js';

const HEALTHY = '/demo/data/innlandet.json';
const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

interface Fault {
  /** The endpoint under /__faults/ and its query. */
  kind: string;
  query?: string;
  /** The sentence the widget shows (bokmål, the default). */
  message: string;
  detail: Partial<InnErrorDetail>;
  /** Words the technical details must contain. */
  details?: RegExp;
}

const FAULTS: Fault[] = [
  { kind: '404', message: MESSAGES.err_http404.nb, detail: { kind: 'load', reason: 'http', status: 404 }, details: /not found \(HTTP 404\)/ },
  {
    kind: '500',
    message: 'Serveren som leverer tallene, svarte med en feil (HTTP 500).',
    detail: { kind: 'load', reason: 'http', status: 500 },
    details: /HTTP 500/,
  },
  {
    kind: '429',
    message: 'Serveren har for mye å gjøre og ber oss vente (HTTP 429). Prøv igjen om 7 sekunder.',
    detail: { kind: 'load', reason: 'http', status: 429, retryAfter: 7 },
    details: /try again in 7 seconds/,
  },
  // The server answers after 3 s; the widget gives up first (see withShortTimeout).
  { kind: 'timeout', query: '&ms=3000', message: MESSAGES.err_timeout.nb, detail: { kind: 'load', reason: 'timeout' }, details: /did not answer within/ },
  { kind: 'truncated', message: MESSAGES.err_feed.nb, detail: { kind: 'feed' }, details: /not valid JSON/ },
  { kind: 'html', message: MESSAGES.err_content.nb, detail: { kind: 'load', reason: 'content-type' }, details: /text\/html/ },
  { kind: 'notjson', message: MESSAGES.err_feed.nb, detail: { kind: 'feed' } },
  // 25 MB: over the 20 MB a widget accepts.
  { kind: 'huge', query: '&bytes=25000000', message: MESSAGES.err_large.nb, detail: { kind: 'load', reason: 'too-large' }, details: /larger/ },
];

const urlOf = (kind: string, query = '') => `/__faults/${kind}?n=${run}${query}`;

async function requestCount(kind: string): Promise<number> {
  const res = await fetch(`/__faults/count?kind=${kind}&n=${run}`);
  return ((await res.json()) as { count: number }).count;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The widgets' loader gives up after 15 s. So that this test does not wait that long, the loader's timeout is
 * lowered to 1.5 s (the server answers after 3 s) until the server has seen the timeout widget's request, whose
 * timer is then set; the other widgets' downloads, started before, keep the default.
 */
async function withShortTimeout(start: () => void): Promise<void> {
  const before = sharedLoader.timeout;
  sharedLoader.timeout = 1500;
  try {
    start();
    await waitUntil(async () => (await requestCount('timeout')) > 0, 'the timeout widget asks the server', { timeout: 10000 });
  } finally {
    sharedLoader.timeout = before;
  }
}

// ---------------------------------------------------------------------------------------------------------

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);

interface Mounted {
  fixture: HTMLElement;
  healthy: InnIndicator;
  slow: InnIndicator;
  flaky: InnIndicator;
  /** A 404 for a widget that does not name an indicator the widget knows. */
  anonymous: InnIndicator;
  faulty: Map<string, InnIndicator>;
  errors: Map<InnIndicator, InnErrorEvent[]>;
  ready: Map<InnIndicator, number>;
  /** Seen while the slow widget waited: the loading state. */
  slowWhileLoading: { busy: string | null; skeleton: boolean; text: string };
}

let page: Mounted;

function widget(src: string, view = 'table'): InnIndicator {
  const el = document.createElement('inn-indicator');
  el.setAttribute('src', src);
  el.setAttribute('indicator', 'employment-change');
  el.setAttribute('view', view);
  return el;
}

const consoleError = console.error;

before(async function () {
  this.timeout(30000);
  // Each failing widget logs its error; the assertions below read what matters.
  console.error = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const fixture = document.createElement('main');
  fixture.style.width = '760px';
  const healthy = widget(HEALTHY);
  healthy.setAttribute('indicator', 'state-transfers');
  const slow = widget(urlOf('slow', '&ms=1500'));
  const flaky = widget(urlOf('flaky'));
  const faulty = new Map(FAULTS.map((f) => [f.kind, widget(urlOf(f.kind, f.query))]));
  const anonymous = widget(`/demo/data/pendling_2022-${run}.json`);
  anonymous.removeAttribute('indicator');
  const all = [healthy, slow, flaky, anonymous, ...faulty.values()];
  const errors = new Map<InnIndicator, InnErrorEvent[]>(all.map((el) => [el, []]));
  const ready = new Map<InnIndicator, number>(all.map((el) => [el, 0]));
  for (const el of all) {
    el.addEventListener('inn-error', (e) => errors.get(el)!.push(e));
    el.addEventListener('inn-ready', () => ready.set(el, ready.get(el)! + 1));
  }
  // Every widget is its own section of one page, as on a county web page with several embeds.
  for (const el of all.filter((w) => w !== faulty.get('timeout'))) fixture.append(el);
  document.body.append(fixture);
  await slow.updateComplete;
  const slowWhileLoading = {
    busy: slow.shadowRoot!.querySelector('.state.loading')?.getAttribute('aria-busy') ?? null,
    // The reserved loading box (painted grey once the load has taken 300 ms: inn-indicator.test.ts, motion.test.ts).
    skeleton: !!slow.shadowRoot!.querySelector('.state.loading[role="status"]'),
    text: text(slow.shadowRoot!.querySelector('.state.loading')),
  };
  await withShortTimeout(() => fixture.append(faulty.get('timeout')!));
  page = { fixture, healthy, slow, flaky, anonymous, faulty, errors, ready, slowWhileLoading };
  // Everything settles: the faulty widgets show errors, the others draw.
  await waitUntil(
    () => [...faulty.values(), flaky, anonymous].every((el) => errors.get(el)!.length > 0) && ready.get(healthy)! > 0 && ready.get(slow)! > 0,
    'every widget settles',
    {
      timeout: 20000,
      interval: 50,
    },
  );
  for (const el of all) await el.updateComplete;
});

after(() => {
  console.error = consoleError;
  page?.fixture.remove();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('quality: faulty feeds on one page', function () {
  this.timeout(30000);

  it('the healthy widget renders normally beside the faulty ones', () => {
    const root = page.healthy.shadowRoot!;
    expect(page.errors.get(page.healthy)).to.have.length(0);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(text(root.querySelector('.title'))).to.equal('Statlige overføringer');
    expect(text(root.querySelector('[part="summary"]')).length).to.be.greaterThan(20);
  });

  it('a failed widget that names no known indicator is titled with the error, never with the file name', () => {
    const root = page.anonymous.shadowRoot!;
    expect(root.querySelector('[role="alert"]'), 'role="alert"').to.exist;
    const title = text(root.querySelector('.title'));
    expect(title).to.equal(MESSAGES.errorTitle.nb);
    expect(title).not.to.contain('pendling');
  });

  it('a slow feed shows the loading state, then renders', () => {
    expect(page.slowWhileLoading.busy).to.equal('true');
    expect(page.slowWhileLoading.skeleton, 'the reserved loading box while loading').to.equal(true);
    expect(page.slowWhileLoading.text).to.contain(MESSAGES.loading.nb);
    const root = page.slow.shadowRoot!;
    expect(root.querySelector('article')!.getAttribute('aria-busy')).to.equal('false');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });

  for (const fault of FAULTS) {
    describe(`${fault.kind}`, () => {
      it('shows a clear error in bokmål and fires inn-error with kind, reason and status', () => {
        const el = page.faulty.get(fault.kind)!;
        const events = page.errors.get(el)!;
        expect(events.length, 'one inn-error').to.equal(1);
        const detail = events[0]!.detail;
        expect(detail).to.include(fault.detail);
        expect(detail.src).to.equal(el.src);
        if (fault.details) expect(detail.message).to.match(fault.details);
        const root = el.shadowRoot!;
        const alert = root.querySelector('[role="alert"]');
        expect(alert, 'role="alert"').to.exist;
        expect(text(alert!.querySelector('.error-title'))).to.equal(MESSAGES.errorTitle.nb);
        // The title is the indicator's, never the address's file name ("404", "timeout").
        expect(text(root.querySelector('.title'))).to.equal('Sysselsettingsendring');
        expect(text(alert!.querySelector('.error-message'))).to.equal(fault.message);
        // The technical message (English, with the reason) stays available under "details".
        expect(text(alert!.querySelector('.error-details'))).to.contain(detail.message);
        expect(root.querySelector('article')!.getAttribute('aria-busy')).to.equal('false');
        expect(root.querySelector('table'), 'no stale view under the error').to.equal(null);
        expect(page.ready.get(el)).to.equal(0);
      });

      it('has a retry button that asks the server again', async function () {
        this.timeout(15000);
        const el = page.faulty.get(fault.kind)!;
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry');
        expect(retry, 'retry button').to.exist;
        expect(text(retry)).to.equal(MESSAGES.retry.nb);
        expect(retry!.type).to.equal('button');
        const before = await requestCount(fault.kind);
        const again = oneEvent(el, 'inn-error') as Promise<InnErrorEvent>;
        retry!.click();
        await el.updateComplete;
        // While it tries again, it says so.
        expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-busy')).to.equal('true');
        const e = await again;
        expect(await requestCount(fault.kind), 'a new request, not a cached failure').to.equal(before + 1);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the error is shown again').to.exist;
        // (A retried timeout reaches the server's own late 504 answer, with the normal 15 s timer.)
        if (fault.kind !== 'timeout') expect(e.detail).to.include(fault.detail);
      });
    });
  }

  it('a flaky feed (HTTP 500 once) shows the error, and a retry recovers', async () => {
    const el = page.flaky;
    const [first] = page.errors.get(el)!;
    expect(first!.detail).to.include({ kind: 'load', reason: 'http', status: 500 });
    expect(text(el.shadowRoot!.querySelector('.error-message'))).to.equal('Serveren som leverer tallene, svarte med en feil (HTTP 500).');
    const recovered = oneEvent(el, 'inn-ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await recovered;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(await requestCount('flaky')).to.equal(2);
  });

  it('the healthy widget was never disturbed (one inn-ready, no errors)', () => {
    expect(page.ready.get(page.healthy)).to.equal(1);
    expect(page.errors.get(page.healthy)).to.have.length(0);
    expect(page.healthy.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });

  it('nothing was thrown uncaught', () => {
    expect(uncaught).to.deep.equal([]);
  });
});

describe('quality: faults in other languages and on a dashboard', function () {
  this.timeout(30000);

  it('says it in nynorsk and English too', async () => {
    for (const [lang, kind, message] of [
      ['nn', '404', MESSAGES.err_http404.nn],
      ['en', '404', MESSAGES.err_http404.en],
      ['en', 'html', MESSAGES.err_content.en],
    ] as const) {
      const el = widget(`/__faults/${kind}?n=${run}-${lang}`);
      el.lang = lang;
      const failed = oneEvent(el, 'inn-error');
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.error-message')), `${lang} ${kind}`).to.equal(message);
      expect(text(el.shadowRoot!.querySelector('button.retry'))).to.equal(MESSAGES.retry[lang]);
      el.remove();
    }
  });

  it('a dashboard with one failing feed still shows the indicators of the healthy one', async () => {
    const dash = document.createElement('inn-dashboard') as InnDashboard;
    dash.setAttribute('src', `/__faults/404?n=${run}-dash ${HEALTHY}`);
    dash.setAttribute('indicators', 'state-transfers employment-change');
    dash.style.width = '900px';
    document.body.append(dash);
    try {
      await waitUntil(
        () => {
          const kids = [...dash.shadowRoot!.querySelectorAll('inn-indicator')];
          return (
            kids.length === 4 &&
            kids.every(
              (k) =>
                k.getAttribute('src') === HEALTHY &&
                k.shadowRoot?.querySelector('.title')?.textContent?.trim() !== MESSAGES.loading.nb &&
                !k.shadowRoot?.querySelector('.state.loading'),
            )
          );
        },
        'the dashboard children take the healthy feed and draw',
        { timeout: 15000 },
      );
      for (const kid of dash.shadowRoot!.querySelectorAll('inn-indicator')) {
        await (kid as InnIndicator).updateComplete;
        expect(kid.shadowRoot!.querySelector('[role="alert"]'), kid.getAttribute('indicator')!).to.equal(null);
      }
      expect(text(dash.shadowRoot!.querySelector('.feed-error'))).to.equal(MESSAGES.someFeedsFailed.nb);
    } finally {
      dash.remove();
    }
    expect(uncaught).to.deep.equal([]);
  });
});
