/**
 * The demo's front page (demo/index.html) leads with real Statistics Norway figures from demo/data/real-*.json
 * (made by `npm run demo:data`): the net commuting map shows all 46 municipalities, GRP per employed person
 * for Norway reads as the feed has it, employed persons are drawn by industry, and the report figures follow
 * under a heading of their own. Needs `npm run build` (the page loads ../dist/innsikt.js).
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from './frame.js';

interface Obs {
  measure: string;
  region: string;
  period: string;
  value: number | null;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** `1 115 914`, as the widgets write whole numbers in bokmål (a space between thousands). */
const nb = (n: number) =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

describe('demo front page: real figures first', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement;
  let doc: Document;

  before(async () => {
    frame = openFrame({ src: '/demo/index.html' });
    await until(() => (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('#pendling')) || undefined, 'the front page');
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  const root = (id: string) => doc.getElementById(id)!.shadowRoot;

  it('shows net commuting for all 46 municipalities on the map', async () => {
    const areas = await until(() => {
      const found = root('pendling')?.querySelectorAll('g[role="button"][data-code]');
      return found && found.length >= 46 ? found : undefined;
    }, 'the commuting map');
    const codes = [...areas].map((a) => a.getAttribute('data-code')!);
    expect(codes.filter((c) => /^34\d\d$/.test(c))).to.have.length(46);
    const feed = (await (await fetch('/demo/data/real-commuting.json')).json()) as { observations: Obs[] };
    const hamar = feed.observations.find((o) => o.measure === 'net' && o.region === '3403')!;
    const label = squash(root('pendling')!.querySelector('g[data-code="3403"]')!.getAttribute('aria-label'));
    expect(label).to.contain('Hamar').and.to.contain(nb(hamar.value!));
  });

  it('gives GRP per employed person for Norway as the feed has it, over 2008–2019 against Innlandet', async () => {
    const feed = (await (await fetch('/demo/data/real-value-creation.json')).json()) as { observations: Obs[] };
    const norway = feed.observations.find((o) => o.measure === 'grp-per-employed' && o.region === '0' && o.period === '2019')!;
    const innlandet2008 = feed.observations.find((o) => o.measure === 'grp-per-employed' && o.region === '34' && o.period === '2008')!;
    const kpi = await until(() => squash(root('brp')?.querySelector('.kpi-compare')?.textContent) || undefined, 'the key figure');
    expect(kpi).to.contain(`${nb(norway.value!)} kr`);
    const summary = await until(
      () => squash(root('brp-per-sysselsatt')?.querySelector('[part="summary"]')?.textContent) || undefined,
      "the line chart's summary",
    );
    expect(summary).to.contain(nb(innlandet2008.value!)).and.to.contain('2008').and.to.contain(nb(norway.value!));
    const source = squash(root('brp-per-sysselsatt')!.querySelector('[part="source"]')!.textContent);
    expect(source).to.contain('Statistisk sentralbyrå').and.to.contain('11713').and.to.contain('CC BY 4.0');
  });

  it('draws employed persons by industry as lines, one per industry', async () => {
    const summary = await until(() => squash(root('sysselsatte')?.querySelector('[part="summary"]')?.textContent) || undefined, 'the industry chart');
    expect(summary.toLowerCase()).to.contain('helse- og omsorgstjenester');
    doc.getElementById('sysselsatte')!.scrollIntoView();
    const chart = await until(
      () => (root('sysselsatte')?.querySelector('[part="chart"] svg, [part="chart"] canvas') ? root('sysselsatte') : undefined),
      'the chart',
      30000,
    );
    const text = squash(chart!.querySelector('[part="chart"]')!.textContent);
    for (const industry of ['Industri', 'Undervisning', 'Jordbruk og skogbruk']) expect(text).to.contain(industry);
  });

  it('keeps the report figures, under a heading of their own after the real figures', () => {
    const headings = [...doc.querySelectorAll('h2')].map((h) => squash(h.textContent));
    const real = headings.findIndex((h) => /Statistisk sentralbyrå/.test(h));
    const history = headings.findIndex((h) => /^Historiske tall/.test(h));
    expect(real).to.be.greaterThan(-1);
    expect(history).to.be.greaterThan(real);
    expect(doc.querySelector('inn-dashboard[src="data/innlandet.json"]')).to.exist;
  });
});
