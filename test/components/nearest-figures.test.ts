/**
 * Choices never lead to empty boxes or dead ends: a region or period an indicator has no figures for shows that
 * indicator's nearest figures with a plain note; the dashboard's pickers say how many indicators have figures for
 * each choice; switching measure never loses the way back; arrow keys on a closed picker do not redraw every widget.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-dashboard/define.js';
import type { InnDashboard } from '../../src/components/inn-dashboard/inn-dashboard.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { mountIndicator } from '../mount.js';

const FEED = '/demo/data/innlandet.json';

function children(el: InnDashboard): InnIndicator[] {
  return [...el.shadowRoot!.querySelectorAll('inn-indicator')];
}

function settled(c: InnIndicator): boolean {
  return !!c.shadowRoot?.querySelector('[part="summary"], .state.empty, [role="alert"]');
}

async function dashboard(attrs = ''): Promise<InnDashboard> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 1100px"></div>`);
  wrap.innerHTML = `<inn-dashboard src="${FEED}" ${attrs}></inn-dashboard>`;
  const el = wrap.querySelector('inn-dashboard')!;
  await waitUntil(() => children(el).length === 10 && children(el).every(settled), 'all ten views settle', { timeout: 15000 });
  return el;
}

/** Every widget of the dashboard shows figures (a summary sentence), none an empty box. */
function expectFiguresEverywhere(el: InnDashboard): void {
  for (const c of children(el)) {
    const root = c.shadowRoot!;
    expect(
      root.querySelector('.state.empty'),
      `${c.getAttribute('indicator')} ${c.getAttribute('view')}: ${root.querySelector('.state.empty')?.textContent}`,
    ).to.equal(null);
    expect(root.querySelector('[part="summary"]'), `${c.getAttribute('indicator')} ${c.getAttribute('view')}`).to.not.equal(null);
  }
}

async function choose(el: InnDashboard, which: 0 | 1, value: string): Promise<void> {
  const select = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="controls"] select')[which]!;
  await waitUntil(() => select.options.length > 1, 'the list');
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await waitUntil(() => children(el).every((c) => settled(c) && c.getAttribute(which === 0 ? 'region' : 'period') === value), 'the widgets redrawn');
  for (const c of children(el)) await c.updateComplete;
}

// A dashboard writes the reader's choice into the address (and restores it from there): each test starts clean.
const startHref = location.href;
afterEach(() => history.replaceState(null, '', startHref));

describe('nearest figures instead of empty boxes', function () {
  this.timeout(30000);

  it('Oppland in the dashboard: every indicator shows figures; those without Oppland say so and show the areas that have figures', async () => {
    const el = await dashboard();
    await choose(el, 0, '05');
    expectFiguresEverywhere(el);
    const notes = children(el)
      .map((c) => c.shadowRoot!.querySelector('.nearest')?.textContent ?? '')
      .filter(Boolean);
    expect(notes.length).to.be.greaterThan(0);
    for (const n of notes) expect(n).to.match(/^Ingen tall for Oppland/);
    // Every key-figure card shows a figure, none a tall empty box.
    for (const c of children(el).filter((x) => x.getAttribute('view') === 'kpi'))
      expect(c.shadowRoot!.querySelector('.kpi-value')?.textContent, c.getAttribute('indicator')!).to.match(/\d/);
  });

  it('period 2001 in the dashboard: every indicator shows its nearest period, and says which', async () => {
    const el = await dashboard();
    await choose(el, 1, '2001');
    expectFiguresEverywhere(el);
    const notes = children(el).map((c) => c.shadowRoot!.querySelector('.nearest')?.textContent ?? '');
    expect(notes.filter((n) => /^Ingen tall for 2001\. Viser nærmeste periode med tall: /.test(n)).length).to.be.greaterThan(0);
  });

  it('the pickers mark the regions and periods that leave indicators without figures, and explain the mark', async () => {
    const el = await dashboard();
    const [regions, periods] = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="controls"] select')];
    await waitUntil(() => regions!.options.length > 1, 'the lists');
    const text = (s: HTMLSelectElement, v: string) => [...s.options].find((o) => o.value === v)!.textContent!.trim();
    expect(text(regions!, '05')).to.match(/^Oppland \(tall for [1-4] av 5\)$/);
    expect(text(periods!, '2001')).to.match(/\(tall for [0-4] av 5\)$/);
    expect(el.shadowRoot!.querySelector('.coverage-hint')!.textContent).to.contain('nærmeste tall');
  });

  it('arrow keys on the closed region picker do not redraw the widgets at each step; Enter applies the choice once', async () => {
    const el = await dashboard();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="controls"] select')!;
    await waitUntil(() => select.options.length > 3, 'the list');
    let fired = 0;
    el.addEventListener('inn-select', () => fired++);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(select.selectedIndex, 'the arrows moved through the options').to.equal(3);
    expect(fired, 'no redraw while stepping').to.equal(0);
    expect(children(el).every((c) => c.getAttribute('region') === '')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(fired).to.equal(1);
    await el.updateComplete;
    expect(children(el).every((c) => c.getAttribute('region') === select.value)).to.equal(true);
  });

  it('leaving the picker with Tab applies the choice too', async () => {
    const el = await dashboard();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="controls"] select')!;
    await waitUntil(() => select.options.length > 3, 'the list');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    const fired = oneEvent(el, 'inn-select');
    await sendKeys({ press: 'Tab' });
    await fired;
    await el.updateComplete;
    expect(children(el).every((c) => c.getAttribute('region') === select.value)).to.equal(true);
  });

  it('switching measure on a chart of 1990–2002 never ends in "no figures": nearest period, and the period picker stays', async () => {
    const el = await mountIndicator({ src: '/demo/data/employment-change.json', indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    const measure = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.picker select')].find((s) => s.closest('label')!.textContent!.includes('Mål'))!;
    const codes = [...measure().options].map((o) => o.value);
    expect(codes.length).to.be.greaterThan(1);
    for (const code of codes) {
      const s = measure();
      s.value = code;
      s.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="summary"], .state.empty'), 'drawn');
      const root = el.shadowRoot!;
      expect(root.querySelector('.state.empty'), `${code}: ${root.querySelector('.state.empty')?.textContent}`).to.equal(null);
      expect(root.querySelector('[part="summary"]')).to.not.equal(null);
      // The way back: the measure picker is still there, and the period picker wherever the measure has periods to pick.
      expect(measure()).to.not.equal(undefined);
    }
    // And back to the first measure: the figures of 1990–2002 again, without a note.
    const s = measure();
    s.value = codes[0]!;
    s.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.nearest')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('1990–2002');
  });

  it('a municipality an indicator lacks: the note names the areas that have figures', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'rd-share', view: 'table', region: '0529' });
    const note = el.shadowRoot!.querySelector('.nearest')!.textContent!;
    expect(note).to.match(/^Ingen tall for Vestre Toten/);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });
});
