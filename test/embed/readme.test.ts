// Every snippet in README.md that runs in a browser is run here, as a webmaster would paste it: the HTML
// snippets in a page of their own (an iframe) with the drop-in bundle, the npm imports as a module. The README is
// read at test time, so editing a snippet re-tests the edited text. Placeholders are mapped to this server:
//   https://your-site.example/innsikt/  → / (this repository is the published layout: dist/ and demo/ side by side)
//   /data/                              → /demo/data/ (the demo feeds)
//   https://data.ssb.no/…/07459/…       → the real table 07459 response in ../shared/fixtures
// test/node/readme.test.mjs runs the Node snippets (the feed example, the data core, the command line) and
// checks that every fenced block in the README is claimed by one of the two files.
import { expect } from '@open-wc/testing';
import { openFrame, until } from './frame.js';
import { sharedText, skipShared } from '../shared-fixtures.js';

interface Block {
  lang: string;
  code: string;
}

async function readme(): Promise<{ text: string; blocks: Block[] }> {
  const text = await (await fetch('/README.md')).text();
  const blocks = [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]! }));
  return { text, blocks };
}

/** The browser snippets, by what they show. test/node/readme.test.mjs uses the same rules to check coverage. */
function browserBlocks(blocks: Block[]) {
  const html = blocks.filter((b) => b.lang === 'html');
  return {
    embed: html.filter((b) => b.code.includes('<script type="module"')),
    iframe: html.filter((b) => b.code.includes('<iframe')),
    ssb: html.filter((b) => b.code.includes('data.ssb.no')),
    npm: blocks.filter((b) => b.lang === 'js' && b.code.includes("from 'innsikt")),
  };
}

const SITE = 'https://your-site.example/innsikt/';

function page(body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>README snippet</title></head><body>${body}</body></html>`;
}

const shadowText = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames) f.remove();
  frames = [];
});

describe('README snippets', function () {
  this.timeout(60000);

  it('every HTML and npm snippet is one this file runs', async () => {
    const { blocks } = await readme();
    const b = browserBlocks(blocks);
    expect(b.embed, 'the drop-in snippet').to.have.length(1);
    expect(b.iframe, 'the iframe snippet').to.have.length(1);
    expect(b.ssb, 'the Statistics Norway snippet').to.have.length(1);
    expect(b.npm, 'the npm imports').to.have.length(1);
    // No HTML block falls outside the three kinds above.
    const kinds = new Set([...b.embed, ...b.iframe, ...b.ssb]);
    expect(blocks.filter((x) => x.lang === 'html' && !kinds.has(x))).to.deep.equal([]);
  });

  it('the drop-in snippet: one widget with its fallback and a dashboard, drawn from the bundle', async () => {
    const [snippet] = browserBlocks((await readme()).blocks).embed;
    const body = snippet!.code.replaceAll(SITE, '/').replaceAll('src="/data/', 'src="/demo/data/');
    expect(body).to.contain('src="/dist/innsikt.js"');
    const frame = openFrame({ srcdoc: page(body) });
    frames.push(frame);
    const doc = await until(() => (frame.contentDocument?.querySelector('inn-dashboard') ? frame.contentDocument : undefined), 'the page');
    const indicator = doc.querySelector('inn-indicator')!;
    // The fallback paragraph is the element's light DOM: there for readers without JavaScript.
    expect(indicator.querySelector('p')!.textContent).to.contain('Kilde: NIBR');
    await until(() => shadowText(indicator, '[part="summary"]').includes('Oppland'), 'the widget’s summary sentence', 30000);
    expect(shadowText(indicator, '.title')).to.equal('Sysselsettingsendring');
    await until(() => indicator.shadowRoot!.querySelector('[part="chart"] svg') ?? undefined, 'the chart', 30000);
    const dashboard = doc.querySelector('inn-dashboard')!;
    const kids = () => [...(dashboard.shadowRoot?.querySelectorAll('inn-indicator') ?? [])];
    await until(() => kids().length === 10 && kids().every((k) => shadowText(k, '[part="summary"]') !== ''), 'the dashboard’s ten views', 40000);
    // Loaded from the bundle, not from the test server's sources.
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts).to.include('/dist/innsikt.js');
    expect(scripts.filter((p) => p.startsWith('/src/'))).to.deep.equal([]);
  });

  it('the iframe snippet: embed.html tells the documented parent script its height', async () => {
    const [snippet] = browserBlocks((await readme()).blocks).iframe;
    // Exactly as written: the same site folder as the drop-in snippet (no other mapping).
    const body = snippet!.code.replaceAll(SITE, '/');
    expect(body).to.contain('src="/demo/embed-parent.js"');
    const frame = openFrame({ srcdoc: page(body) });
    frames.push(frame);
    const inner = await until(() => frame.contentDocument?.querySelector<HTMLIFrameElement>('iframe.innsikt-frame') ?? undefined, 'the embedded iframe');
    // The parent script sets the height the embedded page reports: the widget's full height, not the default 150 px.
    const height = await until(
      () => {
        const h = parseFloat(inner.style.height);
        const doc = inner.contentDocument;
        const widget = doc?.querySelector('inn-indicator');
        if (!h || !widget || !shadowText(widget, '[part="kpi"]')) return undefined;
        return Math.abs(h - Math.ceil(doc!.body.getBoundingClientRect().height)) <= 1 ? h : undefined;
      },
      'the iframe sized to its page',
      30000,
    );
    expect(height).to.be.greaterThan(150);
    expect(shadowText(inner.contentDocument!.querySelector('inn-indicator'), '.title')).to.contain('FoU');
  });

  it('the Statistics Norway snippet: a PxWebApi v2 JSON-stat URL, drawn as a table of Innlandet’s municipalities', async function () {
    const [snippet] = browserBlocks((await readme()).blocks).ssb;
    const url = new URL(/src="([^"]+)"/.exec(snippet!.code)![1]!.replaceAll('&amp;', '&'));
    expect(url.origin + url.pathname).to.equal('https://data.ssb.no/api/pxwebapi/v2/tables/07459/data');
    expect(url.searchParams.get('outputFormat')).to.equal('json-stat2');
    expect(url.searchParams.get('valueCodes[ContentsCode]')).to.equal('Personer1');
    const fixture = 'fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json';
    if (!(await sharedText(fixture))) return skipShared(this, fixture);
    // The same element, with the table's real response (a v0 response of the same table) served here.
    const body = snippet!.code.replace(/src="[^"]+"/, `src="/__shared/${fixture}"`);
    const frame = openFrame({ srcdoc: page(`<script type="module" src="/dist/innsikt.js"></script>${body}`) });
    frames.push(frame);
    const widget = await until(() => frame.contentDocument?.querySelector('inn-indicator') ?? undefined, 'the widget');
    const rows = await until(
      () => {
        const r = widget.shadowRoot?.querySelectorAll('[part="table"] tbody tr');
        return r && r.length ? [...r] : undefined;
      },
      'the table',
      30000,
    );
    expect(rows).to.have.length(46);
    expect(rows.map((r) => r.textContent).join(' ')).to.contain('Kongsvinger');
    expect(shadowText(widget, '[part="source"]')).to.contain('Statistisk sentralbyrå');
  });

  it('the npm imports resolve through the package exports and give what the README names', async () => {
    const { blocks } = await readme();
    const [snippet] = browserBlocks(blocks).npm;
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, { default: string }> };
    const target = (specifier: string) => {
      const sub = specifier === 'innsikt' ? '.' : `./${specifier.slice('innsikt/'.length)}`;
      return new URL(pkg.exports[sub]!.default, location.origin + '/').href;
    };
    const code = `${snippet!.code.replace(/from '(innsikt[^']*)'|import '(innsikt[^']*)'/g, (_whole, a?: string, b?: string) => (a ? `from '${target(a)}'` : `import '${target(b!)}'`))}
      globalThis.__readmeImports = { InnIndicator, InnReadyEvent, parseFeed, select };`;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      await import(/* @vite-ignore */ url);
    } finally {
      URL.revokeObjectURL(url);
    }
    const got = (globalThis as unknown as { __readmeImports: Record<string, unknown> }).__readmeImports;
    expect(Object.values(got).every((v) => typeof v === 'function')).to.equal(true);
    expect(customElements.get('inn-indicator')).to.exist;
    // <inn-dashboard> is defined once the page has one (its chunk loads then).
    const dashboard = document.body.appendChild(document.createElement('inn-dashboard'));
    dashboard.hidden = true;
    try {
      await customElements.whenDefined('inn-dashboard');
      expect(customElements.get('inn-dashboard')).to.exist;
    } finally {
      dashboard.remove();
    }
  });

  it('the Content-Security-Policy in the README is the one the strict-CSP demo page is served with', async () => {
    const { text } = await readme();
    const policy = /^\s+Content-Security-Policy: (.+)$/m.exec(text)![1]!.trim();
    const res = await fetch('/demo/csp.html');
    expect(res.headers.get('content-security-policy')).to.equal(policy);
  });

  it('the permalink example in the README decodes to the state it describes', async () => {
    const { text } = await readme();
    const link = /^\s+(https:\/\/www\.innlandetfylke\.no\/tall#\S+)$/m.exec(text)![1]!;
    const { decodeState } = await import('../../src/components/share/permalink.js');
    expect(decodeState(new URL(link).hash, 'fou')).to.deep.equal({ indicator: 'rd-share', view: 'table', region: ['05', '34'], lang: 'en' });
  });
});
