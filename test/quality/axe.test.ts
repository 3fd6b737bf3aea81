/**
 * Quality gate "universal design": axe-core (through @open-wc/testing's `to.be.accessible()`) on every indicator ×
 * view × language × theme, with the sharing toolbar and the notes open; and axe on every demo page, run inside
 * the page itself (an iframe with axe-core injected), so the host pages webmasters copy are checked too.
 * Zero violations of any impact.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { INDICATOR_IDS } from '../../src/indicators/ids.js';
import { THEMES } from '../../src/charts/theme.js';
import { until } from '../embed/frame.js';
import { DEMO_PAGES, auditPage, closeAuditFrame, pageDrawn } from './axe-pages.js';

const FEED = '/demo/data/innlandet.json';
const VIEWS = ['chart', 'table', 'map', 'kpi'] as const;
const LANGS = ['nb', 'nn', 'en'] as const;

let host: HTMLElement | undefined;
afterEach(() => {
  host?.remove();
  host = undefined;
  closeAuditFrame();
  document.body.style.background = '';
});

async function mount(attrs: Record<string, string>, theme: 'light' | 'dark'): Promise<InnIndicator> {
  host = document.createElement('div');
  host.style.width = '760px';
  // The page behind a transparent widget: the theme's page colour, as a host page in that theme has.
  host.style.background = THEMES[theme].pageBackground;
  document.body.style.background = THEMES[theme].pageBackground;
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  document.body.prepend(host);
  await ready;
  await until(() => el.shadowRoot!.querySelector('[part="share"]') ?? undefined, 'the sharing toolbar');
  await el.updateComplete;
  return el;
}

/** Waits for the next inn-ready after a change (a language switch redraws the view). */
async function redrawn(el: InnIndicator, change: () => void): Promise<void> {
  const ready = oneEvent(el, 'inn-ready');
  change();
  await ready;
  await el.updateComplete;
}

describe('quality: axe on every indicator × view × language × theme', function () {
  this.timeout(60000);
  for (const theme of ['light', 'dark'] as const) {
    for (const indicator of INDICATOR_IDS) {
      for (const view of VIEWS) {
        it(`${indicator} as ${view}, ${theme}: nb, nn and en without violations`, async () => {
          const el = await mount({ src: FEED, indicator, view, theme, lang: 'nb' }, theme);
          for (const lang of LANGS) {
            if (lang !== 'nb') await redrawn(el, () => el.setAttribute('lang', lang));
            // What is audited is what a reader of that language sees.
            expect(el.shadowRoot!.querySelector('[part="share"] [data-share="link"]')!.textContent!.trim()).to.equal(
              { nb: 'Kopier lenke', nn: 'Kopier lenkje', en: 'Copy link' }[lang],
            );
            for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
            await el.updateComplete;
            await expect(el, `${lang}`).to.be.accessible();
          }
        });
      }
    }
  }
});

describe('quality: axe on the demo pages', function () {
  this.timeout(90000);
  // demo/csp.html is served with its strict CSP: axe-core is injected from the same origin, which script-src 'self' allows.
  for (const page of DEMO_PAGES) {
    it(`demo/${page}`, async () => {
      const result = await auditPage(`/demo/${page}`, pageDrawn(page));
      const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});
