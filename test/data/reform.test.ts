import { expect } from '@open-wc/testing';
import { HEDMARK_MUNICIPALITIES, OPPLAND_MUNICIPALITIES, regionInfo } from '../../src/data/geography.js';
import { REFORM_2020, harmoniseCode, harmoniseObservations, reformPredecessors } from '../../src/data/reform.js';
import type { Observation } from '../../src/data/types.js';
import { sharedBytes, skipShared } from '../shared-fixtures.js';

const ENDRINGER = 'fixtures/ssb/klass_131_endringer_2019-2020_latin1_nbsp.csv';
const KOMMUNENUMMER = 'fixtures/ssb/kommunenummer_2013-2020_til_2020-koder_long.csv';

const latin1 = (bytes: Uint8Array): string => new TextDecoder('iso-8859-1').decode(bytes);
const municipalityEntries = (): Array<[string, string]> => Object.entries(REFORM_2020).filter(([old]) => old.length === 4);

describe('reform: the 2020 code table', () => {
  it('maps every Hedmark and Oppland code, and the counties', () => {
    expect(municipalityEntries().map(([old]) => old)).to.have.members([...HEDMARK_MUNICIPALITIES, ...OPPLAND_MUNICIPALITIES]);
    expect(REFORM_2020['04']).to.equal('34');
    expect(REFORM_2020['05']).to.equal('34');
    for (const [old, current] of municipalityEntries()) {
      const info = regionInfo(current);
      expect(info, current).to.not.equal(undefined);
      expect(info!.parent, `${old} → ${current}`).to.equal(old === '0532' || old === '0533' ? '30' : '34');
      expect(info!.name.replace(/ \(Innlandet\)$/, ''), `${old} → ${current}`).to.equal(regionInfo(old)!.name);
    }
    expect(reformPredecessors('34')).to.deep.equal(['04', '05']);
    expect(reformPredecessors('3407')).to.deep.equal(['0502']);
    expect(reformPredecessors('0301')).to.deep.equal([]);
  });

  it('harmonises single codes', () => {
    expect(harmoniseCode('0502')).to.deep.equal({ code: '3407', changed: true });
    expect(harmoniseCode('0529')).to.deep.equal({ code: '3443', changed: true });
    expect(harmoniseCode('0532')).to.deep.equal({ code: '3053', changed: true });
    expect(harmoniseCode('0533')).to.deep.equal({ code: '3054', changed: true });
    expect(harmoniseCode('04')).to.deep.equal({ code: '34', changed: true });
    expect(harmoniseCode('3407')).to.deep.equal({ code: '3407', changed: false });
    expect(harmoniseCode('0301')).to.deep.equal({ code: '0301', changed: false });
    expect(harmoniseCode('R-gjovik')).to.deep.equal({ code: 'R-gjovik', changed: false });
  });

  it('agrees with every 04xx/05xx row of KLASS 131 changes 2019→2020, and the other way round', async function () {
    const bytes = await sharedBytes(ENDRINGER);
    if (!bytes) return skipShared(this, ENDRINGER);
    const lines = latin1(bytes).split('\r\n');
    expect(lines[0]).to.equal('kommuner_2019;kommuner_2020;splittes');
    const code = (field: string): string => /^(\d{4})\u00a0-\u00a0/.exec(field)![1]!;
    const fromFile = new Map<string, string>();
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const [from, to, split] = line.split(';');
      const old = code(from!);
      if (!/^0[45]/.test(old)) continue;
      expect(split, line).to.equal('0');
      expect(fromFile.has(old), `${old} twice`).to.equal(false);
      fromFile.set(old, code(to!));
    }
    expect(fromFile.size).to.equal(48);
    expect(Object.fromEntries(municipalityEntries())).to.deep.equal(Object.fromEntries(fromFile));
  });

  it('agrees with the 2013–2020 municipality number list for every 04xx/05xx code', async function () {
    const bytes = await sharedBytes(KOMMUNENUMMER);
    if (!bytes) return skipShared(this, KOMMUNENUMMER);
    const lines = latin1(bytes)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).to.equal('"kommunenummer_2020";"kommunenavn_2020";"historisk_nummer"');
    const fromFile = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const [current, , historic] = line.split(';').map((f) => f.replace(/^"|"$/g, ''));
      if (!/^0[45]\d\d$/.test(historic!)) continue;
      fromFile.set(historic!, current!);
    }
    expect(fromFile.size).to.equal(48);
    expect(Object.fromEntries(municipalityEntries())).to.deep.equal(Object.fromEntries(fromFile));
    // Nothing else in the list became an Innlandet code
    const intoInnlandet = lines
      .slice(1)
      .map((l) => l.split(';').map((f) => f.replace(/^"|"$/g, '')))
      .filter(([c]) => c!.startsWith('34'));
    for (const [current, , historic] of intoInnlandet) expect(REFORM_2020[historic!], `${historic} → ${current}`).to.equal(current);
  });
});

function obs(region: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { measure: 'gdp', measureLabel: 'Gross product', region, regionLabel: region, period: '2019', value, dims: {}, ...extra };
}

const additive = (m: string): boolean => m === 'gdp' || m === 'employed';

describe('reform: harmoniseObservations', () => {
  it('renames one-to-one municipality codes and keeps the original', () => {
    const input = [obs('0502', 10, { regionLabel: '0502 Gjøvik' }), obs('0426', 5, { originalRegion: 'K-0426' }), obs('3407', 11, { period: '2020' })];
    const { observations, warnings } = harmoniseObservations(input, additive);
    expect(warnings).to.deep.equal([]);
    expect(observations).to.deep.equal([
      obs('3407', 10, { regionLabel: 'Gjøvik', originalRegion: '0502' }),
      obs('3419', 5, { regionLabel: 'Våler (Innlandet)', originalRegion: 'K-0426' }),
      obs('3407', 11, { period: '2020' }),
    ]);
    expect(input[0]!.region).to.equal('0502'); // input untouched
  });

  it('an empty Innlandet cell (the county did not exist yet) gives way to the sum of Hedmark and Oppland', () => {
    const input = [obs('04', 76980), obs('05', 70000), obs('34', null, { status: '..' }), obs('34', 150000, { period: '2020' })];
    const { observations, warnings } = harmoniseObservations(input, additive);
    expect(warnings).to.deep.equal([]);
    expect(observations.map((o) => [o.region, o.period, o.value, o.originalRegion])).to.deep.equal([
      ['34', '2019', 146980, '04+05'],
      ['34', '2020', 150000, undefined],
    ]);
    // And a one-to-one municipality: an empty 3407 cell for 2019 gives way to 0502's figure.
    const one = harmoniseObservations([obs('3407', null, { status: '..' }), obs('0502', 10)], additive).observations;
    expect(one.map((o) => [o.region, o.value, o.originalRegion])).to.deep.equal([['3407', 10, '0502']]);
    // A new-code cell with a figure still wins, with a warning (never counted twice).
    const both = harmoniseObservations([obs('04', 1), obs('05', 2), obs('34', 4)], additive);
    expect(both.observations.filter((o) => o.region === '34').map((o) => o.value)).to.deep.equal([4]);
    expect(both.warnings).to.have.length(1);
  });

  it('sums Hedmark and Oppland into Innlandet for an additive measure', () => {
    const input = [
      obs('0', 3000),
      obs('04', 76980, { ref: 'a:1', source: 's' }),
      obs('05', 70000.5, { ref: 'a:2', source: 's', decimals: 1 }),
      obs('04', 92.9, { measure: 'employed', measureLabel: 'Employed' }),
      obs('05', 90.1, { measure: 'employed', measureLabel: 'Employed' }),
    ];
    const { observations, warnings } = harmoniseObservations(input, additive);
    expect(warnings).to.deep.equal([]);
    expect(observations).to.have.length(3);
    expect(observations[0]).to.deep.equal(obs('0', 3000));
    const gdp = observations[1]!;
    expect(gdp).to.include({
      region: '34',
      regionLabel: 'Innlandet',
      originalRegion: '04+05',
      value: 146980.5,
      derived: true,
      ref: 'a:1 + a:2',
      source: 's',
      decimals: 1,
    });
    expect((gdp.note as { en: string }).en).to.match(/Jevnaker and Lunner/);
    expect(observations[2]).to.include({ region: '34', measure: 'employed', originalRegion: '04+05', derived: true });
    expect(observations[2]!.value).to.be.closeTo(183, 1e-9);
  });

  it('sums per period and per dimension, never across them', () => {
    const input = [
      obs('04', 1, { dims: { industry: 'A' } }),
      obs('04', 2, { dims: { industry: 'B' } }),
      obs('05', 10, { dims: { industry: 'A' } }),
      obs('05', 20, { dims: { industry: 'B' } }),
      obs('04', 100, { period: '2018', dims: { industry: 'A' } }),
      obs('05', 200, { period: '2018', dims: { industry: 'A' } }),
    ];
    const { observations } = harmoniseObservations(input, additive);
    expect(observations.map((o) => [o.region, o.period, o.dims['industry'], o.value])).to.deep.equal([
      ['34', '2019', 'A', 11],
      ['34', '2019', 'B', 22],
      ['34', '2018', 'A', 300],
    ]);
  });

  it('does not sum a non-additive measure: keeps the old codes and warns', () => {
    const input = [
      obs('04', 4.1, { measure: 'rd-share', measureLabel: 'R&D share' }),
      obs('05', 3.2, { measure: 'rd-share', measureLabel: 'R&D share' }),
      obs('04', 4.0, { measure: 'rd-share', measureLabel: 'R&D share', period: '2018' }),
      obs('05', 3.0, { measure: 'rd-share', measureLabel: 'R&D share', period: '2018' }),
      obs('0502', 1.5, { measure: 'rd-share', measureLabel: 'R&D share' }),
    ];
    const { observations, warnings } = harmoniseObservations(input, additive);
    expect(observations.map((o) => [o.region, o.value, o.originalRegion, o.derived])).to.deep.equal([
      ['04', 4.1, undefined, undefined],
      ['05', 3.2, undefined, undefined],
      ['04', 4.0, undefined, undefined],
      ['05', 3.0, undefined, undefined],
      ['3407', 1.5, '0502', undefined], // a one-to-one rename is fine for any measure
    ]);
    expect(warnings).to.have.length(1); // grouped, not one per cell
    expect(warnings[0]!.path).to.equal('measure rd-share');
    expect(warnings[0]!.message).to.match(/^2 cells of "R&D share".*not additive/);
  });

  it('does not turn Hedmark alone into Innlandet', () => {
    const { observations, warnings } = harmoniseObservations([obs('04', 76980), obs('0403', 7)], additive);
    expect(observations.map((o) => o.region)).to.deep.equal(['04', '3403']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.message).to.match(/05 Oppland/);
  });

  it('does not count a unit twice when the data already has it under the new code', () => {
    const input = [obs('04', 1), obs('05', 2), obs('34', 3), obs('0502', 10), obs('3407', 10)];
    const { observations, warnings } = harmoniseObservations(input, additive);
    expect(observations.map((o) => [o.region, o.value])).to.deep.equal([
      ['04', 1],
      ['05', 2],
      ['34', 3],
      ['0502', 10],
      ['3407', 10],
    ]);
    expect(warnings).to.have.length(2);
  });

  it('gives a gap, not a number, when a part is missing its value', () => {
    const { observations } = harmoniseObservations([obs('04', 5), obs('05', null, { status: ':' })], additive);
    expect(observations).to.have.length(1);
    expect(observations[0]).to.include({ region: '34', value: null, status: ':', originalRegion: '04+05' });
  });

  it('carries qualifiers over to the sum', () => {
    const { observations } = harmoniseObservations(
      [
        obs('04', 5, { qualifier: 'atLeast', qualifierText: 'over 5' }),
        obs('05', 6, { qualifier: 'atLeast', qualifierText: 'over 6' }),
        obs('04', 5, { period: '2018', qualifier: 'atLeast' }),
        obs('05', 6, { period: '2018', qualifier: 'atMost' }),
        obs('04', 5, { period: '2017' }),
        obs('05', 6, { period: '2017' }),
      ],
      additive,
    );
    expect(observations.map((o) => [o.period, o.value, o.qualifier, o.qualifierText])).to.deep.equal([
      ['2019', 11, 'atLeast', undefined],
      ['2018', 11, 'approx', undefined],
      ['2017', 11, undefined, undefined],
    ]);
  });

  it('maps Jevnaker and Lunner out of Innlandet', () => {
    const { observations } = harmoniseObservations([obs('0532', 1), obs('0533', 2)], additive);
    expect(observations.map((o) => [o.region, o.regionLabel, o.originalRegion])).to.deep.equal([
      ['3053', 'Jevnaker', '0532'],
      ['3054', 'Lunner', '0533'],
    ]);
  });
});
