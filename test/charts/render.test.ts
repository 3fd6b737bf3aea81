import { expect } from '@open-wc/testing';
import type { View } from 'vega';
import { renderChart, type ChartHandle } from '../../src/charts/render.js';
import { THEMES, type Theme } from '../../src/charts/theme.js';
import type { ViewModel } from '../../src/indicators/view-model.js';
import { chartHost, removeHosts } from './host.js';
import { imageRequestsSettled } from '../image-requests.js';
import { ALL_MODELS, changeBars, divergingBars, divergingSeries, indexLines, levelBars, model, partOfWhole, partOfWholeSingle, shareBars } from './models.js';

const NBSP = '\u00a0';
const handles: ChartHandle[] = [];

async function draw(m: ViewModel, options: { theme?: Theme; width?: number } = {}) {
  const { root, container } = chartHost(options.width);
  const handle = await renderChart(container, m, options.theme ?? THEMES.light, {
    width: options.width ?? 320,
    tooltipRoot: root,
    description: 'Beskrivelse av diagrammet',
  });
  handles.push(handle);
  return { root, container, handle };
}

/** The drawn items of a named mark (the `name` of a template layer). */
function items(container: Element, name: string): Element[] {
  return [...container.querySelectorAll(`g.${name}_marks`)].flatMap((g) =>
    [...g.children].filter((c) => !c.classList.contains('background') && !c.classList.contains('foreground')),
  );
}
const texts = (container: Element, name: string) => items(container, name).map((t) => t.textContent);
/** Moves the pointer onto an element, as far as Vega's SVG event handling is concerned. */
function hover(el: Element): void {
  const r = el.getBoundingClientRect();
  el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
}
const axisLabels = (container: Element) => [...container.querySelectorAll('g.role-axis-label text')];

/** The scenegraph items of a named mark, with their data. */
function sceneItems(view: View, name: string): Array<{ datum: Record<string, unknown>; fill?: string }> {
  const out: Array<{ datum: Record<string, unknown>; fill?: string }> = [];
  const walk = (node: { marktype?: string; name?: string; items?: unknown[] }): void => {
    if (node.name === `${name}_marks`) out.push(...(node.items as typeof out));
    for (const item of node.items ?? []) walk(item as typeof node);
  };
  walk((view.scenegraph() as unknown as { root: never }).root);
  return out;
}

afterEach(() => {
  for (const h of handles.splice(0)) h.finalize();
  removeHosts();
});

describe('charts/render: every chart kind', () => {
  const expected: Record<string, { bars?: number; labels?: number; legend?: number }> = {
    'change-bars': { bars: 4, labels: 5 },
    'level-bars': { bars: 3, labels: 4 },
    'share-bars': { bars: 3, labels: 4 },
    'diverging-bars': { bars: 3, labels: 4 },
    'diverging-bars/series': { bars: 3, labels: 4, legend: 2 },
    'part-of-whole': { bars: 5, legend: 3 },
    'part-of-whole/single': { bars: 3, labels: 4 },
  };

  for (const [key, make] of ALL_MODELS) {
    it(`${key}: draws an SVG with the expected marks at 320 px`, async () => {
      const m = make();
      const { container, handle } = await draw(m);
      const svg = container.querySelector(':scope > svg')!;
      expect(svg).to.exist;
      expect(handle.element).to.equal(svg);
      expect(Number(svg.getAttribute('width'))).to.equal(320);
      expect(container.getAttribute('role')).to.equal('img');
      expect(container.getAttribute('aria-label')).to.equal('Beskrivelse av diagrammet');
      expect(container.querySelector('form')).to.equal(null);
      const e = expected[key];
      if (e?.bars !== undefined) expect(items(container, 'bars'), 'bars').to.have.length(e.bars);
      if (e?.labels !== undefined) expect(items(container, 'labels'), 'labels').to.have.length(e.labels);
      if (e?.legend !== undefined) expect(container.querySelectorAll('g.role-legend-label text'), 'legend').to.have.length(e.legend);
      // No bar is drawn for a gap.
      for (const item of sceneItems(handle.view, 'bars')) expect(item.datum.gap).to.equal(false);
    });
  }

  it('index-lines: one line per region, broken at the gap, with end labels and the 100 line', async () => {
    const { container, handle } = await draw(indexLines());
    const lines = items(container, 'lines');
    expect(lines).to.have.length(3);
    // The line with a gap is drawn in two pieces (two "M" commands), never through the gap.
    const raufoss = lines.find((p) => p.getAttribute('stroke') === THEMES.light.accent)!;
    expect(raufoss.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(lines.find((p) => p.getAttribute('stroke') === THEMES.light.comparison)!.getAttribute('stroke-dasharray')).to.equal('6,3');
    expect(items(container, 'points')).to.have.length(23);
    expect(texts(container, 'labels')).to.deep.equal(['Vestre Toten', 'Norge', 'Kongsberg']);
    expect(texts(container, 'gaps')).to.deep.equal(['..']);
    expect(items(container, 'reference')).to.have.length(1);
    const ref = sceneItems(handle.view, 'reference')[0]!;
    expect(ref.datum.y).to.equal(100);
  });
});

describe('charts/render: many lines', () => {
  it('index-lines/legend: a legend with colour and dash per line instead of end labels', async () => {
    const years = ['2000', '2001', '2002'];
    const names = ['Gjøvik', 'Hamar', 'Lillehammer', 'Elverum', 'Kongsvinger', 'Raufoss', 'Norge', 'Kongsberg'];
    const m = model(
      'index-lines',
      names.flatMap((n, k) => years.map((p, i) => ({ region: n, label: n, value: 100 + i * (k + 1), period: p, cmp: n === 'Norge' }))),
      { unit: 'indeks' },
    );
    const { container } = await draw(m);
    expect(items(container, 'lines')).to.have.length(8);
    expect(items(container, 'labels')).to.have.length(0);
    const legend = [...container.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
    expect(legend).to.deep.equal(names);
    const dashes = items(container, 'lines').map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).to.equal(2);
    const widths = items(container, 'lines').map((p) => Number(p.getAttribute('stroke-width')));
    expect(widths.filter((w) => w === 3)).to.have.length(1);
  });
});

describe('charts/render: what the chart says', () => {
  it('marks the comparison region with its own colour and a bold label', async () => {
    const { container } = await draw(changeBars());
    const fills = items(container, 'bars').map((p) => p.getAttribute('fill'));
    expect(fills.filter((f) => f === THEMES.light.comparison)).to.have.length(1);
    expect(fills.filter((f) => f === THEMES.light.accent)).to.have.length(3);
    const norge = axisLabels(container).find((t) => t.textContent === 'Norge')!;
    expect(norge.getAttribute('font-weight')).to.equal('bold');
    expect(
      axisLabels(container)
        .find((t) => t.textContent === 'Oppland')!
        .getAttribute('font-weight'),
    ).to.equal('normal');
    const value = items(container, 'labels').find((t) => t.textContent === `12,0${NBSP}%`)!;
    expect(value.getAttribute('font-weight')).to.equal('bold');
  });

  it('draws "over 70 %" as an open-ended bar labelled "> 70 %", and "under 30 %" as a pale one', async () => {
    const { container, handle } = await draw(shareBars());
    expect(texts(container, 'labels')).to.include.members([`>${NBSP}70${NBSP}%`, `<${NBSP}30${NBSP}%`, `ca.${NBSP}12${NBSP}%`, '..']);
    const extension = items(container, 'extension');
    expect(extension).to.have.length(1);
    expect(extension[0]!.getAttribute('stroke-dasharray')).to.equal('4,3');
    expect(Number(extension[0]!.getAttribute('x2'))).to.be.greaterThan(5);
    const arrows = sceneItems(handle.view, 'arrows').map((i) => [i.datum.cat, (i as { shape?: string }).shape]);
    expect(arrows).to.deep.include(['Gjøvikregionen', 'triangle-right']);
    expect(arrows).to.deep.include(['Resten av Innlandet', 'triangle-left']);
    const pale = items(container, 'bars').find((p) => p.getAttribute('fill-opacity') === '0.3')!;
    expect(pale.getAttribute('stroke-dasharray')).to.equal('4,3');
    // Shares in per cent get a 0–100 axis.
    expect(axisLabels(container).map((t) => t.textContent)).to.include('100');
  });

  it('labels a gap with its status symbol where the bar would be, and draws no bar for it', async () => {
    const { container, handle } = await draw(levelBars());
    const gap = sceneItems(handle.view, 'labels').find((i) => i.datum.gap)!;
    expect(gap.datum).to.include({ cat: 'Hamar', label: ':' });
    expect(sceneItems(handle.view, 'bars').map((i) => i.datum.cat)).to.not.include('Hamar');
    // Hamar keeps its row on the axis.
    expect(axisLabels(container).map((t) => t.textContent)).to.include('Hamar');
  });

  it('writes axis numbers the Norwegian way, per widget', async () => {
    const nb = await draw(levelBars());
    expect(axisLabels(nb.container).map((t) => t.textContent)).to.include(`50${NBSP}000`);
    const small = model(
      'level-bars',
      [
        { region: 'a', label: 'A', value: 0.8 },
        { region: 'b', label: 'B', value: 0.3 },
      ],
      { decimals: 1 },
    );
    const comma = await draw(small);
    const decimals = axisLabels(comma.container)
      .map((t) => t.textContent!)
      .filter((t) => /^0[.,]\d$/.test(t));
    expect(decimals).to.not.be.empty;
    for (const t of decimals) expect(t).to.match(/^0,\d$/);
    const en = await draw({ ...levelBars(), lang: 'en' });
    expect(axisLabels(en.container).map((t) => t.textContent)).to.include('50,000');
    // The Norwegian chart was not changed by the English one (no page-global locale).
    expect(axisLabels(nb.container).map((t) => t.textContent)).to.include(`50${NBSP}000`);
  });

  it('colours diverging bars by sign and grouped series from the palette', async () => {
    const signed = await draw(divergingBars());
    const fills = items(signed.container, 'bars').map((p) => p.getAttribute('fill'));
    expect(fills).to.include.members([THEMES.light.diverging[4], THEMES.light.diverging[0]]);
    const grouped = await draw(divergingSeries());
    const symbols = [...grouped.container.querySelectorAll('g.role-legend-symbol path')].map((p) => p.getAttribute('fill'));
    expect(symbols).to.deep.equal([THEMES.light.series[0], THEMES.light.series[1]]);
  });

  it('stacks parts with a legend, labels inside wide parts, and notes missing parts', async () => {
    const { container } = await draw(partOfWhole(), { width: 480 });
    expect([...container.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent)).to.deep.equal([
      'Personrettede',
      'Kommunesektoren',
      'Statlige lønninger',
    ]);
    const visible = items(container, 'labels')
      .filter((t) => t.getAttribute('opacity') !== '0')
      .map((t) => t.textContent);
    expect(visible).to.include('15,2');
    expect(texts(container, 'notes')).to.deep.equal([`i alt 30,1${NBSP}mrd. kr`, 'Statlige lønninger :']);
  });

  it('wraps long region names on the axis instead of cutting them or hiding any', async () => {
    const m = model('share-bars', [
      { region: 'a', label: 'Gjøvikregionen', value: 70, qualifier: 'atLeast' },
      { region: 'b', label: 'Innlandet utenom Gjøvikregionen', value: 30, qualifier: 'atMost' },
      { region: 'c', label: 'Teknologibyene samlet (Raufoss, Kongsberg, Horten)', value: 10 },
    ]);
    const { container } = await draw(m);
    const labels = axisLabels(container).filter((t) => t.closest('g.role-axis')!.querySelector('.role-axis-domain') === null || true);
    const names = labels.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('|') || t.textContent);
    expect(names).to.include('Innlandet utenom|Gjøvikregionen');
    expect(names).to.include('Gjøvikregionen');
    for (const t of labels) expect(t.getAttribute('opacity')).to.not.equal('0');
  });

  it("draws one region's parts as bars", async () => {
    const single = await draw(partOfWholeSingle());
    expect(axisLabels(single.container).map((t) => t.textContent)).to.include.members(['Personrettede', 'Næringsrettede']);
  });

  it('uses the dark theme colours', async () => {
    const { container } = await draw(changeBars(), { theme: THEMES.dark });
    const fills = items(container, 'bars').map((p) => p.getAttribute('fill'));
    expect(fills).to.include(THEMES.dark.accent).and.include(THEMES.dark.comparison);
    expect(axisLabels(container)[0]!.getAttribute('fill')).to.be.oneOf([THEMES.dark.muted, THEMES.dark.text]);
  });

  it('keeps labels inside the chart at 320 px', async () => {
    for (const [key, make] of ALL_MODELS) {
      const { container } = await draw(make());
      const box = container.querySelector('svg')!.getBoundingClientRect();
      for (const t of container.querySelectorAll('text')) {
        if (t.getAttribute('opacity') === '0' || !t.textContent) continue;
        const r = t.getBoundingClientRect();
        expect(r.right, `${key}: "${t.textContent}"`).to.be.at.most(box.right + 1);
        expect(r.left, `${key}: "${t.textContent}"`).to.be.at.least(box.left - 1);
      }
    }
  });
});

describe('charts/render: tooltip', () => {
  it('shows region, period, qualified value, source words and the derived marker inside the given root', async () => {
    const { root, container } = await draw(shareBars());
    const bars = items(container, 'bars');
    hover(bars[1]!);
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip).to.exist;
    expect(tip.hidden).to.equal(false);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal(['Resten av Innlandet', '2004', `under${NBSP}30${NBSP}%`, '(beregnet)']);
    expect(document.body.querySelector('[part="tooltip"]')).to.equal(null);
    bars[1]!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(tip.hidden).to.equal(true);
  });

  it('renders feed text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__innPwned=1">';
    const m = model('level-bars', [
      { region: 'x', label: evil, value: 5 },
      { region: 'y', label: 'Hamar', value: 3 },
    ]);
    const before = document.querySelectorAll('img').length;
    const { root, container } = await draw(m);
    hover(items(container, 'bars')[0]!);
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.children[0]!.textContent).to.equal(evil);
    expect(root.querySelectorAll('img')).to.have.length(0);
    expect(container.querySelectorAll('img')).to.have.length(0);
    expect(document.querySelectorAll('img')).to.have.length(before);
    // The axis shows the name as text (cut to the label width with an ellipsis).
    expect(axisLabels(container).some((t) => t.textContent!.startsWith('<img src=x'))).to.equal(true);
    // An image made from the name, even outside the page, would have failed to load and run its handler by now.
    await imageRequestsSettled();
    expect((window as unknown as { __innPwned?: number }).__innPwned, 'a handler in the feed text ran').to.equal(undefined);
  });
});

describe('charts/render: lifecycle', () => {
  it('finalize releases the view, its drawing and its tooltip, once', async () => {
    const { root, container, handle } = await draw(changeBars());
    hover(items(container, 'bars')[0]!);
    expect(root.querySelector('[part="tooltip"]')).to.exist;
    let calls = 0;
    const original = handle.view.finalize.bind(handle.view);
    handle.view.finalize = () => {
      calls++;
      return original();
    };
    handle.finalize();
    handle.finalize();
    expect(calls).to.equal(1);
    expect(handle.finalized).to.equal(true);
    expect(handle.element).to.equal(null);
    expect(container.querySelector('svg')).to.equal(null);
    expect(root.querySelector('[part="tooltip"]')).to.equal(null);
    expect((handle.view as unknown as { _eventListeners: unknown[] })._eventListeners).to.have.length(0);
  });

  it('a newer render supersedes an older one on the same container, without leaking', async () => {
    const { root, container } = chartHost();
    const opts = { width: 320, tooltipRoot: root, description: 'd' };
    const first = renderChart(container, changeBars(), THEMES.light, opts);
    const second = renderChart(container, levelBars(), THEMES.light, opts);
    let error: unknown;
    try {
      await first;
    } catch (err) {
      error = err;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
    const handle = await second;
    handles.push(handle);
    expect(container.querySelectorAll('svg')).to.have.length(1);
    expect(axisLabels(container).map((t) => t.textContent)).to.include('Kongsvinger');
    // A third render replaces the finished second one and finalizes it.
    const third = await renderChart(container, shareBars(), THEMES.light, opts);
    handles.push(third);
    expect(handle.finalized).to.equal(true);
    expect(container.querySelectorAll('svg')).to.have.length(1);
    expect(third.element?.isConnected).to.equal(true);
  });

  it('honours an AbortSignal before and after drawing', async () => {
    const { root, container } = chartHost();
    const aborted = new AbortController();
    aborted.abort();
    let error: unknown;
    try {
      await renderChart(container, changeBars(), THEMES.light, { width: 320, tooltipRoot: root, description: 'd', signal: aborted.signal });
    } catch (err) {
      error = err;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    const later = new AbortController();
    const handle = await renderChart(container, changeBars(), THEMES.light, { width: 320, tooltipRoot: root, description: 'd', signal: later.signal });
    later.abort();
    expect(handle.finalized).to.equal(true);
  });

  it('resizes and exports SVG and PNG', async () => {
    const { container, handle } = await draw(changeBars());
    await handle.resize(560);
    expect(Number(container.querySelector('svg')!.getAttribute('width'))).to.equal(560);
    const svg = await handle.toSVG();
    expect(svg.startsWith('<svg')).to.equal(true);
    expect(svg).to.contain('Nord-Aurdal');
    expect(await handle.toPNG(2)).to.match(/^data:image\/png;base64,/);
    const canvas = await handle.toCanvas();
    expect(canvas.width).to.be.greaterThan(0);
  });

  it('draws an empty model without failing (the widget shows its own message instead)', async () => {
    for (const kind of ['change-bars', 'part-of-whole', 'index-lines'] as const) {
      const { handle } = await draw(model(kind, []));
      expect(handle.element).to.exist;
    }
  });

  it('can draw on a canvas instead', async () => {
    const { root, container } = chartHost();
    const handle = await renderChart(container, changeBars(), THEMES.light, { width: 320, tooltipRoot: root, description: 'd', renderer: 'canvas' });
    handles.push(handle);
    expect(handle.element?.tagName).to.equal('CANVAS');
  });
});
