/**
 * A level (GRP per employed person, employed persons) asked for over a range of periods is drawn as lines over
 * time, not as the bars of its last year; one period stays bars. Made-up numbers.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import { buildViewModel } from '../../src/indicators/view-model.js';

function feed(indicator: string, measure: string, rows: Array<[string, string, number, Record<string, string>?]>) {
  return parseFeed({
    innsikt: '1',
    indicators: [{ id: indicator, title: 'T', measures: [{ id: measure, label: 'M', unit: 'kr' }] }],
    regions: [
      { code: '0', name: 'Norge', level: 'country' },
      { code: '34', name: 'Innlandet', level: 'county' },
    ],
    sources: [{ id: 's', title: 'S' }],
    observations: rows.map(([region, period, value, dims]) => ({ indicator, measure, region, period, value, source: 's', ...(dims ? { dims } : {}) })),
  });
}

describe('view model: a level over a range of periods', () => {
  const vc = feed('value-creation', 'grp-per-employed', [
    ['0', '2017', 1000],
    ['0', '2018', 1100],
    ['0', '2019', 1150],
    ['34', '2017', 700],
    ['34', '2018', 760],
    ['34', '2019', 800],
  ]);

  it('is drawn as lines over the range, focus and comparison', () => {
    const m = buildViewModel(vc, { indicator: 'value-creation', lang: 'nb', measure: 'grp-per-employed', regions: ['34'], compare: '0', period: '2017/2019' });
    expect(m.chart).to.equal('index-lines');
    expect(m.shownPeriods).to.deep.equal(['2017', '2018', '2019']);
    expect(m.rows.map((r) => `${r.region}:${r.period}`).sort()).to.deep.equal(['0:2017', '0:2018', '0:2019', '34:2017', '34:2018', '34:2019']);
  });

  it('stays bars for one period', () => {
    const m = buildViewModel(vc, { indicator: 'value-creation', lang: 'nb', measure: 'grp-per-employed', regions: ['34'], compare: '0', period: '2019' });
    expect(m.chart).to.equal('level-bars');
    expect(m.shownPeriods).to.deep.equal(['2019']);
  });

  it('draws one line per industry when the feed has one region (employed persons by industry)', () => {
    const jobs = feed('employment-change', 'employed', [
      ['34', '2018', 48000, { industry: 'helse' }],
      ['34', '2019', 48500, { industry: 'helse' }],
      ['34', '2018', 16000, { industry: 'industri' }],
      ['34', '2019', 16600, { industry: 'industri' }],
    ]);
    const m = buildViewModel(jobs, { indicator: 'employment-change', lang: 'nb', measure: 'employed', regions: ['34'], period: '2018/2019' });
    expect(m.chart).to.equal('index-lines');
    expect(new Set(m.rows.map((r) => r.series))).to.deep.equal(new Set(['helse', 'industri']));
  });
});
