import { expect } from '@open-wc/testing';
import { compareNames, periodOptions, regionGroups, regionOptions } from '../../src/components/inn-dashboard/options.js';
import type { Dataset } from '../../src/data/types.js';

// Place names as SSB writes them (Innlandet, the old counties, the planning regions), other Norwegian names with
// Æ, Ø, Å, Aa and accents, and names that differ only in case or accents.
const NAMES = [
  'Agder',
  'Akershus',
  'Alvdal',
  'Buskerud',
  'Dovre',
  'Eidskog',
  'Elverum',
  'Engerdal',
  'Etnedal',
  'Finnmark',
  'Folldal',
  'Gausdal',
  'Gjøvik',
  'Gjøvik region',
  'Gjøvikregionen',
  'Glåmdalen',
  'Gran',
  'Grue',
  'Hadeland',
  'Hamar',
  'Hamar region',
  'Hamarregionen',
  'Hedmark',
  'Innlandet',
  'Jevnaker',
  'Kongsvinger',
  'Lesja',
  'Lillehammer',
  'Lillehammer region',
  'Lillehammerregionen',
  'Lom',
  'Lunner',
  'Løten',
  'Midt-Gudbrandsdal',
  'Møre og Romsdal',
  'Nord-Aurdal',
  'Nord-Fron',
  'Nord-Gudbrandsdal',
  'Nord-Odal',
  'Nord-Østerdal',
  'Nordland',
  'Nordre Land',
  'Noreg',
  'Norge',
  'Norway',
  'Oppland',
  'Os',
  'Oslo',
  'Rendalen',
  'Ringebu',
  'Ringsaker',
  'Rogaland',
  'Sel',
  'Skjåk',
  'Stange',
  'Stor-Elvdal',
  'Søndre Land',
  'Sør-Aurdal',
  'Sør-Fron',
  'Sør-Odal',
  'Sør-Østerdal',
  'Telemark',
  'Tolga',
  'Troms',
  'Troms og Finnmark',
  'Trysil',
  'Trøndelag',
  'Tynset',
  'Valdres',
  'Vang',
  'Vestfold',
  'Vestfold og Telemark',
  'Vestland',
  'Vestre Slidre',
  'Vestre Toten',
  'Viken',
  'Vågå',
  'Våler',
  'Våler (Innlandet)',
  'Våler (Østfold)',
  'Åmot',
  'Åsnes',
  'Østfold',
  'Østre Toten',
  'Øyer',
  'Øystre Slidre',
  'Aasen',
  'Aal',
  'Ål',
  'Ås',
  'Årdal',
  'Aurland',
  'Bærum',
  'Bø',
  'Bømlo',
  'Zeta',
  'Ørsta',
  'Øvre Eiker',
  'Ulstein',
  'Ullensaker',
  'Tromsø',
  'Malvik',
  'Målselv',
  'Meløy',
  'Mære',
  'Mäkelä',
  'Müller',
  'Myre',
  'Holmestrand',
  'Høyanger',
  'Hå',
  'Haa',
  'Hø',
  'Hoff',
  'Hof',
  'hof',
  'Hóf',
  'Eide',
  'Eidé',
  'Èide',
  'oslo',
  'OSLO',
  'Os (Hedmark)',
  'Os i Østerdalen',
  'Os-Stranda',
];

describe('dashboard pickers', () => {
  it('order names the Norwegian way: Æ, Ø, Å after Z, and Aa as Å', () => {
    const names = ['Åmot', 'Østre Toten', 'Aurskog-Høland', 'Ålesund', 'Ørsta', 'Ærø', 'Zeta', 'Elverum', 'Aasen', 'Ås', 'Øyer', 'Alvdal', 'Eidsvoll'];
    expect([...names].sort(compareNames)).to.deep.equal([
      'Alvdal',
      'Aurskog-Høland',
      'Eidsvoll',
      'Elverum',
      'Zeta',
      'Ærø',
      'Ørsta',
      'Østre Toten',
      'Øyer',
      'Ålesund',
      'Åmot',
      'Ås',
      'Aasen',
    ]);
    // Case and accents only break ties.
    expect([...NAMES].sort(compareNames)).to.deep.equal([...NAMES].sort(new Intl.Collator('nb').compare));
  });

  it('list regions with figures by level, then by name, and periods newest first; memoized per feed list', () => {
    const ds = {
      regions: [
        { code: '3405', name: 'Lillehammer', level: 'municipality' },
        { code: '3403', name: 'Hamar', level: 'municipality' },
        { code: '3401', name: 'Kongsvinger', level: 'municipality' },
        { code: '3430', name: 'Os', level: 'municipality' },
        { code: '34', name: 'Innlandet', level: 'county' },
        { code: '0', name: 'Norge', names: { en: 'Norway' }, level: 'country' },
      ],
      observations: ['3405', '3403', '3430', '34', '0'].map((region) => ({ region })),
      periods: ['2019', '2021', '2020'],
    } as unknown as Dataset;
    const feeds = [{ dataset: ds }, {}];
    const regions = regionOptions(feeds, 'nb');
    expect(regions.map((r) => r.name)).to.deep.equal(['Norge', 'Innlandet', 'Hamar', 'Lillehammer', 'Os']);
    expect(regionOptions(feeds, 'en')[0]!.name).to.equal('Norway');
    expect(regionOptions(feeds, 'nb')).to.equal(regions);
    expect(periodOptions(feeds)).to.deep.equal(['2021', '2020', '2019']);
  });
});

describe('regionGroups (issue 15)', () => {
  it("lists a national table's municipalities Innlandet's first, then the rest grouped by county", () => {
    const m = (code: string, name: string) => ({ code, name, level: 'municipality' });
    const regions = [
      { code: '0', name: 'Norge', level: 'country' },
      { code: '34', name: 'Innlandet', level: 'county' },
      m('3101', 'Halden'),
      m('0301', 'Oslo'),
      m('3403', 'Hamar'),
      m('3407', 'Gjøvik'),
      m('1103', 'Stavanger'),
    ];
    expect(regionGroups(regions, 'nb').map((g) => [g.label, g.items.map((r) => r.name)])).to.deep.equal([
      ['Land', ['Norge']],
      ['Fylker', ['Innlandet']],
      ['Kommuner i Innlandet', ['Hamar', 'Gjøvik']],
      ['Kommuner i Oslo', ['Oslo']],
      ['Kommuner i Rogaland', ['Stavanger']],
      ['Kommuner i Østfold', ['Halden']],
    ]);
    // Municipalities of one county keep one group.
    expect(regionGroups([m('3403', 'Hamar'), m('3407', 'Gjøvik')], 'en').map((g) => g.label)).to.deep.equal(['Municipalities']);
  });
});
