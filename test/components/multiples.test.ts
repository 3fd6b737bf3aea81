import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { mountIndicator } from '../mount.js';

/** Small multiples (`view="multiples"`) on the demo's real feeds, at a phone's 360 px and a desktop's 1280 px. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: InnIndicator) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.multiples-grid > li')];
const columns = (el: InnIndicator) => getComputedStyle(el.shadowRoot!.querySelector('.multiples-grid')!).gridTemplateColumns.split(' ').length;

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

const grp = (width: number) =>
  mountIndicator(
    { src: '/demo/data/real-value-creation.json', indicator: 'value-creation', measure: 'grp-per-employed', view: 'multiples', compare: '0' },
    { width },
  );

describe('<inn-indicator view="multiples">', () => {
  it('1280 px: one chart per region over 2008–2019, sorted by the 2019 value, Innlandet and Norway marked; passes axe', async () => {
    const el = await grp(1280);
    const list = items(el);
    expect(list.map((li) => text(li.querySelector('.multiple-name')))).to.deep.equal(['Norge', 'Hedmark', 'Innlandet', 'Oppland']);
    expect(text(list[2]!.querySelector('summary'))).to.equal('Innlandet 805 961 kr (2019)');
    expect(list[2]!.classList.contains('hl-county')).to.equal(true);
    expect(list[0]!.classList.contains('hl-comparison')).to.equal(true);
    // Each draws a line of its 12 years on one shared scale (the same viewBox, the same baseline).
    for (const li of list) expect(li.querySelector('polyline')!.getAttribute('points')!.split(' ').length).to.equal(12);
    const baselines = new Set(list.map((li) => li.querySelector('line.baseline')!.getAttribute('y1')));
    expect(baselines.size).to.equal(1);
    expect(columns(el)).to.be.at.least(6);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: Tab reaches each region, Enter opens its figures as text', async () => {
    const el = await grp(1280);
    const summaries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.multiples-grid summary')];
    summaries[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summaries[1]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summaries[2]);
    await sendKeys({ press: 'Enter' });
    const details = summaries[2]!.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const figures = [...details.querySelectorAll('.multiple-figures li')].map(text);
    expect(figures.length).to.equal(12);
    expect(figures[11]).to.equal('2019: 805 961 kr');
    expect(figures[0]).to.equal('2008: 561 689 kr');
  });

  it('sorted by the change 2008–2019 when the reader picks it (by keyboard): Hedmark +263 369, Innlandet +244 271, Oppland +225 524, Norway +202 712', async () => {
    const el = await grp(1280);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.multiples-sort select')!;
    expect(text(select.selectedOptions[0])).to.equal('Siste verdi');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(select.selectedOptions[0])).to.equal('Endring 2008–2019');
    expect(items(el).map((li) => text(li.querySelector('.multiple-name')))).to.deep.equal(['Hedmark', 'Innlandet', 'Oppland', 'Norge']);
  });

  it('is offered only when the page asks for it: no button by default, a button once view="multiples" was set (issue 18)', async () => {
    const buttons = (el: InnIndicator) => [...el.shadowRoot!.querySelectorAll('.views .view-button')].map(text);
    const plain = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in' });
    expect(buttons(plain)).to.deep.equal(['Diagram', 'Tabell', 'Kart', 'Nøkkeltall']);
    const asked = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in', view: 'multiples' });
    expect(buttons(asked)).to.deep.equal(['Diagram', 'Tabell', 'Kart', 'Nøkkeltall', 'Små diagrammer']);
    // The reader may go to another view and back: the button stays.
    asked.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views .view-button')[1]!.click();
    await asked.updateComplete;
    expect(buttons(asked)).to.contain('Små diagrammer');
  });

  it('360 px, by keyboard: Tab goes through every region in reading order, Enter opens its figures', async () => {
    const el = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in', view: 'multiples' }, { width: 360 });
    const summaries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.multiples-grid summary')];
    expect(summaries.length).to.be.at.least(47);
    summaries[0]!.focus();
    const reached = [0];
    for (let i = 1; i < summaries.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(summaries.indexOf(el.shadowRoot!.activeElement as HTMLElement));
    }
    expect(reached).to.deep.equal(summaries.map((_, i) => i));
    // Reading order is the visual order: each next region is to the right on the same row or on a lower row.
    const boxes = summaries.map((s) => s.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top > boxes[i - 1]!.top || boxes[i]!.left > boxes[i - 1]!.left, `region ${i}`).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const last = summaries[summaries.length - 1]!.parentElement as HTMLDetailsElement;
    expect(last.open).to.equal(true);
    expect(text(last.querySelector('.multiple-figures li'))).to.match(/^2022: [\d\u00a0 ]+/);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('360 px: at most two columns, nothing wider than the widget; 46 municipalities with the focus region marked', async () => {
    const el = await mountIndicator(
      { src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in', view: 'multiples', region: '3405' },
      { width: 360 },
    );
    expect(columns(el)).to.be.at.most(2);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    // With a region in focus: the focus region and the comparison.
    expect(items(el).some((li) => li.classList.contains('hl-focus') && text(li.querySelector('.multiple-name')) === 'Lillehammer')).to.equal(true);
    el.region = '';
    await el.updateComplete;
    const list = items(el);
    expect(list.length).to.be.at.least(46);
    const values = list.map((li) => Number(text(li.querySelector('.multiple-value')).replace(/[^\d]/g, '').slice(0, -4)));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    for (const li of list) expect(li.getBoundingClientRect().width).to.be.at.least(140);
    // One year: bars on the shared scale, longest first.
    const widths = list.map((li) => Number(li.querySelector('rect.bar')?.getAttribute('width') ?? 0));
    expect(widths[0]).to.be.greaterThan(0);
    expect(widths).to.deep.equal([...widths].sort((a, b) => b - a));
    await expect(el).to.be.accessible();
  });
});
