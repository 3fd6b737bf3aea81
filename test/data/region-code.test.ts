import { expect } from '@open-wc/testing';
import { MAX_REGION_LABEL, normaliseRegionCode } from '../../src/data/region-code.js';

describe('normaliseRegionCode', () => {
  it('reads every form Statistics Norway writes a municipality in, keeping the original', () => {
    for (const raw of ['3401', 'K-3401', 'K_3401', 'K.3401', 'k-3401', ' K-3401 ']) {
      const n = normaliseRegionCode(raw);
      expect(n.code, raw).to.equal('3401');
      expect(n.level, raw).to.equal('municipality');
      expect(n.original, raw).to.equal(raw.trim() === '3401' ? undefined : raw.trim());
    }
  });

  it('reads counties, KOSTRA county aggregates and the whole country', () => {
    expect(normaliseRegionCode('F-34')).to.deep.equal({ code: '34', level: 'county', original: 'F-34' });
    expect(normaliseRegionCode('34')).to.deep.equal({ code: '34', level: 'county' });
    expect(normaliseRegionCode('EKA34')).to.deep.equal({ code: '34', level: 'county', original: 'EKA34' });
    expect(normaliseRegionCode('EAK')).to.deep.equal({ code: '0', level: 'country', original: 'EAK' });
    expect(normaliseRegionCode('0')).to.deep.equal({ code: '0', level: 'country' });
    expect(normaliseRegionCode('Hele landet')).to.deep.equal({ code: '0', level: 'country', original: 'Hele landet' });
  });

  it('keeps KOSTRA regions of their own (Norway without Oslo, KOSTRA groups) with their code and a name', () => {
    expect(normaliseRegionCode('EAKUO')).to.deep.equal({ code: 'EAKUO', label: 'Landet uten Oslo', level: 'other' });
    expect(normaliseRegionCode('EKG16')).to.deep.equal({ code: 'EKG16', label: 'KOSTRA-gruppe 16', level: 'other' });
    expect(normaliseRegionCode('EKG01 KOSTRA-gruppe 1')).to.deep.equal({
      code: 'EKG01',
      label: 'KOSTRA-gruppe 1',
      level: 'other',
      original: 'EKG01 KOSTRA-gruppe 1',
    });
  });

  it('splits a code and a name, with or without a separator', () => {
    expect(normaliseRegionCode('3401 Kongsvinger')).to.include({ code: '3401', label: 'Kongsvinger' });
    expect(normaliseRegionCode('0402 - Kongsvinger')).to.include({ code: '0402', label: 'Kongsvinger' });
    expect(normaliseRegionCode('K-3401 Kongsvinger')).to.include({ code: '3401', label: 'Kongsvinger' });
    expect(normaliseRegionCode('0 Hele landet')).to.include({ code: '0', label: 'Hele landet', level: 'country' });
    expect(normaliseRegionCode('04 Hedmark (-2019)')).to.include({ code: '04', label: 'Hedmark (-2019)', level: 'county' });
  });

  it('passes other codes through trimmed', () => {
    expect(normaliseRegionCode(' R-gjovik ')).to.deep.equal({ code: 'R-gjovik' });
    expect(normaliseRegionCode('0402-Kongsvinger')).to.deep.equal({ code: '0402-Kongsvinger' });
    expect(normaliseRegionCode('')).to.deep.equal({ code: '' });
  });

  it('reads a code followed by thousands of spaces and a line break at once (no backtracking), as one line of name', () => {
    for (const brk of ['\n', '\u2028']) {
      // 5 000 spaces took many seconds with the old pattern (cubic); growth is checked in hostile-growth.test.ts.
      const n = normaliseRegionCode(`34${' '.repeat(5000)}${brk}x${' '.repeat(5000)}${brk}y`);
      expect(n).to.include({ code: '34', label: 'x y', level: 'county' });
    }
  });

  it(`cuts a name longer than ${MAX_REGION_LABEL} characters`, () => {
    const n = normaliseRegionCode(`3401 ${'K'.repeat(10000)}`);
    expect(n.label).to.have.length(MAX_REGION_LABEL);
    expect(n.label!.endsWith('…')).to.equal(true);
  });
});
