import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { isMapArea, isPlanningRegionCode } from '../../src/data/geography.js';
import { allYears, parseDims, selectionOf } from '../../src/indicators/selection.js';
import { codeList } from '../../src/indicators/code-list.js';
import { errorText } from '../../src/indicators/error-text.js';

/** The domain rules <inn-indicator> used to hold itself (issue 20, §2.2): attributes → selection, map areas, error texts. */
describe('widget rules', () => {
  it('reads code lists and dimension filters as a webmaster writes them', () => {
    expect(codeList(' 0529, 0542  34,')).to.deep.equal(['0529', '0542', '34']);
    expect(codeList('')).to.deep.equal([]);
    expect({ ...parseDims('industry: ict-services ; type:personal;junk') }).to.deep.equal({ industry: 'ict-services', type: 'personal' });
    expect(parseDims(';:x;')).to.equal(undefined);
    expect(allYears(['2019', '2020K1', '2021', '2023'])).to.equal('2019/2023');
    expect(allYears(['2021'])).to.equal(undefined);
  });

  it('fills a selection from the attributes and the figures: the first indicator, and every year for small multiples', () => {
    const ds = { indicators: [{ id: 'rd-share' }], periods: ['2019', '2021'] } as unknown as Dataset;
    const attrs = { indicator: '', measure: '', region: '34 0', compare: '', period: '', dims: '', mode: '', base: '', peers: '', view: 'multiples' };
    const sel = selectionOf(attrs, ds, 'nn');
    expect(sel).to.include({ indicator: 'rd-share', period: '2019/2021', lang: 'nn', measure: undefined, peers: undefined });
    expect(sel.regions).to.deep.equal(['34', '0']);
    expect(selectionOf({ ...attrs, view: 'chart', period: '2020' }, ds, 'nb').period).to.equal('2020');
  });

  it('knows which areas the map of Innlandet draws', () => {
    expect(['3401', '0403', '0528', 'R-1'].map(isMapArea)).to.deep.equal([true, true, true, true]);
    expect(['34', '0', '0301', '3101', '34011'].map(isMapArea)).to.deep.equal([false, false, false, false, false]);
    expect(isPlanningRegionCode('R-hamar')).to.equal(true);
  });

  it('tells the reader what went wrong, in their language, with a server’s wait in seconds or minutes', () => {
    expect(errorText({ kind: 'feed' }, 'nb')).to.equal('Dataene har feil og kan ikke leses.');
    expect(errorText({ kind: 'load', reason: 'timeout' }, 'en')).to.equal('The data source did not answer in time.');
    expect(errorText({ kind: 'load', reason: 'http', status: 429, retryAfter: 1 }, 'en')).to.contain('1 second');
    expect(errorText({ kind: 'load', reason: 'http', status: 429, retryAfter: 90 }, 'en')).to.contain('90 seconds');
    expect(errorText({ kind: 'load', reason: 'http', status: 429, retryAfter: 150 }, 'en')).to.contain('3 minutes');
    expect(errorText({ kind: 'load', reason: 'http', status: 503 }, 'nb')).to.not.equal(errorText({ kind: 'load', reason: 'http', status: 418 }, 'nb'));
    expect(errorText({ kind: 'load', reason: 'something-new' }, 'nn')).to.equal('Dataa kan ikkje lesast.');
  });
});
