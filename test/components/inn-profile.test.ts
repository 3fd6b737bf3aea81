import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-profile/define.js';
import type { InnProfile } from '../../src/components/inn-profile/inn-profile.js';

/**
 * <inn-profile> against the demo's feeds: every figure shown is checked against the feed JSON, read here and
 * computed here (formatting, ranks, changes), not through the code under test.
 */

const FEEDS = ['/demo/data/real-commuting.json', '/demo/data/real-value-creation.json', '/demo/data/real-employment.json', '/demo/data/innlandet.json'];
const SRC = FEEDS.join(' ');
const NBSP = '\u00a0';

interface FeedObs {
  indicator: string;
  measure: string;
  region: string;
  period: string;
  value: number | null;
  qualifier?: string;
  dims?: Record<string, string>;
}
interface Feed {
  indicators: Array<{
    id: string;
    measures: Array<{ id: string; label: { nb: string; nn: string; en: string }; unit: string | { nb: string; nn: string; en: string }; decimals: number }>;
  }>;
  observations: FeedObs[];
}

const feeds = new Map<string, Feed>();
async function feed(url: string): Promise<Feed> {
  if (!feeds.has(url)) feeds.set(url, (await (await fetch(url)).json()) as Feed);
  return feeds.get(url)!;
}

/** Norwegian (or English) number writing, done by hand: `1 234,5`, `−72,0`; `1,234.5`, `-72.0`. */
function num(v: number, decimals: number, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
  const [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  const group = lang === 'en' ? ',' : NBSP;
  const minus = lang === 'en' ? '-' : '\u2212';
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, group);
  const zero = Number(Math.abs(v).toFixed(decimals)) === 0;
  return `${v < 0 && !zero ? minus : ''}${grouped}${frac ? (lang === 'en' ? '.' : ',') + frac : ''}`;
}

function unitOf(f: Feed, measure: string, lang: 'nb' | 'nn' | 'en' = 'nb'): { unit: string; decimals: number } {
  const m = f.indicators[0]!.measures.find((x) => x.id === measure)!;
  return { unit: typeof m.unit === 'string' ? m.unit : m.unit[lang], decimals: m.decimals };
}

function valueText(v: number, unit: string, decimals: number, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
  if (unit === '%') return `${num(v, decimals, lang)}${lang === 'en' ? '%' : `${NBSP}%`}`;
  return `${num(v, decimals, lang)}${NBSP}${unit}`;
}

async function mount(region: string, extra = ''): Promise<InnProfile> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  wrap.innerHTML = `<inn-profile region="${region}" src="${SRC}" ${extra}></inn-profile>`;
  const el = wrap.querySelector<InnProfile>('inn-profile')!;
  await settled(el);
  return el;
}

async function settled(el: InnProfile): Promise<void> {
  // The loading line is drawn from the first render until the last feed is in (read or failed).
  await waitUntil(() => el.shadowRoot?.querySelector('header') && !el.shadowRoot.querySelector('.status[role="status"]'), 'every feed read', {
    timeout: 15000,
  });
  await el.updateComplete;
}

function article(el: InnProfile, measure: string, feedIndex: number, dims = ''): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`article[data-measure="${measure}"][data-feed="${feedIndex}"][data-dims="${dims}"]`);
}

const text = (root: Element | null | undefined, role: string) => root?.querySelector(`[data-role="${role}"]`)?.textContent?.trim();

/** Every commuting figure of one municipality, against real-commuting.json: value, Innlandet, rank among the 46. */
async function checkCommuting(el: InnProfile, code: string): Promise<number> {
  const f = await feed(FEEDS[0]!);
  const mine = f.observations.filter((o) => o.region === code && o.value !== null);
  expect(mine.length).to.be.greaterThan(0);
  for (const o of mine) {
    const { unit, decimals } = unitOf(f, o.measure);
    const box = article(el, o.measure, 0);
    expect(box, `a card for ${o.measure}`).to.exist;
    expect(text(box, 'value'), o.measure).to.equal(valueText(o.value!, unit, decimals));
    // One period only (2022): no 5- or 10-year change may be claimed.
    expect(text(box, 'change5'), o.measure).to.equal(undefined);
    expect(text(box, 'change10'), o.measure).to.equal(undefined);
    const county = f.observations.find((x) => x.region === '34' && x.measure === o.measure && x.period === o.period);
    expect(text(box, 'innlandet'), o.measure).to.equal(county && county.value !== null ? valueText(county.value, unit, decimals) : undefined);
    expect(text(box, 'norway'), 'the commuting figures have no Norway').to.equal(undefined);
    const all = f.observations.filter((x) => x.measure === o.measure && x.period === o.period && /^34\d\d$/.test(x.region) && x.value !== null);
    const expected = all.length === 46 ? `nr. ${1 + all.filter((x) => x.value! > o.value!).length} av 46` : undefined;
    expect(text(box, 'rank'), o.measure).to.equal(expected);
    // The small chart is drawn.
    expect(box!.querySelector('.chart svg rect'), `${o.measure} chart`).to.exist;
  }
  return mine.length;
}

describe('<inn-profile>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', location.pathname);
  });

  it('Ringsaker (3411, the largest): every commuting figure, its rank among the 46 and Innlandet, as in the feed', async () => {
    const el = await mount('3411');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kommuneprofil: Ringsaker');
    const n = await checkCommuting(el, '3411');
    expect(el.shadowRoot!.querySelectorAll('article').length, 'no figure from a feed without Ringsaker').to.equal(n);
    expect([...el.shadowRoot!.querySelectorAll('section.indicator')].map((s) => s.getAttribute('data-indicator'))).to.deep.equal(['commuting']);
    const sources = el.shadowRoot!.querySelector('.sources')!.textContent!;
    const cited = ((await feed(FEEDS[0]!)) as unknown as { sources: Array<{ title: string; table: string; url: string }> }).sources;
    for (const c of cited) expect(sources).to.contain(c.title).and.to.contain(c.table).and.to.contain(c.url);
    expect(sources, 'report sources not cited for SSB figures').not.to.contain('NIBR');
  });

  it('the smallest municipality by population: every figure as in the feed', async () => {
    const f = await feed(FEEDS[0]!);
    const pop = f.observations.filter((o) => o.measure === 'population' && /^34\d\d$/.test(o.region));
    const smallest = pop.reduce((a, b) => (b.value! < a.value! ? b : a));
    const el = await mount(smallest.region);
    await checkCommuting(el, smallest.region);
    expect(text(article(el, 'population', 0), 'rank')).to.equal('nr. 46 av 46');
  });

  it('Vestre Toten (3443, 0529 before 2020): the report figures under the old number are its own, with their qualifiers', async () => {
    const el = await mount('3443');
    await checkCommuting(el, '3443');
    const report = await feed(FEEDS[3]!);
    const old = report.observations.filter((o) => o.region === '0529');
    expect(old.length).to.be.greaterThan(0);
    for (const o of old) {
      const dims = Object.values(o.dims ?? {}).join(',');
      const box = article(el, o.measure, 3, dims);
      expect(box, `${o.measure} ${dims}`).to.exist;
      const { unit, decimals } = unitOf({ ...report, indicators: report.indicators.filter((i) => i.id === o.indicator) }, o.measure);
      const plain = valueText(o.value!, unit, decimals);
      // The source's own hedge word is kept: "Rundt 1000 personer pendler inn …" → "rundt 1 000 personer".
      expect(text(box, 'value')).to.equal(o.qualifier === 'approx' ? `rundt${NBSP}${plain}` : plain);
      // Spans (1997–2005) and single report years give no 5- or 10-year change.
      expect(text(box, 'change5')).to.equal(undefined);
      expect(text(box, 'rank')).to.equal(undefined);
    }
  });

  it('Innlandet (34): value creation with its 5- and 10-year change, and Norway alongside', async () => {
    const el = await mount('34');
    const f = await feed(FEEDS[1]!);
    const grp = f.observations.filter((o) => o.measure === 'grp');
    const at = (region: string, year: number) => grp.find((o) => o.region === region && o.period === String(year))!.value!;
    const last = Math.max(...grp.map((o) => Number(o.period)));
    const pct = (region: string, back: number) =>
      `+${num(((at(region, last) - at(region, last - back)) / at(region, last - back)) * 100, 1)}${NBSP}% (${last - back}–${last})`;
    const box = article(el, 'grp', 1);
    expect(text(box, 'value')).to.equal(`${num(at('34', last), 0)}${NBSP}mill. kr`);
    // A report, not a table number: no "tabell" before its name; not retrieved, so "rapport" and its year (no date invented).
    const sources = el.shadowRoot!.querySelector('.sources')!.textContent!;
    expect(sources).to.contain('(NIBR-notat 2004:116), rapport, 2004.');
    // A statistics table says what it states: the table and the day it was last updated (these feeds were built from
    // saved answers, so they state no retrieval date, and none is shown).
    expect(sources)
      .to.contain('11713: Fylkesfordelt nasjonalregnskap, etter region, næring, år og statistikkvariabel, oppdatert 13.12.2021.')
      .and.not.to.contain('hentet');
    expect(text(box, 'change5')).to.equal(pct('34', 5));
    expect(text(box, 'change10')).to.equal(pct('34', 10));
    expect(text(box, 'norway')).to.equal(`${num(at('0', last), 0)}${NBSP}mill. kr; ${pct('0', 5)}; ${pct('0', 10)}`);
    expect(text(box, 'rank'), 'a county has no rank among municipalities').to.equal(undefined);
    // An index is compared in points, not per cent.
    const idx = f.observations.filter((o) => o.measure === 'grp-index' && o.region === '34');
    const iv = (y: number) => idx.find((o) => o.period === String(y))!.value!;
    expect(text(article(el, 'grp-index', 1), 'change5')).to.equal(
      `${iv(last) - iv(last - 5) > 0 ? '+' : ''}${num(iv(last) - iv(last - 5), 1)}${NBSP}poeng (${last - 5}–${last})`,
    );
  });

  it('writes the summary sentence by sentence in nb, nn and en, from the figures only', async () => {
    const f = await feed(FEEDS[0]!);
    const v = (region: string, m: string) => f.observations.find((o) => o.region === region && o.measure === m)!.value!;
    const all = f.observations.filter((o) => o.measure === 'in' && /^34\d\d$/.test(o.region));
    const rank = 1 + all.filter((o) => o.value! > v('3411', 'in')).length;
    const expected = {
      nb: [
        `Innpendlere i Ringsaker i 2022: ${num(v('3411', 'in'), 0)}${NBSP}personer.`,
        `Det er nr. ${rank} av 46 kommuner i Innlandet, regnet fra den høyeste verdien.`,
        `Til sammenligning: Innlandet ${num(v('34', 'in'), 0)}${NBSP}personer.`,
      ],
      nn: [
        `Innpendlarar i Ringsaker i 2022: ${num(v('3411', 'in'), 0)}${NBSP}personar.`,
        `Det er nr. ${rank} av 46 kommunar i Innlandet, rekna frå den høgaste verdien.`,
        `Til samanlikning: Innlandet ${num(v('34', 'in'), 0)}${NBSP}personar.`,
      ],
      en: [
        `In-commuters in Ringsaker in 2022: ${num(v('3411', 'in'), 0, 'en')}${NBSP}persons.`,
        `That is number ${rank} of Innlandet's 46 municipalities, counting from the highest value.`,
        `For comparison: Innlandet ${num(v('34', 'in'), 0, 'en')}${NBSP}persons.`,
      ],
    };
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const el = await mount('3411', `lang="${lang}"`);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
      expect(summary, lang).to.equal(expected[lang].join(' '));
      // Nothing about a change: the series has one year.
      expect(summary).not.to.match(/økte|auka|rose|ned med|fell/);
    }
  });

  it('keeps the region in the address: opened cold with ?region=, changed by the picker, restored by Back', async () => {
    history.replaceState(null, '', `${location.pathname}?region=3405`);
    const el = await mount('34', 'region-param="region"');
    expect(el.region).to.equal('3405');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kommuneprofil: Lillehammer');
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('3405');
    expect(select.options.length, 'Innlandet, its 10 planning regions and its 46 municipalities').to.equal(57);
    select.value = '3411';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('region')).to.equal('3411');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kommuneprofil: Ringsaker');
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await el.updateComplete;
    expect(el.region).to.equal('3405');
  });

  it('prints without the picker and button, a page per section, with every chart drawn', async () => {
    // Innlandet has the most kinds of figure (levels, indices, parts of a whole, report figures with qualifiers).
    const el = await mount('34');
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('select')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('button')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('section.indicator')!).breakBefore).to.equal('page');
    expect(getComputedStyle(root.querySelector('section.sources')!).breakBefore).to.equal('page');
    const charts = [...root.querySelectorAll('article')].map((a) => a.querySelector('.chart svg rect'));
    expect(charts.length).to.be.greaterThan(0);
    expect(charts.every(Boolean), 'every chart drawn').to.equal(true);
    for (const svg of root.querySelectorAll('.chart svg')) expect(svg.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('prints the three municipalities (largest, smallest, renumbered in 2020) with every chart drawn, no button, the sources last', async () => {
    const f = await feed(FEEDS[0]!);
    const pop = f.observations.filter((o) => o.measure === 'population' && /^34\d\d$/.test(o.region));
    const smallest = pop.reduce((a, b) => (b.value! < a.value! ? b : a)).region;
    for (const region of ['3411', smallest, '3443']) {
      await emulateMedia({ media: 'screen' });
      const el = await mount(region);
      await emulateMedia({ media: 'print' });
      const root = el.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')];
      expect(buttons.length, `${region}: print and PNG buttons`).to.be.greaterThan(1);
      expect(buttons.every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
      const articles = [...root.querySelectorAll('article')];
      expect(articles.length, `${region}: figures`).to.be.greaterThan(0);
      for (const a of articles) {
        const svg = a.querySelector('.chart svg');
        expect(svg?.querySelector('rect'), `${region} ${a.dataset.measure}: chart drawn`).to.not.equal(null);
        expect(svg!.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(root.lastElementChild?.matches('section.sources'), `${region}: the sources at the end`).to.equal(true);
      expect(getComputedStyle(root.querySelector('section.sources')!).breakBefore).to.equal('page');
    }
  });

  it('downloads each section as a PNG by keyboard (Tab to its button, Enter): a PNG file named for the region and indicator', async () => {
    const el = await mount('3411');
    const downloads: Array<{ name: string; href: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push({ name: this.download, href: this.href });
      else click.call(this);
    };
    try {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('section.indicator button.png')!;
      expect(button.getAttribute('aria-label')).to.equal('Last ned PNG: Pendling');
      // Reached by Tab from the print button.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.length === 1, 'the PNG is downloaded', { timeout: 15000 });
      expect(downloads[0]!.name).to.equal('innsikt-profil-3411-commuting.png');
      const png = await (await fetch(downloads[0]!.href)).blob();
      expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const bitmap = await createImageBitmap(png);
      // 640 px wide at twice the pixels, one figure under the other (every figure of the section).
      expect(bitmap.width).to.equal(1280);
      expect(bitmap.height).to.be.greaterThan(el.shadowRoot!.querySelectorAll('section.indicator article').length * 400);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('has a profile for every one of the 46 municipalities, each with its rank on every figure of the commuting tables', async () => {
    const f = await feed(FEEDS[0]!);
    const codes = [...new Set(f.observations.filter((o) => /^34\d\d$/.test(o.region)).map((o) => o.region))];
    expect(codes).to.have.length(46);
    const el = await mount(codes[0]!);
    for (const code of codes) {
      el.region = code;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[role="alert"]'), code).to.equal(null);
      const cards = [...root.querySelectorAll('article[data-feed="0"]')];
      expect(cards.length, code).to.equal(f.observations.filter((o) => o.region === code && o.value !== null).length);
      for (const card of cards) expect(text(card, 'rank'), `${code} ${card.getAttribute('data-measure')}`).to.match(/^nr\. \d+ av 46$/);
      expect(root.querySelectorAll('article .chart svg').length, code).to.equal(root.querySelectorAll('article').length);
      expect(root.querySelector('[part="summary"]')!.textContent, code).to.contain(' av 46 kommuner i Innlandet');
    }
  });

  it('a planning region (Gjøvikregionen): the report figure with its qualifier, no rank, no change', async () => {
    const el = await mount('R-gjovik');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Regionprofil: Gjøvikregionen');
    const report = await feed(FEEDS[3]!);
    const mine = report.observations.filter((o) => o.region === 'R-gjovik');
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(mine.length);
    for (const o of mine) {
      const box = article(el, o.measure, 3);
      expect(text(box, 'value'), o.measure).to.equal(`over${NBSP}${num(o.value!, 0)}${NBSP}%`);
      expect(text(box, 'rank')).to.equal(undefined);
      expect(text(box, 'change5')).to.equal(undefined);
    }
  });

  it("mentions a feed's remark on the periods a section shows, in nb, nn and en; never one outside them or about another region or indicator", async () => {
    // Made-up figures: the demo's real feeds end before the 2020 reform.
    const made = (years: number[]) => ({
      innsikt: '1',
      indicators: [{ id: 'x', title: { nb: 'Testtall', nn: 'Testtal', en: 'Test figures' }, measures: [{ id: 'a', label: 'Testmål', unit: 'personer' }] }],
      regions: [{ code: '3405', name: 'Lillehammer', level: 'municipality' }],
      sources: [{ id: 's', title: 'Made-up figures for a test' }],
      observations: years.map((y, i) => ({ indicator: 'x', measure: 'a', region: '3405', period: String(y), value: 100 + i })),
      annotations: [
        {
          period: '2020',
          text: {
            nb: 'Hedmark og Oppland slått sammen til Innlandet',
            nn: 'Hedmark og Oppland slått saman til Innlandet',
            en: 'Hedmark and Oppland merged into Innlandet',
          },
        },
        { period: '2005', text: 'Utenfor perioden' },
        { period: '2018', region: '3401', text: 'Gjelder Kongsvinger' },
        { period: '2018', indicator: 'other', text: 'Gjelder en annen indikator' },
        { period: '2016', region: '3405', text: '<b>Ny</b> telling.' },
      ],
    });
    const summary = async (feed: object, lang: string) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
      wrap.innerHTML = `<inn-profile region="3405" lang="${lang}" src="${url}"></inn-profile>`;
      const el = wrap.querySelector<InnProfile>('inn-profile')!;
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="summary"] b')).to.equal(null);
      return el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
    };
    // 2012–2022: the change over 10 years spans 2012–2022, so 2016 and 2020 fall in it.
    const span = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
    const expected = {
      nb: ['Merknad for 2016: <b>Ny</b> telling.', 'Merknad for 2020: Hedmark og Oppland slått sammen til Innlandet.'],
      nn: ['Merknad for 2016: <b>Ny</b> telling.', 'Merknad for 2020: Hedmark og Oppland slått saman til Innlandet.'],
      en: ['Note on 2016: <b>Ny</b> telling.', 'Note on 2020: Hedmark and Oppland merged into Innlandet.'],
    };
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const text = await summary(made(span), lang);
      expect(text, lang).to.contain(`2012`);
      expect(text.endsWith(expected[lang].join(' ')), `${lang}: ${text}`).to.equal(true);
      expect(text).not.to.match(/Utenfor|Gjelder/);
    }
    // One year only (2022): the section speaks of 2022 alone, so no remark on 2016 or 2020.
    const alone = await summary(made([2022]), 'nb');
    expect(alone).not.to.contain('Merknad');
    expect(alone).to.contain('Testmål i Lillehammer i 2022');
  });

  it('cites a table fetched by the builder with the day it was retrieved, a report with "rapport" and its year, never a date not given', async () => {
    const made = {
      innsikt: '1',
      indicators: [
        {
          id: 'x',
          title: 'Testtall',
          measures: ['a', 'b', 'c'].map((id) => ({ id, label: `Testmål ${id}`, unit: 'personer' })),
        },
      ],
      regions: [{ code: '3403', name: 'Hamar', level: 'municipality' }],
      sources: [
        { id: 't', title: 'Befolkning (made-up figures)', table: '07459', publisher: 'Statistisk sentralbyrå (SSB)', retrieved: '2026-03-17T05:00:00Z' },
        { id: 'r', title: 'En rapport (made-up)', publisher: 'NIBR', published: '2004-08' },
        { id: 'n', title: 'Uten dato (made-up)', table: '12345' },
      ],
      observations: [
        { indicator: 'x', measure: 'a', region: '3403', period: '2022', value: 1, source: 't' },
        { indicator: 'x', measure: 'b', region: '3403', period: '2004', value: 2, source: 'r' },
        { indicator: 'x', measure: 'c', region: '3403', period: '2024', value: 3, source: 'n' },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(made)], { type: 'application/json' }));
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    wrap.innerHTML = `<inn-profile region="3403" src="${url}"></inn-profile>`;
    const el = wrap.querySelector<InnProfile>('inn-profile')!;
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll('.sources li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.include('Statistisk sentralbyrå (SSB): Befolkning (made-up figures): tabell 07459, hentet 17.03.2026.');
    expect(items).to.include('NIBR: En rapport (made-up), rapport, 2004.');
    expect(items).to.include('Uten dato (made-up): tabell 12345.');
  });

  it('says so for a code outside Innlandet, and keeps the other figures when one source fails', async () => {
    const el = await mount('9999');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Ukjent område: 9999');
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(0);
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const errored = new Promise((resolve) => wrap.addEventListener('inn-error', resolve));
    wrap.innerHTML = `<inn-profile region="3411" src="/demo/data/no-such-file.json ${FEEDS[0]}"></inn-profile>`;
    const p = wrap.querySelector<InnProfile>('inn-profile')!;
    await errored;
    await settled(p);
    expect(p.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Noen av tallene kunne ikke lastes');
    expect(p.shadowRoot!.querySelectorAll('article').length).to.be.greaterThan(0);
  });

  it('at 280 px (a phone of 320) a figure never breaks inside itself: "183 935 personer" stays on one line', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
    wrap.innerHTML = `<inn-profile region="3405" src="${SRC}"></inn-profile>`;
    const el = wrap.querySelector<InnProfile>('inn-profile')!;
    await settled(el);
    const broken: string[] = [];
    let runs = 0;
    for (const box of el.shadowRoot!.querySelectorAll('dd, .latest')) {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        // A run between ordinary spaces holds no break opportunity the text allows (no-break spaces join its parts).
        for (const m of node.data.matchAll(/[^ \n\t]+/g)) {
          if (!/\d/.test(m[0])) continue;
          runs++;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    expect(runs, 'figures checked').to.be.greaterThan(20);
    expect(broken, 'figures broken across lines').to.deep.equal([]);
    for (const card of el.shadowRoot!.querySelectorAll('article')) expect(card.scrollWidth, 'no card wider than its box').to.be.at.most(card.clientWidth);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe (${theme})`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${theme === 'dark' ? 'background:#121417;color:#e6e8eb' : ''}></div>`);
      wrap.innerHTML = `<inn-profile region="3443" theme="${theme}" src="${SRC}"></inn-profile>`;
      const el = wrap.querySelector<InnProfile>('inn-profile')!;
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
