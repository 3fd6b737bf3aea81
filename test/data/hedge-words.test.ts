import { expect } from '@open-wc/testing';
import { HEDGE_WORDS } from '../../src/data/hedge-words.js';
import { parseNumberText } from '../../src/data/number.js';
import { formatValue, hedgeWord } from '../../src/indicators/format.js';

// One table of hedge words ("over 70", "ca. 68", "vel 4"): the number reader and the views read the same words.
describe('hedge words (one home: src/data/hedge-words.ts)', () => {
  it('every word makes its qualifier when a figure follows it, in any case', () => {
    for (const h of HEDGE_WORDS) {
      for (const written of [h.word, h.word.toUpperCase()]) {
        const parsed = parseNumberText(`${written} 70`);
        expect(parsed, written).to.deep.include({ value: 70, qualifier: h.qualifier, qualifierText: written });
      }
    }
  });

  it('the longest word wins ("approximately 5" is not "approx" + "imately 5")', () => {
    expect(parseNumberText('approximately 5')).to.deep.include({ value: 5, qualifier: 'approx', qualifierText: 'approximately' });
    expect(parseNumberText('godt over 12,5 %')).to.deep.include({ value: 12.5, qualifier: 'atLeast', qualifierText: 'godt over', percent: true });
  });

  it('a word the reader read is written back in the page language when it fits the qualifier', () => {
    for (const h of HEDGE_WORDS.filter((x) => x.en !== undefined)) {
      const parsed = parseNumberText(`${h.word} 4`)!;
      expect(hedgeWord(parsed.qualifierText, parsed.qualifier, 'en'), h.word).to.equal(h.en);
      expect(hedgeWord(parsed.qualifierText, parsed.qualifier, 'nb'), h.word).to.equal(h.nb ?? h.word);
    }
    expect(formatValue({ value: 68, qualifier: 'approx', qualifierText: 'omlag', unit: 'mrd. kr', decimals: 0 }, 'nb')).to.match(/^om lag\s68/);
    // A word not in the shown set falls back to the generic mark.
    expect(hedgeWord('cirka', 'approx', 'nb')).to.equal(undefined);
  });
});
