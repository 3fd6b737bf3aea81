import { expect } from '@open-wc/testing';
import { FEED_PERIOD, comparePeriods, isLinkPeriod, isStatisticsPeriod, periodParts, periodRange } from '../../src/data/period.js';
import { parseCsv } from '../../src/data/csv.js';

// One home for periods (src/data/period.ts): how they are read, ordered, and matched inside links, ranges and names.
describe('periods (one home: src/data/period.ts)', () => {
  it('orders years, spans, halves, quarters, months and weeks in time, other text last', () => {
    const sorted = ['2021M10', 'x', '2021', '2020-2022', '2021K2', '2021M2', '2021H2', '2020', '2021U05', '2019-2023'].sort(comparePeriods);
    expect(sorted).to.deep.equal(['2019-2023', '2020', '2020-2022', '2021', '2021U05', '2021M2', '2021K2', '2021H2', '2021M10', 'x']);
  });

  it('a CSV file lists its periods in the same order (it had an order of its own)', () => {
    // A half year starts before its second quarter: localeCompare put 2021H2 before 2021K1 ('H' < 'K').
    const ds = parseCsv('region;2021H2;2021K1;2020K4\n3401;1;2;3\n');
    expect(ds.periods).to.deep.equal(['2020K4', '2021K1', '2021H2']);
  });

  it('reads a range as the first and last year it covers', () => {
    expect(periodRange('1998/2005')).to.deep.equal({ from: 1998, to: 2005 });
    expect(periodRange('2019K1 : 2021K4')).to.deep.equal({ from: 2019, to: 2021 });
    expect(periodRange('2019M13/2020')).to.equal(undefined);
    expect(periodRange('2020')).to.equal(undefined);
  });

  it('accepts in links what a permalink or dashboard link may carry', () => {
    for (const p of ['2021', '2021K3', '2021M04', '2020H1', '1990-2002', '2008/2019', '2019K1:2021K4']) expect(isLinkPeriod(p), p).to.equal(true);
    for (const p of ['', '21', '2021M13', '2021 K3', '<2021>', '2021-', '3401']) expect(isLinkPeriod(p), p).to.equal(false);
  });

  it('tells a statistics period from a code that looks like a year', () => {
    expect(isStatisticsPeriod('2011')).to.equal(true);
    expect(isStatisticsPeriod('2024K3')).to.equal(true);
    expect(isStatisticsPeriod('3401')).to.equal(false);
    expect(periodParts('3401')?.kind).to.equal('year');
  });

  it("the feed format's period pattern is the schema's", async () => {
    const schema = await (await fetch(new URL('../../src/data/feed-schema.json', import.meta.url))).text();
    expect(schema).to.contain(JSON.stringify(FEED_PERIOD.source));
    for (const p of ['2002', '1990-2002', '1990–2002', '2021K3', '2021M04']) expect(FEED_PERIOD.test(p), p).to.equal(true);
    for (const p of ['2021Q3', '2021H1', '2021M13']) expect(FEED_PERIOD.test(p), p).to.equal(false);
  });
});
