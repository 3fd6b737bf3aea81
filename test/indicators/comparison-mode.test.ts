import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { buildViewModel, type ViewModel } from '../../src/indicators/view-model.js';
import { summarize } from '../../src/indicators/summary.js';
import { viewCsv } from '../../src/components/share/csv.js';

/**
 * Comparison modes (issue 18): each mode's figures against hand-computed ones, from a small hand-written feed and
 * from the demo's real value-creation and commuting feeds (SSB tables 11713 and 03321).
 */
function dataset(observations: Observation[]): Dataset {
  return {
    format: 'innsikt',
    indicators: [],
    regions: [],
    periods: [...new Set(observations.map((o) => o.period))].sort(),
    measures: [],
    dimensions: [],
    observations,
    sources: [],
    notes: [],
    warnings: [],
  };
}

const obs = (measure: string, region: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicator: 'pendling',
  measure,
  measureLabel: measure === 'population' ? 'Befolkning' : 'Innpendlere',
  region,
  regionLabel: region,
  period,
  value,
  unit: 'personer',
  dims: {},
  ...extra,
});

/** Norway, Innlandet and two municipalities; 3403's 2022 figure is stated as "over 5000". */
const small = dataset([
  obs('in', '0', '2020', 90000),
  obs('in', '0', '2022', 100000),
  obs('in', '34', '2020', 16000),
  obs('in', '34', '2022', 20000),
  obs('in', '3401', '2020', 2500),
  obs('in', '3401', '2022', 3000),
  obs('in', '3403', '2020', 4000),
  obs('in', '3403', '2022', 5000, { qualifier: 'atLeast', qualifierText: 'over 5000' }),
  obs('population', '0', '2022', 5000000),
  obs('population', '34', '2022', 370000),
  obs('population', '3401', '2022', 20000),
  obs('population', '3403', '2022', 30000),
]);

const model = (ds: Dataset, extra: Record<string, unknown>): ViewModel =>
  buildViewModel(ds, { indicator: 'pendling', measure: 'in', compare: '0', period: '2022', lang: 'nb', ...extra });

/** The label with its no-break spaces (between number and unit) as plain ones. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

const row = (m: ViewModel, region: string) => m.rows.find((r) => r.region === region)!;

describe('comparison modes on a hand-written feed', () => {
  it('offers every mode the figures support, level first', () => {
    expect(model(small, {}).modes).to.deep.equal(['level', 'per-capita', 'relative', 'index', 'rank']);
    expect(model(small, {}).mode).to.equal('level');
  });

  it('per inhabitant: per 1000 inhabitants (3000 / 20 000 × 1000 = 150), a lower bound stays a lower bound', () => {
    const m = model(small, { mode: 'per-capita' });
    expect(m.mode).to.equal('per-capita');
    expect(row(m, '3401').value).to.equal(150);
    expect(plain(row(m, '3401').label)).to.equal('150 personer per 1000 innbyggere');
    // "over 5000" / 30 000 × 1000 = over 166,7
    expect(row(m, '3403').qualifier).to.equal('atLeast');
    expect(row(m, '3403').value).to.be.closeTo(166.667, 0.001);
    expect(plain(row(m, '3403').label)).to.match(/^over 166,7 /);
    expect(m.rows.every((r) => r.derived)).to.equal(true);
    expect(m.measureLabel).to.equal('Innpendlere');
    expect(m.subtitle).to.equal('Innpendlere, personer per 1000 innbyggere, 2022');
  });

  it('Norway = 100: 3000 / 100 000 × 100 = 3,0; Norway itself 100', () => {
    const m = model(small, { mode: 'relative' });
    expect(row(m, '3401').value).to.be.closeTo(3, 1e-9);
    expect(row(m, '34').value).to.be.closeTo(20, 1e-9);
    expect(row(m, '0').value).to.equal(100);
    expect(row(m, '3403').qualifier).to.equal('atLeast');
    expect(m.unit).to.equal('indeks, Norge = 100');
    expect(m.subtitle).to.equal('Innpendlere, indeks, Norge = 100, 2022');
  });

  it('index: base 2020 by default (3000 / 2500 × 100 = 120), the base the reader picks otherwise', () => {
    const m = model(small, { mode: 'index' });
    expect(m.base).to.equal('2020');
    expect(m.basePeriods).to.deep.equal(['2020', '2022']);
    expect(row(m, '3401').value).to.be.closeTo(120, 1e-9);
    // "over 5000" / 4000: over 125
    expect(row(m, '3403').qualifier).to.equal('atLeast');
    expect(row(m, '3403').value).to.be.closeTo(125, 1e-9);
    const b = model(small, { mode: 'index', base: '2022' });
    expect(row(b, '3401').value).to.be.closeTo(100, 1e-9);
    expect(b.unit).to.equal('indeks, 2022 = 100');
  });

  it('rank among the regions shown: 1 = highest, shown in rank order; a rank resting on "over 5000" is approximate', () => {
    const m = model(small, { mode: 'rank' });
    expect(m.rows.map((r) => [r.region, r.value])).to.deep.equal([
      ['0', 1],
      ['34', 2],
      ['3403', 3],
      ['3401', 4],
    ]);
    expect(row(m, '3403').qualifier).to.equal('approx');
    expect(row(m, '3401').qualifier).to.equal(undefined);
    // Among the regions in focus (and the comparison) only.
    const f = model(small, { mode: 'rank', regions: ['3401', '3403'] });
    expect(f.rows.map((r) => [r.region, r.value])).to.deep.equal([
      ['0', 1],
      ['3403', 2],
      ['3401', 3],
    ]);
  });

  it('peers: the focus region, its peer group and their average ((3000 + "over 5000") / 2 = over 4000); offered only with peers', () => {
    expect(model(small, {}).modes).not.to.include('peers');
    const m = model(small, { mode: 'peers', regions: ['34'], peers: ['3401', '3403'] });
    expect(m.mode).to.equal('peers');
    expect(m.rows.map((r) => r.region).sort()).to.deep.equal(['0', '34', '3401', '3403', 'peers']);
    const mean = row(m, 'peers');
    expect(mean.value).to.equal(4000);
    expect(mean.qualifier).to.equal('atLeast');
    expect(mean.derived).to.equal(true);
    expect(mean.regionLabel).to.equal('Snitt for sammenligningsgruppen');
    expect(row(m, '3401').value).to.equal(3000);
    expect(summarize(m)).to.contain('Snittet for sammenligningsgruppen er beregnet av Innsikt fra tallene for Kongsvinger, Hamar.');
    // A peer without a figure makes the average a gap, not an average of another group.
    const gap = dataset(
      small.observations.map((o) => (o.region === '3403' && o.period === '2022' && o.measure === 'in' ? { ...o, value: null, status: '..' } : o)),
    );
    expect(row(model(gap, { mode: 'peers', regions: ['34'], peers: ['3401', '3403'] }), 'peers').value).to.equal(null);
  });

  it("peers from the feed's KOSTRA groups: without peers= the focus region's group is its comparison group; peers= still wins", () => {
    // Made-up group codes: the point is the mechanism, not any municipality's real group.
    const grouped: Dataset = {
      ...small,
      observations: [...small.observations, obs('in', '3405', '2020', 3500), obs('in', '3405', '2022', 3900)],
      regions: [
        { code: '3401', name: 'Kongsvinger', level: 'municipality', kostraGroup: 'test-A' },
        { code: '3403', name: 'Hamar', level: 'municipality', kostraGroup: 'test-B' },
        { code: '3405', name: 'Lillehammer', level: 'municipality', kostraGroup: 'test-A' },
      ],
    };
    expect(model(grouped, { regions: ['3401'] }).modes).to.include('peers');
    const m = model(grouped, { mode: 'peers', regions: ['3401'] });
    expect(m.mode).to.equal('peers');
    expect(m.rows.map((r) => r.region).sort()).to.deep.equal(['0', '3401', '3405', 'peers']);
    // (3000 + 3900) / 2 = 3450: Kongsvinger's group is Kongsvinger and Lillehammer, not Hamar.
    expect(row(m, 'peers').value).to.equal(3450);
    expect(summarize(m)).to.contain('beregnet av Innsikt fra tallene for Kongsvinger, Lillehammer.');
    const given = model(grouped, { mode: 'peers', regions: ['3401'], peers: ['3403'] });
    expect(given.rows.map((r) => r.region).sort()).to.deep.equal(['0', '3401', '3403', 'peers']);
    // A region without a group, or two in focus: no group from the feed.
    expect(model(small, { regions: ['3401'] }).modes).not.to.include('peers');
    expect(model(grouped, { regions: ['3401', '3403'] }).modes).not.to.include('peers');
  });

  it('a mode the figures cannot support is not offered and shows levels', () => {
    const noPop = dataset(small.observations.filter((o) => o.measure !== 'population' && o.period === '2022'));
    const m = model(noPop, { mode: 'per-capita' });
    expect(m.modes).to.deep.equal(['level', 'relative', 'rank']);
    expect(m.mode).to.equal('level');
    expect(row(m, '3401').value).to.equal(3000);
    expect(row(m, '3401').derived).to.equal(false);
    expect(model(noPop, { mode: 'index' }).mode).to.equal('level');
    expect(model(noPop, { mode: 'nonsense' }).mode).to.equal('level');
  });

  it('derived figures say so in the summary and the CSV, in nb, nn and en', () => {
    const m = model(small, { mode: 'relative' });
    expect(summarize(m)).to.contain('Beregnet av Innsikt fra innpendlere, med Norge = 100.');
    expect(summarize(model(small, { mode: 'relative', lang: 'nn' }))).to.contain('Berekna av Innsikt frå innpendlere, med Noreg = 100.');
    expect(summarize(model(small, { mode: 'index', lang: 'en' }))).to.contain('Calculated by Innsikt from innpendlere, with 2020 = 100.');
    const csv = viewCsv(m, { noBom: true }).split('\r\n');
    const header = csv[0]!.split(';');
    const line = csv.find((l) => l.startsWith('3401;'))!.split(';');
    expect(line[header.indexOf('derived')]).to.equal('true');
    expect(line[header.indexOf('derived_formula')]).to.equal('Beregnet av Innsikt fra innpendlere, med Norge = 100.');
    expect(summarize(model(small, {}))).not.to.contain('Beregnet av Innsikt');
  });
});

describe('comparison modes on the real feeds', () => {
  let value: Dataset;
  let commuting: Dataset;
  before(async () => {
    value = parseFeed(await (await fetch('/demo/data/real-value-creation.json')).text());
    commuting = parseFeed(await (await fetch('/demo/data/real-commuting.json')).text());
  });
  const grp = (extra: Record<string, unknown>) =>
    buildViewModel(value, { indicator: 'value-creation', measure: 'grp-per-employed', compare: '0', period: '2019', lang: 'nb', ...extra });

  it('Norway = 100: Innlandet’s GRP per employed person 2019 = 805 961 / 1 115 914 × 100 = 72,2', () => {
    const m = grp({ mode: 'relative' });
    expect(row(m, '34').value).to.be.closeTo((805960.5123 / 1115913.755) * 100, 1e-6);
    expect(plain(row(m, '34').label)).to.equal('72,2 indeks, Norge = 100');
    expect(row(m, '34').derived).to.equal(true);
    // Per inhabitant is not offered: the value-creation feed has no population measure.
    expect(m.modes).to.not.include('per-capita');
  });

  it('index 2008 = 100: Innlandet 2019 = 805 961 / 561 689 × 100 = 143,5', () => {
    const m = grp({ mode: 'index', base: '2008' });
    expect(row(m, '34').value).to.be.closeTo((805960.5123 / 561689.4977) * 100, 1e-6);
    expect(row(m, '34').label).to.match(/^143,5/);
  });

  it('rank 2019: Norway 1, Hedmark 2, Innlandet 3, Oppland 4', () => {
    const m = grp({ mode: 'rank' });
    expect(m.rows.map((r) => [r.region, r.value])).to.deep.equal([
      ['0', 1],
      ['04', 2],
      ['34', 3],
      ['05', 4],
    ]);
  });

  it('per inhabitant from the commuting feed’s population: Lillehammer 5971 / 28 425 × 1000 = 210,1 in-commuters per 1000', () => {
    const m = buildViewModel(commuting, { indicator: 'commuting', measure: 'in', period: '2022', mode: 'per-capita', lang: 'nb' });
    expect(m.mode).to.equal('per-capita');
    expect(row(m, '3405').value).to.be.closeTo((5971 / 28425) * 1000, 1e-6);
    expect(row(m, '3405').label).to.match(/^210,1/);
    expect(row(m, '3401').value).to.be.closeTo((2991 / 17949) * 1000, 1e-6);
  });
});
