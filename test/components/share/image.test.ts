import { expect } from '@open-wc/testing';
import '../../../src/components/inn-indicator/define.js';
import { mountIndicator } from '../../mount.js';
import type { InnIndicator } from '../../../src/components/inn-indicator/inn-indicator.js';
import { parseFeed } from '../../../src/data/parse.js';
import { buildViewModel, type ViewModel } from '../../../src/indicators/view-model.js';
import { summarize } from '../../../src/indicators/summary.js';
import { sourceLine } from '../../../src/indicators/source-line.js';
import { THEMES } from '../../../src/charts/theme.js';
import { composeSvg, creditLine, standaloneMapSvg, svgToPng, wrapText } from '../../../src/components/share/image.js';
import { exportFile, fileBase, viewSvg } from '../../../src/components/share/export.js';

const FEED = '/demo/data/innlandet.json';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const mount = (attrs: Record<string, string>): Promise<InnIndicator> => mountIndicator(attrs);

async function demoModel(indicator: string, extra: Partial<Parameters<typeof buildViewModel>[1]> = {}): Promise<ViewModel> {
  const feed = parseFeed(await (await fetch(FEED)).json());
  return buildViewModel(feed, { indicator, lang: 'nb', ...extra });
}

/** Parses SVG text; fails the test on any XML error. */
function parseSvg(svg: string): XMLDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror').length, 'well-formed XML').to.equal(0);
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

/** The drawn text of an SVG document, lines joined with spaces (wrapped sentences read whole again). */
function drawnText(doc: XMLDocument): string {
  return [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
}

async function pngBytes(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())];
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('share/image', function () {
  this.timeout(30000);

  it('composes a real chart with title, subtitle, summary, source and credit into well-formed SVG, and a PNG', async () => {
    const el = await mount({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    const handle = el.chartHandle!;
    expect(handle, 'chart drawn').to.exist;
    const model = await demoModel('employment-change', { period: '1990-2002' });
    const svg = composeSvg(await handle.toSVG(), model, { date: new Date(2026, 4, 3) });
    expect(svg.startsWith('<?xml')).to.equal(true);
    const doc = parseSvg(svg);
    const text = drawnText(doc);
    expect(text).to.contain(model.title);
    expect(text).to.contain(model.subtitle);
    for (const word of summarize(model).split(' ')) expect(text).to.contain(word);
    expect(text).to.contain('Kilde: NIBR');
    expect(text).to.contain('Innsikt · 03.05.2026');
    // The chart is nested, with its marks.
    const nested = doc.documentElement.querySelector(':scope > svg');
    expect(nested).to.exist;
    expect(nested!.querySelectorAll('path, rect, line').length).to.be.greaterThan(3);
    expect(doc.querySelector('title')!.textContent).to.contain(model.title);

    const png = await svgToPng(svg, 2);
    expect(png.type).to.equal('image/png');
    expect(await pngBytes(png)).to.deep.equal(PNG_SIGNATURE);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * Number(doc.documentElement.getAttribute('width')));
  });

  it('escapes feed text: markup in a title or a region name stays text', async () => {
    const feed = parseFeed({
      innsikt: '1',
      indicators: [{ id: 'commuting', title: '<script>alert(1)</script> & "Pendling"', measures: [{ id: 'in', label: 'Inn ]]> pendlere', unit: 'personer' }] }],
      regions: [{ code: '3401', name: '<img src=x onerror=alert(1)>', level: 'municipality' }],
      sources: [{ id: 's', title: 'Kilde </text><script>x</script>', publisher: 'A & B' }],
      observations: [{ indicator: 'commuting', measure: 'in', region: '3401', period: '2021', value: 5 }],
    });
    const model = buildViewModel(feed, { indicator: 'commuting', lang: 'nb' });
    const svg = composeSvg(undefined, model);
    const doc = parseSvg(svg);
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('img')).to.equal(null);
    expect(drawnText(doc)).to.contain('<script>alert(1)</script> & "Pendling"');
    expect(drawnText(doc)).to.contain('<img src=x onerror=alert(1)>');
    expect(svg).to.not.contain('<script');
  });

  it('draws a table of the figures for views without a chart, with status symbols explained', async () => {
    const model = await demoModel('rd-share', { measure: 'share-in-house' });
    const doc = parseSvg(composeSvg(undefined, model));
    const text = drawnText(doc);
    expect(text).to.contain('Region');
    for (const row of model.rows) {
      expect(text).to.contain(row.label);
    }
    expect(text).to.contain(sourceLine(model).text.slice(0, 30));
  });

  it('the table draws a region with its comparison tag whole when the image has room ("Norge (sammenligning)")', async () => {
    // Region, period and value columns: the region column used to shrink with the period column and was cut.
    const model = await demoModel('employment-change', { measure: 'change-pct' });
    const cells = (w?: number) =>
      [...parseSvg(composeSvg(undefined, model, w ? { width: w } : {})).querySelectorAll('.figures text')].map((t) => t.textContent ?? '');
    const normal = cells();
    expect(normal).to.include('Norge (sammenligning)');
    expect(
      normal.filter((t) => t.startsWith('Norge')).every((t) => !t.includes('…')),
      'no region cut',
    ).to.equal(true);
    // A narrow image still has to cut it, and keeps the value column whole.
    const narrow = cells(260);
    expect(
      narrow.some((t) => t.startsWith('Norge') && t.endsWith('…')),
      'cut in a narrow image',
    ).to.equal(true);
    for (const row of model.rows) expect(narrow).to.include(row.label);
  });

  it('exports every view of a mounted widget as SVG, PNG and CSV', async () => {
    for (const view of ['chart', 'table', 'map', 'kpi'] as const) {
      const el = await mount({ src: FEED, indicator: 'rd-share', view });
      const model = await demoModel('rd-share');
      const root = el.shadowRoot!;
      const ctx = { model, view, chart: el.chartHandle, root, theme: THEMES.light };
      const svg = await viewSvg(ctx);
      const doc = parseSvg(svg);
      expect(drawnText(doc), view).to.contain(model.title);
      if (view === 'map') {
        const nested = doc.documentElement.querySelector(':scope > svg')!;
        expect(nested, 'map nested').to.exist;
        expect(nested.querySelectorAll('path').length).to.be.greaterThan(3);
        // Interactive parts are gone.
        expect(nested.querySelector('[tabindex], [role], .ring')).to.equal(null);
      }
      const png = await exportFile('png', ctx);
      expect(png.name).to.equal(`${fileBase(model)}-${view}.png`);
      expect(await pngBytes(png.blob), view).to.deep.equal(PNG_SIGNATURE);
      const csv = await exportFile('csv', ctx);
      expect(csv.name.endsWith('.csv')).to.equal(true);
      const text = await csv.blob.text();
      expect(text).to.contain('NIBR');
      el.parentElement!.remove();
    }
  });

  it('makes the map standalone: rings removed, the selection outlined without a fill', async () => {
    const el = await mount({ src: FEED, indicator: 'rd-share', view: 'map', region: 'R-gjovik' });
    const map = el.shadowRoot!.querySelector<SVGSVGElement>('[part="map"] svg.inn-map__svg')!;
    const doc = parseSvg(standaloneMapSvg(map, THEMES.light));
    expect(doc.querySelector('.ring, [class]')).to.equal(null);
    for (const p of doc.querySelectorAll('path[stroke-width="2.5"]')) expect(p.getAttribute('fill')).to.equal('none');
    expect(Number(doc.documentElement.getAttribute('width'))).to.be.greaterThan(0);
  });

  it('wraps at spaces, never at no-break spaces', () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapText('aa bb cc\u00a0%', 55, '', measure)).to.deep.equal(['aa bb', 'cc\u00a0%']);
    expect(wrapText('averyveryverylongword x', 50, '', measure)).to.deep.equal(['averyveryverylongword', 'x']);
    expect(creditLine('en', 'Innsikt', new Date(2026, 4, 3))).to.equal('Innsikt · 3 May 2026');
  });
});

describe('picture files: names and credit', () => {
  it('the PNG of the chart and of the table get different names; the credit names the publisher and the page', async () => {
    const { exportFile: file, pageCredit } = await import('../../../src/components/share/export.js');
    const model = await demoModel('rd-share');
    const names = new Set<string>();
    for (const view of ['chart', 'table', 'kpi'] as const) names.add((await file('png', { model, view, theme: THEMES.light })).name);
    expect(names.size).to.equal(3);
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.content = 'Innlandet fylkeskommune';
    document.head.append(meta);
    try {
      expect(pageCredit(document)).to.equal(`Innsikt · Innlandet fylkeskommune · ${location.host}${location.pathname}`);
      const svg = await viewSvg({ model, view: 'table', theme: THEMES.light, credit: pageCredit(document) });
      expect(drawnText(parseSvg(svg))).to.contain('Innlandet fylkeskommune');
    } finally {
      meta.remove();
    }
  });
});

describe('maps from Kartverket borders credit Kartverket', function () {
  this.timeout(30000);
  const KARTVERKET = '/__shared/fixtures/geo/kartverket_kommuner_2024_S_wgs84.topojson';
  const SSB = '/__shared/fixtures/geo/ssb_mimir_innlandet_kommuner_2024_epsg25833.geojson';

  async function mapWith(geo: string, lang = 'nb'): Promise<InnIndicator> {
    const el = await mount({ src: FEED, indicator: 'commuting', view: 'map', 'geo-src': geo, lang });
    const root = el.shadowRoot!;
    // Tiles first; the real borders replace them when the border file has been read.
    for (let i = 0; i < 600 && root.querySelector('[part="map"] .labels'); i++) await new Promise((r) => requestAnimationFrame(r));
    expect(!!root.querySelector('[part="map"] .labels'), 'real borders, not tiles').to.equal(false);
    return el;
  }

  it('in the view and in the SVG and PNG pictures ("© Kartverket", CC BY 4.0)', async function () {
    if ((await fetch(KARTVERKET)).status === 404) {
      console.warn('SKIPPED: ../shared is not present (this test draws a real Kartverket map from ../shared/fixtures).');
      this.skip();
    }
    for (const lang of ['nb', 'en']) {
      const el = await mapWith(KARTVERKET, lang);
      const credit = el.shadowRoot!.querySelector('[part="map"] .inn-map__credit');
      expect(credit?.textContent, lang).to.contain('© Kartverket');
      expect(credit!.textContent).to.contain('CC BY 4.0');
      const model = await demoModel('commuting', { lang: lang as 'nb' | 'en' });
      const svg = await viewSvg({ model, view: 'map', root: el.shadowRoot!, theme: THEMES.light });
      expect(drawnText(parseSvg(svg))).to.contain('© Kartverket (CC BY 4.0)');
      el.parentElement!.remove();
    }
  });

  it("not on the tile map, nor on borders that are not Kartverket's file", async function () {
    if ((await fetch(SSB)).status === 404) return this.skip();
    const tiles = await mount({ src: FEED, indicator: 'commuting', view: 'map' });
    expect(tiles.shadowRoot!.querySelector('.inn-map__credit')).to.equal(null);
    tiles.parentElement!.remove();
    const ssb = await mapWith(SSB);
    expect(ssb.shadowRoot!.querySelector('.inn-map__credit')).to.equal(null);
  });
});
