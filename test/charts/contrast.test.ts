import { expect } from '@open-wc/testing';
import { contrastBetween, luminanceOf, luminanceRatio, readColor } from '../../src/charts/contrast.js';
import { contrastRatio } from '../../src/charts/theme.js';
import { textColorOn } from '../../src/charts/map-model.js';

// One home for WCAG contrast: the chart themes' guarantees, the map's label colours and the dark-page detection.
describe('contrast (src/charts/contrast.ts)', () => {
  it('reads hex and rgb() colours as 0–255 channels', () => {
    expect(readColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(readColor(' #1A2b3c ')).to.deep.equal([26, 43, 60]);
    expect(readColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
    expect(readColor('rgba(10 20 30 / 50%)')).to.deep.equal([10, 20, 30]);
    expect(readColor('red')).to.equal(undefined);
    expect(readColor('#12345')).to.equal(undefined);
  });

  it('gives WCAG 2 luminance and ratios', () => {
    expect(luminanceOf([0, 0, 0])).to.equal(0);
    expect(luminanceOf([255, 255, 255])).to.be.closeTo(1, 1e-12);
    expect(luminanceRatio(0, 1)).to.be.closeTo(21, 1e-9);
    expect(luminanceRatio(1, 0)).to.equal(luminanceRatio(0, 1));
    expect(contrastBetween('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastBetween('#777', 'not a colour')).to.equal(undefined);
  });

  it('is what the theme checks and the map labels use', () => {
    for (const [a, b] of [
      ['#000000', '#ffffff'],
      ['#3577b3', '#f7f7f7'],
      ['#ff8a57', '#2a2e33'],
    ] as const) {
      expect(contrastRatio(a, b)).to.equal(contrastBetween(a, b));
    }
    expect(textColorOn('#17324d')).to.equal('#ffffff');
    expect(textColorOn('#b4d6f3')).to.equal('#1a1a1a');
  });
});
