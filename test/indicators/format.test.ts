import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatPeriod, formatValue, hedgeWord, localize, statedDecimals } from '../../src/indicators/format.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';
/** Writes a no-break space as `~` so expected strings stay readable. */
const n = (s: string) => s.replace(/~/g, NBSP);

describe('formatNumber', () => {
  it('writes thousands with a no-break space (U+00A0) and a decimal comma in bokmål and nynorsk', () => {
    expect(formatNumber(1234.5, 'nb', 1)).to.equal(`1${NBSP}234,5`);
    // Chromium has no nynorsk locale data: without a fallback this came out as "1,234.5".
    expect(formatNumber(1234.5, 'nn', 1)).to.equal(`1${NBSP}234,5`);
    expect(formatNumber(1234567, 'nb')).to.equal(n('1~234~567'));
    expect(formatNumber(1234.5, 'nb', 1)).not.to.match(/[\u202f ]/);
  });

  it('writes a real minus sign (U+2212) in Norwegian', () => {
    expect(formatNumber(-2.7, 'nb', 1)).to.equal(`${MINUS}2,7`);
    expect(formatNumber(-6022, 'nn')).to.equal(`${MINUS}6${NBSP}022`);
  });

  it('writes English with a decimal point and thousands comma', () => {
    expect(formatNumber(1234.5, 'en', 1)).to.equal('1,234.5');
    expect(formatNumber(-2.7, 'en', 1)).to.equal('-2.7');
  });

  it('never writes a negative zero', () => {
    expect(formatNumber(-0.04, 'nb', 1)).to.equal('0,0');
    expect(formatNumber(-0.4, 'en')).to.equal('0');
    expect(formatNumber(-0.05, 'nb', 1)).to.equal(`${MINUS}0,1`);
  });

  it('rounds to the decimals asked for', () => {
    expect(formatNumber(12.345, 'nb', 2)).to.equal('12,35');
    expect(formatNumber(12, 'nb', 1)).to.equal('12,0');
  });

  it('writes what Intl.NumberFormat writes (it is not used: its locale data is slow to load)', () => {
    const intl = (v: number, lang: 'nb' | 'nn' | 'en', d: number) =>
      new Intl.NumberFormat(lang === 'en' ? ['en-GB'] : lang === 'nn' ? ['nn-NO', 'nb-NO'] : ['nb-NO'], { minimumFractionDigits: d, maximumFractionDigits: d })
        .format(Math.abs(v) < 0.5 * 10 ** -d ? 0 : v)
        .replace(/[\u202f\s]/g, NBSP);
    // Ties (…5), values just below and above a tie, powers of ten, large and tiny values, random ones.
    const values = [
      0,
      1,
      -1,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.05,
      -0.05,
      0.15,
      1.005,
      1.015,
      2.675,
      12.345,
      999.95,
      999.5,
      1e3,
      1234.5,
      -6022,
      99999.999,
      1e6,
      123456789.123,
      2 ** 53,
      9.99e20,
      1e21,
      1.5e22,
      -3.2e25,
      0.000123,
    ];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 300; i++) values.push(Math.round((random() - 0.5) * 10 ** Math.floor(random() * 12)) / 10 ** Math.floor(random() * 5));
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const d of [0, 1, 2, 3, 4]) {
        for (const v of values) expect(formatNumber(v, lang, d), `${v} ${lang} ${d}`).to.equal(intl(v, lang, d));
      }
    }
  });
});

describe('formatValue', () => {
  it('writes per cent with a no-break space in Norwegian and none in English', () => {
    expect(formatValue({ value: 12.3, unit: '%', decimals: 1 }, 'nb')).to.equal(`12,3${NBSP}%`);
    expect(formatValue({ value: 12.3, unit: 'prosent', decimals: 1 }, 'nn')).to.equal(`12,3${NBSP}%`);
    expect(formatValue({ value: 12.3, unit: '%', decimals: 1 }, 'en')).to.equal('12.3%');
  });

  it('keeps the unit and the qualifier, with the source’s own hedge word when it fits', () => {
    expect(formatValue({ value: 68, unit: 'mrd. kr', qualifier: 'approx', qualifierText: 'ca. 68 mrd. kroner' }, 'nb')).to.equal(n('ca.~68~mrd. kr'));
    expect(formatValue({ value: 4, unit: '%', qualifier: 'atLeast', qualifierText: 'vel 4 prosent' }, 'nb')).to.equal(n('vel~4~%'));
    expect(formatValue({ value: 4, unit: '%', qualifier: 'atLeast', qualifierText: 'vel 4 prosent' }, 'en')).to.equal(n('just over~4%'));
    // A hedge word that contradicts the qualifier is not used.
    expect(formatValue({ value: 4, unit: '%', qualifier: 'atLeast', qualifierText: 'under 4 prosent' }, 'nb')).to.equal(n('over~4~%'));
    expect(formatValue({ value: 30, unit: '%', qualifier: 'atMost' }, 'nn')).to.equal(n('under~30~%'));
  });

  it('writes bounds compactly for chart labels', () => {
    expect(formatValue({ value: 70, unit: '%', qualifier: 'atLeast' }, 'nb', { compact: true })).to.equal(n('>~70~%'));
    expect(formatValue({ value: 30, unit: '%', qualifier: 'atMost' }, 'en', { compact: true })).to.equal(n('<~30%'));
  });

  it('shows the status symbol for a gap, never 0', () => {
    expect(formatValue({ value: null, status: ':' }, 'nb')).to.equal(':');
    expect(formatValue({ value: null }, 'en')).to.equal('..');
  });
});

describe('formatPeriod and formatDate', () => {
  it('writes a span with an en dash', () => {
    expect(formatPeriod('1990-2002', 'nb')).to.equal('1990–2002');
    expect(formatPeriod('1990–2002', 'en')).to.equal('1990–2002');
    expect(formatPeriod('2000', 'nn')).to.equal('2000');
  });

  it('writes quarters and months out', () => {
    expect(formatPeriod('2021K3', 'nb')).to.equal('3. kvartal 2021');
    expect(formatPeriod('2021K3', 'en')).to.equal('Q3 2021');
    expect(formatPeriod('2021M04', 'nb')).to.equal('april 2021');
    expect(formatPeriod('2021M04', 'nn')).to.equal('april 2021');
    expect(formatPeriod('2021M04', 'en')).to.equal('April 2021');
  });

  it('writes dates the way readers write them', () => {
    expect(formatDate('2026-11-21', 'nb')).to.equal('21.11.2026');
    expect(formatDate('2026-11-21T08:30:00Z', 'nn')).to.equal('21.11.2026');
    expect(formatDate('2026-11-21', 'en')).to.equal('21 November 2026');
    expect(formatDate('2004-08', 'nb')).to.equal('august 2004');
    expect(formatDate('2004-08', 'nn')).to.equal('august 2004');
    expect(formatDate('2004-08', 'en')).to.equal('August 2004');
    expect(formatDate('2004', 'en')).to.equal('2004');
    expect(formatDate('i fjor', 'nb')).to.equal('i fjor');
  });

  it('writes month names as Intl.DateTimeFormat does (it is not used: its locale data is slow to load)', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const locales = lang === 'en' ? ['en-GB'] : lang === 'nn' ? ['nn-NO', 'nb-NO'] : ['nb-NO'];
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        const utc = new Date(Date.UTC(2004, month - 1, 9));
        expect(formatDate(`2004-${mm}`, lang)).to.equal(new Intl.DateTimeFormat(locales, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc));
        expect(formatPeriod(`2004M${mm}`, lang)).to.equal(
          new Intl.DateTimeFormat(locales, { month: 'long', year: 'numeric' }).format(new Date(2004, month - 1, 1)),
        );
        if (lang === 'en')
          expect(formatDate(`2004-${mm}-09`, lang)).to.equal(
            new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc),
          );
      }
    }
  });
});

describe('hedge words, stated decimals, localize', () => {
  it('picks the source’s hedge word only when it matches the qualifier', () => {
    expect(hedgeWord('vel 4 prosent', 'atLeast', 'nb')).to.equal('vel');
    expect(hedgeWord('Rundt 1000 personer', 'approx', 'en')).to.equal('around');
    expect(hedgeWord('om lag 8', 'approx', 'nn')).to.equal('om lag');
    expect(hedgeWord('vel 4 prosent', 'atMost', 'nb')).to.equal(undefined);
    expect(hedgeWord('samme antall arbeidsplasser', 'approx', 'nb')).to.equal(undefined);
  });

  it('gives a number no more decimals than it has', () => {
    expect(statedDecimals(12, 1)).to.equal(0);
    expect(statedDecimals(4.1, 2)).to.equal(1);
    expect(statedDecimals(1 / 3, 2)).to.equal(2);
  });

  it('falls back to bokmål', () => {
    expect(localize({ nb: 'Norge', en: 'Norway' }, 'nn')).to.equal('Norge');
    expect(localize({ nb: 'Norge', en: 'Norway' }, 'en')).to.equal('Norway');
    expect(localize(undefined, 'en')).to.equal('');
  });
});

describe('month names (one home: src/indicators/month-names.ts)', () => {
  it('are the ones dates in text and the charts’ time locale write', async () => {
    const { MONTH_NAMES } = await import('../../src/indicators/month-names.js');
    const { vegaLocale } = await import('../../src/charts/locale.js');
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(vegaLocale(lang).time.months).to.deep.equal([...MONTH_NAMES[lang]]);
      expect(formatDate('2004-08', lang)).to.equal(`${MONTH_NAMES[lang][7]} 2004`);
    }
    expect(MONTH_NAMES.nb[0]).to.equal('januar');
    expect(MONTH_NAMES.en[11]).to.equal('December');
  });
});
