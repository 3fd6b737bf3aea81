/**
 * Quality gate "prefers-reduced-motion": with the reader's reduced-motion setting (emulated in Chromium), the
 * loading skeletons do not pulse and nothing in a widget animates or transitions; without it, the pulse
 * runs (so that this test can tell the difference).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { municipalityFeed } from './hostile-cases.js';

const FEED = '/demo/data/innlandet.json';
let n = 0;
let host: HTMLElement | undefined;

function mount(attrs: Record<string, string>, options: { offscreen?: boolean; data?: unknown } = {}): InnIndicator {
  host = document.createElement('div');
  host.style.width = '720px';
  // Far below the viewport, a chart widget never starts drawing: its chart skeleton stays.
  if (options.offscreen) host.style.marginTop = '5000px';
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (options.data !== undefined) el.data = options.data;
  host.append(el);
  document.body.prepend(host);
  return el;
}

/** Every element in the widget (shadow root included) with a running animation or a transition. */
function moving(el: Element): string[] {
  const out: string[] = [];
  const all = [el, ...el.shadowRoot!.querySelectorAll('*')];
  for (const e of all) {
    const s = getComputedStyle(e);
    const animated = s.animationName !== 'none' && s.animationName !== '' && s.animationPlayState !== 'paused';
    const transitions = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none';
    if (animated) out.push(`<${e.localName} class="${e.getAttribute('class') ?? ''}"> animation ${s.animationName} ${s.animationDuration}`);
    if (transitions) out.push(`<${e.localName} class="${e.getAttribute('class') ?? ''}"> transition ${s.transitionProperty} ${s.transitionDuration}`);
  }
  for (const a of el.shadowRoot!.getAnimations()) out.push(`Web Animation on ${(a.effect as KeyframeEffect | null)?.target?.localName ?? '?'}`);
  return out;
}

afterEach(async () => {
  host?.remove();
  host = undefined;
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('quality: prefers-reduced-motion', function () {
  this.timeout(30000);

  it('without the setting, the loading skeleton pulses (the test can see an animation)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = mount({ src: `/__faults/slow?ms=2000&n=motion-${Date.now()}-${n++}`, indicator: 'employment-change' });
    // The grey box is drawn once the load has taken a while (300 ms).
    await waitUntil(() => el.shadowRoot!.querySelector('.state.loading.skeleton'), 'the loading box of a slow load');
    const skeleton = el.shadowRoot!.querySelector('.state.loading.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('pulse');
  });

  it('with reduced motion, the loading skeleton (every view) does not animate', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulation is on').to.equal(true);
    for (const view of ['chart', 'table', 'map', 'kpi']) {
      const el = mount({ src: `/__faults/slow?ms=2000&n=motion-${Date.now()}-${n++}`, indicator: 'employment-change', view });
      await waitUntil(() => el.shadowRoot!.querySelector('.state.loading.skeleton'), `the loading box of a slow load (${view})`);
      const skeleton = el.shadowRoot!.querySelector('.state.loading.skeleton')!;
      expect(getComputedStyle(skeleton).animationName, view).to.equal('none');
      expect(moving(el), view).to.deep.equal([]);
      host!.remove();
    }
  });

  it('with reduced motion, the chart skeleton (data loaded, chart not yet drawn) does not animate', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = mount({ src: FEED, indicator: 'employment-change', view: 'chart' }, { offscreen: true });
    await waitUntil(() => el.shadowRoot!.querySelector('.chart-skeleton'), 'chart skeleton', { timeout: 10000 });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.chart-skeleton')!).animationName).to.equal('none');
    expect(moving(el)).to.deep.equal([]);
  });

  it('with reduced motion, drawn views (chart, table, map, key figure) and the error state do not move', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const cases: Array<[Record<string, string>, unknown?]> = [
      [{ src: FEED, indicator: 'employment-change', view: 'chart' }],
      [{ src: FEED, indicator: 'employment-change', view: 'table' }],
      [{ indicator: 'commuting', view: 'map' }, municipalityFeed([1, 2, 3, 4, 5])],
      [{ src: FEED, indicator: 'value-creation', view: 'kpi' }],
      [{ src: `/__faults/500?n=motion-${Date.now()}`, indicator: 'employment-change' }],
    ];
    for (const [attrs, data] of cases) {
      const el = mount(attrs, { data });
      await oneEvent(el, attrs['src']?.startsWith('/__faults/') ? 'inn-error' : 'inn-ready');
      await el.updateComplete;
      expect(moving(el), JSON.stringify(attrs)).to.deep.equal([]);
      host!.remove();
    }
  });
});
