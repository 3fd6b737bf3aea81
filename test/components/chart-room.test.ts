/**
 * The room a chart keeps before it is drawn (so the page does not jump) is about what the drawn chart takes: a line
 * chart left ~80 px of empty room under it at 320 px, and one with a legend grew by 60 px once drawn.
 */
import { expect } from '@open-wc/testing';
import { mountIndicator } from '../mount.js';

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
