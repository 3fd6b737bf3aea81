import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-dashboard/define.js';
import type { InnDashboard } from '../../src/components/inn-dashboard/inn-dashboard.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnSelectEvent } from '../../src/components/events.js';

function children(el: InnDashboard): InnIndicator[] {
  return [...el.shadowRoot!.querySelectorAll('inn-indicator')];
}

async function allReady(el: InnDashboard): Promise<void> {
  await waitUntil(
    () => children(el).length === 10 && children(el).every((c) => c.shadowRoot?.querySelector('[part="summary"], .state.empty, [role="alert"]')),
    'all ten views settle',
    { timeout: 15000 },
  );
}

// A dashboard writes the reader's choice into the address (and restores it from there): each test starts clean.
const startHref = location.href;
afterEach(() => history.replaceState(null, '', startHref));

describe('<inn-dashboard>', () => {
  it('shows a key figure and a chart for each of the five indicators, and passes axe', async () => {
    const el = await fixture<InnDashboard>(html`<div style="width: 1100px"><inn-dashboard src="/demo/data/innlandet.json"></inn-dashboard></div>`).then((d) =>
      d.querySelector('inn-dashboard')!,
    );
    await allReady(el);
    const kpis = el.shadowRoot!.querySelectorAll('[part="kpis"] inn-indicator[view="kpi"]');
    const charts = el.shadowRoot!.querySelectorAll('[part="charts"] inn-indicator[view="chart"]');
    expect(kpis.length).to.equal(5);
    expect(charts.length).to.equal(5);
    expect([...charts].map((c) => c.getAttribute('indicator'))).to.deep.equal([
      'value-creation',
      'rd-share',
      'commuting',
      'state-transfers',
      'employment-change',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a region chosen in the shared picker reaches every indicator, and fires inn-select', async () => {
    const el = await fixture<InnDashboard>(html`<inn-dashboard src="/demo/data/innlandet.json"></inn-dashboard>`);
    await allReady(el);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="controls"] select')!;
    // The lists are filled once the page has drawn (see the next test).
    await waitUntil(() => select.options.length > 1, 'the region list');
    const options = [...select.options].map((o) => o.value);
    expect(options).to.include.members(['0', '04', '05', '34']);
    select.value = '05';
    const fired = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
    select.dispatchEvent(new Event('change'));
    const e = await fired;
    expect(e.detail.regions).to.deep.equal(['05']);
    await el.updateComplete;
    expect(children(el).every((c) => c.getAttribute('region') === '05')).to.equal(true);
  });

  it('fills the pickers once the widgets have drawn, and at once when a region is already chosen', async () => {
    const pickers = (el: InnDashboard) => [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="controls"] select')];
    // At the first drawn key figure (inn-ready fires in the task that draws it), the lists wait for an idle moment.
    const plain = document.createElement('inn-dashboard');
    plain.setAttribute('src', '/demo/data/innlandet.json');
    const atFirst = oneEvent(plain, 'inn-ready').then(() => pickers(plain).map((s) => s.options.length));
    document.body.append(plain);
    try {
      expect(await atFirst).to.deep.equal([1, 1]);
      await waitUntil(() => pickers(plain)[0]!.options.length > 1 && pickers(plain)[1]!.options.length > 1, 'the lists after the first drawing');
      expect(pickers(plain)[0]!.value).to.equal('');
      // With a region chosen in the page, the picker shows it from the first drawing on.
      const chosen = document.createElement('inn-dashboard');
      chosen.setAttribute('src', '/demo/data/innlandet.json');
      chosen.setAttribute('region', '05');
      const first = oneEvent(chosen, 'inn-ready').then(() => pickers(chosen)[0]!.value);
      document.body.append(chosen);
      try {
        expect(await first).to.equal('05');
      } finally {
        chosen.remove();
      }
    } finally {
      plain.remove();
    }
  });

  it('a region picked inside one widget becomes the shared selection', async () => {
    const el = await fixture<InnDashboard>(html`<inn-dashboard src="/demo/data/innlandet.json"></inn-dashboard>`);
    await allReady(el);
    const first = children(el)[5]!;
    first.dispatchEvent(new CustomEvent('inn-select', { detail: { change: 'region', regions: ['04'] }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.region).to.equal('04');
    expect(children(el).every((c) => c.getAttribute('region') === '04')).to.equal(true);
  });

  it('loads each feed URL once however many widgets use it', async () => {
    const { sharedLoader } = await import('../../src/data/loader.js');
    sharedLoader.clear();
    const before = sharedLoader.requests;
    const el = await fixture<InnDashboard>(html`<inn-dashboard src="/demo/data/innlandet.json"></inn-dashboard>`);
    await allReady(el);
    expect(sharedLoader.requests - before).to.equal(1);
  });
});

describe('<inn-dashboard> with a Statistics Norway JSON-stat URL', () => {
  it('shows the table as a key figure and a chart of Innlandet, with the SSB source', async function () {
    const url = '/__shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json';
    if ((await fetch(url)).status === 404) {
      console.warn('SKIPPED: ../shared is not present (the JSON-stat dashboard test reads the real 07459 response from ../shared/fixtures).');
      this.skip();
    }
    const el = await fixture<InnDashboard>(html`<inn-dashboard src=${url}></inn-dashboard>`);
    await waitUntil(() => children(el).length === 2 && children(el)[1]!.shadowRoot?.querySelector('.chart-canvas svg .mark-rect path'), 'kpi and chart drawn', {
      timeout: 15000,
    });
    const [kpi, chart] = children(el);
    expect(kpi!.getAttribute('view')).to.equal('kpi');
    expect(kpi!.shadowRoot!.querySelector('.title')!.textContent).to.match(/Befolkning|Folkemengde|07459/);
    const bars = chart!.shadowRoot!.querySelectorAll('.chart-canvas svg .mark-rect path');
    // The 46 Innlandet municipalities (and the county, when present) — not all 356 of Norway.
    expect(bars.length).to.be.within(46, 48);
    expect(chart!.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('Statistisk sentralbyrå');
  });
});
