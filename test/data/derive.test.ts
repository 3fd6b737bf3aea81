import { expect } from '@open-wc/testing';
import type { Observation } from '../../src/data/types.js';
import { change, indexed, rank, relativeTo, shareOf, perCapita, total } from '../../src/data/derive.js';
import { select } from '../../src/data/select.js';
import { add, div, fromBound, sub, toBound } from '../../src/data/bounds.js';

const obs = (region: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  measure: 'jobs',
  measureLabel: 'Arbeidsplasser',
  region,
  regionLabel: region,
  period,
  value,
  dims: {},
  ...extra,
});

describe('bounds: qualifiers survive arithmetic', () => {
  it('100 − "over 70" is "under 30"; "over 70" / 2 is "over 35"', () => {
    expect(fromBound(sub(toBound(100), toBound(70, 'atLeast')))).to.deep.equal({ value: 30, qualifier: 'atMost' });
    expect(fromBound(div(toBound(70, 'atLeast'), toBound(2)))).to.deep.equal({ value: 35, qualifier: 'atLeast' });
  });
  it('"over 70" − "over 60" bounds nothing', () => {
    expect(fromBound(sub(toBound(70, 'atLeast'), toBound(60, 'atLeast')))).to.equal('unknown');
  });
  it('"ca." makes the result approximate', () => {
    expect(fromBound(add(toBound(68, 'approx'), toBound(2)))).to.deep.equal({ value: 70, qualifier: 'approx' });
  });
});

describe('derivations', () => {
  const series = [obs('0', '1998', 200), obs('0', '2005', 250), obs('34', '1998', 100), obs('34', '2005', 90, { qualifier: 'approx', ref: 'a.txt:2' })];

  it('computes % change per series and marks it derived', () => {
    const out = change(series, '1998', '2005');
    const norway = out.find((o) => o.region === '0')!;
    expect(norway).to.include({ value: 25, period: '1998-2005', derived: true, unit: '%' });
    const inn = out.find((o) => o.region === '34')!;
    expect(inn.value).to.be.closeTo(-10, 1e-9);
    expect(inn.qualifier).to.equal('approx');
    expect(inn.ref).to.equal('a.txt:2');
  });

  it('indexes each series to its base period = 100', () => {
    const out = indexed(series, '1998').filter((o) => o.region === '0');
    expect(out.map((o) => o.value)).to.deep.equal([100, 125]);
  });

  it('gives a gap, never a number, when an input is missing', () => {
    const out = change([obs('0', '1998', null, { status: '..' }), obs('0', '2005', 5)], '1998', '2005');
    expect(out[0]).to.include({ value: null, status: '..' });
  });

  it('shares, per capita, relative to Norway and rank', () => {
    const parts = [obs('R-gjovik', '2000', 70, { qualifier: 'atLeast' }), obs('34', '2000', 100)];
    const share = shareOf(parts, () => parts[1])[0]!;
    expect(share).to.include({ value: 70, qualifier: 'atLeast', unit: '%' });
    const pc = perCapita([obs('34', '2000', 1000)], [obs('34', '2000', 10)])[0]!;
    expect(pc.value).to.equal(100);
    const rel = relativeTo([obs('0', '2000', 50), obs('34', '2000', 54)], '0').find((o) => o.region === '34')!;
    expect(rel.value).to.be.closeTo(108, 1e-9);
    const ranked = rank([obs('a', '2000', 1), obs('b', '2000', 3), obs('c', '2000', null, { status: ':' }), obs('d', '2000', 3)]);
    expect(ranked.map((r) => [r.observation.region, r.rank])).to.deep.equal([
      ['b', 1],
      ['d', 1],
      ['a', 3],
      ['c', undefined],
    ]);
  });

  it('sums parts with their qualifiers', () => {
    const sum = total([obs('34', '2000', 15.2), obs('34', '2000', 8.8, { qualifier: 'approx' })], { measure: 'sum' })!;
    expect(sum.value).to.be.closeTo(24, 1e-9);
    expect(sum.qualifier).to.equal('approx');
  });

  it('selects by measure, regions, period range and dims', () => {
    const all = [...series, obs('34', '2000', 1, { dims: { industry: 'ict' } })];
    expect(select(all, { regions: ['34'], periods: { from: '1999', to: '2005' } })).to.have.length(2);
    expect(select(all, { dims: { industry: 'ict' } })).to.have.length(1);
    expect(select(all, { periods: ['1998'] })).to.have.length(2);
  });
});
