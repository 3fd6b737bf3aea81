import { expect } from '@open-wc/testing';
import { parseJsonStat } from '../../src/data/jsonstat.js';
import { parseCsv } from '../../src/data/csv.js';
import { comparePeriods, periodParts } from '../../src/data/period.js';
import { feedName } from '../../src/data/feed-name.js';
import { columnLabel } from '../../src/data/column-label.js';

/*
 * Issue 15: statistics tables nobody wrote for Innsikt. Each hand-written document copies the shape of a real
 * download (named in the test); the real Statistics Norway files in ../shared are tested in test/indicators/tables.test.ts.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A JSON-stat 2.0 dimension with codes in order and labels. */
function dim(label: string, codes: string[], labels: string[] = codes, extra: Json = {}): Json {
  return { label, category: { index: codes, label: Object.fromEntries(codes.map((c, k) => [c, labels[k]])), ...extra } };
}

describe('Tables with no region dimension (issue 15)', () => {
  it("reads Statistics Finland's quarterly GDP shape (Vuosineljännes × Taloustoimi × Tiedot, 2023Q1 codes) as figures with no region", () => {
    // Shape of a StatFin PxWeb JSON-stat 2.0 answer (table 11sj): no geo role, time as "Vuosineljännes".
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Supply and demand, quarterly',
      source: 'Statistics Finland',
      id: ['Vuosineljännes', 'Taloustoimi', 'Tiedot'],
      size: [3, 1, 1],
      dimension: {
        Vuosineljännes: dim('Quarter', ['2023Q3', '2023Q4', '2024Q1']),
        Taloustoimi: dim('Transaction', ['B1GMH'], ['GDP at market prices']),
        Tiedot: dim('Information', ['kausitvv2015'], ['Seasonally adjusted, reference year 2015, millions of euro'], {
          unit: { kausitvv2015: { base: 'EUR million', decimals: 0 } },
        }),
      },
      role: { time: ['Vuosineljännes'], metric: ['Tiedot'] },
      value: [63512, 63210, 63305],
    });
    expect(ds.regions).to.deep.equal([]);
    expect(ds.periods).to.deep.equal(['2023Q3', '2023Q4', '2024Q1']);
    expect(ds.observations.map((o) => [o.region, o.period, o.value])).to.deep.equal([
      ['', '2023Q3', 63512],
      ['', '2023Q4', 63210],
      ['', '2024Q1', 63305],
    ]);
  });

  it("reads Statistics Norway's monthly CPI shape (Konsumgrp × ContentsCode × Tid, 2024M07 codes) as figures for the whole country", () => {
    // Shape of SSB table 03013 (konsumprisindeks) from PxWebApi v2: no Region dimension.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: '03013: Konsumprisindeks, etter konsumgruppe, statistikkvariabel og måned',
      source: 'Statistisk sentralbyrå',
      id: ['Konsumgrp', 'ContentsCode', 'Tid'],
      size: [1, 1, 2],
      dimension: {
        Konsumgrp: dim('konsumgruppe', ['TOTAL'], ['Totalindeks']),
        ContentsCode: dim('statistikkvariabel', ['KpiIndMnd'], ['Konsumprisindeks (2015=100)'], { unit: { KpiIndMnd: { base: 'indeks', decimals: 1 } } }),
        Tid: dim('måned', ['2024M07', '2024M06']),
      },
      role: { time: ['Tid'], metric: ['ContentsCode'] },
      value: [136.2, 135.1],
    });
    expect(ds.regions).to.deep.equal([{ code: '0', name: 'Hele landet', level: 'country' }]);
    expect(ds.periods).to.deep.equal(['2024M06', '2024M07']);
    expect(ds.observations.map((o) => [o.region, o.period, o.value, o.decimals])).to.deep.equal([
      ['0', '2024M07', 136.2, 1],
      ['0', '2024M06', 135.1, 1],
    ]);
  });

  it('uses a time dimension\'s labels as the periods when its codes are opaque and its labels years (CSO PxStat\'s CI_0000001 "2011")', () => {
    // Shape of a CSO Ireland PxStat JSON-stat 2.0 answer: the time dimension's codes are ids, the labels the census years.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Population at Each Census',
      source: 'Central Statistics Office, Ireland',
      id: ['STATISTIC', 'TLIST(A1)', 'C02199V02655'],
      size: [1, 2, 2],
      dimension: {
        STATISTIC: dim('Statistic', ['FY001'], ['Population'], { unit: { FY001: { label: 'Number', decimals: 0 } } }),
        'TLIST(A1)': dim('Census Year', ['CI_0000001', 'CI_0000002'], ['2011', '2016']),
        C02199V02655: dim('Sex', ['-', '1'], ['Both sexes', 'Male']),
      },
      role: { time: ['TLIST(A1)'], metric: ['STATISTIC'] },
      value: [4588252, 2272699, 4761865, 2354428],
    });
    expect(ds.periods).to.deep.equal(['2011', '2016']);
    expect(ds.observations.map((o) => [o.region, o.period, o.dims['C02199V02655'], o.value])).to.deep.equal([
      ['', '2011', '-', 4588252],
      ['', '2011', '1', 2272699],
      ['', '2016', '-', 4761865],
      ['', '2016', '1', 2354428],
    ]);
  });
});

describe('Eurostat JSON-stat (issue 15)', () => {
  it('reads geo × time with the unit stated in a "unit" dimension of one category (a short one after each figure, a long one with the label)', () => {
    // Shape of a Eurostat API answer (prc_hicp_aind): freq × unit × coicop × geo × time, no role object.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'HICP - annual data (average index and rate of change)',
      source: 'ESTAT',
      id: ['freq', 'unit', 'coicop', 'geo', 'time'],
      size: [1, 1, 1, 2, 2],
      dimension: {
        freq: dim('Time frequency', ['A'], ['Annual']),
        unit: dim('Unit of measure', ['INX_A_AVG'], ['Annual average index']),
        coicop: dim('Classification of individual consumption by purpose (COICOP)', ['CP00'], ['All-items HICP']),
        geo: dim('Geopolitical entity (reporting)', ['NO', 'SE'], ['Norway', 'Sweden']),
        time: dim('Time', ['2022', '2023']),
      },
      value: [131.1, 137.6, 123.5, 131.6],
    });
    expect(ds.measures[0]!.label).to.equal('HICP - annual data (average index and rate of change) (Annual average index)');
    expect(ds.observations.map((o) => [o.region, o.regionLabel, o.period, o.value])).to.deep.equal([
      ['NO', 'Norway', '2022', 131.1],
      ['NO', 'Norway', '2023', 137.6],
      ['SE', 'Sweden', '2022', 123.5],
      ['SE', 'Sweden', '2023', 131.6],
    ]);
    const short = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'GDP and main components',
      source: 'ESTAT',
      id: ['unit', 'geo', 'time'],
      size: [1, 1, 1],
      dimension: {
        unit: dim('Unit of measure', ['CP_MEUR'], ['Million euro']),
        geo: dim('Geopolitical entity', ['NO'], ['Norway']),
        time: dim('Time', ['2023']),
      },
      value: [450000],
    });
    expect(short.measures[0]).to.deep.include({ label: 'GDP and main components', unit: 'Million euro' });
  });
});

describe("Regions coded the statistics office's own way (issue 15)", () => {
  it('keeps TOTAL "Hele landet" and a classification\'s "12" "Innlandet" as codes, the whole country marked as such', () => {
    // Shape of an SSB PxWebApi v2 table on another classification (e.g. a KOSTRA or regional-council grouping).
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: '99999: Sysselsatte, etter region og år',
      source: 'Statistisk sentralbyrå',
      id: ['Region', 'Tid'],
      size: [3, 1],
      dimension: { Region: dim('region', ['TOTAL', '12', '130'], ['Hele landet', 'Innlandet', 'Gjøvikregionen']), Tid: dim('år', ['2023']) },
      role: { time: ['Tid'], geo: ['Region'] },
      value: [2900000, 190000, 35000],
    });
    expect(ds.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['TOTAL', 'Hele landet', 'country'],
      ['12', 'Innlandet', 'county'],
      ['130', 'Gjøvikregionen', 'other'],
    ]);
  });

  it('never reads a city district\'s two-digit code ("01" Gamle Oslo) as a county', () => {
    // Shape of SSB's Oslo city-district tables: a "Bydel" dimension with the districts' own numbers.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Befolkning i Oslo, etter bydel og år',
      source: 'Statistisk sentralbyrå',
      id: ['Bydel', 'Tid'],
      size: [2, 1],
      dimension: { Bydel: dim('bydel', ['01', '02'], ['Gamle Oslo', 'Grünerløkka']), Tid: dim('år', ['2024']) },
      role: { time: ['Tid'], geo: ['Bydel'] },
      value: [63000, 65000],
    });
    expect(ds.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['01', 'Gamle Oslo', 'other'],
      ['02', 'Grünerløkka', 'other'],
    ]);
  });
});

describe('Periods as statistics offices write them (issue 15)', () => {
  it('reads years, spans, quarters, months, weeks and half years in their Nordic and ISO forms', () => {
    expect(periodParts('2024')).to.deep.equal({ start: 2024, end: 2024, sub: 0, kind: 'year' });
    expect(periodParts('2019-2023')).to.deep.equal({ start: 2019, end: 2023, sub: 0, kind: 'span' });
    expect(periodParts('2024K3')).to.deep.equal({ start: 2024, end: 2024, sub: 3, kind: 'quarter' });
    expect(periodParts('2024Q3')).to.deep.equal({ start: 2024, end: 2024, sub: 3, kind: 'quarter' });
    expect(periodParts('2024-Q3')).to.deep.equal({ start: 2024, end: 2024, sub: 3, kind: 'quarter' });
    expect(periodParts('2024M07')).to.deep.equal({ start: 2024, end: 2024, sub: 7, kind: 'month' });
    expect(periodParts('2024-07')).to.deep.equal({ start: 2024, end: 2024, sub: 7, kind: 'month' });
    expect(periodParts('2024U05')).to.deep.equal({ start: 2024, end: 2024, sub: 5, kind: 'week' });
    expect(periodParts('2024W05')).to.deep.equal({ start: 2024, end: 2024, sub: 5, kind: 'week' });
    expect(periodParts('2020H1')).to.deep.equal({ start: 2020, end: 2020, sub: 1, kind: 'half' });
    for (const bad of ['2024K5', '2024M13', '2024U54', '2023-2019', 'CI_0000001', '20245', `${'2'.repeat(30)}`])
      expect(periodParts(bad), bad).to.equal(undefined);
  });

  it('orders weeks, months and quarters in time (not as text: 2024U10 after 2024U9)', () => {
    expect(['2024U10', '2024U9', '2023U52'].sort(comparePeriods)).to.deep.equal(['2023U52', '2024U9', '2024U10']);
    expect(['2024M10', '2024M2', '2024M01'].sort(comparePeriods)).to.deep.equal(['2024M01', '2024M2', '2024M10']);
  });
});

describe('Names of files and columns (issue 15)', () => {
  it('names a feed by its host and file (the source line\'s "Kilde: example.org/pendling.csv", not "Kilde: CSV")', () => {
    expect(feedName('https://www.innlandetfylke.no/data/pendling_2022.csv?v=3#x')).to.equal('www.innlandetfylke.no/pendling_2022.csv');
    expect(feedName('data/befolkning%20kommuner.csv')).to.equal('befolkning kommuner.csv');
    expect(feedName('data:text/csv,a;b')).to.equal('');
  });

  it('makes raw column names readable and pulls out the unit', () => {
    expect(columnLabel('bruttoprodukt_basisverdi_lopende_priser_mill_kr')).to.deep.equal({
      label: 'Bruttoprodukt basisverdi lopende priser',
      unit: 'mill. kr',
    });
    expect(columnLabel('SysselBosted_11618')).to.deep.equal({ label: 'Syssel bosted' });
    expect(columnLabel('Bruttoprodukt (mill. kr)')).to.deep.equal({ label: 'Bruttoprodukt', unit: 'mill. kr' });
    expect(columnLabel('Andel aleneboende (2025)')).to.deep.equal({ label: 'Andel aleneboende (2025)' });
    expect(columnLabel('Sysselsatte personer')).to.deep.equal({ label: 'Sysselsatte personer' });
  });
});

describe('Statbank CSV in "matrix" layout (issue 15)', () => {
  it('reads a measure row above a year row, under a title padded with delimiters, with trailing empty cells', () => {
    // Shape of a Statbank "CSV (semikolonseparert) med overskrifter" download of table 11616 in matrix layout.
    const csv = [
      '"11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år";;;;;',
      ';;;;;',
      '"region";"Sysselsatte personer bosatt i regionen";"Sysselsatte personer bosatt i regionen";"Personer som pendler inn i regionen";"Personer som pendler inn i regionen";',
      '"";"2020";"2021";"2020";"2021";',
      '"3401 Kongsvinger";8046;8100;2991;3000;',
      '"3403 Hamar";15915;16010;11254;11300;',
      '"Kilde: Statistisk sentralbyrå";;;;;',
    ].join('\r\n');
    const ds = parseCsv(csv);
    expect(ds.title).to.equal('11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år');
    expect(ds.periods).to.deep.equal(['2020', '2021']);
    expect(ds.measures.map((m) => m.label)).to.deep.equal(['Sysselsatte personer bosatt i regionen', 'Personer som pendler inn i regionen']);
    expect(ds.observations.filter((o) => o.region === '3403').map((o) => [o.measureLabel, o.period, o.value])).to.deep.equal([
      ['Sysselsatte personer bosatt i regionen', '2020', 15915],
      ['Sysselsatte personer bosatt i regionen', '2021', 16010],
      ['Personer som pendler inn i regionen', '2020', 11254],
      ['Personer som pendler inn i regionen', '2021', 11300],
    ]);
    expect(ds.notes.map((n) => n.text)).to.deep.equal(['Kilde: Statistisk sentralbyrå']);
    expect(ds.warnings).to.deep.equal([]);
  });

  it('reads a measure written once above its years (the cells after it empty)', () => {
    // Shape of a Statbank matrix download opened and saved again in a spreadsheet (merged measure cells).
    const csv = 'region;Sysselsatte;;Innpendlere;\n;2022;2023;2022;2023\n3401 Kongsvinger;8046;8100;2991;3000\n';
    const ds = parseCsv(csv);
    expect(ds.observations.map((o) => [o.measureLabel, o.period, o.value])).to.deep.equal([
      ['Sysselsatte', '2022', 8046],
      ['Sysselsatte', '2023', 8100],
      ['Innpendlere', '2022', 2991],
      ['Innpendlere', '2023', 3000],
    ]);
  });

  it('reads a year row above a measure row, each year written once above its measures', () => {
    // Shape of a Statbank matrix download pivoted with the years as the outer heading.
    const csv = 'region;2022;;2023;\n;Sysselsatte;Innpendlere;Sysselsatte;Innpendlere\n3401 Kongsvinger;8046;2991;8100;3000\n';
    const ds = parseCsv(csv);
    expect(ds.observations.map((o) => [o.measureLabel, o.period, o.value])).to.deep.equal([
      ['Sysselsatte', '2022', 8046],
      ['Innpendlere', '2022', 2991],
      ['Sysselsatte', '2023', 8100],
      ['Innpendlere', '2023', 3000],
    ]);
  });

  it('reads stub columns named in the year row, under a measure row that leaves them empty', () => {
    // Shape of a Statbank matrix download with two stub variables (region and sex) and the measure as the heading.
    const csv = ';;Sysselsatte;Sysselsatte\nregion;kjønn;2020;2021\n3401 Kongsvinger;Menn;4200;4250\n3401 Kongsvinger;Kvinner;3846;3850\n';
    const ds = parseCsv(csv);
    expect(ds.dimensions.map((d) => d.label)).to.deep.equal(['kjønn']);
    expect(ds.observations.map((o) => [o.region, o.dims['kjonn'], o.measureLabel, o.period, o.value])).to.deep.equal([
      ['3401', 'menn', 'Sysselsatte', '2020', 4200],
      ['3401', 'menn', 'Sysselsatte', '2021', 4250],
      ['3401', 'kvinner', 'Sysselsatte', '2020', 3846],
      ['3401', 'kvinner', 'Sysselsatte', '2021', 3850],
    ]);
  });

  it('reads three header rows: measure, unit and year', () => {
    // Shape of a Statbank matrix download of a KOSTRA table (12367) with the unit row shown.
    const csv = '"12367: Detaljerte regnskapstall";;\n"region";"Beløp";"Beløp"\n"";"1000 kr";"1000 kr"\n"";"2023";"2024"\n"3401 Kongsvinger";1793513;1801000\n';
    const ds = parseCsv(csv);
    expect(ds.measures).to.deep.equal([{ code: 'belop-1000-kr', label: 'Beløp (1000 kr)', unit: '1000 kr' }]);
    expect(ds.observations.map((o) => [o.period, o.value, o.unit])).to.deep.equal([
      ['2023', 1793513, '1000 kr'],
      ['2024', 1801000, '1000 kr'],
    ]);
  });
});

describe('Periods in CSV column names and cells (issue 15)', () => {
  it('takes a year in brackets in a column name for the period ("Andel aleneboende (2025)")', () => {
    // Shape of a county analyst's export: one value column, the year in brackets.
    const ds = parseCsv('kommune;Andel aleneboende (2025)\n3401;18,5\n3403;21,2\n');
    expect(ds.observations.map((o) => [o.region, o.measureLabel, o.period, o.value])).to.deep.equal([
      ['3401', 'Andel aleneboende', '2025', 18.5],
      ['3403', 'Andel aleneboende', '2025', 21.2],
    ]);
  });

  it('reads quarters, months and weeks as Statistics Norway writes them, in column names and in a period column', () => {
    // Shapes of Statbank downloads of quarterly (08771), monthly (03013) and weekly (03024, fish exports) tables.
    expect(parseCsv('region;2024K3;2024K4\n0 Hele landet;5;6\n').periods).to.deep.equal(['2024K3', '2024K4']);
    expect(parseCsv('region;måned;verdi\n0;2024M07;1\n0;2024M06;2\n').periods).to.deep.equal(['2024M06', '2024M07']);
    expect(parseCsv('region;uke;verdi\n0;2024U10;1\n0;2024U09;2\n').periods).to.deep.equal(['2024U09', '2024U10']);
    expect(parseCsv('region;Eksport 2024U05;Eksport 2024U06\n0;1;2\n').observations.map((o) => o.period)).to.deep.equal(['2024U05', '2024U06']);
    expect(parseCsv('region;periode;verdi\n0;2019-2023;1\n').periods).to.deep.equal(['2019-2023']);
  });
});

describe('Code and name columns (issue 15)', () => {
  for (const [shape, header] of [
    ['Oslo city-district export (bydel;bydel_navn)', 'bydel;bydel_navn;antall'],
    ['KOSTRA extract (kommunenummer;kommunenavn)', 'kommunenummer;kommunenavn;antall'],
    ['English export (region;region_name)', 'region;region_name;antall'],
    ['analyst sheet (kode;navn)', 'kode;navn;antall'],
  ] as const) {
    it(`pairs a code column with the name column its header names: ${shape}`, () => {
      const ds = parseCsv(`${header};år\n3401;Kongsvinger;5;2024\n3403;Hamar;6;2024\n`);
      expect(ds.regions.map((r) => [r.code, r.name])).to.deep.equal([
        ['3401', 'Kongsvinger'],
        ['3403', 'Hamar'],
      ]);
    });
  }

  it('keeps an office code for the whole country ("TOTAL";"Hele landet") and marks it as the country', () => {
    // Shape of a county analyst's sheet built from a Statbank table with its own total row.
    const ds = parseCsv('region;region_name;år;antall\nTOTAL;Hele landet;2024;5550000\n34;Innlandet;2024;372000\n');
    expect(ds.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['TOTAL', 'Hele landet', 'country'],
      ['34', 'Innlandet', 'county'],
    ]);
  });

  it("never reads a city district's code as a county (bydel 01 Gamle Oslo, 030101)", () => {
    // Shape of Oslo kommune's statistikkbank export: district numbers of two or six digits.
    const ds = parseCsv('bydel;bydel_navn;år;antall\n01;Gamle Oslo;2024;63000\n030102;Grünerløkka;2024;65000\n');
    expect(ds.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['01', 'Gamle Oslo', 'other'],
      ['030102', 'Grünerløkka', 'other'],
    ]);
  });
});

describe('Decimals a CSV shows (issue 15)', () => {
  it('keeps one decimal for 57,5 % and two for 60,00 %, none for 1 234', () => {
    // Shape of arbeidsstyrken_fylkene_2020 (SSB 13563 shares with a decimal comma), with a year column added.
    const ds = parseCsv('fylke;år;Sysselsatte\nInnlandet;2020;57,5 %\nOslo;2020;64,3 %\n');
    expect(ds.measures[0]).to.deep.include({ unit: '%', decimals: 1 });
    expect(parseCsv('fylke;år;andel\nInnlandet;2020;60,00 %\n').measures[0]!.decimals).to.equal(2);
    expect(parseCsv('fylke;år;antall\nInnlandet;2020;1 234\n').measures[0]!.decimals).to.equal(undefined);
  });
});

describe('Region dimensions named the way other offices name them (issue 15)', () => {
  it('finds "OMRÅDE" (Statistics Denmark) and "Alue" (Statistics Finland) without a geo role, but not "Arealtype" or "Landbakgrunn"', () => {
    // Shape of a StatBank Denmark JSON-stat answer (FOLK1A): OMRÅDE × Tid, no role.geo.
    const dk = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Befolkningen den 1. i kvartalet',
      source: 'Danmarks Statistik',
      id: ['OMRÅDE', 'Tid'],
      size: [2, 1],
      dimension: { OMRÅDE: dim('område', ['000', '101'], ['Hele landet', 'København']), Tid: dim('tid', ['2024K3']) },
      role: { time: ['Tid'] },
      value: [5960000, 660000],
    });
    expect(dk.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['000', 'Hele landet', 'country'],
      ['101', 'København', 'other'],
    ]);
    const areal = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Arealbruk',
      source: 'Statistisk sentralbyrå',
      id: ['Arealtype', 'Landbakgrunn', 'Tid'],
      size: [1, 1, 1],
      dimension: { Arealtype: dim('arealtype', ['1']), Landbakgrunn: dim('landbakgrunn', ['a']), Tid: dim('år', ['2024']) },
      role: { time: ['Tid'] },
      value: [5],
    });
    expect(areal.observations.map((o) => [o.region, o.dims])).to.deep.equal([['0', { Arealtype: '1', Landbakgrunn: 'a' }]]);
  });
});
