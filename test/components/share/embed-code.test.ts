import { expect } from '@open-wc/testing';
import { bundleUrl, embedAttributes, embedCode, escapeHtml } from '../../../src/components/share/embed-code.js';

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

/** Parses a snippet the way a CMS page would: inert, through a <template>. */
function parse(snippet: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return template.content;
}

/** A plain element with the widget's tag name (not upgraded: the snippet is about attributes only). */
function widget(attrs: Record<string, string>, parentLang?: string): Element {
  const host = document.createElement('div');
  if (parentLang) host.setAttribute('lang', parentLang);
  document.body.append(host);
  const el = document.createElement('inn-embed-probe');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  return el;
}

describe('share/embed-code', () => {
  it('round-trips: the snippet parses back to the same attributes, src made absolute', () => {
    const attrs = {
      src: 'data/innlandet.json',
      indicator: 'rd-share',
      view: 'table',
      region: '05 34',
      period: '1990-2002',
      measure: 'share-in-house',
      theme: 'dark',
      'geo-src': '/geo/innlandet.topojson',
      'no-toolbar': '',
    };
    const el = widget(attrs, 'en');
    const code = embedCode(el, 'https://cdn.example.no/innsikt/innsikt.js', 'https://www.example.no/plan/side.html');
    const [script, element] = [...parse(code).children];
    expect(script!.localName).to.equal('script');
    expect(script!.getAttribute('type')).to.equal('module');
    expect(script!.getAttribute('src')).to.equal('https://cdn.example.no/innsikt/innsikt.js');
    expect(element!.localName).to.equal('inn-embed-probe');
    const back = Object.fromEntries([...element!.attributes].map((a) => [a.name, a.value]));
    expect(back).to.deep.equal({
      ...attrs,
      src: 'https://www.example.no/plan/data/innlandet.json',
      'geo-src': 'https://www.example.no/geo/innlandet.topojson',
      lang: 'en',
    });
    expect(code.split('\n')).to.have.length(2);
  });

  it('escapes attribute values: hostile values come back as the same text and make no elements', () => {
    const hostile = `"><script>alert(1)</script><b a='`;
    const el = widget({ src: 'https://feeds.example.no/x.json?a=1&b="2"', indicator: hostile, region: `<img src=x onerror=alert(1)>` });
    const code = embedCode(el, 'https://cdn.example.no/innsikt.js', 'https://www.example.no/');
    const fragment = parse(code);
    expect(fragment.querySelectorAll('script')).to.have.length(1);
    expect(fragment.querySelector('img, b')).to.equal(null);
    const element = fragment.querySelector('inn-embed-probe')!;
    expect(element.getAttribute('indicator')).to.equal(hostile);
    expect(element.getAttribute('region')).to.equal('<img src=x onerror=alert(1)>');
    expect(element.getAttribute('src')).to.equal('https://feeds.example.no/x.json?a=1&b=%222%22');
    // DOMParser reads it the same way.
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelector('inn-embed-probe')!.getAttribute('indicator')).to.equal(hostile);
  });

  it("copies only the widget's own attributes, skips defaults and empty values, and writes the language", () => {
    const el = widget(
      {
        id: 'w1',
        class: 'x',
        style: 'color:red',
        onclick: 'alert(1)',
        'data-x': '1',
        src: '/d.json',
        indicator: 'commuting',
        view: 'chart',
        theme: 'auto',
        region: '',
      },
      'nn-NO',
    );
    expect(embedAttributes(el, 'https://a.example/')).to.deep.equal([
      ['src', 'https://a.example/d.json'],
      ['indicator', 'commuting'],
      ['lang', 'nn'],
    ]);
  });

  it('says that a widget fed by script needs src', () => {
    const el = widget({ indicator: 'commuting' });
    const code = embedCode(el, 'https://cdn.example.no/innsikt.js');
    expect(code).to.contain('<!--');
    expect(parse(code).querySelector('inn-embed-probe')!.hasAttribute('src')).to.equal(false);
  });

  it('finds the bundle URL from a module script on the page', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const base = doc.createElement('base');
    base.href = 'https://www.example.no/sider/';
    doc.head.append(base);
    expect(bundleUrl(doc)).to.equal('https://www.example.no/sider/innsikt.js');
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = 'https://cdn.example.no/innsikt/v1/innsikt.js';
    doc.head.append(script);
    expect(bundleUrl(doc)).to.equal('https://cdn.example.no/innsikt/v1/innsikt.js');
    // Running from the bundle: its own address, or the entry next to its main chunk.
    expect(bundleUrl(doc, 'https://cdn.example.no/i/innsikt.js')).to.equal('https://cdn.example.no/i/innsikt.js');
    expect(bundleUrl(doc, 'https://cdn.example.no/i/chunks/innsikt-BeKVwdi5.js')).to.equal('https://cdn.example.no/i/innsikt.js');
    expect(bundleUrl(doc, 'https://cdn.example.no/i/chunks/share-runtime-dHiFfqIs.js')).to.equal('https://cdn.example.no/i/innsikt.js');
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
