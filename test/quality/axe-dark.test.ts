/**
 * Quality gate: the demo pages read by someone whose system is in dark mode. The pages are light, so the widgets
 * on them must stay light (theme="auto" follows the page, not the system): zero axe violations, as in light mode.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEMO_PAGES, auditPage, closeAuditFrame, pageDrawn } from './axe-pages.js';

describe('quality: axe on the demo pages in a dark system', function () {
  this.timeout(90000);
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(closeAuditFrame);

  it('the emulation reaches the pages (the system reads as dark)', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
  });

  for (const page of DEMO_PAGES) {
    it(`demo/${page}`, async () => {
      let systemDark = false;
      const drawn = pageDrawn(page);
      const result = await auditPage(`/demo/${page}`, (doc) => {
        systemDark = doc.defaultView!.matchMedia('(prefers-color-scheme: dark)').matches;
        return drawn(doc);
      });
      expect(systemDark, 'the page sees a dark system').to.equal(true);
      const found = result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ${v.nodes
            .slice(0, 5)
            .map((n) => JSON.stringify(n.target))
            .join(', ')}`,
      );
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});
