import { expect } from '@open-wc/testing';
import { openFrame, resourcesOf, settled, TRACK_SCHEDULED, until } from './frame.js';

/**
 * <inn-profile> through the built bundle: a page without one never requests its chunk; an element added later is
 * defined and drawn from it. Run `npm run build` first.
 */
const PROFILE_CHUNK = /\/dist\/chunks\/profile-[^/]*\.js$/;

describe('<inn-profile> loads only where it is used (built bundle)', function () {
  this.timeout(60000);

  it('requests no profile code for a page of widgets, then loads and draws a profile added to the page', async () => {
    const v = `profile-${Date.now()}`;
    const iframe = openFrame({
      srcdoc: `<!doctype html><html lang="nb"><head><meta charset="utf-8">${TRACK_SCHEDULED}
        <script>window.innReady = []; document.addEventListener('inn-ready', (e) => innReady.push(e.detail.view));</script>
        <script type="module" src="/dist/innsikt.js?${v}"></script></head>
        <body><inn-indicator src="/demo/data/innlandet.json" indicator="employment-change" view="kpi"></inn-indicator></body></html>`,
    });
    try {
      const win = () => iframe.contentWindow as unknown as (Window & { innReady?: string[] }) | null;
      await until(() => win()?.innReady?.includes('kpi'), 'the key figure to be ready');
      await settled(iframe);
      const paths = () => resourcesOf(iframe).map((u) => new URL(u).pathname);
      expect(
        paths().filter((p) => PROFILE_CHUNK.test(p)),
        'profile chunk on a page without a profile',
      ).to.deep.equal([]);
      expect(win()!.customElements.get('inn-profile')).to.equal(undefined);

      const doc = iframe.contentDocument!;
      const profile = doc.createElement('inn-profile');
      profile.setAttribute('src', '/demo/data/real-commuting.json');
      profile.setAttribute('region', '3405');
      doc.body.append(profile);
      await until(() => profile.shadowRoot?.querySelector('article .chart svg'), 'the profile to be drawn', 30000);
      expect(
        paths().filter((p) => PROFILE_CHUNK.test(p)),
        'profile chunk requested once',
      ).to.have.length(1);
      expect(profile.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kommuneprofil: Lillehammer');
    } finally {
      iframe.remove();
    }
  });
});
