/**
 * `theme="auto"` follows the page, not the reader's system setting: a light page in a dark system keeps light
 * widgets (readable), a dark page (by its background or its `color-scheme`) gets dark ones, and a page that
 * switches scheme (a site's own dark-mode toggle on <html> or <body>) takes the widgets with it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { THEMES } from '../../src/charts/theme.js';
import { pageIsDark } from '../../src/components/theme.js';
import { until } from '../embed/frame.js';

const FEED = '/demo/data/innlandet.json';
let host: HTMLElement | undefined;

afterEach(async () => {
  host?.remove();
  host = undefined;
  document.body.style.background = '';
  document.body.className = '';
  document.documentElement.style.colorScheme = '';
  document.getElementById('site-dark')?.remove();
  await emulateMedia({ colorScheme: 'light' });
});

async function mount(attrs: Record<string, string>, style: Partial<CSSStyleDeclaration> = {}): Promise<InnIndicator> {
  host = document.createElement('div');
  Object.assign(host.style, { width: '640px', ...style });
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries({ src: FEED, indicator: 'value-creation', ...attrs })) el.setAttribute(k, v);
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  document.body.prepend(host);
  await ready;
  await el.updateComplete;
  return el;
}

/** The colour the widget's title is drawn in, as `#rrggbb`. */
function titleColor(el: InnIndicator): string {
  const c = getComputedStyle(el.shadowRoot!.querySelector('.title')!).color;
  const [r, g, b] = c.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((x) => x!.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of the chart's axis labels as Vega drew them. */
function axisLabelFill(el: InnIndicator): string | undefined {
  return el.shadowRoot!.querySelector('.chart-canvas svg .role-axis-label text')?.getAttribute('fill') ?? undefined;
}

describe('theme="auto" follows the page', function () {
  this.timeout(20000);

  it('a light page in a dark system: light widget (dark text)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.body.style.background = '#ffffff';
    const el = await mount({ view: 'table' });
    expect(titleColor(el)).to.equal(THEMES.light.text);
  });

  it('a page with no background and no color-scheme in a dark system: the canvas is white, so light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount({ view: 'kpi' });
    expect(titleColor(el)).to.equal(THEMES.light.text);
  });

  it('a dark page: dark widget, and a chart drawn in the dark colours', async () => {
    document.body.style.background = '#111418';
    const el = await mount({ view: 'chart' });
    expect(titleColor(el)).to.equal(THEMES.dark.text);
    await until(() => axisLabelFill(el), 'the chart drawn');
    expect(axisLabelFill(el)).to.equal(THEMES.dark.muted);
  });

  it('a dark box on a light page: dark widget inside it, light one outside', async () => {
    const inside = await mount({ view: 'kpi' }, { background: 'rgb(20, 24, 28)' });
    expect(titleColor(inside)).to.equal(THEMES.dark.text);
    const outsideHost = document.createElement('div');
    const outside = document.createElement('inn-indicator');
    for (const [k, v] of Object.entries({ src: FEED, indicator: 'value-creation', view: 'kpi' })) outside.setAttribute(k, v);
    const ready = oneEvent(outside, 'inn-ready');
    outsideHost.append(outside);
    document.body.append(outsideHost);
    await ready;
    try {
      expect(titleColor(outside)).to.equal(THEMES.light.text);
    } finally {
      outsideHost.remove();
    }
  });

  it('color-scheme: light dark on <html> with a dark system and no backgrounds: dark (the canvas is dark)', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount({ view: 'kpi' });
    expect(titleColor(el)).to.equal(THEMES.dark.text);
    // The reader switches the system to light: the canvas turns white, the widget follows.
    await emulateMedia({ colorScheme: 'light' });
    await until(() => titleColor(el) === THEMES.light.text, 'the widget light again');
  });

  it("a site's own dark-mode switch (a class on <body>) takes the widgets with it, and back", async () => {
    const style = document.createElement('style');
    style.id = 'site-dark';
    style.textContent = 'body.dark { background: #15171a; color: #eee; }';
    document.head.append(style);
    const el = await mount({ view: 'chart' });
    await until(() => axisLabelFill(el), 'the chart drawn');
    expect(titleColor(el)).to.equal(THEMES.light.text);
    document.body.classList.add('dark');
    await until(() => titleColor(el) === THEMES.dark.text, 'the widget dark');
    await until(() => axisLabelFill(el) === THEMES.dark.muted, 'the chart redrawn dark');
    document.body.classList.remove('dark');
    await until(() => titleColor(el) === THEMES.light.text, 'the widget light again');
    await until(() => axisLabelFill(el) === THEMES.light.muted, 'the chart redrawn light');
  });

  it('theme="light" and theme="dark" are kept whatever the page', async () => {
    document.body.style.background = '#111418';
    const light = await mount({ view: 'kpi', theme: 'light' });
    expect(titleColor(light)).to.equal(THEMES.light.text);
    host!.remove();
    document.body.style.background = '#ffffff';
    const dark = await mount({ view: 'kpi', theme: 'dark' });
    expect(titleColor(dark)).to.equal(THEMES.dark.text);
  });

  it('the widgets of a dashboard on a dark page are dark; on a light page in a dark system, light', async () => {
    for (const [bg, os, want] of [
      ['#0f1113', 'light', THEMES.dark.text],
      ['#ffffff', 'dark', THEMES.light.text],
    ] as const) {
      await emulateMedia({ colorScheme: os });
      document.body.style.background = bg;
      host = document.createElement('div');
      const d = document.createElement('inn-dashboard');
      d.setAttribute('src', FEED);
      d.setAttribute('indicators', 'value-creation');
      host.append(d);
      document.body.prepend(host);
      const kid = await until(() => d.shadowRoot?.querySelector<InnIndicator>('inn-indicator[view="chart"]') ?? undefined, 'the widgets');
      await until(() => kid.shadowRoot?.querySelector('.title'), 'the title');
      expect(titleColor(kid as InnIndicator)).to.equal(want);
      host.remove();
    }
  });

  it('pageIsDark blends semi-transparent layers over what is behind them', () => {
    host = document.createElement('div');
    host.style.background = '#ffffff';
    const veil = document.createElement('div');
    veil.style.background = 'rgb(0 0 0 / 0.2)';
    const deep = document.createElement('div');
    deep.style.background = 'rgb(0 0 0 / 0.9)';
    host.append(veil);
    document.body.append(host);
    expect(pageIsDark(veil)).to.equal(false);
    veil.append(deep);
    expect(pageIsDark(deep)).to.equal(true);
  });
});
