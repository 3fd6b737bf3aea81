import { expect } from '@open-wc/testing';
import { renderChart, type ChartHandle } from '../../src/charts/render.js';
import { drawStaticChart, formatTick, hasStaticChart, nice, ticks } from '../../src/charts/static-bars.js';
import { THEMES, type Theme } from '../../src/charts/theme.js';
import type { ViewModel } from '../../src/indicators/view-model.js';
import { chartHost, removeHosts } from './host.js';
import { ALL_MODELS, changeBars, divergingSeries, indexLines, levelBars, model, partOfWhole } from './models.js';

/**
 * The first paint of bar charts (src/charts/static-bars.ts) against the Vega view that replaces it: a reader must
 * not see the chart change when the swap happens. Both are drawn side by side at the same width and compared as
 * a reader sees them: the same texts, in the same places (within 2 px), the same bars, the same size.
 */

const NBSP = '\u00a0';
const MINUS = '\u2212';
const handles: ChartHandle[] = [];

function container(width: number): { root: ShadowRoot; box: HTMLElement } {
  const { root, container: box } = chartHost(width);
  return { root, box };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.finalize();
  removeHosts();
});

interface Drawn {
  svg: SVGSVGElement;
  /** Every text a reader sees, with where it is, relative to the drawing. */
  texts: Array<{ text: string; x: number; y: number }>;
  /** The bars' boxes, relative to the drawing, top to bottom. */
  bars: Array<{ x: number; y: number; w: number; h: number }>;
}

function read(box: HTMLElement): Drawn {
  const svg = box.querySelector('svg')!;
  const origin = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')]
    .filter((t) => t.textContent && getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0')
    .map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent!.replace(/\s+/g, ' ').trim(), x: r.left - origin.left, y: r.top - origin.top };
    })
    .sort((a, b) => a.text.localeCompare(b.text) || a.y - b.y);
  const bars = [...svg.querySelectorAll('.bars_marks > *')]
    .map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    })
    .sort((a, b) => a.y - b.y);
  return { svg, texts, bars };
}

async function both(m: ViewModel, width: number, theme: Theme = THEMES.light): Promise<{ s: Drawn; v: Drawn }> {
  const a = container(width);
  expect(drawStaticChart(a.box, m, theme, { width, description: 'Beskrivelse' }), 'drawn without Vega').to.equal(true);
  const b = container(width);
  handles.push(await renderChart(b.box, m, theme, { width, tooltipRoot: b.root, description: 'Beskrivelse' }));
  return { s: read(a.box), v: read(b.box) };
}

const STATIC_KINDS = ALL_MODELS.filter(([, make]) => hasStaticChart(make()));

describe('charts/static-bars: the first paint is the chart Vega draws', () => {
  it('covers the plain bar charts and leaves legends and lines to Vega', () => {
    expect(STATIC_KINDS.map(([name]) => name)).to.deep.equal(['change-bars', 'level-bars', 'share-bars', 'diverging-bars', 'part-of-whole/single']);
  });

  for (const [name, make] of STATIC_KINDS) {
    for (const width of [320, 618]) {
      it(`${name} at ${width} px: same size, same texts in the same places, same bars`, async () => {
        const { s, v } = await both(make(), width);
        expect(Number(s.svg.getAttribute('width')), 'width').to.equal(Number(v.svg.getAttribute('width')));
        expect(Math.abs(Number(s.svg.getAttribute('height')) - Number(v.svg.getAttribute('height'))), 'height').to.be.at.most(2);
        expect(
          s.texts.map((t) => t.text),
          'texts',
        ).to.deep.equal(v.texts.map((t) => t.text));
        s.texts.forEach((t, i) => {
          const u = v.texts[i]!;
          expect(Math.abs(t.x - u.x), `x of "${t.text}"`).to.be.at.most(2);
          expect(Math.abs(t.y - u.y), `y of "${t.text}"`).to.be.at.most(2);
        });
        expect(s.bars.length, 'bars').to.equal(v.bars.length);
        s.bars.forEach((bar, i) => {
          const u = v.bars[i]!;
          for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(bar[k] - u[k]), `bar ${i} ${k}`).to.be.at.most(2);
        });
      });
    }
  }

  describe('long region names take the room there is before they are cut', () => {
    // Wrapped in two lines of about 150 px each: over the 140 px a narrow chart gives, well under 40 % of a wide one.
    const NAME = 'Innlandet fylkeskommune (Hedmark og Oppland samlet)';
    const longName = () =>
      model(
        'level-bars',
        [
          { region: '34', label: NAME, value: 68000 },
          { region: '0', label: 'Norge', value: 1500, cmp: true },
        ],
        { unit: 'mill. kr' },
      );
    // The two lines of a label are one text; compare without the line break.
    const labelText = (d: Drawn) => d.texts.filter((t) => /^Innlandet/.test(t.text)).map((t) => t.text.replace(/\s+/g, ''));

    it('drawn whole in a 1280 px chart, first paint and Vega alike', async () => {
      const { s, v } = await both(longName(), 1280);
      for (const d of [s, v]) {
        expect(labelText(d).join(''), 'the whole name').to.equal(NAME.replace(/\s+/g, ''));
        expect(
          d.texts.some((t) => t.text.includes('…')),
          'no ellipsis',
        ).to.equal(false);
      }
      expect(s.texts.map((t) => t.text)).to.deep.equal(v.texts.map((t) => t.text));
    });

    it('still cut in a 280 px chart, first paint and Vega alike', async () => {
      const { s, v } = await both(longName(), 280);
      for (const d of [s, v])
        expect(
          d.texts.some((t) => t.text.includes('…')),
          'an ellipsis',
        ).to.equal(true);
      expect(s.texts.map((t) => t.text)).to.deep.equal(v.texts.map((t) => t.text));
    });
  });

  it('dark theme: the colours of the theme', async () => {
    const { s } = await both(changeBars(), 400, THEMES.dark);
    const fills = [...s.svg.querySelectorAll('.bars_marks rect')].map((r) => r.getAttribute('fill'));
    expect(fills).to.include(THEMES.dark.comparison);
    expect(s.svg.querySelector('.role-axis-title')!.getAttribute('fill')).to.equal(THEMES.dark.text);
  });

  it('writes numbers the Norwegian way, and the way of the language', () => {
    expect(formatTick(1000, 200, 'nb')).to.equal(`1${NBSP}000`);
    expect(formatTick(-2.5, 0.5, 'nb')).to.equal(`${MINUS}2,5`);
    expect(formatTick(0, 0.5, 'nn')).to.equal('0,0');
    expect(formatTick(12000, 2000, 'en')).to.equal('12,000');
  });

  it('a value far below one (a hostile feed: −4e−237) is drawn with at most 20 decimals, as d3 writes it, not a thrown RangeError', () => {
    expect(formatTick(-4e-237, 1e-237, 'nb')).to.equal(`0,${'0'.repeat(20)}`);
    const { box } = container(480);
    const tiny = model('level-bars', [
      { region: '34', label: 'Innlandet', value: -4.2426442573213724e-237, cmp: true },
      { region: '3405', label: 'Lillehammer', value: 0 },
    ]);
    expect(drawStaticChart(box, tiny, THEMES.light, { width: 480, description: '' })).to.equal(true);
    expect(box.querySelectorAll('.role-axis-label text').length, 'tick labels').to.be.greaterThan(0);
  });

  it('makes the axis nice and ticks it the way d3 does', () => {
    expect(nice(0, 68)).to.deep.equal([0, 70]);
    expect(nice(-2.5, 17)).to.deep.equal([-4, 18]);
    expect(ticks(0, 12, 6)).to.deep.equal([0, 2, 4, 6, 8, 10, 12]);
    expect(ticks(0, 1, 4)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('the chart is an image named by its description; the marks are not announced one by one', () => {
    const { box } = container(400);
    drawStaticChart(box, levelBars(), THEMES.light, { width: 400, description: 'Innlandet hadde ca. 68 milliarder.' });
    expect(box.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.equal('Innlandet hadde ca. 68 milliarder.');
    expect(box.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('bounds and gaps are drawn as in the Vega chart: dashed extension and arrow, pale bar, the status symbol', () => {
    const { box } = container(500);
    drawStaticChart(box, changeBars(), THEMES.light, { width: 500, description: '' });
    expect(box.querySelectorAll('.extension_marks line').length, 'extension of "vel 4"').to.equal(1);
    expect(box.querySelectorAll('.arrows_marks path').length).to.equal(1);
    const labels = [...box.querySelectorAll('.labels_marks text')].map((t) => t.textContent);
    expect(labels).to.include('..');
    expect(labels.some((l) => l!.startsWith('>'))).to.equal(true);
  });

  for (const [name, make] of [
    ['index lines', indexLines],
    ['stacked parts', partOfWhole],
    ['grouped bars with a legend', divergingSeries],
  ] as const) {
    it(`${name}: nothing drawn, the container untouched (Vega draws them)`, () => {
      const { box } = container(400);
      box.textContent = 'before';
      expect(drawStaticChart(box, make(), THEMES.light, { width: 400, description: '' })).to.equal(false);
      expect(box.textContent).to.equal('before');
    });
  }

  it('text from the feed stays text', () => {
    const { box } = container(400);
    const m = model('level-bars', [
      { region: 'x', label: '<img src=x onerror="window.__staticPwned=1">', value: 3 },
      { region: 'y', label: 'Hamar', value: 5 },
    ]);
    expect(drawStaticChart(box, m, THEMES.light, { width: 400, description: '' })).to.equal(true);
    expect(box.querySelector('img')).to.equal(null);
    expect((window as { __staticPwned?: number }).__staticPwned).to.equal(undefined);
    expect([...box.querySelectorAll('text')].some((t) => t.textContent!.includes('<img'))).to.equal(true);
  });

  it('values no axis can hold are left to Vega, without an exception', () => {
    const { box } = container(400);
    const huge = model('level-bars', [
      { region: 'x', label: 'X', value: Number.MAX_VALUE },
      { region: 'y', label: 'Y', value: -Number.MAX_VALUE },
    ]);
    expect(() => drawStaticChart(box, huge, THEMES.light, { width: 400, description: '' })).to.not.throw();
    const gaps = model('level-bars', [{ region: 'x', label: 'X', value: null, status: '..' }]);
    expect(() => drawStaticChart(box, gaps, THEMES.light, { width: 400, description: '' })).to.not.throw();
  });

  // The profile's small charts at 360 and 768 px: the box is about 286 and 260 px wide (a card in a column).
  for (const width of [200, 260, 286]) {
    it(`a long axis title at ${width} px is drawn whole, inside the drawing, on lines that do not overlap`, () => {
      const { box } = container(width);
      const m = model(
        'level-bars',
        [
          { region: '34', label: 'Innlandet', value: 173964, cmp: true },
          { region: '3443', label: 'Vestre Toten', value: 6781 },
        ],
        { unit: 'personer', measureLabel: 'Sysselsatte med arbeidssted i kommunen' },
      );
      expect(drawStaticChart(box, m, THEMES.light, { width, description: '' })).to.equal(true);
      const svg = box.querySelector('svg')!.getBoundingClientRect();
      const lines = [...box.querySelectorAll<SVGTextElement>('.role-axis-title')];
      expect(lines.map((l) => l.textContent).join(' '), 'the whole title').to.equal('Sysselsatte med arbeidssted i kommunen (personer)');
      for (const line of lines) {
        const r = line.getBoundingClientRect();
        expect(r.left, `"${line.textContent}" starts inside the drawing`).to.be.at.least(svg.left);
        expect(r.right, `"${line.textContent}" ends inside the drawing`).to.be.at.most(svg.right);
        expect(r.bottom, `"${line.textContent}" above the drawing's bottom`).to.be.at.most(svg.bottom + 0.5);
      }
      const boxes = lines.map((l) => l.getBoundingClientRect());
      boxes.forEach((b, i) => i > 0 && expect(b.top, 'one line under the other').to.be.at.least(boxes[i - 1]!.bottom - 1));
    });
  }

  it('a drawing that stays (the profile) never runs tick labels into each other, even with the plot 50 px wide at 320 px', () => {
    const { box } = container(246);
    const m = model(
      'level-bars',
      [
        { region: '34', label: 'Innlandet', value: 183935, cmp: true },
        { region: '3405', label: 'Lillehammer', value: 14621 },
      ],
      { unit: 'personer', measureLabel: 'Sysselsatte bosatt i kommunen' },
    );
    expect(drawStaticChart(box, m, THEMES.light, { width: 246, description: '', final: true })).to.equal(true);
    const ticks = [...box.querySelectorAll('.role-axis .role-axis-label text')].map((t) => t.getBoundingClientRect());
    expect(ticks.length, 'at least one tick label').to.be.greaterThan(0);
    ticks.forEach((r, i) => i > 0 && expect(r.left, 'a tick label starts after the one before it ends').to.be.at.least(ticks[i - 1]!.right));
  });
});
