import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

/**
 * Issue 19, derived figures: a figure shown per inhabitant, as Norway = 100, as an index or as a rank says how it
 * was computed, in words, and lists its inputs; each input opens its own card, and "Tilbake" goes back. Real feeds
 * (demo/data/real-*.json, built from Statistics Norway's tables).
 */
const flat = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

afterEach(() => {
  for (const el of document.querySelectorAll('inn-indicator')) el.shadowRoot?.querySelector('dialog')?.close();
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

function card(el: InnIndicator): HTMLDialogElement | null {
  return el.shadowRoot!.querySelector('dialog.source-card');
}

async function opened(el: InnIndicator): Promise<HTMLDialogElement> {
  await waitUntil(() => card(el)?.open, 'the source card opens', { timeout: 15000 });
  return card(el)!;
}

function fields(dialog: HTMLDialogElement): Array<[string, string]> {
  return [...dialog.querySelectorAll('dl > div')].map((d) => [flat(d.querySelector('dt')!.textContent), flat(d.querySelector('dd')!.textContent)]);
}

function figureButton(el: InnIndicator, region: string): HTMLButtonElement {
  const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => flat(tr.querySelector('th')?.textContent).startsWith(region));
  expect(row, `row ${region}`).to.exist;
  return row!.querySelector('button.figure') as HTMLButtonElement;
}

const figure = (dialog: HTMLDialogElement) => flat(dialog.querySelector('.card-figure')!.textContent);

describe('Source cards of derived figures (issue 19)', () => {
  it('per inhabitant: the formula in words, both inputs as figures; each opens its own card, and back again', async () => {
    const el = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', measure: 'in', mode: 'per-capita', view: 'table' });
    const button = figureButton(el, 'Lillehammer');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(el);
    const f = fields(dialog);
    // 5 971 in-commuters and 28 592 inhabitants (SSB 03321 and 07459, 2022): 208,8 per 1 000.
    expect(f.find(([term]) => term === 'Beregnet slik')).to.deep.equal(['Beregnet slik', 'Innpendlere delt på folkemengde 1. januar, ganger 1 000']);
    const inputs = [...dialog.querySelectorAll<HTMLButtonElement>('button.card-input')];
    expect(inputs).to.have.length(2);
    expect(flat(inputs[0]!.textContent)).to.equal('Innpendlere, Lillehammer, 2022: 5 971 personer');
    expect(flat(inputs[1]!.textContent)).to.match(/^Folkemengde 1\. januar, Lillehammer, 2022: [\d ]+ personer$/);
    // The figure's value is the first input over the second, times 1 000.
    const population = Number(
      flat(inputs[1]!.textContent)
        .replace(/^.*: ([\d ]+) personer$/, '$1')
        .replace(/ /g, ''),
    );
    const perThousand = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((5971 / population) * 1000);
    const shown = figure(dialog);
    expect(shown).to.equal(`Innpendlere – Lillehammer, 2022: ${perThousand} personer per 1000 innbyggere`);

    inputs[0]!.click();
    expect(figure(dialog)).to.equal('Innpendlere – Lillehammer, 2022: 5 971 personer');
    expect(fields(dialog)[0]![1]).to.match(/^Tabell 03321: /);
    const back = dialog.querySelector<HTMLButtonElement>('button.back')!;
    expect(el.shadowRoot!.activeElement, 'focus on "Tilbake"').to.equal(back);
    expect(flat(back.textContent)).to.equal(`Tilbake til ${shown}`);
    await sendKeys({ press: 'Enter' });
    expect(dialog.querySelector('button.back')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on the input').to.equal(dialog.querySelectorAll('button.card-input')[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(fields(dialog)[0]![1]).to.match(/^Tabell 07459: /);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('Norway = 100 and index: the figure and the one it is divided by', async () => {
    const el = await mountIndicator({
      src: '/demo/data/real-value-creation.json',
      indicator: 'value-creation',
      measure: 'grp',
      period: '2019',
      mode: 'relative',
      view: 'table',
    });
    figureButton(el, 'Innlandet').click();
    let dialog = await opened(el);
    expect(fields(dialog).find(([t]) => t === 'Beregnet slik')![1]).to.equal(
      'Bruttoprodukt (BRP), løpende priser for Innlandet delt på det samme tallet for Norge, ganger 100',
    );
    expect([...dialog.querySelectorAll('button.card-input')].map((b) => flat(b.textContent))).to.deep.equal([
      'Bruttoprodukt (BRP), løpende priser, Innlandet, 2019: 151 037 mill. kr',
      'Bruttoprodukt (BRP), løpende priser, Norge, 2019: 3 164 843 mill. kr',
    ]);
    // Innlandet's own figure is the sum of Hedmark and Oppland: its card lists those two, each with a card.
    dialog.querySelector<HTMLButtonElement>('button.card-input')!.click();
    expect([...dialog.querySelectorAll('button.card-input')].map((b) => flat(b.textContent).replace(/: .*/, ''))).to.deep.equal([
      'Bruttoprodukt (BRP), løpende priser, Hedmark, 2019',
      'Bruttoprodukt (BRP), løpende priser, Oppland, 2019',
    ]);
    dialog.close();

    el.setAttribute('mode', 'index');
    el.setAttribute('period', '2015/2019');
    await waitUntil(() => el.shadowRoot!.querySelector('tbody button.figure') && el.mode === 'index', 'index view');
    await el.updateComplete;
    const last = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody tr')].find(
      (tr) => /Innlandet/.test(flat(tr.textContent)) && /2019/.test(flat(tr.textContent)),
    );
    (last?.querySelector<HTMLButtonElement>('button.figure') ?? el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button.figure')!).click();
    dialog = await opened(el);
    expect(fields(dialog).find(([t]) => t === 'Beregnet slik')![1]).to.match(
      /^Bruttoprodukt \(BRP\), løpende priser i \d{4} delt på det samme tallet i \d{4}, ganger 100$/,
    );
    expect(dialog.querySelectorAll('button.card-input').length).to.be.oneOf([1, 2]);
  });

  it('rank: the place among the areas shown, and the figure ranked', async () => {
    const el = await mountIndicator({
      src: '/demo/data/real-value-creation.json',
      indicator: 'value-creation',
      measure: 'grp',
      period: '2019',
      mode: 'rank',
      view: 'table',
      lang: 'en',
    });
    figureButton(el, 'Innlandet').click();
    const dialog = await opened(el);
    expect(fields(dialog).find(([t]) => t === 'Calculated as')![1]).to.match(
      /^The place of Innlandet among the \d+ areas shown by gross product \(GRP\), current prices; 1 is the highest$/,
    );
    const inputs = [...dialog.querySelectorAll('button.card-input')].map((b) => flat(b.textContent));
    expect(inputs).to.have.length(1);
    expect(inputs[0]).to.match(/^Gross product \(GRP\), current prices, Innlandet, 2019: 151,037 NOK million$/);
  });
});

describe('Source cards in the peers mode (issue 19)', () => {
  const peers = () =>
    mountIndicator({
      src: '/demo/data/real-commuting.json',
      indicator: 'commuting',
      measure: 'in',
      view: 'table',
      region: '3403',
      peers: '3401 3405',
      mode: 'peers',
    });

  it("the group's average names each peer as an input, with its value; each opens its own card", async () => {
    const el = await peers();
    const button = figureButton(el, 'Snitt for sammenligningsgruppen');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(el);
    // (2 991 + 5 971) / 2 = 4 481 (SSB 03321, 2022).
    expect(figure(dialog)).to.equal('Innpendlere – Snitt for sammenligningsgruppen, 2022: 4 481 personer');
    const f = fields(dialog);
    expect(f.slice(0, 5)).to.deep.equal([
      ['Region', 'Snitt for sammenligningsgruppen'],
      ['Periode', '2022'],
      ['Beregnet slik', 'Gjennomsnittet av innpendlere for Kongsvinger, Lillehammer: summen delt på 2'],
      ['Bygger på', 'Innpendlere, Kongsvinger, 2022: 2 991 personer'],
      ['Bygger på', 'Innpendlere, Lillehammer, 2022: 5 971 personer'],
    ]);
    const inputs = [...dialog.querySelectorAll<HTMLButtonElement>('button.card-input')];
    expect(inputs).to.have.length(2);
    inputs[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(figure(dialog)).to.equal('Innpendlere – Lillehammer, 2022: 5 971 personer');
    expect(fields(dialog)[0]![1]).to.match(/^Tabell 03321: /);
    expect(fields(dialog).some(([t]) => t === 'Beregnet slik')).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement === dialog.querySelectorAll('button.card-input')[1], 'focus back on the input').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement === button, 'focus back on the figure').to.equal(true);
  });

  it("the region's own row is the plain figure: its card is the table's, not labelled derived", async () => {
    const el = await peers();
    figureButton(el, 'Hamar').click();
    const dialog = await opened(el);
    const f = fields(dialog);
    expect(f[0]![0]).to.equal('Tabell');
    expect(f[0]![1]).to.match(/^Tabell 03321: /);
    expect(f.some(([t]) => t === 'Beregnet slik' || t === 'Bygger på')).to.equal(false);
    expect(dialog.querySelectorAll('button.card-input')).to.have.length(0);
    expect(figure(dialog)).to.match(/^Innpendlere – Hamar, 2022: [\d ]+ personer$/);
  });
});
