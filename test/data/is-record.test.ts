import { expect } from '@open-wc/testing';
import { isRecord } from '../../src/data/is-record.js';
import { isInnsiktFeed, isJsonStat } from '../../src/data/detect.js';

describe('isRecord (the one plain-object guard)', () => {
  it('is true for JSON objects, including ones without a prototype', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord({ a: 1 })).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
  });

  it('is false for null, arrays and every other JSON value', () => {
    for (const x of [null, undefined, [], [1], 'x', 1, true]) expect(isRecord(x), JSON.stringify(x)).to.equal(false);
  });

  it('is the guard the feed detection uses: an array is never taken for a feed or a dataset', () => {
    expect(isInnsiktFeed([{ innsikt: '1' }])).to.equal(false);
    expect(isInnsiktFeed({ innsikt: '1' })).to.equal(true);
    expect(isJsonStat([{ class: 'dataset' }])).to.equal(false);
  });
});
