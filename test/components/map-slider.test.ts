import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { INNLANDET_MUNICIPALITIES, regionName } from '../../src/data/geography.js';
import { THEMES } from '../../src/charts/theme.js';

/**
 * The map's time slider (issue 18): a map of a feed with several years steps through them by keyboard, keeps its
 * colour classes across the years, plays only when asked and never with reduced motion, and puts the year in the link.
 */
const YEARS = ['2019', '2020', '2021', '2022'];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every municipality a little higher each year: 2019 from 10 %, +10 points a year, 0.5 between municipalities. */
function feed() {
  const municipalities = INNLANDET_MUNICIPALITIES;
  const observations = YEARS.flatMap((period, y) => [
    ...municipalities.map((region, i) => ({ indicator: 'share', measure: 'share', period, source: 's', region, value: 10 + 10 * y + i * 0.5 })),
    { indicator: 'share', measure: 'share', period, source: 's', region: '0', value: 30 + y },
  ]);
  return {
    innsikt: '1',
    indicators: [
      {
        id: 'share',
        title: { nb: 'Andel i arbeid', en: 'Share in work' },
        measures: [{ id: 'share', label: { nb: 'Andel', en: 'Share' }, unit: '%', decimals: 1 }],
      },
    ],
    sources: [{ id: 's', title: 'Testdata' }],
    regions: [
      { code: '0', name: { nb: 'Norge', en: 'Norway' }, level: 'country' },
      ...municipalities.map((code) => ({ code, name: regionName(code) ?? code, level: 'municipality' })),
    ],
    observations,
  };
}

async function mount(attrs: Record<string, string> = {}, width = 720): Promise<InnIndicator> {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  // The page behind a transparent widget: the theme's page colour, as a host page in that theme has.
  const theme = attrs.theme === 'dark' ? 'dark' : 'light';
  host.style.background = THEMES[theme].pageBackground;
  document.body.style.background = THEMES[theme].pageBackground;
  document.body.append(host);
  const el = document.createElement('inn-indicator');
  el.setAttribute('view', 'map');
  el.setAttribute('compare', '0');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = feed();
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  await ready;
  await waitUntil(() => el.shadowRoot!.querySelector('.inn-map input[type=range]'), 'the slider');
  return el;
}

const $ = (el: InnIndicator, sel: string) => el.shadowRoot!.querySelector(sel);
const slider = (el: InnIndicator) => $(el, '.inn-map input[type=range]') as HTMLInputElement;
const area = (el: InnIndicator, code: string) => $(el, `.area[data-place="${code}"]`)!;
/** An area's accessible name, with plain spaces for the no-break spaces of Norwegian numbers. */
const nameOf = (el: InnIndicator, code: string) =>
  area(el, code)
    .getAttribute('aria-label')!
    .replace(/\u00a0/g, ' ');
const fillOf = (el: InnIndicator, code: string) => area(el, code).querySelector('.shape')!.getAttribute('fill');
const legend = (el: InnIndicator) => [...el.shadowRoot!.querySelectorAll('.inn-map__legend li.legend-class')].map(text);
const classesUsed = (el: InnIndicator) => new Set([...el.shadowRoot!.querySelectorAll('.area')].map((a) => a.getAttribute('class')!.match(/class-\d/)?.[0]));

async function press(el: InnIndicator, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

afterEach(async () => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

describe('<inn-indicator view="map">: the time slider', function () {
  this.timeout(20000);

  it('steps through the years by keyboard: the fills, the names, the value text and the legend caption follow', async () => {
    const el = await mount();
    const input = slider(el);
    expect([input.min, input.max, input.value]).to.deep.equal(['0', '3', '3']);
    expect(input.getAttribute('aria-valuetext')).to.equal('2022');
    expect(text($(el, '.inn-map__time-label'))).to.equal('Periode: 2022');
    // Kongsvinger (3401) is the first municipality: 40 % in 2022, 30 % in 2021.
    expect(nameOf(el, '3401')).to.equal('Kongsvinger: 40 %');
    const fill2022 = fillOf(el, '3401');
    const legend2022 = legend(el);
    expect(text($(el, '.inn-map__legend-caption'))).to.contain('2022');
    // No toolbar period picker beside the slider: one control for one thing.
    expect($(el, '.toolbar select option[value="2019"]') === null, 'a period picker in the toolbar').to.equal(true);

    input.focus();
    await press(el, 'ArrowLeft');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2021');
    expect(slider(el).value).to.equal('2');
    expect(nameOf(el, '3401')).to.equal('Kongsvinger: 30 %');
    expect(fillOf(el, '3401')).not.to.equal(fill2022);
    expect(text($(el, '.inn-map__legend-caption'))).to.contain('2021');
    expect($(el, '.inn-map svg')!.getAttribute('aria-label')).to.contain('2021');
    expect(text($(el, '.summary'))).to.contain('2021');
    expect(el.period).to.equal('2021');
    expect(legend(el)).to.deep.equal(legend2022);
    // The keyboard stays on the slider while the map is redrawn.
    expect(el.shadowRoot!.activeElement === slider(el), 'the slider has the focus').to.equal(true);

    await press(el, 'Home');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2019');
    expect(nameOf(el, '3401')).to.equal('Kongsvinger: 10 %');
    await press(el, 'End');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2022');
    expect(fillOf(el, '3401')).to.equal(fill2022);
  });

  it('keeps the colour classes of all years in every year, so that colours compare', async () => {
    const el = await mount();
    const byYear = new Map<string, string[]>();
    const used = new Map<string, Set<string | undefined>>();
    slider(el).focus();
    await press(el, 'Home');
    for (const year of YEARS) {
      expect(slider(el).getAttribute('aria-valuetext')).to.equal(year);
      byYear.set(year, legend(el));
      used.set(year, classesUsed(el));
      if (year !== '2022') await press(el, 'ArrowRight');
    }
    const first = byYear.get('2019')!;
    // One scale over 10–62,5 %: the same limits every year.
    expect(first.length).to.be.greaterThan(2);
    for (const year of YEARS) expect(byYear.get(year), year).to.deep.equal(first);
    // 2019's values are all low and 2022's all high: they take other classes of the one scale.
    expect([...used.get('2019')!].some((c) => used.get('2022')!.has(c))).to.equal(false);
    expect(text($(el, '.inn-map__fixed'))).to.equal('Fargeklassene er de samme for alle år (2019–2022).');
  });

  it('puts the chosen year in the link', async () => {
    const el = await mount();
    slider(el).focus();
    await press(el, 'PageDown');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2021');
    // The sharing code loads once the page is idle: on a busy machine that can take longer than waitUntil's default 1 s.
    await waitUntil(() => el.shareState, 'the sharing code', { timeout: 10000 });
    expect(el.shareState!.period).to.equal('2021');
  });

  it('plays only when asked: play steps year by year, pause stops it; from the last year it starts at the first', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount();
    const play = $(el, '.inn-map__play') as HTMLButtonElement;
    expect(text(play)).to.equal('Spill av årene');
    expect(el.period).to.equal('');
    play.click();
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2019');
    expect(text($(el, '.inn-map__play'))).to.equal('Pause');
    const step = await oneEvent(el, 'inn-select');
    expect(step.detail.period).to.equal('2020');
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2020');
    ($(el, '.inn-map__play') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '.inn-map__play'))).to.equal('Spill av årene');
  });

  it('with reduced motion: no play button, the map changes only when the reader steps it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ period: '2019' });
    expect($(el, '.inn-map__play') === null, 'a play button').to.equal(true);
    const next = $(el, '.inn-map__step[data-step="1"]') as HTMLButtonElement;
    const previous = $(el, '.inn-map__step[data-step="-1"]') as HTMLButtonElement;
    expect(text(next)).to.equal('Neste');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2020');
    expect(nameOf(el, '3401')).to.equal('Kongsvinger: 20 %');
    // Nothing in the map moves: no transition or animation on it.
    for (const e of el.shadowRoot!.querySelectorAll('.inn-map, .inn-map *')) {
      const s = getComputedStyle(e);
      expect(s.animationName, e.localName).to.equal('none');
      expect(
        s.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
        e.localName,
      ).to.equal(true);
    }
  });

  it('stops playing when the system asks for reduced motion while it plays', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount({ period: '2020' });
    ($(el, '.inn-map__play') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '.inn-map__play'))).to.equal('Pause');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => $(el, '.inn-map__play') === null, 'the play button gone');
    // Stopped, not only hidden (read without a guard: a renamed field fails here, it does not pass silently). The
    // media query's change event may arrive a frame after the redraw.
    const player = (el as unknown as { map: { time: { player: { playing: boolean } } } }).map.time.player;
    await waitUntil(() => !player.playing, 'the player stopped');
    const shown = slider(el).getAttribute('aria-valuetext')!;
    ($(el, '.inn-map__step[data-step="-1"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal(YEARS[YEARS.indexOf(shown) - 1]);
  });

  it('in English and nynorsk, and with one year no slider', async () => {
    const en = await mount({ lang: 'en' });
    expect(text($(en, '.inn-map__time-label'))).to.equal('Period: 2022');
    expect(text($(en, '.inn-map__play'))).to.equal('Play the years');
    const nn = await mount({ lang: 'nn' });
    expect(text($(nn, '.inn-map__step[data-step="-1"]'))).to.equal('Førre');
  });

  it('passes axe in light and dark, at 360 px too', async () => {
    for (const theme of ['light', 'dark']) {
      for (const width of [360, 1280]) {
        const el = await mount({ theme }, width);
        await waitUntil(() => $(el, '[part="share"]'), 'the sharing toolbar');
        await expect(el).to.be.accessible();
        el.parentElement!.remove();
      }
    }
  });
});
