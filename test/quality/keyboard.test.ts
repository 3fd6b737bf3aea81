/**
 * Quality gate "keyboard": with real key presses (sendKeys), every control of a widget is reachable in a
 * sensible order with a visible focus; the table view is one key away from a chart; the map is one tab stop
 * whose arrow keys reach every area and whose Enter selects it (inn-select); the table sorts from the
 * keyboard; and Tab always leaves the widget again (no keyboard trap), forwards and backwards.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import '../../src/components/inn-dashboard/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import type { InnSelectEvent } from '../../src/components/events.js';
import { MESSAGES } from '../../src/indicators/messages/catalogue.js';
import { MUNICIPALITIES, municipalityFeed } from './hostile-cases.js';

const FEED = '/demo/data/innlandet.json';

/** Presses a key; `Shift+Tab` holds Shift down around the Tab. */
async function press(key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: main! });
  } finally {
    if (modifier) await sendKeys({ up: modifier });
  }
}

/** The element that really has focus, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function describeEl(e: Element | null): string {
  if (!e) return 'nothing';
  const name = e.getAttribute('aria-label') ?? e.textContent ?? '';
  return `<${e.localName}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}> "${name.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

/**
 * Whether focus on `el` can be seen: an outline drawn for :focus-visible (computed style), or for a map
 * area, the map's own focus ring (a stroked path over the area, shown while it has focus).
 */
function focusIsVisible(el: Element): boolean {
  if (el.matches('.inn-map .area')) {
    const svg = el.closest('svg')!;
    const ring = svg.querySelector('.ring');
    const shape = el.querySelector('.shape');
    return (
      !!ring &&
      ring.getAttribute('visibility') !== 'hidden' &&
      ring.getAttribute('d') === shape?.getAttribute('d') &&
      parseFloat(getComputedStyle(ring).strokeWidth) >= 2
    );
  }
  const style = getComputedStyle(el);
  return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
}

interface Page {
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  el: InnIndicator;
}

let host: HTMLElement | undefined;

/** A widget between two page buttons, drawn and ready. */
async function mount(attrs: Record<string, string>, data?: unknown): Promise<Page> {
  host = document.createElement('div');
  host.style.width = '760px';
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  host.append(before, el, after);
  const ready = oneEvent(el, 'inn-ready');
  document.body.prepend(host);
  await ready;
  await el.updateComplete;
  return { before, after, el };
}

afterEach(() => {
  host?.remove();
  host = undefined;
});

/**
 * Presses Tab (or Shift+Tab) until `stop` has focus, at most `max` times. Returns every element focused on the
 * way (not `stop`), each checked for a visible focus. Fails when focus never reaches `stop`: a keyboard trap.
 */
async function tabUntil(stop: Element, backwards = false, max = 60): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < max; i++) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const active = deepActive();
    if (active === stop) return seen;
    expect(active, `focus went nowhere after ${seen.map(describeEl).join(' → ')}`).to.not.equal(null);
    expect(active, 'focus left the page').to.not.equal(document.body);
    expect(focusIsVisible(active!), `no visible focus on ${describeEl(active)}`).to.equal(true);
    seen.push(active!);
  }
  throw new Error(
    `keyboard trap: ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${describeEl(stop)}; the last were ${seen.slice(-5).map(describeEl).join(' → ')}`,
  );
}

/** Focuses `start` and presses Tab until `target` is focused (at most 30 times). */
async function tabTo(start: HTMLElement, target: (e: Element) => boolean): Promise<Element> {
  start.focus();
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && target(a)) return a;
  }
  throw new Error('target never focused');
}

const isViewButton = (label: string) => (e: Element) => e.matches('.view-button') && e.textContent!.trim() === label;

describe('quality: keyboard', function () {
  this.timeout(60000);

  for (const view of ['chart', 'table', 'map', 'kpi'] as const) {
    it(`${view} view: every control in order with visible focus, and Tab leaves (both ways)`, async () => {
      const { before, after, el } = await mount({ src: FEED, indicator: 'employment-change', view, period: '1990-2002' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part="share"]'), 'the sharing toolbar');
      before.focus();
      const forward = await tabUntil(after);
      const root = el.shadowRoot!;
      // Everything in the widget that takes focus was reached.
      const focusable = [...root.querySelectorAll<HTMLElement>('button, select, summary, [tabindex="0"], a[href]')].filter(
        (e) => e.getClientRects().length > 0,
      );
      for (const f of focusable) expect(forward, `${describeEl(f)} reachable by Tab`).to.include(f);
      // Sensible order: the view switcher (in its visual order), then the pickers, then the content, then the notes,
      // then the sharing menu's one button ("Del og last ned"; its actions are hidden until it is opened).
      const kinds = forward.map((e) =>
        e.matches('.view-button')
          ? 'views'
          : e.localName === 'select'
            ? 'pickers'
            : e.localName === 'summary'
              ? 'notes'
              : e.matches('.share-toggle, .share-button')
                ? 'share'
                : 'content',
      );
      const order = ['views', 'pickers', 'content', 'notes', 'share'];
      expect(
        forward.filter((e) => e.matches('.share-toggle, .share-button')).map((e) => e.textContent!.trim()),
        'one stop for sharing: the closed menu',
      ).to.deep.equal(['Del og last ned']);
      for (let i = 1; i < kinds.length; i++) expect(order.indexOf(kinds[i]!), `order ${kinds.join(', ')}`).to.be.at.least(order.indexOf(kinds[i - 1]!));
      expect(forward.filter((e) => e.matches('.view-button')).map((e) => e.textContent!.trim())).to.deep.equal(['Diagram', 'Tabell', 'Kart', 'Nøkkeltall']);
      // And back out the other way.
      const backward = await tabUntil(before, true);
      expect(backward).to.deep.equal([...forward].reverse());
    });
  }

  it('the sharing menu: Tab to its button, Enter opens it on the first action, arrows and Tab move, Escape closes', async () => {
    const { before, after, el } = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    const root = el.shadowRoot!;
    const toggle = (await tabTo(before, (e) => e.matches('.share-toggle'))) as HTMLButtonElement;
    expect(focusIsVisible(toggle)).to.equal(true);
    const list = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(list.getClientRects().length, 'closed: the actions are hidden').to.equal(0);
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const actions = [...list.querySelectorAll('button')];
    expect(actions.map((b) => b.textContent!.trim())).to.deep.equal(['Last ned PNG', 'Last ned SVG', 'Last ned CSV', 'Kopier lenke', 'Kopier innbyggingskode']);
    expect(deepActive(), 'focus on the first action').to.equal(actions[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(actions[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive(), 'ArrowUp wraps to the last').to.equal(actions[4]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(actions[1]);
    expect(focusIsVisible(actions[1]!)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(list.getClientRects().length).to.equal(0);
    expect(deepActive(), 'Escape returns focus to the button').to.equal(toggle);
    // Open again and Tab past the last action: the menu closes and focus leaves the widget (no trap).
    await sendKeys({ press: 'Space' });
    expect(deepActive()).to.equal(actions[0]);
    await sendKeys({ press: 'End' });
    await tabUntil(after);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('from a chart, the table (every region and its value) is one key away', async () => {
    const { before, el } = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    const button = (await tabTo(before, isViewButton('Tabell'))) as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const selected = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
    const ready = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.include({ change: 'view', view: 'table' });
    await ready;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(1);
    for (const r of rows) expect(r.querySelector('td.num')!.textContent!.trim(), r.textContent!).to.match(/\d|\.\.|:/);
    // Focus stays where the reader pressed.
    expect(deepActive()).to.equal(button);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    // Space works as well as Enter.
    await press('Shift+Tab');
    expect(deepActive()?.textContent?.trim()).to.equal('Diagram');
    const chartReady = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'Space' });
    await chartReady;
    expect(el.view).to.equal('chart');
  });

  it('pickers change the measure and period from the keyboard (inn-select)', async () => {
    const { before, el } = await mount({ src: FEED, indicator: 'employment-change', view: 'table', period: '1990-2002' });
    const selects = [...el.shadowRoot!.querySelectorAll('select')];
    expect(selects.length).to.be.at.least(2);
    const period = selects[selects.length - 1]!;
    await tabTo(before, (e) => e === period);
    const selected = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
    const old = period.value;
    await sendKeys({ press: old === period.options[period.options.length - 1]!.value ? 'ArrowUp' : 'ArrowDown' });
    const e = await selected;
    expect(e.detail.change).to.equal('period');
    expect(e.detail.period).to.not.equal(old);
    expect(el.period).to.equal(e.detail.period);
  });

  it('the table sorts by keyboard, and says how it is sorted', async () => {
    const { before, el } = await mount({ src: FEED, indicator: 'employment-change', view: 'table', period: '1997-2005' });
    const valueSort = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th .sort')[1]!;
    await tabTo(before, (e) => e === valueSort);
    expect(focusIsVisible(valueSort)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(valueSort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(valueSort.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(deepActive()).to.equal(valueSort);
  });

  describe('map', () => {
    const values = [1200, 800, 450, 3000, 150, 2200, 640, null];

    async function mountMap(): Promise<Page> {
      const page = await mount({ indicator: 'commuting', view: 'map' }, municipalityFeed(values));
      expect(page.el.shadowRoot!.querySelector('.inn-map svg'), 'a map, not the table fallback').to.exist;
      return page;
    }

    it('is one tab stop: Tab enters on one area, the next Tab leaves the map', async () => {
      const { before, el } = await mountMap();
      const area = await tabTo(before, (e) => e.matches('.inn-map .area'));
      expect(focusIsVisible(area), 'the focus ring is drawn over the area').to.equal(true);
      expect(area.getAttribute('role')).to.equal('button');
      await sendKeys({ press: 'Tab' });
      const next = deepActive();
      expect(next === null || !next.matches('.inn-map .area'), `Tab moved to another area: ${describeEl(next)}`).to.equal(true);
      // The ring goes with the focus.
      expect(el.shadowRoot!.querySelector('.inn-map .ring')!.getAttribute('visibility')).to.equal('hidden');
    });

    it('arrow keys move between areas, with the area name and value as its accessible name', async () => {
      const { before } = await mountMap();
      const first = await tabTo(before, (e) => e.matches('.inn-map .area'));
      const visited = new Set([first]);
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'End', 'Home']) {
        await sendKeys({ press: key });
        const a = deepActive()!;
        expect(a.matches('.inn-map .area'), `${key} keeps focus on an area`).to.equal(true);
        expect(focusIsVisible(a), `${key}: visible focus`).to.equal(true);
        visited.add(a);
      }
      expect(visited.size, 'the arrows moved the focus').to.be.greaterThan(2);
      // Roving tabindex: exactly one area is in the tab order, the one with focus.
      const areas = [...first.closest('svg')!.querySelectorAll('.area')];
      expect(areas.filter((a) => a.getAttribute('tabindex') === '0')).to.deep.equal([deepActive()]);
    });

    it('every area, and so every region value, can be reached with the arrow keys', async () => {
      const { el } = await mountMap();
      const svg = el.shadowRoot!.querySelector('.inn-map svg')!;
      const areas = [...svg.querySelectorAll<SVGGElement>('.area')];
      // Breadth-first over the arrow keys from the first area (keydown events, as the keys send them).
      const reached = new Set<SVGGElement>([areas[0]!]);
      const queue = [areas[0]!];
      while (queue.length) {
        const from = queue.shift()!;
        for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
          from.focus();
          from.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
          const to = el.shadowRoot!.activeElement as SVGGElement | null;
          if (to && to !== from && !reached.has(to)) {
            reached.add(to);
            queue.push(to);
          }
        }
      }
      const missed = areas.filter((a) => !reached.has(a)).map((a) => a.getAttribute('aria-label'));
      expect(missed, 'areas the arrow keys never reach').to.deep.equal([]);
      // Every municipality with data is named with its value.
      for (const [code, name] of MUNICIPALITIES) {
        const area = svg.querySelector(`.area[data-code="${code}"]`);
        expect(area, code).to.exist;
        expect(area!.getAttribute('aria-label')).to.match(new RegExp(`^${name}: `));
      }
    });

    /** Arrow keys (right, then down) until an area with a figure has focus. */
    async function arrowToData(): Promise<Element> {
      for (let i = 0; i < 40; i++) {
        const a = deepActive()!;
        if (a.matches('.inn-map .area:not(.no-data)')) return a;
        await sendKeys({ press: i % 6 === 5 ? 'ArrowDown' : 'ArrowRight' });
      }
      throw new Error('no area with data reached');
    }

    it('Enter selects the focused area (inn-select) and opens its source card; Escape gives focus back to the area', async () => {
      const { before, el } = await mountMap();
      await tabTo(before, (e) => e.matches('.inn-map .area'));
      const area = await arrowToData();
      const code = area.getAttribute('data-code')!;
      const selected = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const e = await selected;
      expect(e.detail.change).to.equal('region');
      expect(e.detail.regions).to.deep.equal([code]);
      await el.updateComplete;
      // The area's figure opens its source card (issue 19); Escape closes it and the area has the focus again.
      await waitUntil(() => el.shadowRoot!.querySelector('dialog.source-card')?.hasAttribute('open'), 'the source card opens', { timeout: 15000 });
      await sendKeys({ press: 'Escape' });
      expect(el.shadowRoot!.querySelector('dialog.source-card'), 'card closed').to.equal(null);
      const now = deepActive();
      expect(now?.matches('.inn-map .area'), `focus after Escape: ${describeEl(now)}`).to.equal(true);
      expect(now!.getAttribute('data-code')).to.equal(code);
      expect(now!.getAttribute('aria-pressed')).to.equal('true');
      // Space does it too.
      const again = oneEvent(el, 'inn-select') as Promise<InnSelectEvent>;
      await sendKeys({ press: 'Space' });
      expect((await again).detail.regions).to.deep.equal([code]);
      await waitUntil(() => el.shadowRoot!.querySelector('dialog.source-card')?.hasAttribute('open'), 'Space opens the card too', { timeout: 15000 });
      el.shadowRoot!.querySelector('dialog')!.close();
    });

    it('Enter on an area without figures keeps the map (and the focus) in place', async () => {
      const { before, el } = await mountMap();
      // The map's tab stop is its first tile, Lesja, which has no figure in this feed.
      const area = await tabTo(before, (e) => e.matches('.inn-map .area'));
      expect(area.matches('.no-data'), describeEl(area)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.inn-map svg'), `the map was replaced by: ${el.shadowRoot!.querySelector('.state')?.textContent?.trim()}`).to.exist;
      expect(deepActive()?.matches('.inn-map .area'), `focus: ${describeEl(deepActive())}`).to.equal(true);
    });

    it('Escape hides the value tip, and focus is not trapped in the map', async () => {
      const { before, after, el } = await mountMap();
      await tabTo(before, (e) => e.matches('.inn-map .area'));
      const tip = el.shadowRoot!.querySelector<HTMLElement>('.inn-map__tip')!;
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.match(/: /);
      await sendKeys({ press: 'Escape' });
      expect(tip.hidden).to.equal(true);
      expect(deepActive()?.matches('.inn-map .area')).to.equal(true);
      await tabUntil(after);
    });
  });

  it('an error state: the retry button is reachable, visibly focused, and works from the keyboard', async () => {
    host = document.createElement('div');
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    const el = document.createElement('inn-indicator');
    el.setAttribute('src', `/__faults/flaky?n=keyboard-${Date.now()}`);
    el.setAttribute('indicator', 'employment-change');
    el.setAttribute('view', 'table');
    host.append(before, el, after);
    const failed = oneEvent(el, 'inn-error');
    document.body.prepend(host);
    await failed;
    await el.updateComplete;
    before.focus();
    const seen = await tabUntil(after);
    const retry = el.shadowRoot!.querySelector('button.retry')!;
    expect(seen).to.include(retry);
    expect(retry.textContent!.trim()).to.equal(MESSAGES.retry.nb);
    await tabTo(before, (e) => e === retry);
    const recovered = oneEvent(el, 'inn-ready');
    await sendKeys({ press: 'Enter' });
    await recovered;
    await el.updateComplete;
    // The retry button is gone with the error: focus must not be lost to the page's start.
    const now = deepActive();
    expect(now === document.body || now === null ? 'lost' : 'kept', `focus after a successful retry: ${describeEl(now)}`).to.equal('kept');
  });

  it('a dashboard: the shared pickers first, then every widget, and out again', async () => {
    host = document.createElement('div');
    host.style.width = '1000px';
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    const dash = document.createElement('inn-dashboard');
    dash.setAttribute('src', FEED);
    dash.setAttribute('indicators', 'employment-change state-transfers');
    host.append(before, dash, after);
    document.body.prepend(host);
    await waitUntil(
      () => {
        const kids = [...dash.shadowRoot!.querySelectorAll('inn-indicator')];
        return kids.length === 4 && kids.every((k) => k.shadowRoot?.querySelector('[part="summary"]'));
      },
      'dashboard drawn',
      { timeout: 15000 },
    );
    before.focus();
    const seen = await tabUntil(after, false, 120);
    expect(seen[0]!.localName, describeEl(seen[0]!)).to.equal('select');
    expect(seen[1]!.localName, describeEl(seen[1]!)).to.equal('select');
    expect(seen.filter((e) => e.matches('.view-button')).length, 'the view buttons of both charts').to.equal(8);
    const back = await tabUntil(before, true, 120);
    expect(back.length).to.equal(seen.length);
  });
});
