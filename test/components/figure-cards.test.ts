import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import '../../src/components/inn-profile/define.js';
import { THEMES } from '../../src/charts/theme.js';
import type { InnProfile } from '../../src/components/inn-profile/inn-profile.js';

/** Issue 19: a chart's bars and points and a map's areas open their figure's source card too. */
const FEED = '/demo/data/real-value-creation.json';
const flat = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

afterEach(() => {
  for (const el of document.querySelectorAll('inn-indicator')) el.shadowRoot?.querySelector('dialog')?.close();
  for (const el of document.querySelectorAll('body > div')) el.remove();
  document.body.style.background = '';
});

function card(el: InnIndicator | InnProfile): HTMLDialogElement | null {
  return el.shadowRoot!.querySelector('dialog.source-card');
}

async function opened(el: InnIndicator | InnProfile): Promise<HTMLDialogElement> {
  await waitUntil(() => card(el)?.open, 'the source card opens', { timeout: 15000 });
  return card(el)!;
}

function marks(el: InnIndicator): SVGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGElement>('.chart-canvas svg [data-figure]')];
}

describe('Source cards from charts and maps (issue 19)', () => {
  it('a bar chart: one tab stop, arrow keys move between the bars, Enter opens the card, Escape gives focus back', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'chart' });
    const bars = marks(el);
    expect(bars.length, 'bars as buttons').to.be.greaterThan(2);
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(bars.every((b) => b.getAttribute('role') === 'button' && b.getAttribute('aria-haspopup') === 'dialog')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.chart-canvas')!.getAttribute('role')).to.equal('group');
    bars[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const second = el.shadowRoot!.activeElement as SVGElement;
    expect(second).to.equal(bars[1]);
    expect(second.getAttribute('tabindex')).to.equal('0');
    expect(bars[0]!.getAttribute('tabindex')).to.equal('-1');
    const name = flat(second.getAttribute('aria-label'));
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(el);
    // The card is of the figure the bar draws: its region and value are in the bar's name.
    const heading = flat(dialog.querySelector('.card-figure')!.textContent);
    const region = name.split(',')[0]!;
    expect(heading).to.contain(`– ${region}, 2019: `);
    expect(name).to.contain(heading.split(': ').pop()!);
    await sendKeys({ press: 'Escape' });
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({ press: 'Space' });
    expect(flat((await opened(el)).querySelector('.card-figure')!.textContent)).to.equal(heading);
  });

  it('a click on a bar opens its card; the tooltip says so', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'chart' });
    const bar = marks(el).find((b) => b.getAttribute('aria-label')!.startsWith('Norge'))!;
    expect(bar, 'the bar of Norway').to.exist;
    const box = bar.getBoundingClientRect();
    const at = { bubbles: true, composed: true, clientX: box.x + 2, clientY: box.y + box.height / 2 };
    bar.dispatchEvent(new PointerEvent('pointermove', at));
    await waitUntil(() => el.shadowRoot!.querySelector('.inn-tooltip:not([hidden])'), 'the tooltip shows');
    const tip = [...el.shadowRoot!.querySelector('.inn-tooltip')!.children].map((c) => c.textContent);
    expect(tip[0]).to.equal('Norge');
    expect(tip[tip.length - 1]).to.equal('Klikk for kilde');
    bar.dispatchEvent(new MouseEvent('click', at));
    const dialog = await opened(el);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.equal('Bruttoprodukt (BRP), løpende priser – Norge, 2019: 3 164 843 mill. kr');
    expect(flat(dialog.querySelector('dd a')!.textContent)).to.match(/^Tabell 11713: /);
  });

  it('a line chart: the points open the cards of their figures', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2015/2019', region: '34', view: 'chart' });
    const points = marks(el);
    expect(points.length, 'points as buttons').to.be.greaterThan(1);
    points[points.length - 1]!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(el);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(/^Bruttoprodukt \(BRP\), løpende priser – [^,]+, 20\d\d: [\d ]+ mill\. kr$/);
  });

  it('a map area: click or Enter opens its card, Escape gives focus back to the area', async () => {
    const el = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', view: 'map' });
    await waitUntil(() => el.shadowRoot!.querySelector('.inn-map .area:not([aria-disabled])'), 'the map is drawn', { timeout: 15000 });
    const area = el.shadowRoot!.querySelector<SVGGElement>('.inn-map .area:not([aria-disabled])')!;
    const name = flat(area.getAttribute('aria-label'));
    area.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(el);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.contain(`– ${name.split(':')[0]}`);
    await sendKeys({ press: 'Escape' });
    expect(card(el)).to.equal(null);
    const focused = el.shadowRoot!.activeElement as SVGGElement;
    expect(focused.dataset.place).to.equal(area.dataset.place);
  });

  it('a profile figure: the value, Innlandet and Norway are buttons that open their cards', async () => {
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    host.innerHTML = '<inn-profile region="3405" src="/demo/data/real-commuting.json"></inn-profile>';
    const el = host.querySelector<InnProfile>('inn-profile')!;
    await waitUntil(() => el.shadowRoot?.querySelector('article [data-role="value"] button.figure'), 'the profile is drawn', { timeout: 15000 });
    const article = el.shadowRoot!.querySelector('article')!;
    const value = article.querySelector<HTMLButtonElement>('[data-role="value"] button.figure')!;
    expect(value.getAttribute('aria-haspopup')).to.equal('dialog');
    value.focus();
    await sendKeys({ press: 'Enter' });
    let dialog = await opened(el);
    const shown = flat(value.textContent);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(
      new RegExp(`– Lillehammer, \\d{4}: ${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    expect(flat(dialog.querySelector('dd a')?.textContent)).to.match(/^Tabell \d{5}: /);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(value);
    const norway = article.querySelector<HTMLButtonElement>('[data-role="norway"] button.figure, [data-role="innlandet"] button.figure')!;
    expect(norway, 'Innlandet or Norway as a button').to.exist;
    norway.click();
    dialog = await opened(el);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(/– (Innlandet|Norge), /);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the card from a chart passes axe in the ${theme} theme`, async () => {
      // The page behind a transparent widget: the theme's page colour, as a host page in that theme has.
      document.body.style.background = THEMES[theme].pageBackground;
      const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'chart', theme });
      (el.parentElement as HTMLElement).style.background = THEMES[theme].pageBackground;
      await expect(el).to.be.accessible();
      marks(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await opened(el);
      await expect(el).to.be.accessible();
    });
  }
});
