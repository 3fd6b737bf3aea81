// What `innsikt-feeds build` writes renders in <inn-indicator>. The builder's core (`toFeed`, src/cli/build.ts)
// has no Node imports, so the feed is built here in the browser from a PxWebApi JSON-stat answer (the real
// 07459 response from ../shared/fixtures/ssb, skipped when absent; and a hand-made one) and set as `.data`.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnReadyEvent } from '../../src/components/events.js';
import { parseFeedsConfig } from '../../src/cli/config.js';
import { toFeed } from '../../src/cli/build.js';
import { sharedJson, skipShared } from '../shared-fixtures.js';

const POPULATION_FILE = 'fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json';
const RETRIEVED = '2026-06-02T06:15:00.000Z';

interface JsonStat {
  value: Array<number | null>;
  dimension: Record<string, { category: { index: Record<string, number> } }>;
}

function buildFeed(feed: unknown, answers: Record<string, unknown>): Record<string, unknown> {
  const config = parseFeedsConfig({ innsiktFeeds: '1', feeds: [feed] }).feeds[0]!;
  return toFeed(
    config,
    config.queries.map((q) => ({ query: q, json: answers[q.id], retrievedAt: RETRIEVED })),
    { generated: RETRIEVED },
  ).feed;
}

async function mount(data: unknown, attrs: Record<string, string>): Promise<InnIndicator> {
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ready = oneEvent(el, 'inn-ready') as Promise<InnReadyEvent>;
  el.data = data;
  host.append(el);
  await ready;
  return el;
}

function rowText(el: InnIndicator, label: string): string | undefined {
  const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent?.includes(label));
  return row?.textContent?.replace(/\s+/g, '');
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('innsikt-feeds output in <inn-indicator>', () => {
  it('a feed built from the real 07459 answer draws a table row for Gjøvik with its population, credited to SSB', async function () {
    const raw = (await sharedJson(POPULATION_FILE)) as JsonStat | undefined;
    if (!raw) return skipShared(this, POPULATION_FILE);
    const feed = buildFeed(
      {
        indicator: 'population',
        title: { nb: 'Befolkning', en: 'Population' },
        queries: [
          {
            id: 'pop',
            table: '07459',
            valueCodes: { Region: ['K-34*'], Tid: ['top(1)'] },
            codelist: { Region: 'agg_KommSummer' },
            outputValues: { Region: 'aggregated' },
            measures: { Personer1: { id: 'persons', label: { nb: 'Folkemengde', en: 'Population' }, unit: 'personer', decimals: 0, additive: true } },
            regions: { include: ['34*'] },
          },
        ],
      },
      { pop: raw },
    );
    const el = await mount(feed, { indicator: 'population', view: 'table' });
    const gjovik = raw.value[raw.dimension['Region']!.category.index['K-3407']!]!;
    expect(gjovik).to.be.greaterThan(20000);
    expect(rowText(el, 'Gjøvik')).to.contain(`Gjøvik${String(gjovik)}`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(46);
    const source = el.shadowRoot!.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(source).to.contain('Statistisk sentralbyrå (SSB)');
    expect(source).to.contain('07459');
  });

  it('a harmonised feed (Hedmark + Oppland → Innlandet, ratio recomputed) draws Innlandet 2019 in the table and the chart', async () => {
    // Made-up numbers shaped like table 11713.
    const data: Record<string, Record<string, [number, number]>> = {
      '0': { 2018: [3000000, 2700], 2019: [3100000, 2750] },
      '04': { 2018: [70000, 90], 2019: [75000, 92] },
      '05': { 2018: [60000, 58], 2019: [66000, 60] },
    };
    const regions = ['0', '04', '05'];
    const years = ['2018', '2019'];
    const contents = ['BNPB', 'SysselsatteP'];
    const value: number[] = [];
    for (const r of regions) for (const c of contents) for (const y of years) value.push(data[r]![y]![c === 'BNPB' ? 0 : 1]);
    const answer = {
      version: '2.0',
      class: 'dataset',
      label: '11713: Testtabell',
      source: 'Statistisk sentralbyrå',
      updated: '2026-02-24T07:00:00Z',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 2, 2],
      role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
      dimension: {
        Region: {
          label: 'region',
          category: { index: { '0': 0, '04': 1, '05': 2 }, label: { '0': 'Hele landet', '04': 'Hedmark (-2019)', '05': 'Oppland (-2019)' } },
        },
        ContentsCode: {
          label: 'statistikkvariabel',
          category: { index: { BNPB: 0, SysselsatteP: 1 }, label: { BNPB: 'Bruttoprodukt', SysselsatteP: 'Sysselsatte' } },
        },
        Tid: { label: 'år', category: { index: { 2018: 0, 2019: 1 }, label: { 2018: '2018', 2019: '2019' } } },
      },
      value,
      extension: { px: { tableid: '11713', decimals: 0 } },
    };
    const feed = buildFeed(
      {
        indicator: 'value-creation',
        title: 'Verdiskaping',
        queries: [
          {
            id: 'accounts',
            table: '11713',
            valueCodes: { Region: ['0', '04', '05'], Tid: ['top(2)'] },
            measures: {
              BNPB: { id: 'grp', label: 'Bruttoregionprodukt', unit: 'mrd. kr', decimals: 1, additive: true, scale: 0.001 },
              SysselsatteP: { id: 'employed', label: 'Sysselsatte', unit: 'personer', additive: true, scale: 1000, publish: false },
            },
          },
        ],
        derive: [{ id: 'grp-per-employed', op: 'ratio', of: ['grp', 'employed'], factor: 1000000, label: 'BRP per sysselsatt', unit: '1000 kr', decimals: 0 }],
      },
      { accounts: answer },
    );

    const table = await mount(feed, { indicator: 'value-creation', view: 'table', measure: 'grp-per-employed', period: '2019' });
    // 141 mrd. kr / 152 000 employed = 927.6 thousand kr, shown with no decimals.
    expect(rowText(table, 'Innlandet')).to.contain('928');
    expect(rowText(table, 'Hedmark')).to.equal(undefined);
    const chart = await mount(feed, { indicator: 'value-creation', view: 'chart', measure: 'grp', period: '2019' });
    expect(chart.shadowRoot!.querySelector('.chart-canvas svg')).to.exist;
    expect(chart.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('Innlandet');
  });
});
