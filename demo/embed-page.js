// demo/embed.html: one widget in a page of its own, for CMSs that allow an <iframe> but no <script>:
//
//   <iframe src="https://example.no/innsikt/demo/embed.html?indicator=rd-share&view=kpi"
//           title="FoU-andel i Innlandet" class="innsikt-frame" style="width:100%;height:320px;border:0"></iframe>
//
// Settings come from the query string (indicator, view, region, compare, period, measure, lang, theme, src,
// no-toolbar, no-share; see page-params.js). The page tells its parent how tall it is, so that the parent can
// size the iframe to fit (see demo/embed-parent.js for the few lines the parent page needs):
//
//   parent.postMessage({ type: 'innsikt:height', height: <CSS pixels> }, '*')
//
// on load and whenever the height changes (a ResizeObserver on the page body: the widget loading, the reader
// switching views, the iframe getting narrower). The target origin is '*' because the page cannot know who
// embeds it; that is acceptable for this message only, because it carries nothing but a number that anyone
// could measure from the outside. Nothing is ever read from the parent.
import { createWidget, refusedFeed, refusedNotice, widgetAttributes } from './page-params.js';

const query = new URLSearchParams(location.search);
const attributes = widgetAttributes(query);
if (attributes.lang) document.documentElement.lang = attributes.lang;
const refused = refusedFeed(query);
const widget = createWidget(attributes);
if (refused) {
  console.warn(`embed.html: the feed ${JSON.stringify(refused)} is not in a folder this page allows (see its innsikt-feeds meta).`);
  document.getElementById('widget-slot').replaceChildren(refusedNotice(attributes.lang));
} else {
  document.getElementById('widget-slot').replaceChildren(widget);
}

let last = -1;
// Not before the widget has started and reserved its room: a first report of the empty page would shrink the frame
// to nothing and grow it again a moment later, moving everything below it on the parent page twice.
let started = false;
customElements
  .whenDefined('inn-indicator')
  .then(() => (refused ? undefined : widget.updateComplete))
  .then(() => {
    started = true;
    report();
  });

/** Posts the page's height to the parent when it changed. */
function report() {
  if (window.parent === window || !started) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  window.parent.postMessage({ type: 'innsikt:height', height }, '*');
}

/** The page's heading (visually hidden: the widget shows its title) and title follow the widget's title. */
function name() {
  const title = widget.shadowRoot?.querySelector('.title')?.textContent?.trim();
  if (!title) return;
  document.getElementById('page-title').textContent = title;
  document.title = `${title} – Innsikt`;
}

new ResizeObserver(report).observe(document.body);
widget.addEventListener('inn-ready', name);
widget.addEventListener('inn-ready', report);
widget.addEventListener('inn-error', report);
window.addEventListener('load', report);
report();
