/**
 * demo/embed.html and demo/chart.html show feeds only from folders the publisher allows (the page's data/ folder and
 * those listed in its innsikt-feeds meta); a link naming any other feed gets a plain message, never another feed in
 * its place.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from './frame.js';
// @ts-expect-error: a plain JavaScript module of the demo pages
import { feedPath } from '../../demo/page-params.js';

const allow = (src: string, folders: string[], base = 'https://fylke.no/innsikt/demo/embed.html') =>
  (feedPath as (s: string, f: string[], b: string) => string | undefined)(
    src,
    folders.map((f) => new URL(f, base).href),
    base,
  );

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

async function open(src: string): Promise<Document> {
  frame = openFrame({ src });
  return until(
    () => (frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.location.pathname !== 'blank' ? frame!.contentDocument : undefined),
    src,
  );
}

describe('feeds a publisher allows on embed.html and chart.html', function () {
  this.timeout(30000);

  it('a file in an allowed folder passes; anything else is refused', () => {
    expect(allow('', ['data/'])).to.equal('data/innlandet.json');
    expect(allow('data/innlandet.json', ['data/'])).to.equal('data/innlandet.json');
    expect(allow('/innsikt/demo/data/x.csv', ['data/'])).to.equal('/innsikt/demo/data/x.csv');
    // The publisher's own data folder, once listed in the page's meta.
    expect(allow('/data/fylke.json', ['data/'])).to.equal(undefined);
    expect(allow('/data/fylke.json', ['data/', '/data/'])).to.equal('/data/fylke.json');
    for (const bad of [
      'https://evil.example/data/x.json',
      '//evil.example/data/x.json',
      'data/../../secret.json',
      'data/%2e%2e/%2e%2e/x.json',
      'data/x.json?y=1',
      'data/x.html',
      'javascript:alert(1)//data/x.json',
    ]) {
      expect(allow(bad, ['data/', '/data/']), bad).to.equal(undefined);
    }
  });

  it('embed.html with a feed under its data folder draws it', async () => {
    const doc = await open('/demo/embed.html?indicator=employment-change&view=table&src=/demo/data/employment-change.json');
    const widget = await until(() => doc.querySelector('inn-indicator') ?? undefined, 'the widget');
    expect(widget.getAttribute('src')).to.equal('/demo/data/employment-change.json');
    await until(() => widget.shadowRoot?.querySelector('[part="summary"]'), 'the figures');
  });

  it('embed.html with a feed from elsewhere says so, and shows no figures', async () => {
    const doc = await open('/demo/embed.html?indicator=rd-share&src=https://evil.example/data/x.json');
    const notice = await until(() => doc.querySelector('.refused[role="alert"]') ?? undefined, 'the message');
    expect(notice.textContent).to.contain('Denne siden viser bare tall fra nettstedets egne datafiler');
    expect(doc.querySelector('inn-indicator')).to.equal(null);
  });

  it('chart.html with a feed from elsewhere says so in the link’s language', async () => {
    const doc = await open('/demo/chart.html#indicator=rd-share&lang=en&src=data/../../README.json');
    const notice = await until(() => doc.querySelector('.refused[role="alert"]') ?? undefined, 'the message');
    expect(notice.textContent).to.contain("only from the site's own data files");
    expect(doc.querySelector('#chart-slot inn-indicator')).to.equal(null);
  });
});
