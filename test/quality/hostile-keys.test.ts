/**
 * Quality gate "keys": every lookup keyed by feed text is a Map or a null-prototype object, so that a measure,
 * region, dimension or status named like an Object.prototype member (`toString`, `constructor`, `__proto__`) is
 * an ordinary key. One test per key position, each through the code path a reader's feed takes.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { parseFeed } from '../../src/data/parse.js';
import { REFORM_2020, harmoniseCode } from '../../src/data/reform.js';
import { STATUS_SYMBOLS } from '../../src/data/status.js';
import { buildViewModel } from '../../src/indicators/view-model.js';
import { summarize } from '../../src/indicators/summary.js';

const KEYS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

/** An Innsikt feed as JSON text (so that `__proto__` is an own key, as in a real download). */
function innsikt(obs: Array<Record<string, unknown>>): string {
  const codes = [...new Set(obs.map((o) => o['region'] as string))];
  return JSON.stringify({
    innsikt: '1',
    indicators: [{ id: 'employment-change', title: 'Sysselsettingsendring' }],
    regions: codes.map((code) => ({ code, name: `Region ${code}`, level: 'other' })),
    sources: [{ id: 's', title: 'S' }],
    observations: obs.map((o) => ({ indicator: 'employment-change', source: 's', ...o })),
  });
}

/** A JSON-stat table of two regions and one period, for measure `measure`. */
function jsonStat(measure: string, status?: Record<string, string>): Record<string, unknown> {
  return {
    class: 'dataset',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [2, 1, 1],
    role: { geo: ['Region'], metric: ['ContentsCode'], time: ['Tid'] },
    dimension: { Region: { category: { index: ['3401', '0'] } }, ContentsCode: { category: { index: [measure] } }, Tid: { category: { index: ['2020'] } } },
    value: status ? [null, 3] : [5, 3],
    ...(status ? { status } : {}),
  };
}

/** Mounts a widget on a feed and resolves with the event it ends in (inn-ready or inn-error) and its text. */
async function mount(data: unknown, attrs: Record<string, string> = {}): Promise<{ event: string; text: string }> {
  const el = document.createElement('inn-indicator') as InnIndicator;
  el.setAttribute('indicator', 'employment-change');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  const ended = new Promise<string>((resolve) => {
    el.addEventListener('inn-ready', () => resolve('inn-ready'), { once: true });
    el.addEventListener('inn-error', (e) => resolve(`inn-error: ${e.detail.message}`), { once: true });
  });
  document.body.append(el);
  try {
    const event = await ended;
    await el.updateComplete;
    return { event, text: (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ') };
  } finally {
    el.remove();
  }
}

const consoleError = console.error;
before(() => {
  console.error = () => {};
});
after(() => {
  console.error = consoleError;
});

describe('quality: feed text as keys', function () {
  this.timeout(20000);

  it('measure id: a known indicator draws its fallback chart for a measure named toString or constructor', async () => {
    for (const measure of KEYS) {
      const feed = jsonStat(measure);
      const ds = parseFeed(feed);
      expect(buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' }).chart, measure).to.equal('change-bars');
      const { event, text } = await mount(feed, { view: 'chart' });
      expect(event, measure).to.equal('inn-ready');
      expect(text, measure).to.not.contain('function');
    }
  });

  it('region code: harmonisation leaves codes named constructor or __proto__ alone', () => {
    for (const region of KEYS) {
      expect(REFORM_2020[region], region).to.equal(undefined);
      expect(harmoniseCode(region), region).to.deep.equal({ code: region, changed: false });
      const feed = jsonStat('change-pct');
      (feed['dimension'] as { Region: unknown }).Region = { category: { index: [region, '0402'] } };
      const ds = parseFeed(JSON.stringify(feed), { harmonise: true });
      expect(
        ds.observations.map((o) => [typeof o.region, o.region]),
        region,
      ).to.deep.equal([
        ['string', region],
        ['string', '3401'],
      ]);
    }
  });

  it('dimension id: __proto__ in an Innsikt feed is kept, so its categories do not show as duplicate bars', () => {
    for (const id of KEYS) {
      const text = innsikt([
        { measure: 'change-pct', region: '3401', period: '2020', value: 5, dims: { placeholder: 'a' } },
        { measure: 'change-pct', region: '3401', period: '2020', value: 6, dims: { placeholder: 'b' } },
      ]).replace(/"placeholder"/g, JSON.stringify(id));
      const ds = parseFeed(text);
      expect(
        ds.observations.map((o) => (Object.hasOwn(o.dims, id) ? o.dims[id] : 'dropped')),
        id,
      ).to.deep.equal(['a', 'b']);
      const model = buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' });
      expect(
        model.rows.filter((r) => r.region === '3401'),
        id,
      ).to.have.length(1);
    }
  });

  it('status symbol: a JSON-stat status named constructor or toString is kept as an unknown symbol, and the widget explains nothing wrong', async () => {
    for (const status of KEYS) {
      expect(STATUS_SYMBOLS[status], status).to.equal(undefined);
      const feed = jsonStat('change-pct', { '0': status });
      const ds = parseFeed(feed, { indicator: 'employment-change' });
      expect(ds.observations[0]!.status, status).to.equal(status);
      const model = buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' });
      expect(() => summarize(model), status).to.not.throw();
      const { event } = await mount(feed, { view: 'table' });
      expect(event, status).to.equal('inn-ready');
    }
  });
});
