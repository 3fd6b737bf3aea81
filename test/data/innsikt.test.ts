import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import { FeedError } from '../../src/data/errors.js';

const base = () => ({
  innsikt: '1',
  indicators: [
    {
      id: 'employment-change',
      title: { nb: 'Sysselsettingsendring', en: 'Change in employment' },
      measures: [{ id: 'change-pct', label: { nb: 'Endring i prosent' }, unit: '%', decimals: 1 }],
    },
  ],
  regions: [
    { code: '0', name: { nb: 'Norge', en: 'Norway' }, level: 'country' },
    { code: '05', name: 'Oppland', level: 'county', validTo: '2019' },
  ],
  sources: [{ id: 'nibr', title: 'Klynger, nettverk og verdiskaping i Innlandet', publisher: 'NIBR' }],
  observations: [
    { indicator: 'employment-change', measure: 'change-pct', region: '0', period: '1990-2002', value: 12, ref: '002_4b4b011be2bef435.txt:368' },
    {
      indicator: 'employment-change',
      measure: 'change-pct',
      region: '05',
      period: '1990-2002',
      value: 4,
      qualifier: 'atLeast',
      qualifierText: 'vel 4 prosent',
    },
  ] as unknown[],
});

function issuesOf(fn: () => unknown): Array<{ path: string; message: string }> {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(FeedError);
    return (err as FeedError).issues;
  }
  throw new Error('expected a FeedError');
}

describe('Innsikt feed v1', () => {
  it('reads observations with labels, units, qualifiers and sources', () => {
    const ds = parseFeed(base());
    expect(ds.format).to.equal('innsikt');
    expect(ds.observations).to.have.length(2);
    const oppland = ds.observations.find((o) => o.region === '05')!;
    expect(oppland).to.include({
      value: 4,
      qualifier: 'atLeast',
      qualifierText: 'vel 4 prosent',
      unit: '%',
      decimals: 1,
      regionLabel: 'Oppland',
      measureLabel: 'Endring i prosent',
      source: 'nibr',
    });
    expect(ds.regions.find((r) => r.code === '0')!.names).to.deep.equal({ en: 'Norway' });
    expect(ds.periods).to.deep.equal(['1990-2002']);
  });

  it('detects the format from text as well as from a parsed object', () => {
    expect(parseFeed(JSON.stringify(base())).observations).to.have.length(2);
    expect(parseFeed(new TextEncoder().encode(JSON.stringify(base()))).observations).to.have.length(2);
  });

  it('reports several problems at once, each with a path and a sentence', () => {
    const feed = base();
    feed.observations.push(
      { indicator: 'employment-change', measure: 'change-pct', region: '05', period: '2002', value: '1 200' },
      { indicator: 'employment-change', measure: 'change-pct', region: '99', period: 'last year', value: null },
    );
    const issues = issuesOf(() => parseFeed(feed));
    expect(issues.map((i) => i.path)).to.have.members(['observations[2].value', 'observations[3].period', 'observations[3].status']);
    expect(issues.find((i) => i.path === 'observations[2].value')!.message).to.equal('expected a number or null, got the text "1 200".');
    expect(issues.find((i) => i.path === 'observations[3].period')!.message).to.equal(
      'expected a year ("2002"), a span ("1990-2002"), a quarter ("2021K3") or a month ("2021M04"), got the text "last year".',
    );
    expect(issues.find((i) => i.path === 'observations[3].status')!.message).to.contain('a missing value (null) needs a status symbol');
  });

  it('once the shape is right, reports references to what the feed does not list', () => {
    const feed = base();
    feed.observations.push(
      { indicator: 'employment-change', measure: 'change-pct', region: '99', period: '2002', value: 1 },
      { indicator: 'sysselsetting', measure: 'change-pct', region: '05', period: '2002', value: 1, source: 'ssb' },
    );
    const issues = issuesOf(() => parseFeed(feed));
    expect(issues).to.deep.include({ path: 'observations[2].region', message: '"99" is not listed in "regions".' });
    expect(issues).to.deep.include({ path: 'observations[3].indicator', message: '"sysselsetting" is not listed in "indicators".' });
    expect(issues).to.deep.include({ path: 'observations[3].source', message: '"ssb" is not listed in "sources".' });
  });

  it('says what is wrong with a text or { nb, nn, en } in one sentence, not one per alternative', () => {
    const feed = base() as unknown as { indicators: Array<Record<string, unknown>> };
    feed.indicators[0]!.title = 12;
    feed.indicators[0]!.unit = { en: 'per cent' };
    feed.indicators[0]!.description = '';
    const issues = issuesOf(() => parseFeed(feed));
    expect(issues).to.deep.equal([
      { path: 'indicators[0].title', message: 'expected a text or an object, got the number 12.' },
      { path: 'indicators[0].description', message: 'is empty.' },
      { path: 'indicators[0].unit.nb', message: 'is missing.' },
    ]);
  });

  it('reads a report figure\u2019s citation: series and authors of the source, quote and part of the figure; rejects a quote too long', () => {
    const feed = base();
    Object.assign(feed.sources[0]!, { series: 'NIBR-notat 2004:116', authors: 'Tom Johnstad (red.)' });
    Object.assign(feed.observations[0] as object, { quote: 'Sysselsettingen økte med 12 prosent.', part: 'kapittel 3' });
    const ds = parseFeed(feed);
    expect(ds.sources[0]).to.include({ series: 'NIBR-notat 2004:116', authors: 'Tom Johnstad (red.)' });
    expect(ds.observations[0]).to.include({ quote: 'Sysselsettingen økte med 12 prosent.', part: 'kapittel 3', ref: '002_4b4b011be2bef435.txt:368' });
    Object.assign(feed.observations[0] as object, { quote: 'x'.repeat(2001), part: 3 });
    const issues = issuesOf(() => parseFeed(feed));
    expect(issues.map((i) => i.path)).to.include.members(['observations[0].quote', 'observations[0].part']);
    expect(issues.find((i) => i.path === 'observations[0].quote')!.message).to.equal('is 2001 characters long; at most 2000 are allowed.');
  });

  it('keeps a missing value as a gap with its status, never as zero', () => {
    const feed = base();
    feed.observations.push({ indicator: 'employment-change', measure: 'change-pct', region: '05', period: '2003', value: null, status: ':' });
    const gap = parseFeed(feed).observations.find((o) => o.period === '2003')!;
    expect(gap.value).to.equal(null);
    expect(gap.status).to.equal(':');
  });

  it('warns about duplicates and unknown status symbols instead of failing', () => {
    const feed = base();
    feed.observations.push(feed.observations[0], {
      indicator: 'employment-change',
      measure: 'change-pct',
      region: '05',
      period: '2003',
      value: null,
      status: '?',
    });
    const ds = parseFeed(feed);
    expect(ds.observations).to.have.length(3);
    expect(ds.warnings.map((w) => w.path)).to.deep.equal(['observations[2]', 'observations[3].status']);
  });

  it('refuses non-http source links and unknown fields', () => {
    const feed = base() as Record<string, unknown>;
    (feed.sources as Array<Record<string, unknown>>)[0]!.url = 'javascript:alert(1)';
    feed.extra = true;
    const paths = issuesOf(() => parseFeed(feed)).map((i) => i.path);
    expect(paths).to.include.members(['sources[0].url', '(feed).extra']);
  });

  it('rejects a wrong version and says which one it understands', () => {
    const issues = issuesOf(() => parseFeed({ ...base(), innsikt: '2' }));
    expect(issues[0]).to.deep.equal({ path: 'innsikt', message: 'this reader understands feed version "1", the feed says the text "2".' });
  });

  it('says plainly when the input is not a feed at all', () => {
    expect(issuesOf(() => parseFeed('{"a": 1}'))[0]!.message).to.contain('neither an Innsikt feed');
    expect(issuesOf(() => parseFeed('{"innsikt": "1", "obs'))[0]!.message).to.contain('not valid JSON');
    expect(issuesOf(() => parseFeed(''))[0]!.message).to.satisfy((m: string) => m.length > 0);
  });

  it('labels dims with declared dimension labels', () => {
    const feed = base() as Record<string, unknown>;
    feed.dimensions = [{ id: 'type', label: { nb: 'Type' }, categories: [{ code: 'personal', label: { nb: 'Personrettet', en: 'Personal' } }] }];
    (feed.observations as unknown[]).push({
      indicator: 'employment-change',
      measure: 'change-pct',
      region: '0',
      period: '2000',
      value: 1,
      dims: { type: 'personal' },
    });
    const ds = parseFeed(feed);
    expect(ds.dimensions).to.deep.equal([
      { id: 'type', label: { nb: 'Type' }, categories: [{ code: 'personal', label: { nb: 'Personrettet', en: 'Personal' } }] },
    ]);
  });
});
