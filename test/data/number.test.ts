import { expect } from '@open-wc/testing';
import { parseNumberText } from '../../src/data/number.js';

describe('parseNumberText', () => {
  it('reads Norwegian number formats', () => {
    expect(parseNumberText('1 234,5')).to.deep.equal({ value: 1234.5 });
    expect(parseNumberText('1\u00a0234,5')).to.deep.equal({ value: 1234.5 });
    expect(parseNumberText('57,50 %')).to.deep.equal({ value: 57.5, percent: true });
    expect(parseNumberText('−3,2')).to.deep.equal({ value: -3.2 });
    expect(parseNumberText('2569.6999999999998')!.value).to.be.closeTo(2569.7, 1e-9);
    expect(parseNumberText('371.000.000')!.value).to.equal(371000000);
    expect(parseNumberText('abc')).to.equal(undefined);
  });
  it('keeps hedges as qualifiers', () => {
    expect(parseNumberText('over 70')).to.deep.equal({ value: 70, qualifier: 'atLeast', qualifierText: 'over' });
    expect(parseNumberText('ca. 68')).to.deep.equal({ value: 68, qualifier: 'approx', qualifierText: 'ca.' });
    expect(parseNumberText('vel 4')).to.deep.equal({ value: 4, qualifier: 'atLeast', qualifierText: 'vel' });
  });
  it('reads status symbols as gaps, never as zero', () => {
    expect(parseNumberText('..')).to.deep.equal({ value: null, status: '..' });
    expect(parseNumberText(' : ')).to.deep.equal({ value: null, status: ':' });
    expect(parseNumberText('.')).to.deep.equal({ value: null, status: '.' });
  });
});
