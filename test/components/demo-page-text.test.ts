/**
 * Every demo page as a reader sees it: its own text and the widgets' (shadow roots included, labels and titles
 * too) names no file ("data/innlandet.json") and uses no internal word such as "feed" ("demofeeden"), in bokmål,
 * nynorsk and English. Code shown to webmasters (<code>) is left out: it names files on purpose.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../embed/frame.js';
import { DEMO_PAGES, pageDrawn } from '../quality/axe-pages.js';

const FEED_WORD = /feed/i;
const FILE_NAME = /\b[\w-]+\.(json|csv|txt|mjs|js|ts|xlsx)\b/i;
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];

/** The text of a document a reader can read or hear: text outside script/style, and labels, in shadow roots too. */
function readerText(root: Document | ShadowRoot, out: string[] = []): string[] {
  const walker = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!).createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      // <code> is an instruction for the webmaster (embed-parent.html names its script); the rest is prose.
      if (!n.parentElement?.closest('script, style, template, code')) out.push(n.textContent ?? '');
      continue;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const el = n as Element;
    for (const a of ATTRIBUTES) if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
    if (el.shadowRoot) readerText(el.shadowRoot, out);
    if (el.tagName === 'IFRAME' && (el as HTMLIFrameElement).contentDocument) readerText((el as HTMLIFrameElement).contentDocument!, out);
  }
  return out;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('the text of every demo page', function () {
  this.timeout(60000);
  for (const page of DEMO_PAGES) {
    it(`demo/${page} names no file and says no "feed"`, async () => {
      frame = openFrame({ src: `/demo/${page}` });
      frame.style.width = '1024px';
      frame.style.height = '800px';
      const doc = await until(
        () => (frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.location.pathname !== 'blank' ? frame!.contentDocument : undefined),
        `${page} loaded`,
      );
      await until(() => pageDrawn(page)(doc) || undefined, `${page} drawn`, 40000);
      const text = readerText(doc).join(' ').replace(/\s+/g, ' ');
      expect(text.length, page).to.be.greaterThan(200);
      expect(text.match(new RegExp(`.{0,60}${FEED_WORD.source}.{0,60}`, 'i'))?.[0], `${page}: an internal word`).to.equal(undefined);
      expect(text.match(new RegExp(`.{0,60}${FILE_NAME.source}.{0,20}`, 'i'))?.[0], `${page}: a file name`).to.equal(undefined);
    });
  }
});
