import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

/**
 * A bar chart is on screen as soon as its feed is read, drawn without the chart runtime (src/charts/static-bars.ts);
 * the Vega view replaces it once drawn. What a reader sees along the way is recorded from the widget's shadow root
 * at every change: one drawing at a time, never an empty box between the two, the same bars in both.
 */

const FEED = '/demo/data/innlandet.json';

interface Frame {
  svgs: number;
  first: boolean;
  bars: number;
  /** The drawing's container as assistive technology sees it. */
  role: string | null;
  label: string | null;
}

async function watch(attrs: Record<string, string>): Promise<{ el: InnIndicator; frames: Frame[] }> {
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const frames: Frame[] = [];
  const record = () => {
    const svgs = [...(el.shadowRoot?.querySelectorAll('.chart-canvas svg') ?? [])];
    const box = svgs[0]?.parentElement;
    const frame = {
      svgs: svgs.length,
      first: svgs[0]?.classList.contains('inn-static') ?? false,
      bars: svgs[0]?.querySelectorAll('.bars_marks > *').length ?? 0,
      role: box?.getAttribute('role') ?? null,
      label: box?.getAttribute('aria-label') ?? null,
    };
    const last = frames.at(-1);
    if (!last || last.svgs !== frame.svgs || last.first !== frame.first || last.bars !== frame.bars) frames.push(frame);
  };
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  // The shadow root exists from the moment the element is connected.
  new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true });
  await ready;
  record();
  return { el, frames };
}

afterEach(() => {
  for (const host of document.querySelectorAll('body > div')) host.remove();
});

describe('<inn-indicator>: first paint of a bar chart', () => {
  it('draws the bars before the chart runtime, then swaps in the Vega view with no empty frame', async () => {
    const { el, frames } = await watch({ src: FEED, indicator: 'employment-change', view: 'chart' });
    const drawn = frames.filter((f) => f.svgs > 0);
    expect(drawn[0], 'first drawing').to.deep.include({ svgs: 1, first: true });
    expect(drawn[0]!.bars, 'bars in the first paint').to.be.greaterThan(0);
    const last = frames.at(-1)!;
    expect(last, 'in the end, the Vega view').to.deep.include({ svgs: 1, first: false });
    expect(last.bars, 'the same bars').to.equal(drawn[0]!.bars);
    // From the first drawing on, the box is never empty and never holds two drawings.
    const from = frames.indexOf(drawn[0]!);
    expect(
      frames.slice(from).every((f) => f.svgs === 1),
      JSON.stringify(frames),
    ).to.equal(true);
    expect(el.chartHandle?.element, 'the handle is the view on screen').to.equal(el.shadowRoot!.querySelector('.chart-canvas svg'));
    // The User Timing marks a measuring page reads: the first paint, then the view.
    const marks = performance
      .getEntriesByName('inn:chart-drawn')
      .map((m) => (m as PerformanceMark).detail as { indicator: string; by: string })
      .filter((d) => d.indicator === 'employment-change');
    expect(marks.map((d) => d.by).slice(-2)).to.deep.equal(['static', 'vega']);
  });

  it('the first paint is the image the summary describes', async () => {
    const { el, frames } = await watch({ src: FEED, indicator: 'rd-share', view: 'chart' });
    const first = frames.find((f) => f.first);
    expect(first, 'a first paint was seen').to.not.equal(undefined);
    expect(first!.role).to.equal('img');
    expect(first!.label).to.equal(el.shadowRoot!.querySelector('.summary')?.textContent?.trim());
  });

  it('index lines have no first paint of their own: the Vega view is the first drawing', async () => {
    const { frames } = await watch({ src: FEED, indicator: 'employment-change', view: 'chart', measure: 'index' });
    const drawn = frames.filter((f) => f.svgs > 0);
    expect(drawn.length).to.be.greaterThan(0);
    expect(drawn.every((f) => !f.first)).to.equal(true);
  });
});
