// demo/chart.html: one chart, full width, with a citation block and its permanent link — the page a journalist
// links to. Settings come from the fragment, as URL parameters:
//
//   chart.html#indicator=employment-change&view=chart&region=05&period=1990-2002&lang=nb
//
// (keys: indicator, view, region, compare, period, measure, mode, base, lang, theme, src; see page-params.js). As
// the reader changes the view, the address bar is kept equal to the permanent link (history.replaceState), so
// copying the address copies the chart as it is shown; the widget's own "Kopier lenke" copies the same link. Works under `script-src 'self'`: no inline script, no eval.
import { createWidget, feedPath, paramsOf, refusedFeed, refusedNotice, today, widgetAttributes } from './page-params.js';

const TEXT = {
  nb: {
    cite: 'Sitering',
    link: 'Permanent lenke',
    retrieved: 'hentet',
    copy: 'Kopier sitering',
    copied: 'Sitering kopiert',
    manual: 'Marker teksten og kopier den med Ctrl+C.',
    page: 'Diagram',
    failed: 'Tallene kunne ikke vises, så det er ingen kilde å sitere.',
  },
  nn: {
    cite: 'Sitering',
    link: 'Permanent lenkje',
    retrieved: 'henta',
    copy: 'Kopier sitering',
    copied: 'Sitering kopiert',
    manual: 'Merk teksten og kopier han med Ctrl+C.',
    page: 'Diagram',
    failed: 'Tala kunne ikkje visast, så det er inga kjelde å sitere.',
  },
  en: {
    cite: 'Citation',
    link: 'Permanent link',
    retrieved: 'retrieved',
    copy: 'Copy citation',
    copied: 'Citation copied',
    manual: 'Select the text and copy it with Ctrl+C.',
    page: 'Chart',
    failed: 'The figures could not be shown, so there is no source to cite.',
  },
};

const slot = document.getElementById('chart-slot');
const citeTitle = document.getElementById('cite-title');
const citeText = document.getElementById('cite-text');
const citeLinkLabel = document.getElementById('cite-link-label');
const citeLink = document.getElementById('cite-link');
const pageTitle = document.getElementById('page-title');
const copyButton = document.getElementById('cite-copy');
const copyStatus = document.getElementById('cite-status');

let widget;
let src = feedPath('');

function params() {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

function lang() {
  return widget?.getAttribute('lang') ?? 'nb';
}

/** The permanent link: this page with the widget's current settings in the fragment. */
function permalink() {
  const url = new URL(location.href);
  url.hash = paramsOf(widget, src).toString();
  return url.href;
}

/** The source line as the widget shows it (its shadow root is open), and the title. */
function widgetText(selector) {
  return widget.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The permanent link, in the address bar and in the citation. */
function updateLink() {
  const link = permalink();
  if (link !== location.href) history.replaceState(null, '', link);
  citeLink.href = link;
  citeLink.textContent = link;
}

function updateCitation() {
  const l = lang();
  const t = TEXT[l];
  updateLink();
  const title = widgetText('.title');
  const source = widgetText('[part="source"] .source-line');
  document.title = title ? `${title} – Innsikt` : `${t.page} – Innsikt`;
  pageTitle.textContent = title ? `${t.page}: ${title}` : t.page;
  citeText.textContent = source ? `${source}, ${t.retrieved} ${today(l)}.` : t.failed;
}

function applyLanguage() {
  const l = lang();
  const t = TEXT[l];
  document.documentElement.lang = l;
  citeTitle.textContent = t.cite;
  citeLinkLabel.textContent = `${t.link}:`;
  copyButton.textContent = t.copy;
}

function mount() {
  const attributes = widgetAttributes(params());
  src = attributes.src;
  widget?.remove();
  widget = createWidget({ id: 'chart', ...attributes });
  // The widget's "Kopier lenke" copies this page's permanent link (brought up to date first), not a link of its own.
  widget.linkFor = () => {
    updateLink();
    return citeLink.href;
  };
  widget.addEventListener('inn-ready', updateCitation);
  widget.addEventListener('inn-select', () => requestAnimationFrame(updateCitation));
  widget.addEventListener('inn-error', updateCitation);
  const refused = refusedFeed(params());
  if (refused) {
    console.warn(`chart.html: the feed ${JSON.stringify(refused)} is not in a folder this page allows (see its innsikt-feeds meta).`);
    slot.replaceChildren(refusedNotice(attributes.lang));
    return;
  }
  slot.replaceChildren(widget);
  applyLanguage();
  // The permanent link is there from the start (it names the settings, not the figures).
  updateLink();
}

copyButton.addEventListener('click', async () => {
  const text = `${citeText.textContent} ${citeLink.href}`;
  const t = TEXT[lang()];
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = t.copied;
  } catch {
    // Refused: select the citation so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('citation-body'));
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copyStatus.textContent = t.manual;
  }
});

// A fragment edited by hand (or a link to this page opened in the same tab) sets the chart up again; our own
// history.replaceState does not fire hashchange.
window.addEventListener('hashchange', mount);
mount();
