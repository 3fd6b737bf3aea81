import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnErrorEvent, InnReadyEvent, InnSelectEvent } from '../../src/components/events.js';
import { INDICATOR_IDS } from '../../src/indicators/registry.js';

const FEED = '/demo/data/innlandet.json';
const VIEWS = ['chart', 'table', 'map', 'kpi'] as const;

async function ready(el: InnIndicator): Promise<InnReadyEvent> {
  return oneEvent(el, 'inn-ready') as Promise<InnReadyEvent>;
}

/** Mounts a widget and waits until its view is drawn. */
const mount = (attrs: Record<string, string>): Promise<InnIndicator> => mountIndicator(attrs);

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

function text(el: Element, selector: string): string {
  // Collapse layout whitespace only: no-break spaces in numbers ("1 234 %") are part of what the reader sees.
  return (shadow(el).querySelector(selector)?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('<inn-indicator> every indicator in every view', () => {
  for (const indicator of INDICATOR_IDS) {
    for (const view of VIEWS) {
      it(`${indicator} as ${view}: draws what a reader needs and passes axe`, async () => {
        const el = await mount({ src: FEED, indicator, view });
        const root = shadow(el);
        expect(text(el, '.title')).to.not.equal('');
        expect(text(el, '[part="summary"]').length, 'summary sentence').to.be.greaterThan(20);
        expect(text(el, '[part="source"]')).to.match(/^(Kilde|Kilder)/);
        if (view === 'chart') {
          const svg = root.querySelector('.chart-canvas svg');
          expect(svg, 'chart svg').to.exist;
          expect(svg!.querySelectorAll('path, rect, line, text').length).to.be.greaterThan(3);
          expect(root.querySelector('.chart-canvas')!.getAttribute('aria-describedby')).to.equal(root.querySelector('[part="summary"]')!.id);
        } else if (view === 'table') {
          const rows = root.querySelectorAll('tbody tr');
          expect(rows.length).to.be.greaterThan(0);
          expect(root.querySelector('caption')!.textContent).to.contain(text(el, '.title'));
        } else if (view === 'map') {
          // A map of municipalities and planning regions; figures for counties or the country are a table
          // under a note that says why.
          const map = root.querySelector('[part="map"] svg');
          const fallback = root.querySelector('.map-note') && root.querySelector('table');
          expect(Boolean(map || fallback), 'map or note + table').to.equal(true);
          if (!map) expect(text(el, '.map-note')).to.match(/^Kartet viser kommuner og planregioner/);
        } else {
          expect(text(el, '.kpi-value')).to.match(/\d/);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<inn-indicator> tells the truth', () => {
  it('writes the summary sentence in bokmål, nynorsk and English', async () => {
    const sentences = {
      nb: 'Antall arbeidsplasser i Oppland økte med vel 4\u00a0prosent fra 1990 til 2002, mot 12\u00a0prosent i landet.',
      nn: 'Talet på arbeidsplassar i Oppland auka med vel 4\u00a0prosent frå 1990 til 2002, mot 12\u00a0prosent i landet.',
      en: 'The number of jobs in Oppland grew by just over 4\u00a0per cent from 1990 to 2002, against 12\u00a0per cent in Norway.',
    };
    for (const [lang, sentence] of Object.entries(sentences)) {
      const el = await mount({ src: FEED, indicator: 'employment-change', view: 'table', region: '05', period: '1990-2002', lang });
      expect(text(el, '[part="summary"]')).to.equal(sentence);
    }
  });

  it('shows "over 70 %" as a lower bound in the table and "> 70 %" in the chart', async () => {
    const table = await mount({ src: FEED, indicator: 'rd-share', view: 'table', measure: 'share-in-house' });
    // The hedge may go to its own line in a narrow column (as in the key figure); "70 %" never breaks.
    expect(text(table, 'tbody')).to.contain('over 70\u00a0%');
    const chart = await mount({ src: FEED, indicator: 'rd-share', view: 'chart', measure: 'share-in-house' });
    const labels = [...shadow(chart).querySelectorAll('.chart-canvas svg text')].map((t) => t.textContent);
    expect(labels).to.include('>\u00a070\u00a0%');
  });

  it('keeps "ca." and "vel" from the reports', async () => {
    const kpi = await mount({ src: FEED, indicator: 'value-creation', view: 'kpi' });
    expect(text(kpi, '.kpi-value')).to.equal('ca. 68\u00a0mrd. kr');
    const table = await mount({ src: FEED, indicator: 'employment-change', view: 'table', period: '1990-2002' });
    expect(text(table, 'tbody')).to.contain('vel 4\u00a0%');
  });

  it('draws a status symbol as a labelled gap, never as zero, and explains it under the table', async () => {
    const feed = {
      innsikt: '1',
      indicators: [{ id: 'commuting', title: 'Pendling', measures: [{ id: 'in', label: 'Innpendlere', unit: 'personer' }] }],
      regions: [
        { code: '3401', name: 'Kongsvinger', level: 'municipality' },
        { code: '3403', name: 'Hamar', level: 'municipality' },
      ],
      sources: [{ id: 'ssb', title: 'Pendling', publisher: 'Statistisk sentralbyrå', table: '11616' }],
      observations: [
        { indicator: 'commuting', measure: 'in', region: '3401', period: '2021', value: 1200 },
        { indicator: 'commuting', measure: 'in', region: '3403', period: '2021', value: null, status: ':' },
      ],
    };
    const el = document.createElement('inn-indicator') as InnIndicator;
    el.indicator = 'commuting';
    el.view = 'table';
    el.data = feed;
    const host = document.createElement('div');
    document.body.append(host);
    const done = ready(el);
    host.append(el);
    await done;
    const cells = [...shadow(el).querySelectorAll('tbody td.num')].map((c) => c.textContent!.trim());
    // The unit may go to its own line in a narrow column; the number never breaks.
    expect(cells).to.deep.equal(['1\u00a0200 personer', ':']);
    expect(text(el, '.legend-notes')).to.contain('konfidensialitet');
    expect(text(el, '[part="source"]')).to.contain('Statistisk sentralbyrå, tabell 11616');

    const chartDone = ready(el);
    el.view = 'chart';
    await chartDone;
    const labels = [...shadow(el).querySelectorAll('.chart-canvas svg text')].map((t) => t.textContent);
    expect(labels).to.include(':');
  });

  it('renders feed text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const feed = {
      innsikt: '1',
      indicators: [{ id: 'commuting', title: evil, measures: [{ id: 'in', label: evil, unit: evil }] }],
      regions: [{ code: '3401', name: evil, level: 'municipality' }],
      sources: [{ id: 's', title: evil, publisher: evil }],
      notes: [{ text: evil, mandatory: true }],
      observations: [{ indicator: 'commuting', measure: 'in', region: '3401', period: '2021', value: 1 }],
    };
    for (const view of VIEWS) {
      const el = document.createElement('inn-indicator') as InnIndicator;
      el.setAttribute('indicator', 'commuting');
      el.setAttribute('view', view);
      el.data = feed;
      const done = ready(el);
      document.body.append(el);
      await done;
      expect(shadow(el).querySelector('img'), view).to.equal(null);
      expect(shadow(el).textContent).to.contain(evil);
      el.remove();
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<inn-indicator> states and events', () => {
  it('shows a clear error with a retry, fires inn-error, and recovers on retry', async () => {
    const el = document.createElement('inn-indicator') as InnIndicator;
    el.setAttribute('src', `/__faults/flaky?n=${Date.now()}`);
    el.setAttribute('indicator', 'employment-change');
    const failed = oneEvent(el, 'inn-error') as Promise<InnErrorEvent>;
    document.body.append(el);
    const err = await failed;
    expect(err.detail.kind).to.equal('load');
    expect(err.detail.status).to.equal(500);
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-message')!.textContent).to.equal('Serveren som leverer tallene, svarte med en feil (HTTP 500).');
    const retry = shadow(el).querySelector<HTMLButtonElement>('button.retry')!;
    const recovered = ready(el);
    retry.click();
    await recovered;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    el.remove();
  });

  it('keeps the last good figures, marked as not up to date, when a reload fails', async () => {
    const el = await mount({ src: `/__faults/okthen500?n=${Date.now()}`, indicator: 'employment-change', view: 'table', period: '1990-2002' });
    const rows = shadow(el).querySelectorAll('tbody tr').length;
    expect(rows).to.be.greaterThan(0);
    const failed = oneEvent(el, 'inn-error') as Promise<InnErrorEvent>;
    el.reload();
    expect((await failed).detail.status).to.equal(500);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(rows);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(text(el, '.stale p')).to.equal('Viser lagrede tall, som kan være utdaterte.');
    await expect(el).to.be.accessible();
  });

  it('explains an invalid feed with the path of each problem', async () => {
    const el = document.createElement('inn-indicator') as InnIndicator;
    const failed = oneEvent(el, 'inn-error') as Promise<InnErrorEvent>;
    el.data = {
      innsikt: '1',
      indicators: [{ id: 'x', title: 'X' }],
      regions: [{ code: '0', name: 'Norge', level: 'country' }],
      sources: [{ id: 's', title: 'S' }],
      observations: [{ indicator: 'x', measure: 'm', region: '0', period: '2000', value: '1 200' }],
    };
    document.body.append(el);
    const err = await failed;
    expect(err.detail.kind).to.equal('feed');
    expect(err.detail.issues[0]!.path).to.equal('observations[0].value');
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-message')!.textContent).to.equal('Dataene har feil og kan ikke leses.');
    expect(alert.textContent).to.contain('observations[0].value: expected a number or null, got the text "1 200"');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says what is missing when the selection has no figures, and shows the areas that have them', async () => {
    const el = document.createElement('inn-indicator') as InnIndicator;
    for (const [k, v] of Object.entries({ src: FEED, indicator: 'employment-change', view: 'table', period: '1990-2002', region: '3401' }))
      el.setAttribute(k, v);
    document.body.append(el);
    await waitUntil(() => shadow(el).querySelector('.nearest'), 'the note', { timeout: 5000 });
    expect(text(el, '.nearest')).to.match(/^Ingen tall for Kongsvinger\. /);
    expect(shadow(el).querySelector('.state.empty')).to.equal(null);
    expect(shadow(el).querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    el.remove();
  });

  it('reserves the final height while loading (no layout shift)', async () => {
    const el = document.createElement('inn-indicator') as InnIndicator;
    el.setAttribute('src', `/__faults/slow?ms=1500&n=${Date.now()}`);
    el.setAttribute('indicator', 'employment-change');
    document.body.append(el);
    // The box waits 300 ms (SLOW_LOAD_MS): a timer set now for a third of that fires first, whatever the machine's
    // load (timers fire in the order they are due), and must find no box yet.
    const boxAtAThird = new Promise<boolean>((resolve) => setTimeout(() => resolve(!!shadow(el).querySelector('.skeleton')), 100));
    await el.updateComplete;
    // At once: the height reserved, a status for screen readers, and nothing painted (a fast load never shows a box).
    expect(shadow(el).querySelector('.state.loading[role="status"]')).to.exist;
    expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(await boxAtAThird, 'the loading box a third of the way through its delay').to.equal(false);
    // A load that takes a while gets the grey box, at the same height, while it is still loading.
    await waitUntil(() => shadow(el).querySelector('.state.loading.skeleton'), 'the loading box of a slow load');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    el.remove();
  });

  it('fires inn-select when the user switches view, and not when code sets a property', async () => {
    const el = await mount({ src: FEED, indicator: 'state-transfers', view: 'chart' });
    let fired = 0;
    el.addEventListener('inn-select', () => fired++);
    el.view = 'table';
    await el.updateComplete;
    expect(fired).to.equal(0);
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('.view-button')].find((b) => b.textContent!.trim() === 'Kart')!;
    const selected = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
    button.click();
    const e = await selected;
    expect(e.detail).to.include({ change: 'view', view: 'map' });
    expect(el.getAttribute('view')).to.equal('map');
  });

  it('selects a region when the reader clicks its bar', async () => {
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    const bars = [...shadow(el).querySelectorAll<SVGPathElement>('.chart-canvas svg .mark-rect path')];
    expect(bars.length).to.be.greaterThan(1);
    const selected = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
    const box = bars[1]!.getBoundingClientRect();
    bars[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + 2, clientY: box.y + box.height / 2 }));
    const e = await selected;
    expect(e.detail.change).to.equal('region');
    expect(['0', '04', '05']).to.include(e.detail.regions![0]);
  });

  it('follows the nearest ancestor lang, and switches language live', async () => {
    const host = document.createElement('div');
    host.lang = 'nn';
    document.body.append(host);
    const el = document.createElement('inn-indicator') as InnIndicator;
    el.setAttribute('src', FEED);
    el.setAttribute('indicator', 'employment-change');
    el.setAttribute('view', 'kpi');
    const done = ready(el);
    host.append(el);
    await done;
    expect(text(el, '.title')).to.equal('Sysselsetjingsendring');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Employment change');
  });

  it('switches to the dark theme and keeps a transparent background', async () => {
    const el = await mount({ src: FEED, indicator: 'value-creation', view: 'kpi', theme: 'dark' });
    expect(getComputedStyle(el).color).to.equal('rgb(230, 232, 235)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(31, 35, 40)');
  });

  it('theme="auto" on a page that is dark in a dark system (color-scheme: light dark): dark text and chart colours', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
      expect(getComputedStyle(el).color).to.equal('rgb(230, 232, 235)');
      const fills = [...shadow(el).querySelectorAll('.chart-canvas svg .mark-rect path')].map((p) => p.getAttribute('fill'));
      // Dark theme accent (#56b4e9) for the regions, not the light one (#0072b2).
      expect(fills).to.include('#56b4e9');
      expect(fills).to.not.include('#0072b2');
    } finally {
      document.documentElement.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('sorts the table by keyboard-operable column buttons', async () => {
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'table', period: '1997-2005' });
    const valueHeader = shadow(el).querySelectorAll<HTMLButtonElement>('th .sort')[1]!;
    valueHeader.focus();
    valueHeader.click();
    await el.updateComplete;
    const th = valueHeader.closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    const first = shadow(el).querySelector('tbody tr td.num')!.textContent!.trim();
    expect(first).to.match(/^−/);
  });

  it('several maps with the same geo-src download the border file once, and draw real borders', async function () {
    const geo = '/__shared/fixtures/geo/ssb_mimir_innlandet_kommuner_2024_epsg25833.geojson';
    if ((await fetch(geo)).status === 404) {
      console.warn('SKIPPED: ../shared is not present (the geo-src test reads a real Statistics Norway map from ../shared/fixtures).');
      this.skip();
    }
    const { sharedLoader } = await import('../../src/data/loader.js');
    sharedLoader.clear(geo);
    await sharedLoader.load(FEED);
    const before = sharedLoader.requests;
    const attrs = { src: FEED, indicator: 'commuting', view: 'map', 'geo-src': geo };
    const maps = await Promise.all([mount(attrs), mount(attrs)]);
    await waitUntil(() => maps.every((m) => shadow(m).querySelectorAll('[part="map"] svg path').length >= 46), 'real borders drawn', { timeout: 10000 });
    // The feed is cached; the border file is fetched once for both maps.
    expect(sharedLoader.requests - before).to.equal(1);
  });

  it('finalizes the Vega view when removed', async () => {
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart' });
    const handle = el.chartHandle!;
    expect(handle).to.exist;
    el.remove();
    expect(handle.finalized).to.equal(true);
  });
});
