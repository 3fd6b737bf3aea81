/**
 * The room a chart keeps before it is drawn (so the page does not jump) is about what the drawn chart takes: a line
 * chart left ~80 px of empty room under it at 320 px, and one with a legend grew by 60 px once drawn.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

async function drawn(attrs: Record<string, string>, width: number): Promise<{ room: number; chart: number }> {
  const el = await mountIndicator({ view: 'chart', ...attrs }, { width });
  const figure = el.shadowRoot!.querySelector<HTMLElement>('figure.chart')!;
  for (let i = 0; i < 200 && !figure.querySelector('.chart-canvas svg'); i++) await new Promise((r) => setTimeout(r, 50));
  const svg = figure.querySelector('.chart-canvas svg');
  expect(svg, 'the chart is drawn').to.exist;
  return { room: parseFloat(figure.style.minHeight), chart: svg!.getBoundingClientRect().height };
}

describe('the room kept for a chart', function () {
  this.timeout(30000);
  const cases: Array<{ what: string; attrs: Record<string, string> }> = [
    {
      what: 'a line chart with end labels',
      attrs: {
        src: '/demo/data/real-value-creation.json',
        indicator: 'value-creation',
        measure: 'grp-per-employed',
        region: '34',
        compare: '0',
        period: '2008/2019',
      },
    },
    {
      what: 'a line chart with a legend (six industries)',
      attrs: { src: '/demo/data/real-employment.json', indicator: 'employment-change', measure: 'employed', region: '34', period: '2008/2019' },
    },
  ];
  for (const { what, attrs } of cases) {
    for (const width of [300, 1000]) {
      it(`${what} at ${width} px: no more than 30 px left empty, and no growth over 8 px`, async () => {
        const { room, chart } = await drawn(attrs, width);
        expect(room - chart, `room ${room} px, chart ${chart} px`).to.be.at.most(30);
        expect(chart - room, `room ${room} px, chart ${chart} px`).to.be.at.most(8);
      });
    }
  }
});

/**
 * The room reserved while loading goes when nothing with a box follows the widget (b9ed451). Whether anything follows
 * is read while the layout is fresh (the resize callback of the loading box), not when the figures arrive: there, the
 * widgets of a page render one after another, and each read cost a layout of the whole page (figure 2's dashboard).
 */
describe('the room reserved below a widget while it loads', function () {
  this.timeout(30000);
  const realFetch = window.fetch;
  let release: () => void = () => {};
  beforeEach(() => {
    const gate = new Promise<void>((r) => (release = r));
    // Every feed request waits for `release()`: the widget keeps its loading box (and its reserved room) meanwhile.
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      await gate;
      return realFetch(...args);
    };
  });
  afterEach(() => {
    release();
    window.fetch = realFetch;
  });

  /** Resolves once the widget's resize callback has run: an observer made later is called after the widget's. */
  const resized = (el: Element) =>
    new Promise<void>((done) => {
      const ro = new ResizeObserver(() => {
        ro.disconnect();
        done();
      });
      ro.observe(el);
    });

  let loads = 0;
  /** A key figure widget held loading at the end of the page, with `after` (if any) following it. */
  async function held(after?: HTMLElement): Promise<InnIndicator> {
    const host = document.createElement('div');
    host.style.width = '720px';
    const el = document.createElement('inn-indicator');
    // A URL of its own each time: a feed already loaded on the page would be drawn at once, without waiting.
    el.setAttribute('src', `/demo/data/value-creation.json?room=${++loads}`);
    el.setAttribute('view', 'kpi');
    host.append(el);
    if (after) host.append(after);
    document.body.append(host);
    await resized(el);
    return el;
  }

  const kept = (el: InnIndicator) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.style.minHeight;

  it('content after the widget: the room stays, and the page is not read again when the figures arrive', async () => {
    const after = document.createElement('p');
    after.textContent = 'Tekst under figuren';
    const el = await held(after);
    let reads = 0;
    const read = after.getClientRects.bind(after);
    after.getClientRects = () => {
      reads++;
      return read();
    };
    const ready = oneEvent(el, 'inn-ready');
    release();
    await ready;
    expect(kept(el), 'the room reserved while loading').to.match(/^\d+(\.\d+)?px$/);
    expect(reads, 'layout reads of what follows, from the figures arriving to the widget ready').to.equal(0);
  });

  it('nothing after the widget: the room goes when the figures arrive', async () => {
    const el = await held();
    const ready = oneEvent(el, 'inn-ready');
    release();
    await ready;
    expect(kept(el)).to.equal('');
  });

  it('content added after the room was reserved: it is seen when the figures arrive, and the room stays', async () => {
    const el = await held();
    const after = document.createElement('p');
    after.textContent = 'Tekst som kom senere';
    el.after(after);
    const ready = oneEvent(el, 'inn-ready');
    release();
    await ready;
    expect(kept(el), 'the room reserved while loading').to.match(/^\d+(\.\d+)?px$/);
  });
});
