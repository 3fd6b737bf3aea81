import { expect } from '@open-wc/testing';
import { mountIndicator } from '../mount.js';

/**
 * Annotations (issue 18): a feed's remark on a period is drawn on the line chart as a labelled rule, listed under
 * the table and said in the summary when it falls in the periods shown; never when it does not, and never as markup.
 * The feed is hand-written (made-up figures): the demo's real feeds end before 2020.
 */

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const REFORM = {
  period: '2020',
  text: {
    nb: 'Hedmark og Oppland slått sammen til Innlandet',
    nn: 'Hedmark og Oppland slått saman til Innlandet',
    en: 'Hedmark and Oppland merged into Innlandet',
  },
  source: 'SSB KLASS',
};

function feedUrl(): string {
  const years = ['2016', '2017', '2018', '2019', '2020', '2021', '2022'];
  const feed = {
    innsikt: '1',
    indicators: [
      {
        id: 'jobs',
        title: { nb: 'Arbeidsplasser', nn: 'Arbeidsplassar', en: 'Jobs' },
        measures: [{ id: 'n', label: { nb: 'Arbeidsplasser', nn: 'Arbeidsplassar', en: 'Jobs' }, unit: 'personer' }],
      },
    ],
    regions: [
      { code: '0', name: { nb: 'Norge', nn: 'Noreg', en: 'Norway' }, level: 'country' },
      { code: '34', name: 'Innlandet', level: 'county' },
      { code: '3405', name: 'Lillehammer', level: 'municipality' },
    ],
    sources: [{ id: 's', title: 'Made-up figures for a test' }],
    observations: years.flatMap((p, i) => [
      { indicator: 'jobs', measure: 'n', region: '0', period: p, value: 1000 + i },
      { indicator: 'jobs', measure: 'n', region: '34', period: p, value: 500 + i },
    ]),
    annotations: [
      REFORM,
      // Outside the periods shown, about a region not shown, about another indicator: none of them is shown.
      { period: '1990', text: 'Utenfor perioden' },
      { period: '2018', region: '3405', text: 'Gjelder Lillehammer' },
      { period: '2018', indicator: 'other', text: 'Gjelder en annen indikator' },
      { period: '2017-2018', region: '34', text: '<img src=x onerror=alert(1)>Omlegging' },
    ],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

const mount = (attrs: Record<string, string>) => mountIndicator({ src: feedUrl(), indicator: 'jobs', compare: '0', regions: '34', ...attrs });

describe('annotations', () => {
  it('are drawn on the line chart as a labelled rule (the label is SVG text)', async () => {
    const el = await mount({ period: '2016/2022', view: 'chart' });
    const svg = el.shadowRoot!.querySelector('svg.marks, .chart svg, svg')!;
    await expect(svg).to.exist;
    const labels = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => text(t));
    expect(labels.some((l) => l.startsWith('2020: Hedmark og Oppland'))).to.equal(true, labels.join(' | '));
    expect(labels.some((l) => l.startsWith('2017–2018: <img'))).to.equal(true, 'feed text is drawn as text');
    expect(labels.some((l) => /Utenfor|Gjelder/.test(l))).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('never squeeze the chart: at 360 px the label is cut to half the plot, and the years still spread across it', async () => {
    const el = await mountIndicator({ src: feedUrl(), indicator: 'jobs', compare: '0', regions: '34', period: '2016/2022', view: 'chart' }, { width: 360 });
    const texts = [...el.shadowRoot!.querySelectorAll('svg text')];
    const x = (label: string) => texts.find((t) => t.textContent === label)!.getBoundingClientRect().left;
    expect(x('2022') - x('2016'), 'the period axis keeps most of the width').to.be.greaterThan(200);
    const mark = texts.find((t) => (t.textContent ?? '').startsWith('2020: '))!;
    expect(mark.getBoundingClientRect().width).to.be.lessThan(180);
    // Two labels near each other are drawn one under the other, not over each other.
    const other = texts.find((t) => (t.textContent ?? '').startsWith('2017–2018: '))!;
    const [a, b] = [mark.getBoundingClientRect(), other.getBoundingClientRect()];
    expect(a.bottom <= b.top || b.bottom <= a.top, 'the labels do not overlap').to.equal(true);
  });

  it('are listed under the table with period, text and source, and said in the summary (nb, nn, en)', async () => {
    const el = await mount({ period: '2016/2022', view: 'table' });
    const items = [...el.shadowRoot!.querySelectorAll('.annotations li')].map((li) => text(li));
    expect(items).to.deep.equal(['2020: Hedmark og Oppland slått sammen til Innlandet (SSB KLASS)', '2017–2018: <img src=x onerror=alert(1)>Omlegging']);
    expect(text(el.shadowRoot!.querySelector('.annotations-heading'))).to.equal('Merknader');
    expect(el.shadowRoot!.querySelector('.annotations img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.contain('Merknad for 2020: Hedmark og Oppland slått sammen til Innlandet.');
    for (const [lang, sentence] of [
      ['nn', 'Merknad for 2020: Hedmark og Oppland slått saman til Innlandet.'],
      ['en', 'Note on 2020: Hedmark and Oppland merged into Innlandet.'],
    ]) {
      const other = await mount({ period: '2016/2022', view: 'table', lang: lang! });
      expect(text(other.shadowRoot!.querySelector('.summary'))).to.contain(sentence);
    }
  });

  it('are left out when the periods shown do not reach them', async () => {
    const el = await mount({ period: '2021/2022', view: 'table' });
    expect(el.shadowRoot!.querySelector('.annotations')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.summary'))).not.to.contain('Merknad');
  });
});
