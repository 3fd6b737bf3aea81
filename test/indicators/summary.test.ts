import { expect } from '@open-wc/testing';
import type { Dataset, Lang, Observation, Region } from '../../src/data/types.js';
import { buildViewModel, type ViewModel, type ViewRow, type ViewSelection } from '../../src/indicators/view-model.js';
import { formatPeriod, formatValue } from '../../src/indicators/format.js';
import { summarize } from '../../src/indicators/summary.js';

/** Writes a no-break space as `~` so the expected sentences stay readable. */
const n = (s: string) => s.replace(/~/g, '\u00a0');
const LANGS: Lang[] = ['nb', 'nn', 'en'];

const REGIONS: Region[] = [
  { code: '0', name: 'Norge', names: { nn: 'Noreg', en: 'Norway' }, level: 'country' },
  { code: '04', name: 'Hedmark', level: 'county' },
  { code: '05', name: 'Oppland', level: 'county' },
  { code: '34', name: 'Innlandet', level: 'county' },
  { code: 'R-gjovik', name: 'Gjøvikregionen', names: { en: 'The Gjøvik region' }, level: 'region' },
  {
    code: 'INN-rest',
    name: 'Innlandet utenom Gjøvikregionen',
    names: { nn: 'Innlandet utanom Gjøvikregionen', en: 'Innlandet outside the Gjøvik region' },
    level: 'other',
  },
];

function dataset(observations: Observation[], extra: Partial<Dataset> = {}): Dataset {
  return {
    format: 'innsikt',
    indicators: [],
    regions: REGIONS,
    periods: [...new Set(observations.map((o) => o.period))].sort(),
    measures: [],
    dimensions: [],
    observations,
    sources: [],
    notes: [],
    warnings: [],
    ...extra,
  };
}

const obs = (indicator: string, measure: string, region: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicator,
  measure,
  measureLabel: measure,
  region,
  regionLabel: REGIONS.find((r) => r.code === region)?.name ?? region,
  period,
  value,
  dims: {},
  ...extra,
});

/** Employment change 1990–2002 as report 002 gives it (002_4b4b011be2bef435.txt:368–369). */
const EMPLOYMENT = dataset([
  obs('employment-change', 'change-pct', '0', '1990-2002', 12, { unit: '%', decimals: 1, ref: '002_4b4b011be2bef435.txt:368' }),
  obs('employment-change', 'change-pct', '05', '1990-2002', 4, {
    unit: '%',
    decimals: 1,
    qualifier: 'atLeast',
    qualifierText: 'vel 4 prosent',
    ref: '002_4b4b011be2bef435.txt:369',
  }),
  obs('employment-change', 'change-pct', '04', '1990-2002', 0, {
    unit: '%',
    decimals: 1,
    qualifier: 'approx',
    qualifierText: 'samme antall arbeidsplasser ved utgangen av 2002 som i 1990',
    ref: '002_4b4b011be2bef435.txt:369',
  }),
]);

const view = (ds: Dataset, sel: Omit<ViewSelection, 'lang'>, lang: Lang): ViewModel => buildViewModel(ds, { ...sel, lang });

/** Asserts one sentence per language. */
function says(build: (lang: Lang) => ViewModel, expected: Record<Lang, string>): void {
  for (const lang of LANGS) expect(summarize(build(lang)), lang).to.equal(n(expected[lang]));
}

// Hand-built models for the cases a small dataset does not reach: every field of a real model, rows replaced.
const EMPTY_DS = dataset([]);
function model(lang: Lang, over: Partial<ViewModel> & Pick<ViewModel, 'indicator' | 'measure' | 'chart' | 'rows'>): ViewModel {
  const base = buildViewModel(EMPTY_DS, { indicator: over.indicator, lang });
  const m: ViewModel = { ...base, unit: '%', decimals: 1, focus: [], totals: [], ...over, lang };
  delete m.empty;
  return m;
}

interface RowSpec {
  region: string;
  label?: Partial<Record<Lang, string>> | string;
  period: string;
  value: number | null;
  extra?: Partial<ViewRow>;
}

function rowsFor(lang: Lang, unit: string, specs: RowSpec[], focus: string[] = [], compare?: string): ViewRow[] {
  return specs.map(({ region, label, period, value, extra = {} }) => {
    const name =
      typeof label === 'string'
        ? label
        : (label?.[lang] ?? label?.nb ?? REGIONS.find((r) => r.code === region)?.names?.[lang] ?? REGIONS.find((r) => r.code === region)?.name ?? region);
    const v = {
      value,
      unit,
      ...(extra.qualifier ? { qualifier: extra.qualifier } : {}),
      ...(extra.qualifierText ? { qualifierText: extra.qualifierText } : {}),
      ...(extra.status ? { status: extra.status } : {}),
    };
    return {
      region,
      regionLabel: name,
      period,
      periodLabel: formatPeriod(period, lang),
      value,
      label: formatValue(v, lang),
      shortLabel: formatValue(v, lang, { compact: true }),
      isComparison: region === compare,
      isFocus: focus.includes(region),
      derived: false,
      ...extra,
    };
  });
}

describe('summarize: change-bars', () => {
  it('states the focus region’s change with the source’s hedge word, against Norway', () => {
    says((lang) => view(EMPLOYMENT, { indicator: 'employment-change', regions: ['05'] }, lang), {
      nb: 'Antall arbeidsplasser i Oppland økte med vel 4~prosent fra 1990 til 2002, mot 12~prosent i landet.',
      nn: 'Talet på arbeidsplassar i Oppland auka med vel 4~prosent frå 1990 til 2002, mot 12~prosent i landet.',
      en: 'The number of jobs in Oppland grew by just over 4~per cent from 1990 to 2002, against 12~per cent in Norway.',
    });
  });

  it('says "about unchanged" for Hedmark’s approximate zero, and "unchanged" for an exact one', () => {
    says((lang) => view(EMPLOYMENT, { indicator: 'employment-change', regions: ['04'] }, lang), {
      nb: 'Antall arbeidsplasser i Hedmark var om lag uendret fra 1990 til 2002, mot 12~prosent i landet.',
      nn: 'Talet på arbeidsplassar i Hedmark var om lag uendra frå 1990 til 2002, mot 12~prosent i landet.',
      en: 'The number of jobs in Hedmark was roughly unchanged from 1990 to 2002, against 12~per cent in Norway.',
    });
    const exact = (lang: Lang) =>
      model(lang, {
        indicator: 'employment-change',
        measure: 'change-pct',
        chart: 'change-bars',
        focus: ['04'],
        rows: rowsFor(lang, '%', [{ region: '04', period: '1990-2002', value: 0 }], ['04']),
      });
    says(exact, {
      nb: 'Antall arbeidsplasser i Hedmark var uendret fra 1990 til 2002.',
      nn: 'Talet på arbeidsplassar i Hedmark var uendra frå 1990 til 2002.',
      en: 'The number of jobs in Hedmark was unchanged from 1990 to 2002.',
    });
  });

  it('joins two focus regions under one subject', () => {
    says((lang) => view(EMPLOYMENT, { indicator: 'employment-change', regions: ['05', '04'] }, lang), {
      nb: 'Antall arbeidsplasser økte med vel 4~prosent i Oppland og var om lag uendret i Hedmark fra 1990 til 2002, mot 12~prosent i landet.',
      nn: 'Talet på arbeidsplassar auka med vel 4~prosent i Oppland og var om lag uendra i Hedmark frå 1990 til 2002, mot 12~prosent i landet.',
      en: 'The number of jobs grew by just over 4~per cent in Oppland and was roughly unchanged in Hedmark from 1990 to 2002, against 12~per cent in Norway.',
    });
  });

  it('writes a decline by its size, and a negative comparison with its sign', () => {
    const horten = (lang: Lang) =>
      model(lang, {
        indicator: 'employment-change',
        measure: 'change-pct',
        chart: 'change-bars',
        focus: ['0701'],
        compare: 'NO-rest',
        rows: rowsFor(
          lang,
          '%',
          [
            { region: '0701', label: 'Horten', period: '1997-2005', value: -6.8 },
            { region: 'NO-rest', label: { nb: 'Landet for øvrig', nn: 'Landet elles', en: 'Rest of the country' }, period: '1997-2005', value: -13.6 },
          ],
          ['0701'],
          'NO-rest',
        ),
      });
    says(horten, {
      nb: 'Antall arbeidsplasser i Horten gikk ned med 6,8~prosent fra 1997 til 2005, mot \u221213,6~prosent i landet for øvrig.',
      nn: 'Talet på arbeidsplassar i Horten gjekk ned med 6,8~prosent frå 1997 til 2005, mot \u221213,6~prosent i landet elles.',
      en: 'The number of jobs in Horten fell by 6.8~per cent from 1997 to 2005, against -13.6~per cent in the rest of the country.',
    });
  });

  it('turns a bound round when it writes a fall, and names no direction when the bound leaves it open', () => {
    const one = (value: number, qualifier: 'atLeast' | 'atMost') => (lang: Lang) =>
      model(lang, {
        indicator: 'employment-change',
        measure: 'change-pct',
        chart: 'change-bars',
        focus: ['05'],
        rows: rowsFor(lang, '%', [{ region: '05', period: '1990-2002', value, extra: { qualifier } }], ['05']),
      });
    // "under −5" is a fall of more than 5.
    says(one(-5, 'atMost'), {
      nb: 'Antall arbeidsplasser i Oppland gikk ned med over 5~prosent fra 1990 til 2002.',
      nn: 'Talet på arbeidsplassar i Oppland gjekk ned med over 5~prosent frå 1990 til 2002.',
      en: 'The number of jobs in Oppland fell by over 5~per cent from 1990 to 2002.',
    });
    // "under 3" may be a fall: no "økte".
    says(one(3, 'atMost'), {
      nb: 'Antall arbeidsplasser i Oppland endret seg med under 3~prosent fra 1990 til 2002.',
      nn: 'Talet på arbeidsplassar i Oppland endra seg med under 3~prosent frå 1990 til 2002.',
      en: 'The number of jobs in Oppland changed by under 3~per cent from 1990 to 2002.',
    });
  });

  it('names the highest and lowest region when none is in focus, leaving out the comparison', () => {
    says((lang) => view(EMPLOYMENT, { indicator: 'employment-change' }, lang), {
      nb: 'Fra 1990 til 2002 var endringen i antall arbeidsplasser høyest i Oppland (vel 4~prosent) og lavest i Hedmark (om lag 0~prosent), mot 12~prosent i landet.',
      nn: 'Frå 1990 til 2002 var endringa i talet på arbeidsplassar høgast i Oppland (vel 4~prosent) og lågast i Hedmark (om lag 0~prosent), mot 12~prosent i landet.',
      en: 'From 1990 to 2002, the change in the number of jobs was highest in Oppland (just over 4~per cent) and lowest in Hedmark (about 0~per cent), against 12~per cent in Norway.',
    });
  });

  it('says which figures are missing, with the status symbol’s meaning', () => {
    const gap = dataset([...EMPLOYMENT.observations, obs('employment-change', 'change-pct', '34', '1990-2002', null, { status: ':', unit: '%', decimals: 1 })]);
    says((lang) => view(gap, { indicator: 'employment-change', regions: ['05', '34'] }, lang), {
      nb: 'Antall arbeidsplasser i Oppland økte med vel 4~prosent fra 1990 til 2002, mot 12~prosent i landet; tall mangler for Innlandet (vises ikke av konfidensialitetshensyn).',
      nn: 'Talet på arbeidsplassar i Oppland auka med vel 4~prosent frå 1990 til 2002, mot 12~prosent i landet; tal manglar for Innlandet (blir ikkje vist av omsyn til konfidensialitet).',
      en: 'The number of jobs in Oppland grew by just over 4~per cent from 1990 to 2002, against 12~per cent in Norway; figures are missing for Innlandet (confidential).',
    });
  });

  it('says what the comparison shows when the focus region has no figure', () => {
    const gap = (lang: Lang) =>
      model(lang, {
        indicator: 'employment-change',
        measure: 'change-pct',
        chart: 'change-bars',
        focus: ['05'],
        compare: '0',
        rows: rowsFor(
          lang,
          '%',
          [
            { region: '05', period: '1990-2002', value: null, extra: { status: '..' } },
            { region: '0', period: '1990-2002', value: 12 },
          ],
          ['05'],
          '0',
        ),
      });
    says(gap, {
      nb: 'Antall arbeidsplasser i landet økte med 12~prosent fra 1990 til 2002; tall mangler for Oppland (tall kan ikke offentliggjøres eller er ikke tilgjengelig).',
      nn: 'Talet på arbeidsplassar i landet auka med 12~prosent frå 1990 til 2002; tal manglar for Oppland (tal kan ikkje offentleggjerast eller er ikkje tilgjengeleg).',
      en: 'The number of jobs in Norway grew by 12~per cent from 1990 to 2002; figures are missing for Oppland (data not available).',
    });
    const none = (lang: Lang) => ({ ...gap(lang), rows: gap(lang).rows.slice(0, 1) });
    says(none, {
      nb: 'Tall mangler for Oppland fra 1990 til 2002 (tall kan ikke offentliggjøres eller er ikke tilgjengelig).',
      nn: 'Tal manglar for Oppland frå 1990 til 2002 (tal kan ikkje offentleggjerast eller er ikkje tilgjengeleg).',
      en: 'Figures are missing for Oppland from 1990 to 2002 (data not available).',
    });
  });
});

describe('summarize: level-bars and differences', () => {
  const VALUE_CREATION = dataset([
    obs('value-creation', 'grp', '34', '2000', 68, {
      unit: 'mrd. kr',
      decimals: 1,
      qualifier: 'approx',
      qualifierText: 'ca. 68 mrd. kroner',
      ref: '002_4b4b011be2bef435.txt:363',
    }),
  ]);

  it('writes a level with its unit in words and the source’s "ca."', () => {
    const en = dataset(VALUE_CREATION.observations.map((o) => ({ ...o, unit: 'NOK billion' })));
    says((lang) => view(lang === 'en' ? en : VALUE_CREATION, { indicator: 'value-creation', regions: ['34'] }, lang), {
      nb: 'Bruttoregionproduktet i Innlandet var ca. 68~mrd. kroner i 2000.',
      nn: 'Bruttoregionproduktet i Innlandet var ca. 68~mrd. kroner i 2000.',
      en: 'Gross regional product in Innlandet was about NOK~68~billion in 2000.',
    });
  });

  const PER_CAPITA = (lang: Lang, focus: string[] = []) =>
    model(lang, {
      indicator: 'state-transfers',
      measure: 'per-capita-index',
      chart: 'level-bars',
      unit: lang === 'en' ? 'index' : 'indeks',
      decimals: 0,
      focus,
      compare: '0',
      rows: rowsFor(
        lang,
        'indeks',
        [
          { region: '05', period: '2000', value: 109 },
          { region: '04', period: '2000', value: 108 },
          { region: '0', period: '2000', value: 100 },
        ],
        focus,
        '0',
      ),
    });

  it('names the highest and lowest level against the comparison', () => {
    says((lang) => PER_CAPITA(lang), {
      nb: 'I 2000 var indeksen for statlige overføringer per innbygger høyest i Oppland (109) og lavest i Hedmark (108), mot 100 i landet.',
      nn: 'I 2000 var indeksen for statlege overføringar per innbyggjar høgast i Oppland (109) og lågast i Hedmark (108), mot 100 i landet.',
      en: 'In 2000, the index of state transfers per inhabitant was highest in Oppland (109) and lowest in Hedmark (108), against 100 in Norway.',
    });
    says((lang) => PER_CAPITA(lang, ['05']), {
      nb: 'Indeksen for statlige overføringer per innbygger i Oppland var 109 i 2000, mot 100 i landet.',
      nn: 'Indeksen for statlege overføringar per innbyggjar i Oppland var 109 i 2000, mot 100 i landet.',
      en: 'The index of state transfers per inhabitant in Oppland was 109 in 2000, against 100 in Norway.',
    });
  });

  it('does not call a region highest when a lower bound leaves the order open', () => {
    const m = (lang: Lang) =>
      model(lang, {
        indicator: 'value-creation',
        measure: 'grp',
        chart: 'level-bars',
        unit: 'mrd. kr',
        decimals: 0,
        rows: rowsFor(lang, 'mrd. kr', [
          { region: '05', period: '2000', value: 75 },
          { region: '04', period: '2000', value: 70, extra: { qualifier: 'atLeast' } },
          { region: '34', period: '2000', value: 20 },
        ]),
      });
    says(m, {
      nb: 'I 2000 var bruttoregionproduktet lavest i Innlandet (20~mrd. kroner).',
      nn: 'I 2000 var bruttoregionproduktet lågast i Innlandet (20~mrd. kroner).',
      en: 'In 2000, gross regional product was lowest in Innlandet (NOK~20~billion).',
    });
    // "under 30" may be below 25: only the highest is certain.
    const upper = (lang: Lang) => ({
      ...m(lang),
      rows: rowsFor(lang, 'mrd. kr', [
        { region: '05', period: '2000', value: 90 },
        { region: '04', period: '2000', value: 30, extra: { qualifier: 'atMost' } },
        { region: '34', period: '2000', value: 25 },
      ]),
    });
    says(upper, {
      nb: 'I 2000 var bruttoregionproduktet høyest i Oppland (90~mrd. kroner).',
      nn: 'I 2000 var bruttoregionproduktet høgast i Oppland (90~mrd. kroner).',
      en: 'In 2000, gross regional product was highest in Oppland (NOK~90~billion).',
    });
  });

  it('writes a difference from the national average above or below it', () => {
    const dev = (value: number) => (lang: Lang) =>
      model(lang, {
        indicator: 'state-transfers',
        measure: 'per-capita-vs-national',
        chart: 'change-bars',
        decimals: 0,
        focus: ['05'],
        rows: rowsFor(lang, '%', [{ region: '05', period: '2000', value, extra: { ref: '002_4b4b011be2bef435.txt:533' } }], ['05']),
      });
    says(dev(9), {
      nb: 'Statlige overføringer per innbygger i Oppland lå 9~prosent over landsgjennomsnittet i 2000.',
      nn: 'Statlege overføringar per innbyggjar i Oppland låg 9~prosent over landsgjennomsnittet i 2000.',
      en: 'The level of state transfers per inhabitant in Oppland was 9~per cent above the national average in 2000.',
    });
    says(dev(-3), {
      nb: 'Statlige overføringer per innbygger i Oppland lå 3~prosent under landsgjennomsnittet i 2000.',
      nn: 'Statlege overføringar per innbyggjar i Oppland låg 3~prosent under landsgjennomsnittet i 2000.',
      en: 'The level of state transfers per inhabitant in Oppland was 3~per cent below the national average in 2000.',
    });
  });
});

describe('summarize: share-bars', () => {
  const RD = dataset([
    obs('rd-share', 'share-inhouse', 'R-gjovik', '2004', 70, {
      unit: '%',
      qualifier: 'atLeast',
      qualifierText: 'over 70 prosent',
      ref: '002_4b4b011be2bef435.txt:484',
    }),
    obs('rd-share', 'share-inhouse', 'INN-rest', '2004', 30, { unit: '%', qualifier: 'atMost', derived: true, ref: '002_4b4b011be2bef435.txt:484' }),
  ]);

  it('says what share the largest region stands for, and the rest', () => {
    says((lang) => view(RD, { indicator: 'rd-share' }, lang), {
      nb: 'Gjøvikregionen sto for over 70~prosent av egenutført FoU i Innlandet i 2004, og Innlandet utenom Gjøvikregionen for under 30~prosent.',
      nn: 'Gjøvikregionen stod for over 70~prosent av eigenutført FoU i Innlandet i 2004, og Innlandet utanom Gjøvikregionen for under 30~prosent.',
      en: 'The Gjøvik region accounted for over 70~per cent of in-house R&D in Innlandet in 2004, and Innlandet outside the Gjøvik region for under 30~per cent.',
    });
    says((lang) => view(RD, { indicator: 'rd-share', regions: ['R-gjovik'] }, lang), {
      nb: 'Gjøvikregionen sto for over 70~prosent av egenutført FoU i Innlandet i 2004.',
      nn: 'Gjøvikregionen stod for over 70~prosent av eigenutført FoU i Innlandet i 2004.',
      en: 'The Gjøvik region accounted for over 70~per cent of in-house R&D in Innlandet in 2004.',
    });
  });
});

describe('summarize: part-of-whole', () => {
  const types = [
    { code: 'total', label: { nb: 'Totalt', en: 'Total' } },
    { code: 'personal', label: { nb: 'Personrettede overføringer', nn: 'Personretta overføringar', en: 'Personal transfers' } },
    { code: 'municipal-sector', label: { nb: 'Kommunesektoren', nn: 'Kommunesektoren', en: 'Municipal sector' } },
    { code: 'state-wages', label: { nb: 'Statlige lønninger', nn: 'Statlege lønningar', en: 'State wages' } },
    { code: 'business', label: { nb: 'Næringsoverføringer', nn: 'Næringsoverføringar', en: 'Business transfers' } },
  ];
  const amount = (type: string, value: number, line: number) =>
    obs('state-transfers', 'amount', '34', '2000', value, { unit: 'mrd. kr', decimals: 1, dims: { type }, ref: `002_4b4b011be2bef435.txt:${line}` });
  const parts = [amount('personal', 15.2, 529), amount('municipal-sector', 8.8, 529), amount('state-wages', 2.8, 530), amount('business', 3.2, 532)];
  const withTotal = dataset([amount('total', 30.1, 528), ...parts], { dimensions: [{ id: 'type', label: 'Type', categories: types }] });
  const withoutTotal = dataset(parts, { dimensions: [{ id: 'type', label: 'Type', categories: types }] });
  const en = (ds: Dataset) =>
    dataset(
      ds.observations.map((o) => ({ ...o, unit: 'NOK billion' })),
      { dimensions: ds.dimensions },
    );

  it('names the whole as the source gives it and the largest part with its share', () => {
    says((lang) => view(lang === 'en' ? en(withTotal) : withTotal, { indicator: 'state-transfers' }, lang), {
      nb: 'Av 30,1~mrd. kroner i statlige overføringer til Innlandet i 2000 var 15,2~mrd. kroner (50~prosent) personrettede overføringer.',
      nn: 'Av 30,1~mrd. kroner i statlege overføringar til Innlandet i 2000 var 15,2~mrd. kroner (50~prosent) personretta overføringar.',
      en: 'Of NOK~30.1~billion in state transfers to Innlandet in 2000, NOK~15.2~billion (50~per cent) was personal transfers.',
    });
  });

  it('adds the parts up, and says so, when the feed has no total', () => {
    says((lang) => view(lang === 'en' ? en(withoutTotal) : withoutTotal, { indicator: 'state-transfers' }, lang), {
      nb: 'Av til sammen 30~mrd. kroner i statlige overføringer til Innlandet i 2000 var 15,2~mrd. kroner (51~prosent) personrettede overføringer.',
      nn: 'Av til saman 30~mrd. kroner i statlege overføringar til Innlandet i 2000 var 15,2~mrd. kroner (51~prosent) personretta overføringar.',
      en: 'Of a total of NOK~30~billion in state transfers to Innlandet in 2000, NOK~15.2~billion (51~per cent) was personal transfers.',
    });
  });

  it('does not add up parts when one is missing', () => {
    const gap = dataset([...parts.slice(0, 3), { ...parts[3]!, value: null, status: '..' }], {
      dimensions: [{ id: 'type', label: 'Type', categories: types }],
    });
    says((lang) => view(lang === 'en' ? en(gap) : gap, { indicator: 'state-transfers' }, lang), {
      nb: 'Den største delen av statlige overføringer til Innlandet i 2000 var personrettede overføringer med 15,2~mrd. kroner; tall mangler for næringsoverføringer (tall kan ikke offentliggjøres eller er ikke tilgjengelig).',
      nn: 'Den største delen av statlege overføringar til Innlandet i 2000 var personretta overføringar med 15,2~mrd. kroner; tal manglar for næringsoverføringar (tal kan ikkje offentleggjerast eller er ikkje tilgjengeleg).',
      en: 'The largest part of state transfers to Innlandet in 2000 was personal transfers, with NOK~15.2~billion; figures are missing for business transfers (data not available).',
    });
  });
});

describe('summarize: index-lines', () => {
  const lines = (lang: Lang, start = 100, focus = ['0701']) =>
    model(lang, {
      indicator: 'employment-change',
      measure: 'index',
      chart: 'index-lines',
      unit: lang === 'en' ? 'index' : 'indeks',
      focus,
      compare: 'NO-rest',
      rows: rowsFor(
        lang,
        'indeks',
        [
          { region: '0701', label: 'Horten', period: '1998', value: start },
          { region: '0701', label: 'Horten', period: '2002', value: 75.1 },
          { region: '0701', label: 'Horten', period: '2005', value: 101.6 },
          { region: '0101', label: 'Halden', period: '1998', value: 100 },
          { region: '0101', label: 'Halden', period: '2005', value: 92 },
          { region: 'NO-rest', label: { nb: 'Landet for øvrig', nn: 'Landet elles', en: 'Rest of the country' }, period: '1998', value: 100 },
          { region: 'NO-rest', label: { nb: 'Landet for øvrig', nn: 'Landet elles', en: 'Rest of the country' }, period: '2005', value: 80.7 },
        ],
        focus,
        'NO-rest',
      ),
    });

  it('goes from 100 in the start year to the end year, against the comparison', () => {
    says((lang) => lines(lang), {
      nb: 'Målt som indeks (1998 = 100) gikk antall arbeidsplasser i Horten fra 100 i 1998 til 101,6 i 2005, mot 80,7 i landet for øvrig.',
      nn: 'Målt som indeks (1998 = 100) gjekk talet på arbeidsplassar i Horten frå 100 i 1998 til 101,6 i 2005, mot 80,7 i landet elles.',
      en: 'As an index (1998 = 100), the number of jobs in Horten went from 100 in 1998 to 101.6 in 2005, against 80.7 in the rest of the country.',
    });
  });

  it('does not claim a base year when the line does not start at 100', () => {
    says((lang) => lines(lang, 96.5), {
      nb: 'Antall arbeidsplasser i Horten gikk fra 96,5 i 1998 til 101,6 i 2005, mot 80,7 i landet for øvrig.',
      nn: 'Talet på arbeidsplassar i Horten gjekk frå 96,5 i 1998 til 101,6 i 2005, mot 80,7 i landet elles.',
      en: 'The number of jobs in Horten went from 96.5 in 1998 to 101.6 in 2005, against 80.7 in the rest of the country.',
    });
  });

  it('compares where several lines end', () => {
    says((lang) => lines(lang, 100, []), {
      nb: 'Målt som indeks (1998 = 100) var antall arbeidsplasser i 2005 høyest i Horten (101,6) og lavest i Halden (92), mot 80,7 i landet for øvrig.',
      nn: 'Målt som indeks (1998 = 100) var talet på arbeidsplassar i 2005 høgast i Horten (101,6) og lågast i Halden (92), mot 80,7 i landet elles.',
      en: 'As an index (1998 = 100), the number of jobs in 2005 was highest in Horten (101.6) and lowest in Halden (92), against 80.7 in the rest of the country.',
    });
  });
});

describe('summarize: diverging-bars', () => {
  it('writes an approximate count with the source’s "rundt" and no doubled unit', () => {
    const m = (lang: Lang) =>
      model(lang, {
        indicator: 'commuting',
        measure: 'in',
        chart: 'diverging-bars',
        unit: lang === 'en' ? 'persons' : 'personer',
        decimals: 0,
        focus: ['3443'],
        rows: rowsFor(
          lang,
          'personer',
          [
            {
              region: '3443',
              label: 'Vestre Toten',
              period: '2005',
              value: 1000,
              extra: { qualifier: 'approx', qualifierText: 'Rundt 1000 personer pendler inn' },
            },
          ],
          ['3443'],
        ),
      });
    says(m, {
      nb: 'Antall innpendlere til Vestre Toten var rundt 1~000 i 2005.',
      nn: 'Talet på innpendlarar til Vestre Toten var rundt 1~000 i 2005.',
      en: 'The number of in-commuters to Vestre Toten was around 1,000 in 2005.',
    });
  });

  it('lists in, out and net for one region', () => {
    const m = (lang: Lang) =>
      model(lang, {
        indicator: 'commuting',
        measure: 'flows',
        measureLabel: { nb: 'Pendling', nn: 'Pendling', en: 'Commuting' }[lang],
        chart: 'diverging-bars',
        unit: '',
        decimals: 0,
        seriesDimension: 'flow',
        focus: ['3443'],
        rows: rowsFor(
          lang,
          '',
          [
            {
              region: '3443',
              label: 'Vestre Toten',
              period: '2005',
              value: 1200,
              extra: { series: 'in', seriesLabel: { nb: 'Innpendlere', nn: 'Innpendlarar', en: 'In-commuters' }[lang] },
            },
            {
              region: '3443',
              label: 'Vestre Toten',
              period: '2005',
              value: 3400,
              extra: { series: 'out', seriesLabel: { nb: 'Utpendlere', nn: 'Utpendlarar', en: 'Out-commuters' }[lang] },
            },
            {
              region: '3443',
              label: 'Vestre Toten',
              period: '2005',
              value: -2200,
              extra: { series: 'net', seriesLabel: { nb: 'Netto', nn: 'Netto', en: 'Net' }[lang] },
            },
          ],
          ['3443'],
        ),
      });
    says(m, {
      nb: 'Pendling i Vestre Toten i 2005: innpendlere 1~200, utpendlere 3~400 og netto \u22122~200.',
      nn: 'Pendling i Vestre Toten i 2005: innpendlarar 1~200, utpendlarar 3~400 og netto \u22122~200.',
      en: 'Commuting in Vestre Toten in 2005: in-commuters 1,200, out-commuters 3,400 and net -2,200.',
    });
  });
});

describe('summarize: an indicator the project has no wording for', () => {
  it('heads the sentence with the measure label, so that no verb has to agree with it', () => {
    const m = (lang: Lang) =>
      model(lang, {
        indicator: 'population',
        measure: 'persons',
        measureLabel: { nb: 'Endring i folketall', nn: 'Endring i folketal', en: 'Population change' }[lang],
        chart: 'level-bars',
        focus: ['34'],
        rows: rowsFor(lang, '%', [{ region: '34', period: '2010-2020', value: 2.5 }], ['34']),
      });
    says(m, {
      nb: 'Endring i folketall i Innlandet, 2010–2020: 2,5~prosent.',
      nn: 'Endring i folketal i Innlandet, 2010–2020: 2,5~prosent.',
      en: 'Population change in Innlandet, 2010–2020: 2.5~per cent.',
    });
  });
});

describe('summarize: empty models', () => {
  it('returns what the model says is missing', () => {
    for (const lang of LANGS) {
      const m = view(EMPLOYMENT, { indicator: 'rd-share' }, lang);
      expect(m.empty, lang).to.be.a('string').and.not.equal('');
      expect(summarize(m), lang).to.equal(m.empty);
    }
  });

  it('never returns an empty string', () => {
    for (const lang of LANGS) {
      const m = model(lang, { indicator: 'employment-change', measure: 'change-pct', chart: 'change-bars', rows: [] });
      expect(summarize(m), lang).to.equal({ nb: 'Ingen tall å vise.', nn: 'Ingen tal å vise.', en: 'No figures to show.' }[lang]);
    }
  });
});
