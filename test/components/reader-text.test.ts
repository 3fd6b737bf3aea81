/**
 * What a reader sees: the page's font (unless themed), a heading at the level the page asks for, the language set on
 * the widget's text (so that titles hyphenate by language), no machine references ("002_….txt:363") in the
 * widget, and a favicon on every demo page.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import { mountIndicator } from '../mount.js';
import { DEMO_PAGES } from '../quality/axe-pages.js';
import { INDICATOR_IDS } from '../../src/indicators/ids.js';
import { MESSAGES } from '../../src/indicators/messages/catalogue.js';
import { PROFILE_MESSAGES } from '../../src/indicators/messages/profile.js';

/** The demo's report feeds (hand-written); the real-* feeds are rebuilt by `npm run demo:data` from their config. */
const DEMO_FEEDS = ['innlandet', 'value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
const REAL_FEEDS = ['real-value-creation', 'real-employment', 'real-commuting'];
const FEED_WORD = /\bfeed(en|ene|ane|s)?\b/i;

/** Every string a reader may be shown from a feed: all of them but the schema address. */
function readerStrings(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => readerStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') readerStrings(v, `${path}.${k}`, out);
  return out;
}

const FEED = '/demo/data/innlandet.json';

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
  document.body.style.fontFamily = '';
});

describe('reader-facing text and typography', function () {
  this.timeout(20000);

  it("inherits the page's font, in the chrome and in the chart; --inn-font-family still wins", async () => {
    document.body.style.fontFamily = 'Georgia, serif';
    const el = await mountIndicator({ src: FEED, indicator: 'employment-change', view: 'chart', period: '1990-2002' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).fontFamily).to.contain('Georgia');
    const label = el.shadowRoot!.querySelector('.chart-canvas svg text');
    expect(label?.getAttribute('font-family') ?? getComputedStyle(label!).fontFamily).to.contain('Georgia');
    el.style.setProperty('--inn-font-family', 'Verdana, sans-serif');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).fontFamily).to.contain('Verdana');
  });

  it('heading-level sets the level of the title (h2 by default)', async () => {
    const plain = await mountIndicator({ src: FEED, indicator: 'rd-share', view: 'kpi' });
    expect(plain.shadowRoot!.querySelector('.title')!.localName).to.equal('h2');
    const h3 = await mountIndicator({ src: FEED, indicator: 'rd-share', view: 'kpi', 'heading-level': '3' });
    expect(h3.shadowRoot!.querySelector('.title')!.localName).to.equal('h3');
    expect(h3.shadowRoot!.querySelector('h2')).to.equal(null);
    const odd = await mountIndicator({ src: FEED, indicator: 'rd-share', view: 'kpi', 'heading-level': '9' });
    expect(odd.shadowRoot!.querySelector('.title')!.localName).to.equal('h2');
  });

  it("the widget's text carries its language (hyphenation by language), nn and en too", async () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const el = await mountIndicator({ src: FEED, indicator: 'employment-change', view: 'table', lang });
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).hyphens).to.equal('auto');
    }
  });

  it('no file names or line references of the sources in any widget, notes open', async () => {
    for (const indicator of INDICATOR_IDS) {
      const el = await mountIndicator({ src: FEED, indicator, view: 'table' });
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text, indicator).to.not.match(/\.txt:\d+|\d{3}_[0-9a-f]{6,}|Kildehenvisninger/);
    }
  });

  it('no word "feed" in any string of the message catalogue, in nb, nn and en', () => {
    const catalogue: Record<string, Record<string, string>> = { ...MESSAGES, ...PROFILE_MESSAGES };
    const hits = Object.entries(catalogue).flatMap(([key, texts]) =>
      ['nb', 'nn', 'en'].filter((lang) => FEED_WORD.test(texts[lang])).map((lang) => `${key}.${lang}: ${texts[lang]}`),
    );
    expect(hits).to.deep.equal([]);
  });

  it('no word "feed" in the notes, titles and sources of the demo feeds', async () => {
    const hits: string[] = [];
    for (const name of [...DEMO_FEEDS, ...REAL_FEEDS]) {
      const json: unknown = await (await fetch(`/demo/data/${name}.json`)).json();
      for (const [path, text] of readerStrings(json, name, [])) if (FEED_WORD.test(text)) hits.push(`${path}: ${text}`);
    }
    expect(hits).to.deep.equal([]);
  });

  it('the "no figures for this indicator" message does not say "feed" either', async () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const el = await mountIndicator({ src: FEED, indicator: 'no-such-indicator', view: 'table', lang });
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text, lang).to.contain('no-such-indicator');
      expect(text, lang).to.not.match(FEED_WORD);
    }
  });

  /** Words only bokmål uses (nynorsk: ikkje, utarbeidd, omfattar …), and common Norwegian words English never has. */
  const BOKMAL = /\b(ikke|utarbeidet|omfatter|innenfor|oppgir|forordet|tittelsiden|teknologibyene|foretaksregisteret|Sammendrag av en)\b/;
  const NORWEGIAN = /(^|\s)(og|ikke|ikkje|av|som|er|til|for øvrig|red\.)(\s|$)/;
  /** A note without what it quotes («…», "…"): a quoted report title stays as the report wrote it. */
  const unquoted = (s: string) => s.replace(/«[^»]*»|"[^"]*"/g, '');

  it("notes are in the reader's language: no bokmål in nynorsk or English notes", async () => {
    for (const indicator of INDICATOR_IDS) {
      const notes: Record<string, string[]> = {};
      for (const lang of ['nb', 'nn', 'en']) {
        const el = await mountIndicator({ src: FEED, indicator, view: 'table', lang });
        notes[lang] = [...el.shadowRoot!.querySelectorAll('footer .note, details.notes li')].map((n) => n.textContent!.trim());
      }
      expect(notes.nb.length, indicator).to.be.greaterThan(0);
      for (const n of notes.nn) expect(unquoted(n), `${indicator} nn`).to.not.match(BOKMAL);
      for (const n of notes.en) expect(unquoted(n), `${indicator} en`).to.not.match(NORWEGIAN);
    }
  });

  it("the real commuting figures' source notes are in the reader's language (built from the demo's configuration)", async () => {
    const notes: Record<string, string[]> = {};
    for (const lang of ['nb', 'nn', 'en']) {
      const el = await mountIndicator({ src: '/demo/data/real-commuting.json', indicator: 'commuting', view: 'table', lang });
      notes[lang] = [...el.shadowRoot!.querySelectorAll('footer .note, details.notes li')].map((n) => n.textContent!.trim());
    }
    expect(
      notes.nb.some((n) => n.includes('pendlingsapp')),
      notes.nb.join(' | '),
    ).to.equal(true);
    expect(
      notes.nn.some((n) => n.includes('pendlingsappen til Statistisk sentralbyrå')),
      notes.nn.join(' | '),
    ).to.equal(true);
    expect(
      notes.en.some((n) => n.includes("Statistics Norway's commuting app")),
      notes.en.join(' | '),
    ).to.equal(true);
    for (const n of notes.nn) expect(unquoted(n), 'nn').to.not.match(BOKMAL);
    for (const n of notes.en) expect(unquoted(n), 'en').to.not.match(NORWEGIAN);
  });

  it("Statistics Norway's own footnotes of table 11713 are in nynorsk and English, as the demo's configuration translates them", async () => {
    const config = (await (await fetch('/demo/feeds/real-data.config.json')).json()) as {
      noteTranslations: Record<string, Array<Record<'nb' | 'nn' | 'en', string>>>;
    };
    const translations = config.noteTranslations['11713'];
    expect(translations.length).to.equal(9);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [src, indicator] of [
      ['/demo/data/real-value-creation.json', 'value-creation'],
      ['/demo/data/real-employment.json', 'employment-change'],
    ]) {
      for (const lang of ['nn', 'en'] as const) {
        const el = await mountIndicator({ src, indicator, view: 'table', lang });
        const shown = squash(el.shadowRoot!.textContent!);
        for (const t of translations) {
          expect(shown, `${src} ${lang}: ${t[lang].slice(0, 50)}`).to.contain(squash(t[lang]));
          expect(shown, `${src} ${lang} shows the bokmål note ${t.nb.slice(0, 50)}`).to.not.contain(squash(t.nb));
        }
        const notes = [...el.shadowRoot!.querySelectorAll('footer .note, details.notes li')].map((n) => n.textContent!.trim());
        for (const n of notes) expect(unquoted(n), `${src} ${lang}`).to.not.match(lang === 'nn' ? BOKMAL : NORWEGIAN);
      }
    }
  });

  it("the real employment figures name Statistics Norway's industries in the reader's language (chart legend, table, summary)", async () => {
    const NORWEGIAN_INDUSTRIES =
      /Jordbruk og skogbruk|Bygge- og anleggsvirksomhet|Helse- og omsorgstjenester|Varehandel og reparasjon|Undervisning\b|\bIndustri\b/i;
    for (const view of ['chart', 'table']) {
      const el = await mountIndicator({ src: '/demo/data/real-employment.json', indicator: 'employment-change', view, lang: 'en' });
      await new Promise((r) => setTimeout(r, 0));
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text, view).to.contain('Manufacturing');
      expect(text.match(NORWEGIAN_INDUSTRIES)?.[0], `${view}: a Norwegian industry name in English`).to.equal(undefined);
    }
    const nn = await mountIndicator({ src: '/demo/data/real-employment.json', indicator: 'employment-change', view: 'table', lang: 'nn' });
    expect(nn.shadowRoot!.textContent).to.contain('Helse- og omsorgstenester');
  });

  it('no doubled units in subtitles and axis titles ("Endring i prosent, %", "(BRP) (mrd. kr)")', async () => {
    const DOUBLED = /(prosent|per cent),\s*%|\)\s*\([^)]*\)\s*$|\) \((mrd|mill)/;
    const cases: Array<Record<string, string>> = [
      { indicator: 'employment-change', measure: 'change-pct', period: '1990-2002' },
      { indicator: 'value-creation', measure: 'grp' },
    ];
    for (const c of cases)
      for (const lang of ['nb', 'nn', 'en']) {
        const el = await mountIndicator({ src: FEED, view: 'chart', lang, ...c });
        const subtitle = el.shadowRoot!.querySelector('.subtitle')!.textContent!.trim();
        expect(subtitle, `${c.indicator} ${lang}`).to.not.match(DOUBLED);
        const axisTitles = [...el.shadowRoot!.querySelectorAll('.chart-canvas svg .role-axis-title')].map((n) => n.textContent!.trim());
        expect(axisTitles.length, `${c.indicator} ${lang} axis title`).to.be.greaterThan(0);
        for (const title of axisTitles) expect(title, `${c.indicator} ${lang}`).to.not.match(DOUBLED);
        el.parentElement!.remove(); // the next chart is drawn where this one was (charts draw when in view)
      }
  });

  it("a feed's note keeps a figure with its unit and its thousands: '38 %' and '650 personer' never break at the space", async () => {
    for (const lang of ['nb', 'en']) {
      const el = await mountIndicator({ src: '/demo/data/employment-change.json', indicator: 'employment-change', view: 'table', lang });
      const notes = [...el.shadowRoot!.querySelectorAll('li, p')].map((n) => n.textContent!).filter((text) => text.includes('Glåmdalen'));
      expect(notes.length, `${lang}: the note about Glåmdalen is shown`).to.be.greaterThan(0);
      for (const note of notes) {
        expect(note, lang).to.contain('38\u00a0%');
        expect(note, `${lang}: no ordinary space between a figure and its unit`).to.not.match(/\d (%|personer|jobs)/);
      }
      el.parentElement!.remove();
    }
  });

  /** A demo page in a frame: with its scripts not yet run (removed: as while dist/innsikt.js loads), or with scripting off. */
  async function pageText(page: string, scripting: 'loading' | 'off'): Promise<string> {
    const path = `/demo/${page.replace(/[#?].*$/, '')}`;
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    if (scripting === 'off') {
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.src = path;
    } else {
      const source = await (await fetch(path)).text();
      frame.srcdoc = source.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace('<head>', `<head><base href="${new URL(path, location.href).href}">`);
    }
    const host = document.createElement('div');
    host.append(frame);
    document.body.append(host);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    return frame.contentDocument!.body.innerText.replace(/\s+/g, ' ');
  }

  for (const page of [...DEMO_PAGES, 'profile.html']) {
    it(`demo/${page}: a reader with JavaScript never reads that the page needs JavaScript, while it loads`, async () => {
      expect(await pageText(page, 'loading')).to.not.match(/(krever|trenger|treng|requires|needs) JavaScript/i);
    });
  }

  it('demo/profile.html: a reader without JavaScript is told where the figures are', async () => {
    expect(await pageText('profile.html', 'off')).to.contain('Kommuneprofilen krever JavaScript. Tallene finnes også hos Statistisk sentralbyrå');
  });

  // The profile page too (no 404 for /favicon.ico in the console).
  for (const page of [...DEMO_PAGES, 'profile.html?region=3443']) {
    it(`demo/${page} has a favicon that loads`, async () => {
      const html = await (await fetch(`/demo/${page.replace(/[#?].*$/, '')}`)).text();
      const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
      expect(href, 'a <link rel="icon">').to.be.a('string');
      const res = await fetch(new URL(href!, new URL(`/demo/${page}`, location.href)));
      expect(res.status).to.equal(200);
    });
  }
});
