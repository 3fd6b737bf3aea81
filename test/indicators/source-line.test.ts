import { expect } from '@open-wc/testing';
import type { Dataset, Lang, Source } from '../../src/data/types.js';
import { buildViewModel, type ViewModel, type ViewRow } from '../../src/indicators/view-model.js';
import { qualifierExplanation, qualifierExplanations, safeUrl, sourceLine, statusExplanations } from '../../src/indicators/source-line.js';
import { MESSAGES, t, type MessageKey } from '../../src/indicators/messages/catalogue.js';

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const EMPTY_DS: Dataset = {
  format: 'innsikt',
  indicators: [],
  regions: [],
  periods: [],
  measures: [],
  dimensions: [],
  observations: [],
  sources: [],
  notes: [],
  warnings: [],
};

function row(region: string, value: number | null, extra: Partial<ViewRow> = {}): ViewRow {
  return {
    region,
    regionLabel: region,
    period: '2000',
    periodLabel: '2000',
    value,
    label: String(value ?? '..'),
    shortLabel: String(value ?? '..'),
    isComparison: false,
    isFocus: false,
    derived: false,
    ...extra,
  };
}

/** A real model's shape with the sources, notes and rows under test. */
function model(lang: Lang, over: Partial<ViewModel> = {}): ViewModel {
  const m: ViewModel = {
    ...buildViewModel(EMPTY_DS, { indicator: 'employment-change', lang }),
    rows: [row('05', 4)],
    totals: [],
    sources: [],
    notes: [],
    statuses: [],
    ...over,
    lang,
  };
  delete m.empty;
  return m;
}

const SSB: Source = {
  id: 'ssb-07459',
  title: '07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år',
  publisher: 'Statistisk sentralbyrå',
  table: '07459',
  retrieved: '2026-11-21',
  url: 'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data',
  licence: 'CC BY 4.0',
};
const NIBR: Source = {
  id: 'nibr-notat-2004-116',
  title: 'Klynger, nettverk og verdiskaping i Innlandet (NIBR-notat 2004:116)',
  publisher: 'NIBR',
  table: 'NIBR-notat 2004:116',
};
const report = (table: string): Source => ({
  id: `nibr-2005-11-${table}`,
  title: 'Teknologibyene. Omstilling, innovasjon og utfordringer (NIBR-rapport 2005:11)',
  publisher: 'NIBR',
  published: '2005-12',
  table,
});

describe('sourceLine: the line', () => {
  it('names a Statistics Norway table by its number, with the date retrieved and the licence', () => {
    const expected: Record<Lang, string> = {
      nb: 'Kilde: Statistisk sentralbyrå, tabell 07459, hentet 21.11.2026, lisens CC BY 4.0',
      nn: 'Kjelde: Statistisk sentralbyrå, tabell 07459, henta 21.11.2026, lisens CC BY 4.0',
      en: 'Source: Statistisk sentralbyrå, table 07459, retrieved 21 November 2026, licence CC BY 4.0',
    };
    for (const lang of LANGS) expect(sourceLine(model(lang, { sources: [SSB] })).text, lang).to.equal(expected[lang]);
  });

  it('names a report by publisher and title, without repeating the report number', () => {
    expect(sourceLine(model('nb', { sources: [NIBR] })).text).to.equal('Kilde: NIBR, Klynger, nettverk og verdiskaping i Innlandet (NIBR-notat 2004:116)');
    expect(sourceLine(model('nn', { sources: [NIBR] })).text).to.equal('Kjelde: NIBR, Klynger, nettverk og verdiskaping i Innlandet (NIBR-notat 2004:116)');
    expect(sourceLine(model('en', { sources: [NIBR] })).text).to.equal('Source: NIBR, Klynger, nettverk og verdiskaping i Innlandet (NIBR-notat 2004:116)');
  });

  it('gathers tables of one report and lists different sources after "Kilder"', () => {
    const sources = [report('Tabell 3.4: Utvikling i teknologibyene 1997-2005 (BoF)'), report('Tabell 4.7: Relativ endring (BoF)'), NIBR];
    expect(sourceLine(model('nb', { sources })).text).to.equal(
      'Kilder: NIBR, Teknologibyene. Omstilling, innovasjon og utfordringer (NIBR-rapport 2005:11), tabell 3.4 og 4.7, publisert desember 2005; NIBR, Klynger, nettverk og verdiskaping i Innlandet (NIBR-notat 2004:116)',
    );
    expect(sourceLine(model('en', { sources: [report('Tabell 4.7: x'), report('Figur 7.2: y')] })).text).to.equal(
      'Source: NIBR, Teknologibyene. Omstilling, innovasjon og utfordringer (NIBR-rapport 2005:11), Table 4.7 and Figure 7.2, published December 2005',
    );
  });

  it('says when no source is given', () => {
    expect(sourceLine(model('nb')).text).to.equal('Kilde: ikke oppgitt');
    expect(sourceLine(model('nn')).text).to.equal('Kjelde: ikkje oppgitt');
    expect(sourceLine(model('en')).text).to.equal('Source: not stated');
  });
});

describe('sourceLine: sources, notes and refs', () => {
  it('lists each source with only an http(s) address', () => {
    const bad: Source = { ...NIBR, id: 'bad', url: 'javascript:alert(1)' };
    const out = sourceLine(model('nb', { sources: [SSB, bad] }));
    expect(out.sources).to.deep.equal([
      { title: SSB.title, publisher: 'Statistisk sentralbyrå', table: '07459', date: 'hentet 21.11.2026', licence: 'CC BY 4.0', url: SSB.url },
      { title: NIBR.title, publisher: 'NIBR', table: 'NIBR-notat 2004:116' },
    ]);
    expect(out.sources[1]!.url).to.equal(undefined);
    expect(safeUrl('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeUrl('//example.org/x')).to.equal(undefined);
    expect(safeUrl('http://')).to.equal(undefined);
    expect(safeUrl('https://www.ssb.no/statbank/table/07459')).to.equal('https://www.ssb.no/statbank/table/07459');
  });

  it('keeps mandatory notes apart, adds source notes and the note on derived figures', () => {
    const out = sourceLine(
      model('nb', {
        sources: [{ ...NIBR, notes: ['Teksten er kontrollert mot 002.'] }],
        notes: [
          { text: 'Må vises.', mandatory: true },
          { text: 'Kan vises.', mandatory: false },
        ],
        rows: [row('05', 4), row('INN-rest', 30, { derived: true })],
      }),
    );
    expect(out.mandatoryNotes).to.deep.equal(['Må vises.']);
    expect(out.notes).to.deep.equal(['Kan vises.', 'Teksten er kontrollert mot 002.', 'Beregnet av Innsikt fra tallene i kilden.']);
    expect(sourceLine(model('nb', { notes: [{ text: 'Kan vises.', mandatory: false }] })).notes).to.deep.equal(['Kan vises.']);
  });

  it('lists each row citation once, the whole first', () => {
    const out = sourceLine(
      model('nb', {
        rows: [
          row('34', 15.2, { ref: '002_4b4b011be2bef435.txt:529' }),
          row('34', 8.8, { ref: '002_4b4b011be2bef435.txt:529' }),
          row('34', 2.8, { ref: '002_4b4b011be2bef435.txt:530' }),
          row('34', 1),
        ],
        totals: [row('34', 30.1, { ref: '002_4b4b011be2bef435.txt:528' })],
      }),
    );
    expect(out.refs).to.deep.equal(['002_4b4b011be2bef435.txt:528', '002_4b4b011be2bef435.txt:529', '002_4b4b011be2bef435.txt:530']);
  });
});

describe('status and qualifier explanations', () => {
  it('explains each status symbol in the view, in the page language', () => {
    const rows = [row('05', null, { status: '..' }), row('04', null, { status: ':' }), row('34', null, { status: '..' }), row('0', null, { status: '¤' })];
    expect(statusExplanations(model('nb', { rows, statuses: ['..', ':', '¤'] }))).to.deep.equal([
      { symbol: '..', text: 'Tall kan ikke offentliggjøres eller er ikke tilgjengelig' },
      { symbol: ':', text: 'Vises ikke av konfidensialitetshensyn' },
      { symbol: '¤', text: 'Symbol brukt av kilden, uten forklaring' },
    ]);
    expect(statusExplanations(model('en', { rows, statuses: ['..', ':', '¤'] })).map((e) => e.text)).to.deep.equal([
      'Data not available',
      'Confidential',
      'Symbol used by the source, without explanation',
    ]);
    expect(statusExplanations(model('nn', { rows: [row('05', 4)] }))).to.deep.equal([]);
  });

  it('explains bounds and approximations', () => {
    expect(qualifierExplanation('atLeast', 'nb')).to.equal(
      'Nedre grense: den faktiske verdien er minst så høy som tallet (kilden skriver for eksempel «over 70» eller «vel 4»).',
    );
    expect(qualifierExplanation('atMost', 'nn')).to.equal('Øvre grense: den faktiske verdien er høgst så høg som talet (kjelda skriv til dømes «under 30»).');
    expect(qualifierExplanation('approx', 'en')).to.equal('Approximate: the source gives the figure as approximate (for example "about 68").');
    const rows = [row('R-gjovik', 70, { qualifier: 'atLeast' }), row('34', 68, { qualifier: 'approx' }), row('05', 4, { qualifier: 'atLeast' })];
    expect(qualifierExplanations(model('nb', { rows })).map((q) => q.qualifier)).to.deep.equal(['atLeast', 'approx']);
  });
});

describe('messages', () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every string in all three languages, with the same placeholders', () => {
    for (const key of keys) {
      for (const lang of LANGS) expect(MESSAGES[key][lang].trim(), `${key}.${lang}`).not.to.equal('');
      expect(placeholders(MESSAGES[key].nn), `${key}.nn`).to.deep.equal(placeholders(MESSAGES[key].nb));
      expect(placeholders(MESSAGES[key].en), `${key}.en`).to.deep.equal(placeholders(MESSAGES[key].nb));
    }
  });

  it('fills placeholders and leaves an unfilled one visible', () => {
    expect(t('nb', 'kpiCompare', { region: 'Norge', value: '12 %' })).to.equal('Mot Norge: 12 %');
    expect(t('en', 'errorDetails', { n: 3 })).to.equal('3 problems in the data');
    expect(t('nn', 'published')).to.equal('publisert {date}');
    expect(t('nb', 'noRegion', { x: 'Hamar' })).to.equal('Ingen tall for Hamar.');
    expect(t('nn', 'qualifier_approx')).to.match(/^Omtrentleg: /);
    expect(t('en', 'copyEmbed')).to.equal('Copy embed code');
  });

  it('has a name for every view and region level the components ask for', () => {
    for (const v of ['chart', 'table', 'map', 'kpi']) expect(Object.hasOwn(MESSAGES, `view_${v}`), v).to.equal(true);
    for (const l of ['country', 'county', 'region', 'municipality', 'other']) expect(Object.hasOwn(MESSAGES, `level_${l}`), l).to.equal(true);
  });
});
