import { expect, waitUntil } from '@open-wc/testing';
import { THEMES } from '../../src/charts/theme.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { mountIndicator } from '../mount.js';

/** Small multiples (`view="multiples"`) on the demo's real feeds, at a phone's 360 px and a desktop's 1280 px. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: InnIndicator) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.multiples-grid > li')];
const columns = (el: InnIndicator) => getComputedStyle(el.shadowRoot!.querySelector('.multiples-grid')!).gridTemplateColumns.split(' ').length;

afterEach(() => {
  for (const el of document.querySelectorAll('inn-indicator')) el.shadowRoot?.querySelector('dialog')?.close();
  for (const el of document.querySelectorAll('body > div')) el.remove();
  document.body.style.background = '';
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
    expect(text(list[2]!.querySelector('summary'))).to.equal('Innlandet');
    expect(text(list[2]!.querySelector('.multiple-value'))).to.equal('Innlandet, 805 961 kr (2019)');
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
    const value = (i: number) => summaries[i]!.closest('li')!.querySelector('button.multiple-value');
    summaries[0]!.focus();
    // Each region's name, then its latest figure (which opens its source card).
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === value(0), 'the first latest figure').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === summaries[1], 'the second region').to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === summaries[2], 'the third region').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const details = summaries[2]!.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const figures = [...details.querySelectorAll('.multiple-figures li')].map(text);
    expect(figures.length).to.equal(12);
    // Each figure a button named with its region (hidden text, for a screen reader).
    expect(figures[11]).to.equal('2019: Innlandet, 805 961 kr');
    expect(figures[0]).to.equal('2008: Innlandet, 561 689 kr');
    expect(details.querySelectorAll('.multiple-figures button.figure[aria-haspopup="dialog"]').length).to.equal(12);
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

  it('360 px, by keyboard: Tab goes through every region in reading order (its name, then its latest figure), Enter opens its figures', async () => {
    const el = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in', view: 'multiples' }, { width: 360 });
    const summaries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.multiples-grid summary')];
    expect(summaries.length).to.be.at.least(47);
    const stops = summaries.flatMap((s) => [s, s.closest('li')!.querySelector<HTMLElement>('button.multiple-value')!]);
    summaries[0]!.focus();
    const reached = [0];
    for (let i = 1; i < stops.length - 1; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(stops.indexOf(el.shadowRoot!.activeElement as HTMLElement));
    }
    expect(reached).to.deep.equal(stops.slice(0, -1).map((_, i) => i));
    // Reading order is the visual order: each next region is to the right on the same row or on a lower row.
    const boxes = summaries.map((s) => s.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top > boxes[i - 1]!.top || boxes[i]!.left > boxes[i - 1]!.left, `region ${i}`).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const last = summaries[summaries.length - 1]!.parentElement as HTMLDetailsElement;
    expect(last.open).to.equal(true);
    expect(text(last.querySelector('.multiple-figures li'))).to.match(/^2022: [\p{L} ]+, [\d\u00a0 ]+/u);
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

  describe('each figure opens its source card (issue 19)', () => {
    const flat = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const card = (el: InnIndicator) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.source-card');
    const opened = async (el: InnIndicator) => {
      await waitUntil(() => card(el)?.open, 'the source card opens', { timeout: 15000 });
      return card(el)!;
    };
    const fields = (d: HTMLDialogElement) =>
      [...d.querySelectorAll('dl > div')].map((x) => [flat(x.querySelector('dt')!.textContent), flat(x.querySelector('dd')!.textContent)]);

    it('the latest figure beside the name: a click opens its card, field by field; Escape gives focus back', async () => {
      const el = await grp(1280);
      const innlandet = items(el).find((li) => text(li.querySelector('.multiple-name')) === 'Hedmark')!;
      const value = innlandet.querySelector<HTMLButtonElement>('button.multiple-value')!;
      expect(value.getAttribute('aria-haspopup')).to.equal('dialog');
      value.click();
      const dialog = await opened(el);
      expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.equal('BRP per sysselsatt – Hedmark, 2019: 828 633 kr');
      const f = fields(dialog);
      // Statistics Norway's 11713: 76 980 mill. kr over 92 900 employed = 828 633 kr.
      expect(f).to.deep.equal([
        ['Region', 'Hedmark (04)'],
        ['Periode', '2019'],
        ['Beregnet slik', '«Bruttoprodukt (BRP), løpende priser» delt på «Sysselsatte personer» ganger 1 000 000'],
        ['Bygger på', 'Bruttoprodukt (BRP), løpende priser, Hedmark, 2019: 76 980 mill. kr'],
        ['Bygger på', 'Sysselsatte personer, Hedmark, 2019: 92 900 personer'],
        ['Tabell', 'Tabell 11713: Fylkesfordelt nasjonalregnskap, etter region, næring, år og statistikkvariabel'],
        ['Tabellen sist oppdatert', '13.12.2021'],
      ]);
      expect(dialog.querySelector('dd a')!.getAttribute('href')).to.match(/^https:\/\/www\.ssb\.no\/statbank\/table\/11713/);
      // Each input opens its own card.
      dialog.querySelectorAll<HTMLButtonElement>('button.card-input')[1]!.click();
      expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.equal('Sysselsatte personer – Hedmark, 2019: 92 900 personer');
      dialog.querySelector<HTMLButtonElement>('button.back')!.click();
      await sendKeys({ press: 'Escape' });
      expect(card(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement === value, 'focus back on the figure').to.equal(true);
    });

    it('by keyboard: a period of the opened list opens its card with Enter, the latest with Space', async () => {
      const el = await grp(1280);
      const li = items(el).find((x) => text(x.querySelector('.multiple-name')) === 'Hedmark')!;
      li.querySelector<HTMLElement>('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(li.querySelector('details')!.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      const first = li.querySelector<HTMLButtonElement>('.multiple-figures button.figure')!;
      expect(el.shadowRoot!.activeElement === first, 'focus on the first period').to.equal(true);
      expect(flat(first.textContent)).to.match(/^Hedmark, [\d ]+ kr$/);
      await sendKeys({ press: 'Enter' });
      let dialog = await opened(el);
      expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(/^BRP per sysselsatt – Hedmark, 2008: [\d ]+ kr$/);
      expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.contain(flat(first.textContent).replace(/^Hedmark, /, ''));
      await sendKeys({ press: 'Escape' });
      expect(el.shadowRoot!.activeElement === first, 'focus on the first period').to.equal(true);
      const value = li.querySelector<HTMLButtonElement>('button.multiple-value')!;
      value.focus();
      await sendKeys({ press: 'Space' });
      dialog = await opened(el);
      expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(/^BRP per sysselsatt – Hedmark, 2019: [\d ]+ kr$/);
      await sendKeys({ press: 'Escape' });
      expect(el.shadowRoot!.activeElement === value, 'focus back on the figure').to.equal(true);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`the figures and the card pass axe in the ${theme} theme`, async () => {
        document.body.style.background = THEMES[theme].pageBackground;
        const el = await mountIndicator(
          { src: '/demo/data/real-value-creation.json', indicator: 'value-creation', measure: 'grp-per-employed', view: 'multiples', theme },
          { width: 1280 },
        );
        (el.parentElement as HTMLElement).style.background = THEMES[theme].pageBackground;
        el.shadowRoot!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.multiple-value')!.click();
        await opened(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
