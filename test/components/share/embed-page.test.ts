import { expect } from '@open-wc/testing';
import { openFrame, until } from '../../embed/frame.js';
import { pageDrawn } from '../../quality/axe-pages.js';

/*
 * The demo pages load ../dist/innsikt.js: run `npm run build` first (`npm test` builds before it runs these).
 */

interface HeightMessage {
  type: string;
  height: number;
}

/** Resolves with the next height message from `frame` that satisfies `accept`. */
function nextHeight(frame: HTMLIFrameElement, accept: (h: number) => boolean = () => true, timeout = 15000): Promise<HeightMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error('no height message'));
    }, timeout);
    function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as HeightMessage;
      if (data?.type !== 'innsikt:height' || !accept(data.height)) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(data);
    }
    window.addEventListener('message', onMessage);
  });
}

function frame(src: string, width = 600): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.className = 'innsikt-frame';
  iframe.style.width = `${width}px`;
  iframe.style.height = '200px';
  iframe.style.border = '0';
  // In the viewport, whatever else the page holds: an iframe out of view is not rendered (no resize observations).
  Object.assign(iframe.style, { position: 'fixed', left: '0', top: '0', zIndex: '10' });
  iframe.src = src;
  const host = document.createElement('div');
  host.append(iframe);
  document.body.append(host);
  return iframe;
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('demo/embed.html in an iframe', function () {
  this.timeout(40000);

  it('posts its height to the parent once the widget is drawn, and again when it reflows', async () => {
    const iframe = frame('/demo/embed.html?indicator=rd-share&view=kpi&src=data/innlandet.json');
    // The first message may come before the widget is drawn; wait for the drawn widget's height.
    const drawn = await nextHeight(iframe, (h) => h > 120);
    expect(drawn.type).to.equal('innsikt:height');
    expect(Number.isInteger(drawn.height)).to.equal(true);
    const doc = iframe.contentDocument!;
    const widget = doc.querySelector('inn-indicator')!;
    expect(widget.getAttribute('indicator')).to.equal('rd-share');
    expect(widget.getAttribute('view')).to.equal('kpi');
    expect(widget.getAttribute('src')).to.equal('data/innlandet.json');
    // The height is the page's: everything the widget shows fits into it.
    expect(drawn.height).to.be.at.least(Math.ceil(doc.body.getBoundingClientRect().height) - 1);
    // A switch to the table view in a narrower frame reflows the page (the room first reserved is let go): a new
    // message with the new height.
    const changed = nextHeight(iframe, (h) => h > drawn.height + 40);
    (widget as unknown as { view: string }).view = 'table';
    iframe.style.width = '320px';
    const after = (await changed).height;
    expect(after).to.be.greaterThan(drawn.height);
    await new Promise((r) => setTimeout(r, 100));
    expect(after).to.be.at.least(Math.ceil(doc.body.getBoundingClientRect().height) - 60);
  });

  for (const width of [1280, 360]) {
    it(`demo/embed-parent.html at ${width} px: no empty room under the widget in each iframe`, async () => {
      // The width is set before the page loads: a later resize would let the room reserved while loading go.
      const page = openFrame({});
      page.style.width = `${width}px`;
      page.src = '/demo/embed-parent.html';
      try {
        const doc = await until(
          () => (page.contentDocument?.readyState === 'complete' && page.contentDocument.location.pathname !== 'blank' ? page.contentDocument : undefined),
          'the page loads',
        );
        await until(() => pageDrawn('embed-parent.html')(doc) || undefined, 'every frame drawn');
        const frames = [...doc.querySelectorAll<HTMLIFrameElement>('iframe.innsikt-frame')];
        expect(frames).to.have.length(2);
        for (const f of frames) {
          const inner = f.contentDocument!;
          const root = inner.querySelector('inn-indicator')!.shadowRoot!;
          // The lowest thing the reader sees in the widget, and the frame's bottom (its page's padding is 0.5rem).
          const seen = [...root.querySelectorAll('*')].filter(
            (e) => !e.matches('[part="base"]') && e.getBoundingClientRect().height > 0 && e.checkVisibility(),
          );
          const lowest = () => Math.max(...seen.map((e) => e.getBoundingClientRect().bottom));
          await until(
            () => Math.abs(f.getBoundingClientRect().height - Math.ceil(inner.body.getBoundingClientRect().height)) <= 1 || undefined,
            'the frame sized',
          );
          const empty = f.getBoundingClientRect().height - lowest();
          expect(empty, `${f.title}: empty room under the widget`).to.be.at.most(12);
        }
      } finally {
        page.remove();
      }
    });
  }

  it('resizes the iframe through the documented parent snippet', async () => {
    await import('../../../demo/embed-parent.js' as string);
    const heights: number[] = [];
    const iframe = frame('/demo/embed.html?indicator=employment-change&view=table&period=1990-2002');
    const record = (event: MessageEvent) => {
      if (event.source === iframe.contentWindow && event.data?.type === 'innsikt:height') heights.push(event.data.height);
    };
    window.addEventListener('message', record);
    try {
      await nextHeight(iframe, (h) => h > 120);
      // Let the page settle (the table draws, fonts load), then the iframe has the last height reported.
      let count = -1;
      while (count !== heights.length) {
        count = heights.length;
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(iframe.style.height).to.equal(`${heights[heights.length - 1]}px`);
      expect(iframe.getBoundingClientRect().height).to.equal(heights[heights.length - 1]);
      const body = iframe.contentDocument!.body;
      expect(Math.ceil(body.getBoundingClientRect().height)).to.equal(heights[heights.length - 1]);
    } finally {
      window.removeEventListener('message', record);
    }
  });

  it('ignores a hostile src and unknown values in the query string', async () => {
    const iframe = frame('/demo/embed.html?indicator=<script>&view=evil&src=https://evil.example/feed.json&region=%22%3E%3Cimg%3E&lang=xx');
    await nextHeight(iframe, (h) => h > 20);
    // A feed from elsewhere is refused with a message (not replaced by another feed without a word).
    expect(iframe.contentDocument!.querySelector('.refused[role="alert"]')!.textContent).to.contain('egne datafiler');
    expect(iframe.contentDocument!.querySelector('inn-indicator')).to.equal(null);
    expect(iframe.contentDocument!.querySelector('img, script:not([src])')).to.equal(null);
  });

  it('ignores unknown values in the query string', async () => {
    const iframe = frame('/demo/embed.html?indicator=<script>&view=evil&region=%22%3E%3Cimg%3E&lang=xx');
    await nextHeight(iframe, (h) => h > 120);
    const widget = iframe.contentDocument!.querySelector('inn-indicator')!;
    expect(widget.getAttribute('src')).to.equal('data/innlandet.json');
    expect(widget.getAttribute('indicator')).to.equal('employment-change');
    // The element's defaults (it reflects them as attributes), not the hostile values.
    expect(widget.getAttribute('view')).to.equal('chart');
    expect(widget.getAttribute('region') ?? '').to.equal('');
    expect(widget.hasAttribute('lang')).to.equal(false);
    expect(iframe.contentDocument!.querySelector('img, script:not([src])')).to.equal(null);
  });
});

describe('demo/chart.html', function () {
  this.timeout(40000);

  it('shows one chart with a citation and a permanent link that reproduces it', async () => {
    const iframe = frame('/demo/chart.html#indicator=employment-change&view=table&region=05&period=1990-2002&lang=en', 900);
    iframe.style.height = '900px';
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const doc = iframe.contentDocument!;
    const cite = () => doc.getElementById('cite-text')!.textContent ?? '';
    for (let i = 0; i < 200 && !cite().startsWith('Source'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(cite()).to.match(/^Sources?: NIBR.*, retrieved \d{1,2} \w+ \d{4}\.$/);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.getElementById('cite-title')!.textContent).to.equal('Citation');
    const link = doc.getElementById('cite-link') as HTMLAnchorElement;
    const params = new URLSearchParams(new URL(link.href).hash.slice(1));
    expect(Object.fromEntries(params)).to.include({ indicator: 'employment-change', view: 'table', region: '05', period: '1990-2002', lang: 'en' });
    expect(
      [...params.values()].every((v) => v !== ''),
      'no empty parameters',
    ).to.equal(true);
    expect(link.textContent).to.equal(link.href);
    expect(iframe.contentWindow!.location.href).to.equal(link.href);
    const widget = doc.querySelector('inn-indicator')!;
    expect(widget.shadowRoot!.querySelector('table')).to.exist;
  });
});

describe('demo/chart.html: the widget’s "Kopier lenke" and the permanent link', function () {
  this.timeout(40000);

  /** Opens chart.html in a frame and waits until its chart, the sharing code and the citation are there. */
  async function openChart(hash: string): Promise<{ doc: Document; widget: HTMLElement & { view: string; mode: string } }> {
    const iframe = frame(`/demo/chart.html${hash}`, 900);
    iframe.style.height = '900px';
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const doc = iframe.contentDocument!;
    const widget = doc.querySelector('inn-indicator') as HTMLElement & { view: string; mode: string; shareState: unknown };
    for (let i = 0; i < 300 && !(widget.shareState && doc.getElementById('cite-text')!.textContent); i++) await new Promise((r) => setTimeout(r, 50));
    expect(widget.shareState, 'the sharing code').to.exist;
    return { doc, widget };
  }

  it('copies exactly the permanent link the page shows, and that link opens the same chart', async () => {
    const { doc, widget } = await openChart('#indicator=employment-change&view=chart&period=1990-2002');
    const win = doc.defaultView!;
    const written: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (written.push(t), Promise.resolve()) } });
    // The reader changes the chart in ways the page's own parameters must carry: the table, and the index.
    const root = widget.shadowRoot!;
    widget.mode = 'index';
    [...root.querySelectorAll<HTMLButtonElement>('.view-button')].find((b) => b.textContent!.trim() === 'Tabell')!.click();
    for (let i = 0; i < 100 && !root.querySelector('[part="table"]'); i++) await new Promise((r) => setTimeout(r, 50));
    root.querySelector<HTMLButtonElement>('.share-toggle')!.click();
    root.querySelector<HTMLButtonElement>('[data-share="link"]')!.click();
    for (let i = 0; i < 100 && !written.length; i++) await new Promise((r) => setTimeout(r, 50));
    const link = doc.getElementById('cite-link') as HTMLAnchorElement;
    expect(written).to.deep.equal([link.href]);
    expect(link.textContent).to.equal(link.href);
    expect(win.location.href).to.equal(link.href);
    expect(Object.fromEntries(new URLSearchParams(new URL(link.href).hash.slice(1)))).to.include({ view: 'table', mode: 'index' });
    // Opened, the link shows the chart as it was copied, and the page's link is the same again.
    const again = await openChart(new URL(link.href).hash);
    expect(again.widget.view).to.equal('table');
    expect(again.widget.mode).to.equal('index');
    expect((again.doc.getElementById('cite-link') as HTMLAnchorElement).href).to.equal(link.href);
  });
});
