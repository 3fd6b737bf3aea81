import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { mountIndicator } from '../mount.js';
import { applyState, decodeState, encodeState, stateOf } from '../../src/components/share/permalink.js';

/** The comparison-mode picker in the widget's toolbar, on the real value-creation feed (SSB table 11713). */
const FEED = '/demo/data/real-value-creation.json';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: InnIndicator, region: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith(region));

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

const mount = (attrs: Record<string, string> = {}) =>
  mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp-per-employed', period: '2019', view: 'table', compare: '0', ...attrs });

describe('<inn-indicator> comparison modes', () => {
  it('offers the modes the figures support (no per inhabitant without a population), and passes axe', async () => {
    const el = await mount();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.mode-picker select')!;
    expect(text(el.shadowRoot!.querySelector('.mode-picker')).startsWith('Vis som')).to.equal(true);
    expect([...select.options].map((o) => o.value)).to.deep.equal(['level', 'relative', 'index', 'rank']);
    expect([...select.options].map((o) => text(o))).to.deep.equal(['Nivå', 'Norge = 100', 'Indeks (basisår = 100)', 'Rangering']);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: Norway = 100 shows Innlandet 72,2, marked derived in the table and summary; index with a base year picker', async () => {
    const el = await mount();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.mode-picker select')!;
    select.focus();
    let ready = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(el.mode).to.equal('relative');
    expect(el.getAttribute('mode')).to.equal('relative');
    const row = cell(el, 'Innlandet')!;
    expect(text(row)).to.contain('72,2');
    // (GRP per employed person is itself computed in the feed: its mark was there before; the mode keeps it.)
    expect(row.querySelector('sup.derived') !== null).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.contain('Beregnet av Innsikt fra BRP per sysselsatt, med Norge = 100.');
    await expect(el).to.be.accessible();

    ready = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(el.mode).to.equal('index');
    const base = el.shadowRoot!.querySelector<HTMLSelectElement>('.base-picker select')!;
    expect(base.value).to.equal('2008');
    // 805 961 / 561 690 × 100 = 143,5
    expect(text(cell(el, 'Innlandet'))).to.contain('143,5');
    base.focus();
    ready = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(el.base).to.equal('2009');
    await expect(el).to.be.accessible();
  });

  it('rank: the rows in rank order, 1 = highest', async () => {
    const el = await mount({ mode: 'rank' });
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(rows.map((r) => r.split(' ')[0])).to.deep.equal(['Norge', 'Hedmark', 'Innlandet', 'Oppland']);
    expect(text(cell(el, 'Innlandet'))).to.match(/\b3\b/);
  });

  it('a mode the figures cannot support shows levels', async () => {
    const el = await mount({ mode: 'per-capita' });
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('.mode-picker select')!.value).to.equal('level');
    expect(text(cell(el, 'Innlandet'))).to.contain('805 961');
    expect(text(el.shadowRoot!.querySelector('.summary'))).not.to.contain('Beregnet av Innsikt');
  });

  it('the mode and base are in the permalink, and a link restores them', async () => {
    const el = await mount({ mode: 'index', base: '2010' });
    const state = stateOf(el);
    expect(state.mode).to.equal('index');
    expect(state.base).to.equal('2010');
    const fragment = `#${encodeState('1', state)}`;
    expect(fragment).to.contain('mode:index;base:2010');
    el.parentElement!.remove();

    const copy = document.createElement('inn-indicator') as InnIndicator;
    applyState(copy, decodeState(fragment, '1')!);
    expect(copy.mode).to.equal('index');
    expect(copy.base).to.equal('2010');
    // A link from a widget in levels resets a widget that was set to a mode.
    const levels = document.createElement('inn-indicator') as InnIndicator;
    levels.mode = 'level';
    const other = document.createElement('inn-indicator') as InnIndicator;
    other.mode = 'rank';
    applyState(other, decodeState(`#${encodeState('1', stateOf(levels))}`, '1')!);
    expect(other.mode).to.equal('level');
    // Nonsense in a link is ignored.
    expect(decodeState('#inn-1=mode:<b>;base:x', '1')).to.deep.equal({});
  });

  it('the restored widget draws the mode: Innlandet 2019 with 2010 = 100', async () => {
    history.replaceState(null, '', '#inn-1=indicator:value-creation;view:table;measure:grp-per-employed;period:2019;mode:index;base:2010');
    const el = await mountIndicator({ src: FEED, compare: '0' });
    expect(el.mode).to.equal('index');
    const base = el.shadowRoot!.querySelector<HTMLSelectElement>('.base-picker select')!;
    expect(base.value).to.equal('2010');
    expect(text(el.shadowRoot!.querySelector('.subtitle'))).to.contain('2010 = 100');
  });

  it('<inn-dashboard mode="relative"> passes the mode to its charts (the key figures stay levels)', async () => {
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    host.innerHTML = '<inn-dashboard src="/demo/data/real-value-creation.json" indicators="value-creation" mode="relative" compare="0"></inn-dashboard>';
    const dash = host.querySelector('inn-dashboard')!;
    await waitUntil(() => dash.shadowRoot?.querySelector('inn-indicator[view="chart"]')?.shadowRoot?.querySelector('.summary'), 'the chart is drawn', {
      timeout: 15000,
    });
    const chart = dash.shadowRoot!.querySelector<InnIndicator>('inn-indicator[view="chart"]')!;
    const kpi = dash.shadowRoot!.querySelector<InnIndicator>('inn-indicator[view="kpi"]')!;
    expect(chart.mode).to.equal('relative');
    expect(kpi.mode).to.equal('');
    expect(chart.shadowRoot!.querySelector<HTMLSelectElement>('.mode-picker select')!.value).to.equal('relative');
    expect(text(chart.shadowRoot!.querySelector('.summary'))).to.contain('Norge = 100');
  });

  it('peers= offers the peer group: Hamar beside Kongsvinger and Lillehammer and their average (2991 + 5971) / 2 = 4481', async () => {
    const el = await mountIndicator({
      src: '/demo/data/real-commuting.json',
      indicator: 'commuting',
      measure: 'in',
      view: 'table',
      region: '3403',
      peers: '3401 3405',
    });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.mode-picker select')!;
    expect([...select.options].map((o) => text(o))).to.include('Sammenligningsgruppe');
    const ready = oneEvent(el, 'inn-ready');
    select.value = 'peers';
    select.dispatchEvent(new Event('change'));
    await ready;
    expect(text(cell(el, 'Snitt for sammenligningsgruppen'))).to.contain('4 481');
    expect(text(cell(el, 'Lillehammer'))).to.contain('5 971');
    // The average is marked derived in the table; Lillehammer's own figure (SSB's) is not.
    expect(cell(el, 'Snitt for sammenligningsgruppen')!.querySelector('sup.derived') !== null).to.equal(true);
    expect(cell(el, 'Lillehammer')!.querySelector('sup.derived') === null).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.contain(
      'Snittet for sammenligningsgruppen er beregnet av Innsikt fra tallene for Kongsvinger, Lillehammer.',
    );
    await expect(el).to.be.accessible();
  });
});
