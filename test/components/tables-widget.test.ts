import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

/* Issue 15: a widget showing a table nobody wrote for Innsikt. */

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The text as a reader sees it: runs of HTML white space are one space (no-break spaces stay). */
function text(el: Element, selector: string): string {
  return (shadow(el).querySelector(selector)?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

async function widget(attrs: Record<string, string>, data?: unknown): Promise<InnIndicator> {
  const el = document.createElement('inn-indicator') as InnIndicator;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  const ready = oneEvent(el, 'inn-ready');
  document.body.append(el);
  await ready;
  await el.updateComplete;
  return el;
}

/** Shape of Statistics Finland's quarterly GDP (StatFin 11sj): no region dimension. */
const GDP = {
  version: '2.0',
  class: 'dataset',
  label: 'Supply and demand, quarterly',
  source: 'Statistics Finland',
  id: ['Vuosineljännes', 'Tiedot'],
  size: [3, 1],
  dimension: {
    Vuosineljännes: { label: 'Quarter', category: { index: ['2023Q3', '2023Q4', '2024Q1'] } },
    Tiedot: { label: 'Information', category: { index: ['gdp'], label: { gdp: 'GDP at market prices' } } },
  },
  role: { time: ['Vuosineljännes'], metric: ['Tiedot'] },
  value: [63512, 63210, 63305],
};

afterEach(() => {
  for (const el of document.querySelectorAll('inn-indicator')) el.remove();
});

describe('A table not made for Innsikt, in the widget (issue 15)', () => {
  it('offers no map for figures with no region, and the map view says why', async () => {
    const el = await widget({ view: 'chart', lang: 'nb' }, GDP);
    const views = [...shadow(el).querySelectorAll('.view-button')].map((b) => b.textContent!.trim());
    expect(views).to.not.include('Kart');
    expect(views.length).to.equal(3);
    el.setAttribute('view', 'map');
    await waitUntil(() => shadow(el).querySelector('.map-note'), 'map note');
    expect(text(el, '.map-note')).to.equal('Disse tallene gjelder ikke enkeltregioner, så de kan ikke vises på kart. De vises som tabell.');
    expect(shadow(el).querySelector('table')).to.not.equal(null);
  });

  it("titles a CSV without a title line by its subject, never 'Laster …'", async () => {
    const el = await widget({ view: 'table', lang: 'nb' }, 'kommune;Andel aleneboende (2025)\n3401;18,5\n3403;21,2\n');
    expect(text(el, '.title')).to.equal('Andel aleneboende');
    expect(text(el, '.subtitle')).to.equal('Andel aleneboende, 2025');
  });

  // Readers never see a file name (issue 16): the title is the error title, never 'Laster …' nor the file's name.
  it("titles a feed that cannot be loaded as an error, never 'Laster …' and never by its file's name", async () => {
    const el = document.createElement('inn-indicator') as InnIndicator;
    el.setAttribute('src', '/no-such-folder/befolkning_kommuner.csv');
    const failed = oneEvent(el, 'inn-error');
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Tallene kunne ikke vises');
  });
});

describe("Statistics Norway's 07459 in the widget (issue 15)", () => {
  it('shows Innlandet (371 253, calculated) as the key figure of the national population table, under the title "Befolkning"', async function () {
    const probe = await fetch('/__shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
    if (!probe.ok) {
      console.warn('SKIPPED: ../shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json is not present.');
      return this.skip();
    }
    const el = await widget({ src: '/__shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json', view: 'kpi', lang: 'nb' });
    expect(text(el, '.title')).to.equal('Befolkning');
    expect(text(el, '.subtitle')).to.equal('Personer, 2022');
    expect(text(el, '.kpi-label')).to.equal('Innlandet · 2022 · beregnet');
    expect(text(el, '.kpi-value')).to.equal('371\u00a0253\u00a0personer');
    expect(text(el, '.summary')).to.equal('Befolkning, 2022: høyest i Ringsaker (35\u00a0073\u00a0personer) og lavest i Engerdal (1\u00a0253\u00a0personer).');
  });
});

describe('A CSV that names no source, in the widget (issue 15)', () => {
  it('is credited and titled by its file, never "Kilde: CSV" or "Laster …"', async function () {
    const path = '/__shared/fixtures/ssb/DERIVED_ssb_11618_03321_innlandet_kommuner_pendling_2022.csv';
    if (!(await fetch(path)).ok) {
      console.warn(`SKIPPED: ..${path.slice('/__shared'.length)} is not present.`);
      return this.skip();
    }
    const el = await widget({ src: path, view: 'table', lang: 'nb' });
    expect(text(el, '.source-line')).to.equal('Kilde: DERIVED_ssb_11618_03321_innlandet_kommuner_pendling_2022.csv');
    expect(text(el, '.title')).to.equal('DERIVED ssb 11618 03321 innlandet kommuner pendling 2022');
  });
});

describe('Money in a KOSTRA table, in the widget (issue 15)', () => {
  it('writes each amount in the unit that reads best (1,8 mrd. kr, 7,0 mill. kr), not "1 793 513 1000 kr", and no single unit in the heading', async function () {
    const path = '/__shared/fixtures/ssb/ssb_12367_kostra_driftsregnskap_2015-2020.jsonstat2.json';
    if (!(await fetch(path)).ok) {
      console.warn(`SKIPPED: ..${path.slice('/__shared'.length)} is not present.`);
      return this.skip();
    }
    const el = await widget({ src: path, view: 'table', lang: 'nb' });
    // (The figure and its unit may wrap apart in a narrow table: compared with spaces made plain.)
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(cells[0]).to.deep.equal(['Landet', '1,8 mrd. kr']);
    expect(cells.find((c) => c[0] === 'Halden')).to.deep.equal(['Halden', '7,0 mill. kr']);
    expect(text(el, 'thead').replace(/\s+/g, ' ')).to.not.contain('(');
  });
});

describe('The table of figures with no region (issue 15)', () => {
  it('heads each row by its period, with no empty region column', async () => {
    const el = await widget({ view: 'table', lang: 'en' }, GDP);
    const head = [...shadow(el).querySelectorAll('thead th')].map((c) => c.textContent!.replace(/[↕▲▼]/g, '').trim());
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent!.trim()}`));
    expect(head).to.deep.equal(['Period', 'Value']);
    expect(rows[0]).to.deep.equal(['TH:Q3 2023', 'TD:63,512']);
  });
});
