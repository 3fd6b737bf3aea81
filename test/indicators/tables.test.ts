import { expect } from '@open-wc/testing';
import type { Dataset, Lang } from '../../src/data/types.js';
import { parseFeed } from '../../src/data/parse.js';
import { parseJsonStat } from '../../src/data/jsonstat.js';
import { parseCsv } from '../../src/data/csv.js';
import { buildViewModel } from '../../src/indicators/view-model.js';
import { summarize } from '../../src/indicators/summary.js';
import { sourceLine } from '../../src/indicators/source-line.js';
import { fileSubject, tableSubject } from '../../src/indicators/table-title.js';
import { readableMoney, unitScale } from '../../src/indicators/unit-scale.js';
import { sharedBytes, skipShared } from '../shared-fixtures.js';

/*
 * Issue 15, part 2: a table that was not made for Innsikt, presented the way a reader expects — on Statistics
 * Norway's table 07459 and every other real file in ../shared/fixtures, in bokmål, nynorsk and English.
 */

const n = (s: string) => s.replace(/~/g, '\u00a0');
const LANGS: Lang[] = ['nb', 'nn', 'en'];
const DIR = 'fixtures/ssb/';
const POP = `${DIR}ssb_07459_befolkning_kommuner_2022.jsonstat2.json`;

/** Reads a fixture as the loader would: with its address as the name of a file that names no source. */
async function fixture(file: string): Promise<Dataset | undefined> {
  const bytes = await sharedBytes(`${DIR}${file}`);
  return bytes && parseFeed(bytes, { sourceTitle: `example.org/${file}` });
}

const model = (ds: Dataset, lang: Lang, extra: Partial<Parameters<typeof buildViewModel>[1]> = {}) => buildViewModel(ds, { indicator: '', lang, ...extra });

/**
 * The summary of every real fixture in every language, as the widget writes it with no region chosen. Each is one
 * sentence headed by the measure's label (or the table's subject when the label only names the unit), so that it is
 * grammatical whatever the label is.
 */
const SUMMARIES: Record<string, Record<Lang, string>> = {
  'DERIVED_ssb_11618_03321_innlandet_kommuner_pendling_2022.csv': {
    nb: 'Befolkning bosted, 2022: høyest i Ringsaker (26~443) og lavest i Etnedal (887).',
    nn: 'Befolkning bosted, 2022: høgast i Ringsaker (26~443) og lågast i Etnedal (887).',
    en: 'Befolkning bosted, 2022: highest in Ringsaker (26,443) and lowest in Etnedal (887).',
  },
  'DERIVED_ssb_11713_brp_sysselsatte_landet_hedmark_oppland_2008-2019.csv': {
    nb: 'Bruttoprodukt basisverdi lopende priser (Totalt for næringer), 2019: høyest i landet (3~164,8~mrd. kroner) og lavest i Oppland (-2019) (74,1~mrd. kroner).',
    nn: 'Bruttoprodukt basisverdi lopende priser (Totalt for næringer), 2019: høgast i landet (3~164,8~mrd. kroner) og lågast i Oppland (74,1~mrd. kroner).',
    en: 'Bruttoprodukt basisverdi lopende priser (Totalt for næringer), 2019: highest in Norway (NOK~3,164.8~billion) and lowest in Oppland (NOK~74.1~billion).',
  },
  'arbeidsstyrken_fylkene_2020_ssb13563_desimalkomma.csv': {
    nb: 'Andre: høyest i Oslo (7,7~prosent) og lavest i Nordland (3,4~prosent).',
    nn: 'Andre: høgast i Oslo (7,7~prosent) og lågast i Nordland (3,4~prosent).',
    en: 'Andre: highest in Oslo (7.7~per cent) and lowest in Nordland (3.4~per cent).',
  },
  'klass_104_fylkesinndeling_2026_utf8_med_U+FFFD.csv': {
    nb: 'Level i Innlandet: 1.',
    nn: 'Level i Innlandet: 1.',
    en: 'Level in Innlandet: 1.',
  },
  'klass_131_endringer_2019-2020_latin1_nbsp.csv': {
    nb: 'Splittes: 0 i Kongsvinger, 0 i Hamar og 0 i Ringsaker.',
    nn: 'Splittes: 0 i Kongsvinger, 0 i Hamar og 0 i Ringsaker.',
    en: 'Splittes: 0 in Kongsvinger, 0 in Hamar and 0 in Ringsaker.',
  },
  'klass_131_kommuneinndeling_2026_latin1.csv': {
    nb: 'Level: 1 i Kongsvinger, 1 i Hamar og 1 i Lillehammer.',
    nn: 'Level: 1 i Kongsvinger, 1 i Hamar og 1 i Lillehammer.',
    en: 'Level: 1 in Kongsvinger, 1 in Hamar and 1 in Lillehammer.',
  },
  'ssb_07459_befolkning_kommuner_2022.jsonstat2.json': {
    nb: 'Befolkning, 2022: høyest i Ringsaker (35~073~personer) og lavest i Engerdal (1~253~personer).',
    nn: 'Befolkning, 2022: høgast i Ringsaker (35~073~personer) og lågast i Engerdal (1~253~personer).',
    en: 'Befolkning, 2022: highest in Ringsaker (35,073~people) and lowest in Engerdal (1,253~people).',
  },
  'ssb_11616_pendling_vestfold-telemark_2021_statbank_latin1.csv': {
    nb: 'Sysselsatte personer bosatt i regionen, 2021: høyest i Sandefjord (31~029) og lavest i Fyresdal (623).',
    nn: 'Sysselsatte personer bosatt i regionen, 2021: høgast i Sandefjord (31~029) og lågast i Fyresdal (623).',
    en: 'Sysselsatte personer bosatt i regionen, 2021: highest in Sandefjord (31,029) and lowest in Fyresdal (623).',
  },
  'ssb_12367_kostra_detaljert_drift_strand_2015-2024_alle_arter.jsonstat2.json': {
    nb: 'Beløp (Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2024: høyest for (Fylkes-)Kommunekonsern i Strand (5,7~mill. kroner) og lavest for (Fylkes-)Kommunekasse i Strand (5,7~mill. kroner).',
    nn: 'Beløp (Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2024: høgast for (Fylkes-)Kommunekonsern i Strand (5,7~mill. kroner) og lågast for (Fylkes-)Kommunekasse i Strand (5,7~mill. kroner).',
    en: 'Beløp (Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2024: highest for (Fylkes-)Kommunekonsern in Strand (NOK~5.7~million) and lowest for (Fylkes-)Kommunekasse in Strand (NOK~5.7~million).',
  },
  'ssb_12367_kostra_driftsregnskap_2015-2020.jsonstat2.json': {
    nb: 'Beløp (Kommuner/fylkeskommuner, Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2020: høyest i landet (1,8~mrd. kroner) og lavest i Halden (7,0~mill. kroner).',
    nn: 'Beløp (Kommuner/fylkeskommuner, Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2020: høgast i landet (1,8~mrd. kroner) og lågast i Halden (7,0~mill. kroner).',
    en: 'Beløp (Kommuner/fylkeskommuner, Politisk styring, Korrigerte brutto driftsutgifter på funksjon/tjenesteområde), 2020: highest in Norway (NOK~1.8~billion) and lowest in Halden (NOK~7.0~million).',
  },
  'ssb_13551_kostra_okonomisk_oversikt_drift_strand_2020-2025.jsonstat2.json': {
    nb: 'Beløp, 2025: høyest for sum driftsinntekter (A) i Strand (1,5~mrd. kroner) og lavest for differansen mellom (fylkes-)kommunens kjøp fra (fylkes-)kommunale særbedrifter og (fylkes-)kommunale særbedrifters salg til egen (fylkes-)kommune i Strand (−19,4~mill. kroner); tall mangler for Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2021, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2022, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2023 og 2 andre (ikke mulig å oppgi tall).',
    nn: 'Beløp, 2025: høgast for sum driftsinntekter (A) i Strand (1,5~mrd. kroner) og lågast for differansen mellom (fylkes-)kommunens kjøp fra (fylkes-)kommunale særbedrifter og (fylkes-)kommunale særbedrifters salg til egen (fylkes-)kommune i Strand (−19,4~mill. kroner); tal manglar for Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2021, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2022, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) i 2023 og 2 andre (ikkje mogleg å oppgi tal).',
    en: 'Beløp, 2025: highest for sum driftsinntekter (A) in Strand (NOK~1.5~billion) and lowest for differansen mellom (fylkes-)kommunens kjøp fra (fylkes-)kommunale særbedrifter og (fylkes-)kommunale særbedrifters salg til egen (fylkes-)kommune in Strand (NOK~-19.4~million); figures are missing for Strand (bruk av tidligere års regnskapsmessige mindreforbruk) in 2021, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) in 2022, Strand (bruk av tidligere års regnskapsmessige mindreforbruk) in 2023 and 2 others (category not applicable).',
  },
};

describe('Summaries of every real fixture, nb/nn/en (issue 15)', () => {
  for (const [file, expected] of Object.entries(SUMMARIES)) {
    it(file, async function () {
      const ds = await fixture(file);
      if (!ds) return skipShared(this, `${DIR}${file}`);
      for (const lang of LANGS) expect(summarize(model(ds, lang)), `${file} ${lang}`).to.equal(n(expected[lang]));
    });
  }
});

describe("Statistics Norway's table 07459, presented (issue 15)", () => {
  it('titles the table by its subject, with the measure and period as subtitle and the table number in the source line', async function () {
    const ds = await fixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
    if (!ds) return skipShared(this, POP);
    const expected: Record<Lang, [string, string]> = {
      nb: ['Personer, 2022', 'Kilde: Statistisk sentralbyrå, tabell 07459, oppdatert 24.02.2022'],
      nn: ['Personer, 2022', 'Kjelde: Statistisk sentralbyrå, tabell 07459, oppdatert 24.02.2022'],
      en: ['Personer, 2022', 'Source: Statistisk sentralbyrå, table 07459, updated 24 February 2022'],
    };
    for (const lang of LANGS) {
      const m = model(ds, lang);
      expect([m.title, m.subtitle, sourceLine(m).text], lang).to.deep.equal(['Befolkning', ...expected[lang]]);
    }
  });

  it('makes Innlandet the key figure of the additive count: the sum of its 46 municipalities (371 253), marked derived', async function () {
    const ds = await fixture('ssb_07459_befolkning_kommuner_2022.jsonstat2.json');
    if (!ds) return skipShared(this, POP);
    const key = model(ds, 'nb').keyFigure!;
    expect([key.region, key.regionLabel, key.value, key.label, key.derived]).to.deep.equal(['34', 'Innlandet', 371253, n('371~253~personer'), true]);
    // A region in focus is its own key figure.
    expect(model(ds, 'nb', { regions: ['3407'] }).keyFigure).to.equal(undefined);
  });
});

describe('Units, labels and names of tables not made for Innsikt (issue 15)', () => {
  it('writes KOSTRA amounts in 1000 kr the way a reader reads them (1,8 mrd. kr beside 7,0 mill. kr), the unit once in the subtitle', async function () {
    const file = 'ssb_12367_kostra_driftsregnskap_2015-2020.jsonstat2.json';
    const ds = await fixture(file);
    if (!ds) return skipShared(this, `${DIR}${file}`);
    const m = model(ds, 'nb');
    expect(m.rows.map((r) => [r.regionLabel, r.label]).slice(0, 2)).to.deep.equal([
      ['Landet', n('1,8~mrd. kr')],
      ['Landet uten Oslo', n('1,7~mrd. kr')],
    ]);
    expect(m.rows.find((r) => r.regionLabel === 'Halden')!.label).to.equal(n('7,0~mill. kr'));
    expect(m.subtitle.startsWith('Beløp, mill. kr, 2020')).to.equal(true);
    expect(model(ds, 'en').rows[0]!.label).to.equal(n('1.8~mrd. kr'));
  });

  it('reads a figure in its own best unit: 1 793 513 (1000 kr) is 1,8 mrd. kr; 650 (1000 kr) is never 650 000 kr (digits the source never gave)', () => {
    expect(readableMoney(1793513, '1000 kr')).to.deep.include({ unit: 'mrd. kr', decimals: 1 });
    expect(readableMoney(650, '1000 kr')).to.equal(undefined);
    expect(readableMoney(68, 'mrd. kr')).to.equal(undefined);
    expect(readableMoney(5, 'personer')).to.equal(undefined);
    expect(unitScale('1000 kr', [1793513, 7012, 120000])).to.deep.equal({ unit: 'mill. kr', factor: 0.001, decimals: 0 });
  });

  it("makes a raw column name a readable label with its unit pulled out (DERIVED 11713's bruttoprodukt_basisverdi_lopende_priser_mill_kr)", async function () {
    const file = 'DERIVED_ssb_11713_brp_sysselsatte_landet_hedmark_oppland_2008-2019.csv';
    const ds = await fixture(file);
    if (!ds) return skipShared(this, `${DIR}${file}`);
    expect(model(ds, 'nb').subtitle).to.equal('Bruttoprodukt basisverdi lopende priser, mrd. kr, 2019, Totalt for næringer');
  });

  it('names a CSV without a title by its address, never "CSV", and says the Statbank table number once', async function () {
    const file = 'ssb_11616_pendling_vestfold-telemark_2021_statbank_latin1.csv';
    const ds = await fixture(file);
    if (!ds) return skipShared(this, `${DIR}${file}`);
    expect(sourceLine(model(ds, 'nb')).text).to.equal('Kilde: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år, tabell 11616');
    const untitled = parseCsv('region;år;verdi\n3401;2024;5\n', { sourceTitle: 'www.innlandetfylke.no/pendling_2022.csv' });
    const m = model(untitled, 'nb');
    expect([m.title, sourceLine(m).text]).to.deep.equal(['Verdi', 'Kilde: www.innlandetfylke.no/pendling_2022.csv']);
    const nameless = parseCsv('region;år;Sysselsatte;Innpendlere\n3401;2024;5;6\n');
    expect(sourceLine(model(nameless, 'en')).text).to.equal('Source: not stated');
  });

  it('titles a table by the subject of its long title, or by its file', () => {
    expect(tableSubject('07459: Befolkning, etter region, statistikkvariabel og år')).to.equal('Befolkning');
    expect(tableSubject('07459: Population, by region, contents and year')).to.equal('Population');
    expect(tableSubject('Folkmängden efter region, civilstånd, ålder och kön. År 1968 - 2023')).to.equal('Folkmängden');
    expect(tableSubject('Sysselsatte i hele landet')).to.equal('Sysselsatte i hele landet');
    expect(fileSubject('example.org/befolkning_kommuner.csv')).to.equal('Befolkning kommuner');
    expect(fileSubject('Statistisk sentralbyrå')).to.equal('');
  });

  it('shows figures from a file with no period column, with a note saying so (not "Ingen tall for perioden .")', async function () {
    const file = 'arbeidsstyrken_fylkene_2020_ssb13563_desimalkomma.csv';
    const ds = await fixture(file);
    if (!ds) return skipShared(this, `${DIR}${file}`);
    const notes: Record<Lang, string> = {
      nb: 'Filen har ingen kolonne for år eller periode.',
      nn: 'Fila har ingen kolonne for år eller periode.',
      en: 'The file has no year or period column.',
    };
    for (const lang of LANGS) {
      const m = model(ds, lang, { measure: 'sysselsatte' });
      expect(m.empty, lang).to.equal(undefined);
      expect(sourceLine(m).mandatoryNotes, lang).to.deep.equal([notes[lang]]);
    }
    // 57,50 % keeps its decimal: 57,5 %, not 58 %.
    const innlandet = model(ds, 'nb', { measure: 'sysselsatte' }).rows.find((r) => r.regionLabel === 'Innlandet')!;
    expect(innlandet.label).to.equal(n('57,5~%'));
    expect(summarize(model(ds, 'nb', { measure: 'sysselsatte', regions: ['Innlandet'] }))).to.equal(n('Sysselsatte i Innlandet: 57,5~prosent.'));
  });
});

describe("Tables with no region, and regions coded the office's own way, presented (issue 15)", () => {
  /** Shape of Statistics Finland's quarterly GDP (StatFin 11sj): no region dimension, quarters as 2023Q3. */
  const gdp = () =>
    parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Supply and demand, quarterly',
      source: 'Statistics Finland',
      id: ['Vuosineljännes', 'Tiedot'],
      size: [3, 1],
      dimension: {
        Vuosineljännes: { label: 'Quarter', category: { index: ['2023Q3', '2023Q4', '2024Q1'] } },
        Tiedot: {
          label: 'Information',
          category: { index: ['gdp'], label: { gdp: 'GDP at market prices' }, unit: { gdp: { base: 'EUR million', decimals: 0 } } },
        },
      },
      role: { time: ['Vuosineljännes'], metric: ['Tiedot'] },
      value: [63512, 63210, 63305],
    });

  it('draws figures with no region as a line over time, with no map, and says what the line did', () => {
    const expected: Record<Lang, string> = {
      nb: 'GDP at market prices: fra 63~512~EUR million i 3. kvartal 2023 til 63~305~EUR million i 1. kvartal 2024.',
      nn: 'GDP at market prices: frå 63~512~EUR million i 3. kvartal 2023 til 63~305~EUR million i 1. kvartal 2024.',
      en: 'GDP at market prices: from 63,512~EUR million in Q3 2023 to 63,305~EUR million in Q1 2024.',
    };
    for (const lang of LANGS) {
      const m = model(gdp(), lang);
      expect([m.chart, m.regionless, m.shownPeriods.length], lang).to.deep.equal(['index-lines', true, 3]);
      expect(summarize(m), lang).to.equal(n(expected[lang]));
    }
  });

  it('finds region="34" and compare="0" by name when the table codes them "12" "Innlandet" and TOTAL "Hele landet"', () => {
    // Shape of an SSB table on another classification, as in test/data/tables.test.ts.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: '99999: Sysselsatte, etter region og år',
      source: 'Statistisk sentralbyrå',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 1, 1],
      dimension: {
        Region: { label: 'region', category: { index: ['TOTAL', '12', '130'], label: { TOTAL: 'Hele landet', 12: 'Innlandet', 130: 'Gjøvikregionen' } } },
        ContentsCode: {
          label: 'statistikkvariabel',
          category: { index: ['Syss'], label: { Syss: 'Sysselsatte' }, unit: { Syss: { base: 'personer', decimals: 0 } } },
        },
        Tid: { label: 'år', category: { index: ['2023'] } },
      },
      role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
      value: [2900000, 190000, 35000],
    });
    const expected: Record<Lang, string> = {
      nb: 'Sysselsatte i Innlandet, 2023: 190~000~personer, mot 2~900~000~personer i landet.',
      nn: 'Sysselsatte i Innlandet, 2023: 190~000~personer, mot 2~900~000~personer i landet.',
      en: 'Sysselsatte in Innlandet, 2023: 190,000~people, against 2,900,000~people in Norway.',
    };
    for (const lang of LANGS) {
      const m = model(ds, lang, { regions: ['34'], compare: '0' });
      expect([m.focus, m.compare], lang).to.deep.equal([['12'], 'TOTAL']);
      expect(summarize(m), lang).to.equal(n(expected[lang]));
    }
    expect(model(ds, 'en', { regions: ['34'], compare: '0' }).rows.map((r) => r.regionLabel)).to.deep.equal(['Norway', 'Innlandet']);
  });
});

describe('A table of categories with no region, for one period (issue 15)', () => {
  it("draws Statistics Sweden's population by age and sex as one bar per age group, and names the highest and lowest", () => {
    // Shape of an SCB PxWeb JSON-stat 2.0 answer (BE0101N1 for the whole country, region left out): age × sex × year.
    const ds = parseJsonStat({
      version: '2.0',
      class: 'dataset',
      label: 'Folkmängden efter ålder, kön och år',
      source: 'SCB',
      id: ['Alder', 'Kon', 'ContentsCode', 'Tid'],
      size: [3, 2, 1, 1],
      dimension: {
        Alder: { label: 'ålder', category: { index: ['0-4', '5-9', 'tot'], label: { '0-4': '0–4 år', '5-9': '5–9 år', tot: 'totalt ålder' } } },
        Kon: { label: 'kön', category: { index: ['1', '2'], label: { 1: 'män', 2: 'kvinnor' } } },
        ContentsCode: { label: 'tabellinnehåll', category: { index: ['BE0101N1'], label: { BE0101N1: 'Folkmängd' } } },
        Tid: { label: 'år', category: { index: ['2023'] } },
      },
      role: { time: ['Tid'], metric: ['ContentsCode'] },
      value: [290000, 276000, 312000, 296000, 5310000, 5240000],
    });
    const expected: Record<Lang, string> = {
      nb: 'Folkmängd (män), 2023: høyest for 5–9 år (312~000) og lavest for 0–4 år (290~000).',
      nn: 'Folkmängd (män), 2023: høgast for 5–9 år (312~000) og lågast for 0–4 år (290~000).',
      en: 'Folkmängd (män), 2023: highest for 5–9 år (312,000) and lowest for 0–4 år (290,000).',
    };
    for (const lang of LANGS) {
      const m = model(ds, lang);
      expect([m.chart, m.seriesDimension, m.regionless, m.rows.map((r) => r.seriesLabel)], lang).to.deep.equal([
        'part-of-whole',
        'Alder',
        true,
        ['0–4 år', '5–9 år'],
      ]);
      expect(summarize(m), lang).to.equal(n(expected[lang]));
    }
  });
});

describe('A CSV with no region column (issue 15)', () => {
  it("draws a county analyst's yearly series with no region as a line, without a map", () => {
    // Shape of a spreadsheet export of a national series (SSB 03013 yearly averages): year and one value column.
    const ds = parseCsv('år;Konsumprisindeks (2015=100)\n2022;122,8\n2023;130,0\n2024;134,8\n');
    const expected: Record<Lang, string> = {
      nb: 'Konsumprisindeks (2015=100): fra 122,8 i 2022 til 134,8 i 2024.',
      nn: 'Konsumprisindeks (2015=100): frå 122,8 i 2022 til 134,8 i 2024.',
      en: 'Konsumprisindeks (2015=100): from 122.8 in 2022 to 134.8 in 2024.',
    };
    for (const lang of LANGS) {
      const m = model(ds, lang);
      expect([m.chart, m.regionless, m.title, m.subtitle], lang).to.deep.equal([
        'index-lines',
        true,
        'Konsumprisindeks (2015=100)',
        'Konsumprisindeks (2015=100), 2022–2024',
      ]);
      expect(summarize(m), lang).to.equal(expected[lang]);
    }
  });
});
