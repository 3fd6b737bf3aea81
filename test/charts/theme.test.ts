import { expect } from '@open-wc/testing';
import { THEMES, TOKENS, contrastRatio, themeWithOverrides, type Theme } from '../../src/charts/theme.js';
import { LOCALES, vegaLocale } from '../../src/charts/locale.js';

const themes: Theme[] = [THEMES.light, THEMES.dark];

describe('charts/theme: contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // The classic threshold case: #777 on white is just under 4.5:1.
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#ffffff', '#777777')).to.equal(contrastRatio('#777777', '#ffffff'));
    expect(() => contrastRatio('red', '#fff')).to.throw(/#rgb or #rrggbb/);
  });

  for (const theme of themes) {
    describe(`${theme.name} theme against ${theme.pageBackground}`, () => {
      it('text colours have at least 4.5:1', () => {
        for (const [name, color] of [
          ['text', theme.text],
          ['muted', theme.muted],
        ] as const) {
          expect(contrastRatio(color, theme.pageBackground), `${name} ${color}`).to.be.at.least(4.5);
        }
      });

      it('every colour that carries meaning has at least 3:1 (graphics)', () => {
        const graphics = {
          accent: theme.accent,
          comparison: theme.comparison,
          'diverging negative': theme.diverging[0],
          'diverging positive': theme.diverging[4],
          ...Object.fromEntries(theme.series.map((c, i) => [`series-${i + 1}`, c])),
        };
        for (const [name, color] of Object.entries(graphics)) {
          expect(contrastRatio(color, theme.pageBackground), `${name} ${color}`).to.be.at.least(3);
        }
      });

      it('series colours are usable as text labels (4.5:1) and the comparison differs from the accent', () => {
        for (const c of theme.series) expect(contrastRatio(c, theme.pageBackground), c).to.be.at.least(4.5);
        expect(theme.comparison).to.not.equal(theme.accent);
        expect(new Set(theme.series).size).to.equal(6);
      });

      it('the sequential ramp runs from the background towards the text colour', () => {
        const fromPage = theme.sequential.map((c) => contrastRatio(c, theme.pageBackground));
        for (let i = 1; i < fromPage.length; i++) expect(fromPage[i]!).to.be.greaterThan(fromPage[i - 1]!);
      });

      it('draws on a transparent background', () => {
        expect(theme.background).to.equal('transparent');
      });
    });
  }
});

describe('charts/theme: tokens', () => {
  it('lists every public custom property once, with a default per theme', () => {
    const names = TOKENS.map((t) => t.name);
    expect(names).to.deep.equal([
      '--inn-color-text',
      '--inn-color-muted',
      '--inn-color-grid',
      '--inn-color-border',
      '--inn-color-background',
      '--inn-color-accent',
      '--inn-color-comparison',
      ...[1, 2, 3, 4, 5, 6].map((i) => `--inn-color-series-${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `--inn-color-seq-${i}`),
      '--inn-font-family',
      '--inn-font-size',
    ]);
    for (const t of TOKENS) {
      expect(t.light, t.name).to.be.a('string').and.not.equal('');
      expect(t.dark, t.name).to.be.a('string').and.not.equal('');
      expect(t.description, t.name).to.not.equal('');
    }
    expect(TOKENS.find((t) => t.name === '--inn-color-accent')).to.include({ light: THEMES.light.accent, dark: THEMES.dark.accent });
  });

  it('uses system fonts only (no web font, so no network request)', () => {
    for (const theme of themes) {
      expect(theme.fontFamily).to.match(/^system-ui,/);
      expect(theme.fontFamily).to.match(/sans-serif$/);
      expect(theme.fontFamily).to.not.match(/url\(|@import/);
    }
  });

  it('applies page-author overrides of the custom properties', () => {
    const set: Record<string, string> = { '--inn-color-accent': ' #123456 ', '--inn-color-series-2': '#abcdef', '--inn-font-size': '16px' };
    const t = themeWithOverrides(THEMES.light, (p) => set[p] ?? '');
    expect(t.accent).to.equal('#123456');
    expect(t.series[1]).to.equal('#abcdef');
    expect(t.series[0]).to.equal(THEMES.light.series[0]);
    expect(t.fontSize).to.equal(16);
    expect(t.text).to.equal(THEMES.light.text);
  });
});

describe('charts/locale', () => {
  it('writes numbers the Norwegian way in nb and nn', () => {
    for (const lang of ['nb', 'nn'] as const) {
      expect(LOCALES[lang].number).to.include({ decimal: ',', thousands: '\u00a0', minus: '\u2212' });
      expect(LOCALES[lang].number.currency).to.deep.equal(['', '\u00a0kr']);
      expect(LOCALES[lang].number.grouping).to.deep.equal([3]);
      expect(LOCALES[lang].time.months[0]).to.equal('januar');
    }
    expect(LOCALES.nn.time.days[1]).to.equal('måndag');
    expect(LOCALES.nb.time.days[1]).to.equal('mandag');
    expect(LOCALES.en.number).to.include({ decimal: '.', thousands: ',' });
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(LOCALES[lang].time.days).to.have.length(7);
      expect(LOCALES[lang].time.shortMonths).to.have.length(12);
    }
  });

  it('hands out copies, so a spec cannot change the table', () => {
    const copy = vegaLocale('nb');
    copy.number.decimal = '.';
    expect(LOCALES.nb.number.decimal).to.equal(',');
  });
});
