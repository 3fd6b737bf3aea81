import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { render } from 'lit';
import { parseFeed } from '../../src/data/parse.js';
import { INNLANDET_MUNICIPALITIES, MUNICIPALITY_TILES, regionName } from '../../src/data/geography.js';
import { buildViewModel, type ViewModel } from '../../src/indicators/view-model.js';
import { parseGeo } from '../../src/charts/geo.js';
import { buildMapModel, classColors, divergingBreaks, neighbour, niceBreaks, quantileBreaks, textColorOn } from '../../src/charts/map-model.js';
import { renderMap, mapStyles, type MapColors, type MapViewOptions } from '../../src/components/views/map-view.js';
import { THEMES } from '../../src/charts/theme.js';
import { contrastBetween as contrastRatio } from '../../src/charts/contrast.js';
import { sharedText, skipShared } from '../shared-fixtures.js';

// These tests render the map into the light DOM: give the document the sheet a widget's shadow root adopts.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, mapStyles.styleSheet!];

const NBSP = '\u00a0';
const MINUS = '\u2212';
const INNLANDET_2024 = 'fixtures/geo/ssb_mimir_innlandet_kommuner_2024_epsg25833.geojson';

const PALETTE = {
  seq: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  diverging: ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
};
const COLORS: MapColors = {
  ...PALETTE,
  text: '#1a1a1a',
  muted: '#595959',
  border: '#ffffff',
};

type Obs = { region: string; value: number | null; status?: string; qualifier?: string; period?: string };

function viewOf(observations: Obs[], opts: { measure?: string; unit?: string; decimals?: number; period?: string; lang?: 'nb' | 'nn' | 'en' } = {}): ViewModel {
  const measure = opts.measure ?? 'share';
  const feed = {
    innsikt: '1',
    indicators: [
      {
        id: 'test-map',
        title: { nb: 'Andel i arbeid', en: 'Share in work' },
        measures: [{ id: measure, label: { nb: 'Andel', en: 'Share' }, unit: opts.unit ?? '%', decimals: opts.decimals ?? 1 }],
      },
    ],
    sources: [{ id: 'test', title: 'Testdata' }],
    // The feed lists its regions; names from the project's geography table (Kongsberg is not in it).
    regions: [...new Set(observations.map((o) => o.region))].map((code) =>
      code === '0'
        ? { code, name: { nb: 'Norge', en: 'Norway' }, level: 'country' }
        : {
            code,
            name: regionName(code) ?? (code === '3303' ? 'Kongsberg' : code),
            level: code.startsWith('R-') ? 'region' : code.length === 2 ? 'county' : 'municipality',
          },
    ),
    observations: observations.map((o) => ({ indicator: 'test-map', measure, period: o.period ?? opts.period ?? '2022', source: 'test', ...o })),
  };
  return buildViewModel(parseFeed(feed), { indicator: 'test-map', lang: opts.lang ?? 'nb', compare: '0' });
}

/** Every Innlandet municipality: Kongsvinger 2, then +0.6 each; Gjøvik 12,5; Dovre a gap; Lom "over 20"; Vang missing. */
function municipalityObservations(): Obs[] {
  const obs: Obs[] = INNLANDET_MUNICIPALITIES.filter((c) => c !== '3454').map((region, i) => ({ region, value: Math.round((2 + i * 0.6) * 10) / 10 }));
  obs.find((o) => o.region === '3407')!.value = 12.5;
  Object.assign(
    obs.find((o) => o.region === '3431')!,
    { value: null, status: '..' },
  );
  Object.assign(
    obs.find((o) => o.region === '3434')!,
    { value: 20, qualifier: 'atLeast' },
  );
  obs.push({ region: '0', value: 12 }, { region: '3303', value: 9.5 });
  return obs;
}

async function mount(view: ViewModel, options: Partial<MapViewOptions> = {}): Promise<{ el: HTMLElement; selected: string[] }> {
  const el = await fixture<HTMLElement>(fixtureHtml`<div style="width: 720px"></div>`);
  const selected: string[] = [];
  render(renderMap(view, { level: 'municipality', colors: COLORS, onSelect: (c) => selected.push(c), ...options }), el);
  return { el, selected };
}

/** The place code of the focused area (strings keep failure messages small: chai hangs formatting SVG elements). */
const focused = (el: Element) => el.querySelector<SVGGElement>('g.area:focus')?.dataset.place;
const areas = (el: Element) => [...el.querySelectorAll<SVGGElement>('g.area')];
const areaFor = (el: Element, code: string) => el.querySelector<SVGGElement>(`g.area[data-place="${code}"]`)!;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true }));
const labelFor = (el: Element, code: string) => el.querySelector<SVGTextElement>(`.labels text[data-place="${code}"]`)!;
/** Collapses layout whitespace, keeping the no-break spaces the formatter writes. */
const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
/** The lines of a tile's label, one space between them. */
const labelText = (el: Element, code: string) => [...labelFor(el, code).querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
const asideText = (el: Element) => {
  const aside = el.querySelector('[part="comparison"]')!;
  return `${squash(aside.querySelector('.inn-map__aside-title')!.textContent)} ${[...aside.querySelectorAll('li')].map((li) => squash(li.textContent)).join(' | ')}`;
};
const rowLabel = (view: ViewModel, code: string, short = false) => view.rows.find((r) => r.region === code)![short ? 'shortLabel' : 'label'];

describe('map model: classes', () => {
  it('makes round limits, at most n classes', () => {
    expect(niceBreaks(2, 28.4, 5)).to.deep.equal([0, 6, 12, 18, 24, 30]);
    expect(niceBreaks(0.12, 0.47, 5)).to.deep.equal([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(niceBreaks(1200, 9800, 5)).to.deep.equal([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceBreaks(7, 7, 5)).to.deep.equal([7, 7]);
    expect(divergingBreaks(-8, 14, 3)).to.deep.equal([-10, -5, 0, 5, 10, 15]);
    expect(divergingBreaks(-3, 0, 3)).to.deep.equal([-3, -2, -1, 0, 1]);
    // Quartiles (3.75, 6.5, 9.25) rounded to the range's second digit; the ends stay the data's.
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 100], 4)).to.deep.equal([1, 4, 7, 9, 100]);
  });

  it('bins a level measure into sequential classes with Norwegian legend text', () => {
    const view = viewOf(municipalityObservations());
    const model = buildMapModel(view);
    expect(model.scheme).to.equal('sequential');
    expect(model.classes.map((c) => c.label)).to.deep.equal([`0–6${NBSP}%`, `6–12${NBSP}%`, `12–18${NBSP}%`, `18–24${NBSP}%`, `24–30${NBSP}%`]);
    expect(model.classes.reduce((s, c) => s + c.count, 0)).to.equal(44);
    expect(model.areas).to.have.length(46);
    const gjovik = model.areas.find((a) => a.place === '3407')!;
    expect(gjovik).to.include({ classIndex: 2, label: `12,5${NBSP}%`, accessibleName: `Gjøvik: 12,5${NBSP}%`, hatched: false });
    const lom = model.areas.find((a) => a.place === '3434')!;
    expect(lom).to.include({ hatched: true, qualifier: 'atLeast', accessibleName: `Lom: ${rowLabel(view, '3434')}` });
    expect(rowLabel(view, '3434')).to.match(/^over\s20/);
    const dovre = model.areas.find((a) => a.place === '3431')!;
    expect(dovre).to.include({ classIndex: null, value: null, label: '..', status: '..' });
    expect(dovre.accessibleName).to.match(/^Dovre: ingen data \(\.\.: tall kan ikke offentliggjøres/);
    expect(model.areas.find((a) => a.place === '3454')).to.include({ classIndex: null, label: '', accessibleName: 'Vang: ingen data' });
    // 3419 is "Våler (Innlandet)" in SSB's list; inside the Innlandet map it is plain Våler.
    expect(model.areas.find((a) => a.place === '3419')!.name).to.equal('Våler');
    expect(model.legend.map((e) => [e.kind, e.label])).to.deep.include.members([
      ['no-data', 'Ingen data'],
      ['hatched', 'Skravert: grenseverdi eller omtrentlig tall'],
    ]);
    expect(model.legend.find((e) => e.kind === 'no-data'))
      .to.include({ count: 2 })
      .and.to.have.deep.property('symbols', ['..']);
    expect(model.offMap.map((o) => [o.code, o.label, o.isComparison])).to.deep.equal([
      ['0', rowLabel(view, '0'), true],
      ['3303', `9,5${NBSP}%`, false],
    ]);
  });

  it('diverges around zero when values are negative', () => {
    const obs: Obs[] = [
      { region: '3401', value: -8 },
      { region: '3403', value: -2.5 },
      { region: '3405', value: 0 },
      { region: '3407', value: 6 },
      { region: '3411', value: 14 },
    ];
    const model = buildMapModel(viewOf(obs, { period: '2015-2022', measure: 'change-pct' }));
    expect(model.scheme).to.equal('diverging');
    expect(model.classes.map((c) => c.label)).to.deep.equal([
      `${MINUS}10 til ${MINUS}5${NBSP}%`,
      `${MINUS}5 til 0${NBSP}%`,
      `0–5${NBSP}%`,
      `5–10${NBSP}%`,
      `10–15${NBSP}%`,
    ]);
    expect(model.classes.map((c) => [c.side, c.step])).to.deep.equal([
      [-1, 2],
      [-1, 1],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    const byPlace = new Map(model.areas.map((a) => [a.place, a.classIndex]));
    expect([byPlace.get('3401'), byPlace.get('3403'), byPlace.get('3405'), byPlace.get('3407'), byPlace.get('3411')]).to.deep.equal([0, 1, 2, 3, 4]);
    const colors = classColors(model, PALETTE);
    // Negative classes from the red end, positive from the blue end, the neutral middle never used.
    expect(colors).to.deep.equal(['#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac']);
    expect(colors).to.not.include('#f7f7f7');
  });

  it('takes colours evenly from the sequential ramp, and text that contrasts with them', () => {
    const model = buildMapModel(viewOf(municipalityObservations()));
    const colors = classColors(model, PALETTE);
    expect(new Set(colors).size).to.equal(5);
    expect(colors).to.not.include(PALETTE.seq[0]);
    expect(colors[4]).to.equal('#08519c');
    expect(textColorOn('#08519c', ['#1a1a1a', '#ffffff'])).to.equal('#ffffff');
    expect(textColorOn('#eff3ff', ['#1a1a1a', '#ffffff'])).to.equal('#1a1a1a');
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.01);
  });

  it("puts pre-2020 codes on today's tiles and planning regions on the region grid", () => {
    const old = buildMapModel(
      viewOf([
        { region: '0529', value: 4 },
        { region: '3443', value: null, status: ':' },
        { region: '0502', value: 3 },
      ]),
    );
    // 3443 has its own row (a gap), so 0529 stays off the map; 0502 (Gjøvik) lands on 3407.
    expect(old.areas.find((a) => a.place === '3443')).to.include({ code: '3443', status: ':' });
    expect(old.areas.find((a) => a.place === '3407')).to.include({ code: '0502', value: 3 });
    expect(old.offMap.map((o) => o.code)).to.deep.equal(['0529']);
    const regions = buildMapModel(
      viewOf([
        { region: 'R-gjovik', value: 70, qualifier: 'atLeast' },
        { region: 'R-hamar', value: 10 },
      ]),
      { level: 'region' },
    );
    expect(regions.areas).to.have.length(10);
    expect(regions.areas.find((a) => a.place === 'R-gjovik')).to.include({ name: 'Gjøvikregionen', hatched: true });
  });

  it('leaves every area without data when nothing in the view is on the map', () => {
    const model = buildMapModel(viewOf([{ region: '0', value: 12 }]));
    expect(model.classes).to.deep.equal([]);
    expect(model.areas.every((a) => a.classIndex === null)).to.equal(true);
    expect(model.legend.map((e) => e.kind)).to.deep.equal(['no-data']);
    expect(model.offMap.map((o) => o.code)).to.deep.equal(['0']);
    expect(model.placed).to.equal(0);
  });

  it('finds the neighbour in a direction', () => {
    const pts = Object.entries(MUNICIPALITY_TILES).map(([code, t]) => ({ code, x: t.col, y: t.row }));
    expect(neighbour(pts, '3407', 'up')).to.equal('3405'); // Gjøvik → Lillehammer
    expect(neighbour(pts, '3407', 'down')).to.equal('3442'); // → Østre Toten
    expect(neighbour(pts, '3407', 'right')).to.equal('3403'); // → Hamar
    expect(neighbour(pts, '3407', 'left')).to.equal('3447'); // → Søndre Land
    expect(neighbour(pts, '3416', 'down')).to.equal(undefined); // Eidskog is the southernmost
  });
});

describe('map view: tile grid', () => {
  it('draws the 46 municipalities on unique tiles with names and values', async () => {
    const view = viewOf(municipalityObservations());
    const { el } = await mount(view);
    const tiles = areas(el);
    expect(tiles).to.have.length(46);
    expect(new Set(tiles.map((t) => t.dataset.place))).to.have.property('size', 46);
    expect(new Set(tiles.map((t) => `${t.dataset.x},${t.dataset.top}`))).to.have.property('size', 46);
    const gjovik = areaFor(el, '3407');
    expect(gjovik.getAttribute('role')).to.equal('button');
    expect(gjovik.getAttribute('aria-label')).to.equal(`Gjøvik: 12,5${NBSP}%`);
    expect(labelText(el, '3407')).to.equal(`Gjøvik 12,5${NBSP}%`);
    expect(labelText(el, '3452')).to.match(/^Vestre Slidre /);
    expect(labelFor(el, '3452').querySelectorAll('tspan')).to.have.length(3); // two name lines and the value
    expect(labelText(el, '3434')).to.equal(`Lom ${rowLabel(view, '3434', true)}`);
    expect(rowLabel(view, '3434', true)).to.match(/^>/);
    // One tab stop for the whole map (roving tabindex).
    expect(tiles.filter((t) => t.getAttribute('tabindex') === '0')).to.have.length(1);
    // Transparent background: nothing but the tiles is filled.
    expect(el.querySelectorAll('.inn-map__svg > rect, .inn-map__svg > g > rect')).to.have.length(0);
  });

  it('gives a gap the no-data class and its symbol, never the colour of 0', async () => {
    const { el } = await mount(viewOf(municipalityObservations()));
    const dovre = areaFor(el, '3431');
    expect(dovre.classList.contains('no-data')).to.equal(true);
    const fill = dovre.querySelector('.shape')!.getAttribute('fill');
    expect(fill).to.equal('transparent');
    expect(PALETTE.seq).to.not.include(fill);
    expect(dovre.querySelector('.shape')!.getAttribute('stroke-dasharray')).to.equal('3 2');
    expect(labelText(el, '3431')).to.equal('Dovre ..');
    const kongsvinger = areaFor(el, '3401'); // value 2: the lowest class, coloured
    expect(kongsvinger.classList.contains('class-0')).to.equal(true);
    expect(kongsvinger.querySelector('.shape')!.getAttribute('fill')).to.equal(classColors(buildMapModel(viewOf(municipalityObservations())), PALETTE)[0]);
    const lom = areaFor(el, '3434');
    expect(lom.classList.contains('hatched')).to.equal(true);
    expect(lom.querySelector('.hatch')!.getAttribute('fill')).to.match(/^url\(#inn-map-hatch-\d+\)$/);
  });

  it('shows the legend below and the regions off the map beside it', async () => {
    const view = viewOf(municipalityObservations());
    const { el } = await mount(view);
    const legend = el.querySelector('[part="legend"]')!;
    const items = [...legend.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items).to.deep.equal([
      `0–6${NBSP}%`,
      `6–12${NBSP}%`,
      `12–18${NBSP}%`,
      `18–24${NBSP}%`,
      `24–30${NBSP}%`,
      'Ingen data (..)',
      'Skravert: grenseverdi eller omtrentlig tall',
    ]);
    expect(squash(legend.querySelector('p')!.textContent)).to.equal('Andel');
    expect(asideText(el)).to.equal(`Sammenligning: Norge ${rowLabel(view, '0')} | Kongsberg 9,5${NBSP}%`);
    expect(rowLabel(view, '0')).to.match(/^12(,0)?\u00a0%$/);
  });

  it('selects with Enter, Space and click, and moves with the arrow keys', async () => {
    const { el, selected } = await mount(viewOf(municipalityObservations()));
    const gjovik = areaFor(el, '3407');
    gjovik.focus();
    expect(focused(el)).to.equal('3407');
    key(gjovik, 'Enter');
    key(gjovik, ' ');
    gjovik.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).to.deep.equal(['3407', '3407', '3407']);

    // Visible focus: the ring overlay takes the tile's outline; the tooltip shows the value.
    const ring = el.querySelector('.ring')!;
    expect(ring.getAttribute('visibility')).to.equal(null);
    expect(ring.getAttribute('d')).to.equal(gjovik.querySelector('.shape')!.getAttribute('d'));
    expect(getComputedStyle(ring).strokeWidth).to.equal('3px');
    const tip = el.querySelector<HTMLElement>('.inn-map__tip')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(`Gjøvik: 12,5${NBSP}%`);

    key(gjovik, 'ArrowUp');
    const lillehammer = areaFor(el, '3405');
    expect(focused(el)).to.equal('3405');
    expect(lillehammer.getAttribute('tabindex')).to.equal('0');
    expect(gjovik.getAttribute('tabindex')).to.equal('-1');
    expect(areas(el).filter((t) => t.getAttribute('tabindex') === '0')).to.have.length(1);
    key(lillehammer, 'ArrowRight');
    expect(focused(el)).to.equal('3411');
    key(areaFor(el, '3411'), 'End');
    expect(focused(el)).to.equal('3416');
    key(areaFor(el, '3416'), 'Home');
    expect(focused(el)).to.equal('3432');

    (el.querySelector(':focus') as HTMLElement).blur();
    expect(ring.getAttribute('visibility')).to.equal('hidden');
    expect(tip.hidden).to.equal(true);
  });

  it('shows the value on hover', async () => {
    const { el } = await mount(viewOf(municipalityObservations()));
    const hamar = areaFor(el, '3403');
    hamar.querySelector('.shape')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    const tip = el.querySelector<HTMLElement>('.inn-map__tip')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(hamar.getAttribute('aria-label'));
    expect(el.querySelector('.hover-ring')!.getAttribute('visibility')).to.equal(null);
    el.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    expect(tip.hidden).to.equal(true);
  });

  it('marks selected regions and makes the first of them the tab stop', async () => {
    const { el } = await mount(viewOf(municipalityObservations()), { selected: ['3403', '0'] });
    expect(areaFor(el, '3403').getAttribute('aria-pressed')).to.equal('true');
    expect(areaFor(el, '3407').getAttribute('aria-pressed')).to.equal('false');
    expect(areaFor(el, '3403').getAttribute('tabindex')).to.equal('0');
    expect(el.querySelectorAll('path.sel')).to.have.length(1);
  });

  it('draws the 10 planning regions', async () => {
    const view = viewOf([
      { region: 'R-gjovik', value: 70, qualifier: 'atLeast' },
      { region: 'R-hamar', value: 12 },
      { region: 'R-valdres', value: 4 },
      { region: '34', value: 100 },
    ]);
    const { el, selected } = await mount(view, { level: 'region' });
    expect(areas(el)).to.have.length(10);
    const gjovik = areaFor(el, 'R-gjovik');
    expect(gjovik.getAttribute('aria-label')).to.equal(`Gjøvikregionen: ${rowLabel(view, 'R-gjovik')}`);
    expect(rowLabel(view, 'R-gjovik')).to.match(/^over\s70/);
    expect(labelText(el, 'R-gjovik')).to.equal(`Gjøvikregionen ${rowLabel(view, 'R-gjovik', true)}`);
    expect(asideText(el)).to.equal(`Sammenligning: Innlandet ${rowLabel(view, '34')}`);
    gjovik.focus();
    key(gjovik, 'Enter');
    expect(selected).to.deep.equal(['R-gjovik']);
    await expect(el).to.be.accessible();
  });

  it('passes an accessibility check', async () => {
    const { el } = await mount(viewOf(municipalityObservations()));
    await expect(el).to.be.accessible();
  });

  it('writes English labels when the page is English', async () => {
    const view = viewOf(municipalityObservations(), { lang: 'en' });
    const { el } = await mount(view);
    expect(areaFor(el, '3407').getAttribute('aria-label')).to.equal(`Gjøvik: ${rowLabel(view, '3407')}`);
    expect(rowLabel(view, '3407')).to.match(/^12\.5/);
    expect(asideText(el)).to.equal(`Comparison: Norway ${rowLabel(view, '0')} | Kongsberg ${rowLabel(view, '3303')}`);
    expect(squash(el.querySelector('[part="legend"]')!.textContent)).to.include('No data');
    expect(el.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Map: /);
  });

  it('takes its colours from the chart themes, never using the neutral middle for a value', async () => {
    const obs: Obs[] = [
      { region: '3401', value: -8 },
      { region: '3403', value: -2.5 },
      { region: '3407', value: 6 },
      { region: '3411', value: 14 },
    ];
    for (const theme of [THEMES.light, THEMES.dark]) {
      const { el } = await mount(viewOf(obs, { period: '2015-2022', measure: 'change-pct' }), { colors: theme });
      const fill = (code: string) => areaFor(el, code).querySelector('.shape')!.getAttribute('fill');
      // A 5-step diverging ramp tells two steps per side apart: −10 to 0, 0 to 10, 10 to 20.
      expect([fill('3401'), fill('3403'), fill('3407'), fill('3411')]).to.deep.equal([
        theme.diverging[1],
        theme.diverging[1],
        theme.diverging[3],
        theme.diverging[4],
      ]);
      expect(squash(el.querySelector('[part="legend"]')!.textContent)).to.include(`${MINUS}10 til 0${NBSP}%`);
      const { el: seq } = await mount(viewOf(municipalityObservations()), { colors: theme });
      expect(
        new Set(
          areas(seq)
            .filter((a) => !a.classList.contains('no-data'))
            .map((a) => a.querySelector('.shape')!.getAttribute('fill')),
        ),
      ).to.deep.equal(new Set(theme.sequential));
      // Tile text picks the colour that reads best on the tile.
      for (const a of areas(seq).filter((x) => !x.classList.contains('no-data'))) {
        const label = labelFor(seq, a.dataset.place!);
        expect(contrastRatio(label.getAttribute('fill')!, a.querySelector('.shape')!.getAttribute('fill')!), a.dataset.place).to.be.greaterThan(4.5);
      }
      // The map paints no background of its own: it is checked on the page background its theme is made for.
      seq.style.background = theme.pageBackground;
      await expect(seq).to.be.accessible();
    }
  });

  it('re-renders in place when the selection changes', async () => {
    const view = viewOf(municipalityObservations());
    const { el } = await mount(view);
    const before = areaFor(el, '3407');
    render(renderMap(view, { level: 'municipality', colors: COLORS, onSelect: () => undefined, selected: ['3407'] }), el);
    expect(areaFor(el, '3407') === before, 'the same element').to.equal(true);
    expect(before.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('map view: real borders', () => {
  it('draws the municipalities from the SSB map with the same names, keys and legend', async function () {
    const text = await sharedText(INNLANDET_2024);
    if (text === undefined) return skipShared(this, INNLANDET_2024);
    const geo = parseGeo(text);
    const { el, selected } = await mount(viewOf(municipalityObservations()), { geo, selected: ['3401'] });
    const shapes = areas(el);
    expect(shapes).to.have.length(46);
    expect(el.querySelectorAll('text')).to.have.length(0);
    for (const s of shapes) expect(s.querySelector('.shape')!.getAttribute('fill-rule')).to.equal('evenodd');
    const gjovik = areaFor(el, '3407');
    expect(gjovik.getAttribute('aria-label')).to.equal(`Gjøvik: 12,5${NBSP}%`);
    expect(areaFor(el, '3431').classList.contains('no-data')).to.equal(true);
    // Reading order: north first.
    expect(['3432', '3431', '3433', '3429', '3430']).to.include(shapes[0]!.dataset.place);
    expect(areaFor(el, '3401').getAttribute('tabindex')).to.equal('0');
    gjovik.focus();
    key(gjovik, 'Enter');
    expect(selected).to.deep.equal(['3407']);
    key(gjovik, 'ArrowDown');
    const below = el.querySelector<SVGGElement>('g.area:focus')!;
    expect(Number(below.dataset.top)).to.be.greaterThan(Number(gjovik.dataset.top));
    expect(el.querySelectorAll('[part="legend"] li').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('keeps only the features that belong on the map, and falls back to tiles when none do', async function () {
    const text = await sharedText('fixtures/geo/kartverket_kommuner_2024_S_wgs84.topojson');
    if (text === undefined) return skipShared(this, 'fixtures/geo/kartverket_kommuner_2024_S_wgs84.topojson');
    const geo = parseGeo(text);
    const { el } = await mount(viewOf(municipalityObservations()), { geo });
    // The 46 Innlandet municipalities; Kongsberg (3303, a peer town in the data) stays in the list beside the map.
    expect(
      areas(el)
        .map((a) => a.dataset.place)
        .sort(),
    ).to.deep.equal([...INNLANDET_MUNICIPALITIES].sort());
    expect(squash(el.querySelector('[part="comparison"]')!.textContent)).to.include('Kongsberg');
    // A county file draws the counties the data has when no feature is on the level's tiles.
    const fylker = await sharedText('fixtures/geo/kartverket_fylker_2024_S_wgs84.topojson');
    if (fylker !== undefined) {
      const { el: counties } = await mount(
        viewOf([
          { region: '34', value: 3 },
          { region: '03', value: 5 },
        ]),
        { geo: parseGeo(fylker) },
      );
      expect(
        areas(counties)
          .map((a) => a.dataset.place)
          .sort(),
      ).to.deep.equal(['03', '34']);
    }
    const { el: tiles } = await mount(viewOf([{ region: 'R-hamar', value: 3 }]), { geo, level: 'region' });
    expect(areas(tiles)).to.have.length(10);
    expect(tiles.querySelectorAll('.labels text')).to.have.length(10);
  });
});

describe('tile map: labels fit', function () {
  this.timeout(30000);

  /** Each label's box (SVG units) and its tile's, as plain numbers (chai hangs formatting SVG elements). */
  function labelBoxes(el: Element) {
    return [...el.querySelectorAll<SVGTextElement>('.labels text')].map((text) => {
      const b = text.getBBox();
      const t = areaFor(el, text.dataset.place!).querySelector<SVGPathElement>('path.shape')!.getBBox();
      return {
        place: text.dataset.place!,
        text: squash(text.textContent),
        x: b.x,
        y: b.y,
        r: b.x + b.width,
        b: b.y + b.height,
        tile: { x: t.x, y: t.y, r: t.x + t.width, b: t.y + t.height },
      };
    });
  }

  // The widths of real figures: "1 986 personer", "−1 234 personer", Lillehammer and Kongsvinger at the edges.
  for (const measure of ['in', 'out', 'net', 'population', 'net-per-1000'])
    for (const [lang, font] of [
      ['nb', 'system-ui, sans-serif'],
      ['en', 'Verdana, "DejaVu Sans", sans-serif'],
    ] as const)
      it(`${measure} (${lang}, ${font}): no label leaves its tile or the viewBox, and no two overlap`, async () => {
        const feed = parseFeed(await (await fetch('/demo/data/real-commuting.json')).json());
        const view = buildViewModel(feed, { indicator: 'commuting', measure, lang, period: '2022' });
        const { el } = await mount(view);
        // The page's font (the widget inherits it): the demo's system-ui, and a wide one.
        el.style.fontFamily = font;
        const svgEl = el.querySelector<SVGSVGElement>('.inn-map__svg')!;
        const vb = svgEl.viewBox.baseVal;
        const boxes = labelBoxes(el);
        expect(boxes.length).to.equal(46);
        const out = boxes
          .filter((l) => l.x < l.tile.x || l.r > l.tile.r || l.y < l.tile.y || l.b > l.tile.b)
          .map((l) => `${l.text} [${Math.round(l.x)}–${Math.round(l.r)} in ${l.tile.x}–${l.tile.r}]`);
        expect(out, 'labels wider or taller than their tile').to.deep.equal([]);
        const outside = boxes.filter((l) => l.x < vb.x || l.y < vb.y || l.r > vb.x + vb.width || l.b > vb.y + vb.height).map((l) => l.text);
        expect(outside, 'labels outside the viewBox').to.deep.equal([]);
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b) overlaps.push(`${a.text} / ${b.text}`);
          }
        expect(overlaps, 'overlapping labels').to.deep.equal([]);
        // A value that does not fit is still there for the reader: in the tile's name (and tooltip).
        for (const row of view.rows.filter((r) => /^34\d\d$/.test(r.region) && r.value !== null))
          expect(areaFor(el, row.region).getAttribute('aria-label'), row.region).to.contain(row.label.split(' ')[0]);
      });
});
