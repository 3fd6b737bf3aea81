import { expect } from '@open-wc/testing';
import { decodeText, looksLikeCsv, parseCsv } from '../../src/data/csv.js';
import { FeedError } from '../../src/data/errors.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { sharedBytes, skipShared } from '../shared-fixtures.js';

const latin1 = (text: string): Uint8Array =>
  Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 255) throw new Error(`not latin1: ${c}`);
    return code;
  });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function find(d: Dataset, where: Partial<Pick<Observation, 'region' | 'period' | 'measure'>> & { dims?: Record<string, string> }): Observation {
  const hits = d.observations.filter(
    (o) =>
      (where.region === undefined || o.region === where.region) &&
      (where.period === undefined || o.period === where.period) &&
      (where.measure === undefined || o.measure === where.measure) &&
      Object.entries(where.dims ?? {}).every(([k, v]) => o.dims[k] === v),
  );
  expect(hits, `observations matching ${JSON.stringify(where)}`).to.have.length(1);
  return hits[0]!;
}

function feedError(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(utf8('\ufeffregion;år'))).to.equal('region;år');
  });
  it('reads UTF-8 without a BOM, from a Uint8Array or an ArrayBuffer', () => {
    const bytes = utf8('Tønsberg;Færder;Å');
    expect(decodeText(bytes)).to.equal('Tønsberg;Færder;Å');
    expect(decodeText(bytes.slice().buffer)).to.equal('Tønsberg;Færder;Å');
  });
  it('falls back to ISO-8859-1 / windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(latin1('Tønsberg;Færder;Årnes'))).to.equal('Tønsberg;Færder;Årnes');
    // 0x96 is an en dash in windows-1252 (a control character in strict ISO-8859-1).
    expect(decodeText(Uint8Array.of(0x32, 0x30, 0x31, 0x39, 0x96, 0xe6))).to.equal('2019–æ');
  });
});

describe('looksLikeCsv', () => {
  it('recognises semicolon, comma and tab tables, with title lines', () => {
    expect(looksLikeCsv('region;år;verdi\n3401;2021;5\n3403;2021;6\n')).to.equal(true);
    expect(looksLikeCsv('region,year,value\n3401,2021,"5,5"\n')).to.equal(true);
    expect(looksLikeCsv('region\t2021\n3401\t5\n3403\t6\n')).to.equal(true);
    expect(looksLikeCsv('"11616: Sysselsatte"\n\n"region";"2021"\n"3801 Horten";12807\n')).to.equal(true);
    expect(looksLikeCsv('\ufeff;Andre\nViken;4,90 %\n')).to.equal(true);
  });
  it('rejects JSON, markup, prose and empty text', () => {
    expect(looksLikeCsv('{"version":"2.0","class":"dataset"}')).to.equal(false);
    expect(looksLikeCsv('  [{"a":1},{"a":2}]')).to.equal(false);
    expect(looksLikeCsv('<html><body>a;b</body></html>')).to.equal(false);
    expect(looksLikeCsv('Dette er bare en setning.\nOg en til.')).to.equal(false);
    expect(looksLikeCsv('Hei, du.\nJa, det.\nNei, da.')).to.equal(false);
    expect(looksLikeCsv('')).to.equal(false);
  });
});

describe('parseCsv: delimiters, numbers and encodings', () => {
  it('reads a semicolon file with decimal comma and thousands spaces', () => {
    const d = parseCsv('region;år;verdi\n3401 Kongsvinger;2021;1 234,5\n3403 Hamar;2021;-3,2\n');
    expect(d.format).to.equal('csv');
    expect(find(d, { region: '3401' }).value).to.equal(1234.5);
    expect(find(d, { region: '3403' }).value).to.equal(-3.2);
  });
  it('reads a comma file whose decimal commas sit inside quotes', () => {
    const d = parseCsv('region,year,value\n3401,2021,"12,5"\n3403,2021,"1 000,25"\n3405,2021,7\n');
    expect(d.observations.map((o) => o.value)).to.deep.equal([12.5, 1000.25, 7]);
    expect(d.warnings).to.deep.equal([]);
  });
  it('reads a tab-separated file', () => {
    const d = parseCsv('kommune\t2020\t2021\r\n3401 Kongsvinger\t17 800\t17 900\r\n');
    expect(find(d, { period: '2020' }).value).to.equal(17800);
    expect(find(d, { period: '2021' }).value).to.equal(17900);
  });
  it('prefers ";" over "," when unquoted decimal commas would also split every data line evenly', () => {
    const d = parseCsv('\ufeff;Andre;Sysselsatte\nViken;4,90 %;60,00 %\nOslo;7,70 %;64,30 %\n');
    expect(d.measures.map((m) => m.label)).to.deep.equal(['Andre', 'Sysselsatte']);
    expect(find(d, { region: 'Oslo', measure: 'sysselsatte' }).value).to.equal(64.3);
  });
  it('reads thousands separators only when they group thousands', () => {
    const d = parseCsv('region;2019;2020;2021\n3401;1.234,5;1,234.5;1.234.567\n');
    expect(d.observations.map((o) => o.value)).to.deep.equal([1234.5, 1234.5, 1234567]);
    const e = feedError(() => parseCsv('region;2020;2021\n3401;"1,5,2";12.34,5\n3403;1;2\n3405;3;4\n'));
    expect(e.issues.map((i) => i.path)).to.deep.equal(['line 2, column "2020"', 'line 2, column "2021"']);
  });
  it('turns a % suffix into the unit %, unless a column gives another unit', () => {
    const d = parseCsv('region;år;andel\n3401;2021;57,50 %\n3403;2021;61 %\n');
    const o = find(d, { region: '3401' });
    expect(o.value).to.equal(57.5);
    expect(o.unit).to.equal('%');
    expect(d.measures[0]!.unit).to.equal('%');

    const withUnit = parseCsv('region;år;enhet;verdi\n3401;2021;prosent av befolkningen;57,5 %\n');
    expect(withUnit.observations[0]!.unit).to.equal('prosent av befolkningen');
    expect(withUnit.measures[0]!.unit).to.equal('prosent av befolkningen');

    const named = parseCsv('region;Bruttoprodukt (mill. kr) 2021\n3401;12 345\n');
    expect(named.observations[0]).to.include({ measureLabel: 'Bruttoprodukt (mill. kr)', unit: 'mill. kr', period: '2021', value: 12345 });
  });
  it('strips a BOM from text and from bytes', () => {
    const text = '\ufeffregion;2021\n3401;5\n';
    for (const d of [parseCsv(text), parseCsv(utf8(text)), parseCsv(utf8(text).buffer as ArrayBuffer)]) {
      expect(d.observations[0]).to.include({ region: '3401', period: '2021', value: 5 });
    }
  });
  it('decodes ISO-8859-1 bytes (æøå in the header and in region names)', () => {
    const d = parseCsv(latin1('"område";"år";"Sysselsatte på arbeidssted"\n"3803 Tønsberg";2021;33337\n"3811 Færder";2021;7428\n'));
    expect(find(d, { region: '3803' }).regionLabel).to.equal('Tønsberg');
    expect(find(d, { region: '3811' }).regionLabel).to.equal('Færder');
    expect(d.measures[0]).to.deep.equal({ code: 'sysselsatte-pa-arbeidssted', label: 'Sysselsatte på arbeidssted' });
  });
  it('handles quoted fields with doubled quotes, line breaks and delimiters inside', () => {
    const d = parseCsv('region;næring;verdi\n3401;"Bygg; ""anlegg""\nog annet";5\n3401;Industri;6\n');
    expect(d.dimensions[0]!.categories.map((c) => c.label)).to.deep.equal(['Bygg; "anlegg"\nog annet', 'Industri']);
    // The row after the two-line field starts on line 4 of the file.
    const e = feedError(() => parseCsv('region;næring;verdi\n3401;"Bygg\nog anlegg";5\n3401;Industri;feil\n'));
    expect(e.issues[0]!.path).to.equal('line 4, column "verdi"');
  });
  it('reads a quoted field with a line break and doubled quotes, and numbers the lines after it (LF and CRLF)', () => {
    const d = parseCsv('region;næring;verdi\n3401;"Bygg ""og""\nanlegg";5\n3403;Industri;6;99\n');
    expect(d.dimensions[0]!.categories.map((c) => c.label)).to.deep.equal(['Bygg "og"\nanlegg', 'Industri']);
    expect(d.observations.map((o) => o.value)).to.deep.equal([5, 6]);
    expect(d.warnings.find((w) => w.path === 'line 4')!.message).to.match(/4 fields but the header names 3 columns/);
    const e = feedError(() => parseCsv('region;næring;verdi\r\n3401;"Bygg ""og""\r\nanlegg\r\n";5\r\n\r\n3403;Industri;feil\r\n'));
    expect(e.issues.map((i) => i.path)).to.deep.equal(['line 6, column "verdi"']);
  });
  it('warns about a quote that is never closed, naming the line where it starts', () => {
    const d = parseCsv('region;næring;verdi\n3401;Bygg;1\n3403;"Industri\n;2\n3405;Handel;3\n');
    expect(d.observations.map((o) => o.value)).to.deep.equal([1]);
    expect(d.warnings.find((w) => w.path === 'line 3')!.message).to.match(/never closed/);
    const closed = parseCsv('region;næring;verdi\n3401;Bygg;1\n3403;"Industri";2\n');
    expect(closed.warnings.some((w) => /never closed/.test(w.message))).to.equal(false);
  });
});

describe('parseCsv: title lines and header detection', () => {
  it('skips title and blank lines before the header and uses the first title as the title and source', () => {
    const d = parseCsv('"11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år"\n\n"region";"Sysselsatte 2021"\n"3801 Horten";12807\n');
    expect(d.title).to.equal('11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år');
    expect(d.sources).to.have.length(1);
    expect(d.sources[0]!.title).to.equal(d.title);
    expect(d.sources[0]!.table).to.equal('11616');
    expect(d.observations[0]!.source).to.equal(d.sources[0]!.id);
    expect(d.observations[0]).to.include({ region: '3801', period: '2021', value: 12807 });
  });
  it('keeps further title lines and footnotes after the data as notes', () => {
    const d = parseCsv('Tabell 3\nSysselsatte etter bosted\n\nregion;2021\n3401;5\n3403;6\n\nKilde: Statistisk sentralbyrå\n');
    expect(d.title).to.equal('Tabell 3');
    expect(d.notes.map((n) => n.text)).to.deep.equal(['Sysselsatte etter bosted', 'Kilde: Statistisk sentralbyrå']);
    expect(d.observations).to.have.length(2);
  });
  it('keeps several further title lines in file order, before the footnotes', () => {
    const d = parseCsv('Tabell 3\nFørste\nAndre\nTredje\n\nregion;2021\n3401;5\n3403;6\n\nKilde: SSB\n');
    expect(d.notes.map((n) => n.text)).to.deep.equal(['Første', 'Andre', 'Tredje', 'Kilde: SSB']);
  });
  it('reads units and periods at the end of column names however many underscores and spaces lead to them', () => {
    const d = parseCsv(`region;Bruttoprodukt${'_'.repeat(3000)}mill_kr;Andel   prosent;Sysselsatte____2021;Verdi${'_'.repeat(3000)}x\n3401;5;6;7;8\n`);
    expect(d.measures.map((m) => m.unit)).to.deep.equal(['mill. kr', '%', undefined, undefined]);
    expect(d.measures[2]!.label).to.equal('Sysselsatte');
    expect(d.observations.find((o) => o.measure === d.measures[2]!.code)!.period).to.equal('2021');
  });
  it('does not take a column of "i alt" for regions', () => {
    const d = parseCsv('kommune;gruppe;verdi\n3401;I alt;1\n3403;I alt;2\n');
    expect(d.observations.map((o) => [o.region, o.dims['gruppe']])).to.deep.equal([
      ['3401', 'i-alt'],
      ['3403', 'i-alt'],
    ]);
  });
  it('reads region fields in every form Statistics Norway writes them, keeping the code as written', () => {
    const d = parseCsv('region;verdi\nK-3401 Kongsvinger;1\nK_3403;2\nEKA34;3\nEAK;4\nEKG16;5\n');
    expect(d.observations.map((o) => [o.region, o.originalRegion])).to.deep.equal([
      ['3401', 'K-3401 Kongsvinger'],
      ['3403', 'K_3403'],
      ['34', 'EKA34'],
      ['0', 'EAK'],
      ['EKG16', undefined],
    ]);
    expect(d.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['3401', 'Kongsvinger', 'municipality'],
      ['3403', 'K_3403', 'municipality'],
      ['34', 'EKA34', 'county'],
      ['0', 'EAK', 'country'],
      ['EKG16', 'KOSTRA-gruppe 16', 'other'],
    ]);
  });
  it('skips a title line that contains the delimiter when the real header follows it', () => {
    const d = parseCsv('Sysselsatte; foreløpige tall\nregion;år;verdi\n3401;2021;5\n3403;2021;6\n');
    expect(d.title).to.equal('Sysselsatte; foreløpige tall');
    expect(d.observations.map((o) => o.region)).to.deep.equal(['3401', '3403']);
  });
  it('uses options.sourceTitle (the loader gives the file address), else no source title (never "CSV"), when there is no title line', () => {
    expect(parseCsv('region;2021\n3401;5\n', { sourceTitle: 'SSB tabell 07459' }).sources[0]!.title).to.equal('SSB tabell 07459');
    const plain = parseCsv('region;2021\n3401;5\n');
    expect(plain.sources).to.deep.equal([{ id: 'csv', title: '' }]);
    expect(plain.title).to.equal(undefined);
  });
  it('reports a file without a header row', () => {
    const e = feedError(() => parseCsv('3401 Kongsvinger;2021;17 900\n3403 Hamar;2021;32 000\n'));
    expect(e.issues).to.have.length(1);
    expect(e.issues[0]!.path).to.equal('line 1');
    expect(e.issues[0]!.message).to.match(/no header row/);
  });
  it('reports an empty file and a file with a header but no data', () => {
    expect(feedError(() => parseCsv('')).issues[0]!.message).to.match(/empty/);
    expect(feedError(() => parseCsv(' \n\n')).issues[0]!.message).to.match(/empty/);
    expect(feedError(() => parseCsv('region;år;verdi\n')).issues[0]!.message).to.match(/no data rows/);
  });
});

describe('parseCsv: status symbols', () => {
  it('reads .., ., : and - as gaps with a status, never as 0', () => {
    const d = parseCsv('region;2018;2019;2020;2021;2022\n3401;..;.;:;-;5\n');
    const byPeriod = Object.fromEntries(d.observations.map((o) => [o.period, o]));
    expect(byPeriod['2018']).to.include({ value: null, status: '..' });
    expect(byPeriod['2019']).to.include({ value: null, status: '.' });
    expect(byPeriod['2020']).to.include({ value: null, status: ':' });
    expect(byPeriod['2021']).to.include({ value: null, status: '-' });
    expect(byPeriod['2022']).to.include({ value: 5 });
    expect(byPeriod['2022']!.status).to.equal(undefined);
    expect(d.warnings).to.deep.equal([]);
  });
  it('keeps an unknown symbol as a gap and warns about it', () => {
    const d = parseCsv('region;2020;2021\n3401;*;5\n');
    expect(find(d, { period: '2020' })).to.include({ value: null, status: '*' });
    expect(d.warnings).to.have.length(1);
    expect(d.warnings[0]!.path).to.equal('line 2, column "2020"');
    expect(d.warnings[0]!.message).to.match(/not one of Statistics Norway's status symbols/);
  });
  it('skips empty cells with one warning instead of inventing zeros', () => {
    const d = parseCsv('region;2020;2021\n3401;;5\n3403;;6\n');
    expect(d.observations.map((o) => o.value)).to.deep.equal([5, 6]);
    expect(d.warnings).to.have.length(1);
    expect(d.warnings[0]!.path).to.equal('line 2, column "2020"');
    expect(d.warnings[0]!.message).to.match(/^2 empty cells/);
  });
});

describe('parseCsv: regions', () => {
  it('splits "3401 Kongsvinger" into code and label and keeps the original', () => {
    const d = parseCsv('region;år;verdi\n3401 Kongsvinger;2021;1\n0 Hele landet;2021;2\n34 Innlandet;2021;3\nK-3403;2021;4\n3405 - Lillehammer;2021;5\n');
    expect(d.observations.map((o) => [o.region, o.regionLabel])).to.deep.equal([
      ['3401', 'Kongsvinger'],
      ['0', 'Hele landet'],
      ['34', 'Innlandet'],
      ['3403', 'K-3403'],
      ['3405', 'Lillehammer'],
    ]);
    expect(d.observations[0]!.originalRegion).to.equal('3401 Kongsvinger');
    expect(d.regions.map((r) => [r.code, r.level])).to.deep.equal([
      ['3401', 'municipality'],
      ['0', 'country'],
      ['34', 'county'],
      ['3403', 'municipality'],
      ['3405', 'municipality'],
    ]);
  });
  it('reads a bare code column with a name column beside it', () => {
    const d = parseCsv('kommunenr;kommunenavn;år;verdi\n3401;Kongsvinger;2021;17900\n0403;Hamar;2019;31000\n');
    expect(d.observations.map((o) => [o.region, o.regionLabel])).to.deep.equal([
      ['3401', 'Kongsvinger'],
      ['0403', 'Hamar'],
    ]);
    expect(d.observations[0]!.originalRegion).to.equal(undefined);
    expect(d.dimensions).to.deep.equal([]);

    const unnamed = parseCsv('kode;navn;2021\n0402;Kongsvinger;1\n0403;Hamar;2\n');
    expect(unnamed.observations.map((o) => [o.region, o.regionLabel])).to.deep.equal([
      ['0402', 'Kongsvinger'],
      ['0403', 'Hamar'],
    ]);
  });
  it('finds a region column by its content when the header does not name it', () => {
    const d = parseCsv('sted;tidsrom;antall\n3401 Kongsvinger;2020;1\n3403 Hamar;2021;2\n');
    expect(d.observations.map((o) => [o.region, o.period, o.value])).to.deep.equal([
      ['3401', '2020', 1],
      ['3403', '2021', 2],
    ]);
    expect(d.dimensions).to.deep.equal([]);
  });
  it('reads validity spans in region names ("04 Hedmark (-2019)")', () => {
    const d = parseCsv('region;år;verdi\n04 Hedmark (-2019);2019;1\n34 Innlandet (2020-);2020;2\n');
    expect(d.regions[0]).to.deep.equal({ code: '04', name: 'Hedmark (-2019)', level: 'county', validTo: '2019' });
    expect(d.regions[1]).to.deep.equal({ code: '34', name: 'Innlandet (2020-)', level: 'county', validFrom: '2020' });
  });
  it('reports a missing region', () => {
    const e = feedError(() => parseCsv('region;år;verdi\n3401;2021;1\n;2021;2\n'));
    expect(e.issues).to.deep.equal([{ path: 'line 3, column "region"', message: 'The region is missing on this line.' }]);
  });
});

describe('parseCsv: long tables', () => {
  it('reads region;period;measure;value', () => {
    const d = parseCsv(
      'region;år;statistikkvariabel;verdi\n3401 Kongsvinger;2021;Sysselsatte;8 500\n3401 Kongsvinger;2020;Sysselsatte;8 400\n3401 Kongsvinger;2021;Innpendlere;over 70\n',
    );
    expect(d.periods).to.deep.equal(['2020', '2021']);
    expect(d.measures).to.deep.equal([
      { code: 'sysselsatte', label: 'Sysselsatte' },
      { code: 'innpendlere', label: 'Innpendlere' },
    ]);
    const o = find(d, { measure: 'innpendlere' });
    expect(o).to.include({
      value: 70,
      qualifier: 'atLeast',
      qualifierText: 'over',
      measureLabel: 'Innpendlere',
      region: '3401',
      regionLabel: 'Kongsvinger',
      period: '2021',
    });
    expect(o.dims).to.deep.equal({});
    expect(d.dimensions).to.deep.equal([]);
  });
  it('reads English headers and tags observations with options.indicator', () => {
    const d = parseCsv('Region,Year,Measure,Value\n34 Innlandet,2022,R&D share,ca. 1.1\n', { indicator: 'rd-share' });
    const o = d.observations[0]!;
    expect(o).to.include({
      indicator: 'rd-share',
      region: '34',
      period: '2022',
      measure: 'r-d-share',
      measureLabel: 'R&D share',
      value: 1.1,
      qualifier: 'approx',
      qualifierText: 'ca.',
    });
    expect(d.indicators).to.deep.equal([{ id: 'rd-share' }]);
  });
  it('puts extra columns into dims, with dimensions and categories in source order', () => {
    const d = parseCsv('region;næring;år;verdi\n34;Industri;2021;100\n34;Bygge- og anleggsvirksomhet;2021;200\n34;Industri;2020;90\n');
    expect(d.dimensions).to.deep.equal([
      {
        id: 'naering',
        label: 'næring',
        categories: [
          { code: 'industri', label: 'Industri' },
          { code: 'bygge-og-anleggsvirksomhet', label: 'Bygge- og anleggsvirksomhet' },
        ],
      },
    ]);
    expect(find(d, { period: '2021', dims: { naering: 'bygge-og-anleggsvirksomhet' } }).value).to.equal(200);
    expect(d.measures).to.deep.equal([{ code: 'verdi', label: 'Verdi' }]);
  });
  it('reads several value columns as several measures', () => {
    const d = parseCsv('region;aar;bruttoprodukt_mill_kr;sysselsatte_personer_1000\n04 Hedmark (-2019);2019;76980;92.9\n');
    expect(find(d, { measure: 'bruttoprodukt-mill-kr' })).to.include({ value: 76980, unit: 'mill. kr', period: '2019', region: '04' });
    expect(find(d, { measure: 'sysselsatte-personer-1000' }).value).to.equal(92.9);
  });
  it('finds a period column by its content (years, quarters, months)', () => {
    const d = parseCsv('region;tidsrom;verdi\n3401;2021K3;1\n3401;2021K1;2\n3401;2020K4;3\n');
    expect(d.periods).to.deep.equal(['2020K4', '2021K1', '2021K3']);
    expect(d.dimensions).to.deep.equal([]);
  });
  it('reports a missing period', () => {
    const e = feedError(() => parseCsv('region;år;verdi\n3401;2021;1\n3403;;2\n'));
    expect(e.issues[0]!.path).to.equal('line 3, column "år"');
  });
  it('warns about duplicate cells', () => {
    const d = parseCsv('region;år;verdi\n3401;2021;1\n3401;2021;2\n');
    expect(d.observations).to.have.length(2);
    expect(d.warnings.map((w) => w.path)).to.deep.equal(['line 3, column "verdi"']);
    expect(d.warnings[0]!.message).to.match(/already given/);
  });
});

describe('parseCsv: wide tables', () => {
  it('reads years as column names', () => {
    const d = parseCsv('region;2021;2019;2020\n3401 Kongsvinger;3;1;2\n3403 Hamar;6;4;5\n', { indicator: 'jobs' });
    expect(d.periods).to.deep.equal(['2019', '2020', '2021']);
    expect(d.observations).to.have.length(6);
    expect(find(d, { region: '3403', period: '2019' }).value).to.equal(4);
    expect(d.measures).to.deep.equal([{ code: 'jobs', label: 'jobs' }]);
  });
  it('reads Statbank\'s "measure year" column names', () => {
    const d = parseCsv(
      '"region";"Sysselsatte personer etter arbeidssted 2021";"Sysselsatte personer etter arbeidssted 2022";"Personer som pendler inn i regionen 2022"\n"3401 Kongsvinger";8000;8100;1200\n',
    );
    expect(d.periods).to.deep.equal(['2021', '2022']);
    expect(d.measures.map((m) => m.code)).to.deep.equal(['sysselsatte-personer-etter-arbeidssted', 'personer-som-pendler-inn-i-regionen']);
    expect(find(d, { measure: 'sysselsatte-personer-etter-arbeidssted', period: '2022' }).value).to.equal(8100);
    expect(find(d, { measure: 'personer-som-pendler-inn-i-regionen' })).to.include({
      period: '2022',
      value: 1200,
      measureLabel: 'Personer som pendler inn i regionen',
    });
  });
  it('reads a measure column with years as column names', () => {
    const d = parseCsv('region;statistikkvariabel;2020;2021\n34;Sysselsatte;1;2\n34;Arbeidsledige;3;4\n');
    expect(find(d, { measure: 'arbeidsledige', period: '2021' }).value).to.equal(4);
  });
  it('reads measure names as columns, with the period from options.period or the title', () => {
    const d = parseCsv(';Arbeidsledige;Sysselsatte\nInnlandet;1,30 %;57,50 %\n', { period: '2020' });
    expect(find(d, { region: 'Innlandet', measure: 'sysselsatte' })).to.include({ value: 57.5, period: '2020', unit: '%' });
    expect(d.warnings).to.deep.equal([]);

    const titled = parseCsv('Arbeidsstyrken 2020\nfylke;Arbeidsledige;Sysselsatte\nInnlandet;1,3;57,5\n');
    expect(titled.periods).to.deep.equal(['2020']);

    const none = parseCsv('fylke;Arbeidsledige\nInnlandet;1,3\n');
    expect(none.observations[0]!.period).to.equal('');
    expect(none.periods).to.deep.equal([]);
    expect(none.warnings.map((w) => w.message)).to.deep.equal([
      'No column gives the year or period, and no column name contains one: the values have no period.',
    ]);
  });
});

describe('parseCsv: ragged rows and errors', () => {
  it('warns about lines with too many or too few fields and reads what it can', () => {
    const d = parseCsv('region;2020;2021\n3401;1;2;99\n3403;3\n3405;5;6;\n');
    expect(d.observations.map((o) => [o.region, o.period, o.value])).to.deep.equal([
      ['3401', '2020', 1],
      ['3401', '2021', 2],
      ['3403', '2020', 3],
      ['3405', '2020', 5],
      ['3405', '2021', 6],
    ]);
    const paths = d.warnings.map((w) => w.path);
    expect(paths).to.include('line 2');
    expect(paths).to.include('line 3');
    expect(d.warnings.find((w) => w.path === 'line 2')!.message).to.match(/4 fields but the header names 3 columns/);
    expect(d.warnings.find((w) => w.path === 'line 3')!.message).to.match(/2 fields but the header names 3 columns/);
    // The trailing delimiter on line 4 is not a problem.
    expect(paths).not.to.include('line 4');
  });
  it('warns about a one-field line between data lines', () => {
    const d = parseCsv('region;2021\n3401;1\nKongsvinger\n3403;2\n');
    expect(d.observations).to.have.length(2);
    expect(d.warnings.map((w) => w.path)).to.deep.equal(['line 3']);
    expect(d.notes).to.deep.equal([]);
  });
  it('fails with a plain message when no column holds numbers', () => {
    const e = feedError(() => parseCsv('kommune;navn;merknad\n3401;Kongsvinger;ny 2020\n3403;Hamar;ny 2020\n'));
    expect(e.issues).to.have.length(1);
    expect(e.issues[0]!.path).to.equal('line 1');
    expect(e.issues[0]!.message).to.match(/No column holds numbers/);
    expect(e.issues[0]!.message).to.contain('"merknad"');
  });
  it('lists every non-number in a value column with its line and column', () => {
    const csv = ['"Sysselsatte"', '', 'region;2020;2021', '3401;1;2', '3403;3;4', '3405;5;6', '3407;mangler;8', '3411;9;ukjent'].join('\n');
    const e = feedError(() => parseCsv(csv));
    expect(e.issues.map((i) => i.path)).to.deep.equal(['line 7, column "2020"', 'line 8, column "2021"']);
    expect(e.issues[0]!.message).to.equal(
      '"mangler" is not a number. Write a number such as 1 234,5 or 57,5 %, or a status symbol such as .. (not available).',
    );
    expect(e.message).to.match(/2 problems/);
  });
  it('names a column without a header by its position', () => {
    const e = feedError(() => parseCsv('region;;2021\n3401;1;2\n3403;x;4\n3405;2;3\n'));
    expect(e.issues.map((i) => i.path)).to.deep.equal(['line 3, column 2']);
  });
});

describe('parseCsv: Statistics Norway fixtures', () => {
  it('11616 commuting, Statbank CSV in ISO-8859-1 with a title line and years in column names', async function () {
    const path = 'fixtures/ssb/ssb_11616_pendling_vestfold-telemark_2021_statbank_latin1.csv';
    const bytes = await sharedBytes(path);
    if (!bytes) return skipShared(this, path);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture really is latin1').to.throw();

    const d = parseCsv(bytes);
    expect(d.title).to.equal('11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år');
    expect(d.sources[0]!.table).to.equal('11616');
    expect(d.periods).to.deep.equal(['2021']);
    expect(d.regions).to.have.length(23);
    expect(d.observations).to.have.length(92);
    expect(d.warnings).to.deep.equal([]);
    expect(d.measures.map((m) => m.label)).to.deep.equal([
      'Sysselsatte personer bosatt i regionen',
      'Personer som pendler inn i regionen',
      'Personer som pendler ut av regionen',
      'Sysselsatte personer med arbeidssted i regionen',
    ]);

    const horten = d.regions.find((r) => r.code === '3801');
    expect(horten).to.deep.equal({ code: '3801', name: 'Horten', level: 'municipality' });
    expect(find(d, { region: '3801', measure: 'sysselsatte-personer-bosatt-i-regionen' })).to.include({ value: 12807, regionLabel: 'Horten', period: '2021' });
    expect(find(d, { region: '3801', measure: 'personer-som-pendler-inn-i-regionen' }).value).to.equal(4367);
    expect(find(d, { region: '3801', measure: 'personer-som-pendler-ut-av-regionen' }).value).to.equal(5814);
    expect(find(d, { region: '3801', measure: 'sysselsatte-personer-med-arbeidssted-i-regionen' }).value).to.equal(11360);
    expect(find(d, { region: '3825', measure: 'sysselsatte-personer-med-arbeidssted-i-regionen' }).value).to.equal(1878);

    expect(d.regions.find((r) => r.code === '3803')!.name).to.equal('Tønsberg');
    expect(d.regions.find((r) => r.code === '3811')!.name).to.equal('Færder');
    expect(d.regions.find((r) => r.code === '3814')!.name).to.equal('Kragerø');
    for (const r of d.regions) expect(r.name).not.to.match(/[\ufffd]|Ã/);
  });

  it('13563 labour force: BOM, empty first header cell, "57,50 %"', async function () {
    const path = 'fixtures/ssb/arbeidsstyrken_fylkene_2020_ssb13563_desimalkomma.csv';
    const bytes = await sharedBytes(path);
    if (!bytes) return skipShared(this, path);
    expect(bytes.slice(0, 3)).to.deep.equal(Uint8Array.of(0xef, 0xbb, 0xbf));

    const d = parseCsv(bytes, { period: '2020', sourceTitle: 'SSB 13563' });
    expect(d.regions).to.have.length(11);
    expect(d.observations).to.have.length(77);
    expect(d.warnings).to.deep.equal([]);
    expect(d.sources[0]!.title).to.equal('SSB 13563');
    expect(d.measures.map((m) => [m.label, m.unit])).to.deep.equal([
      ['Andre', '%'],
      ['AFP og alderspensjon', '%'],
      ['AAP og uføre', '%'],
      ['På arbeidsmarkedstiltak', '%'],
      ['Ordinær utdanning', '%'],
      ['Arbeidsledige', '%'],
      ['Sysselsatte', '%'],
    ]);
    const innlandet = d.observations.filter((o) => o.region === 'Innlandet');
    expect(innlandet.map((o) => o.value)).to.deep.equal([3.7, 21.7, 8.7, 0.9, 6.1, 1.3, 57.5]);
    for (const o of innlandet) expect(o).to.include({ regionLabel: 'Innlandet', period: '2020', unit: '%' });
    expect(find(d, { region: 'Møre og Romsdal', measure: 'sysselsatte' }).value).to.equal(60.3);
  });

  it('11713 gross product and employment, long format with an industry dimension', async function () {
    const path = 'fixtures/ssb/DERIVED_ssb_11713_brp_sysselsatte_landet_hedmark_oppland_2008-2019.csv';
    const bytes = await sharedBytes(path);
    if (!bytes) return skipShared(this, path);

    const d = parseCsv(bytes, { indicator: 'value-creation' });
    // 972 data rows, two value columns each.
    expect(d.observations).to.have.length(972 * 2);
    expect(d.warnings).to.deep.equal([]);
    expect(d.regions.map((r) => [r.code, r.name, r.level])).to.deep.equal([
      ['0', 'Hele landet', 'country'],
      ['04', 'Hedmark (-2019)', 'county'],
      ['05', 'Oppland (-2019)', 'county'],
    ]);
    expect(d.periods).to.deep.equal(['2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
    expect(d.dimensions.map((x) => [x.id, x.categories.length])).to.deep.equal([['naering', 27]]);
    const total = d.dimensions[0]!.categories.find((c) => c.label === 'Totalt for næringer')!.code;

    const gp = 'bruttoprodukt-basisverdi-lopende-priser-mill-kr';
    const emp = 'sysselsatte-personer-1000';
    expect(d.measures.map((m) => m.code)).to.deep.equal([gp, emp]);
    expect(d.measures[0]!.unit).to.equal('mill. kr');
    const hedmarkGp = find(d, { region: '04', period: '2019', measure: gp, dims: { naering: total } });
    expect(hedmarkGp).to.include({ value: 76980, regionLabel: 'Hedmark (-2019)', originalRegion: '04 Hedmark (-2019)', indicator: 'value-creation' });
    expect(find(d, { region: '04', period: '2019', measure: emp, dims: { naering: total } }).value).to.equal(92.9);
    expect(find(d, { region: '05', period: '2019', measure: gp, dims: { naering: total } }).value).to.equal(74057);

    // Float artefacts from the spreadsheet export are numbers.
    expect(find(d, { region: '0', period: '2008', measure: emp, dims: { naering: total } }).value).to.be.closeTo(2569.7, 1e-9);

    // ".." (not available, 33 cells) and ":" (confidential, 96 cells) are labelled gaps, never 0.
    expect(d.observations.filter((o) => o.status === '..')).to.have.length(33);
    expect(d.observations.filter((o) => o.status === ':')).to.have.length(96);
    const gaps = d.observations.filter((o) => o.value === null);
    expect(gaps).to.have.length(33 + 96);
    for (const o of gaps) expect(o.status).to.be.oneOf(['..', ':']);
    const housing = d.dimensions[0]!.categories.find((c) => c.label === 'Boligtjenester, egen bolig')!.code;
    expect(find(d, { region: '04', period: '2018', measure: emp, dims: { naering: housing } })).to.include({ value: null, status: '..' });
    expect(find(d, { region: '04', period: '2018', measure: gp, dims: { naering: housing } }).value).to.equal(4562);
    // A real 0 stays 0.
    const zero = find(d, { region: '04', period: '2019', measure: emp, dims: { naering: housing } });
    expect(zero.value).to.equal(0);
    expect(zero.status).to.equal(undefined);
    const fishing = d.dimensions[0]!.categories.find((c) => c.label === 'Fiske, fangst og akvakultur')!.code;
    expect(find(d, { region: '05', period: '2012', measure: gp, dims: { naering: fishing } })).to.include({ value: null, status: ':' });
  });
});

describe('parseCsv: many problems', () => {
  it('counts every problem in the message, lists the first 50 and says how many more there were', () => {
    const rows = ['region;år;verdi', ...Array.from({ length: 60 }, (_, i) => `3401;${2000 + i};abc${i}`)];
    let error: FeedError | undefined;
    try {
      parseCsv(rows.join('\n'));
    } catch (e) {
      error = e as FeedError;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.message).to.equal('The CSV file could not be read: 60 problems.');
    expect(error!.issues).to.have.length(51);
    expect(error!.issues[50]).to.deep.equal({ path: '…', message: '10 further problems were not listed.' });
  });
});
