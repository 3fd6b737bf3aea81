// Reads and checks the widget settings of demo/chart.html (from the fragment) and demo/embed.html (from the
// query string). The same rules as the widget's own permalinks (src/components/share/permalink.ts), kept as
// plain JavaScript so that these pages load nothing but the bundle.
//
// `src` is restricted to a feed file (`.json` or `.csv`) on this site, in one of the folders the page allows: the
// page's own data/ folder, plus any the publisher lists in the page's
//
//   <meta name="innsikt-feeds" content="data/ /tall/data/">
//
// (folders separated by spaces, relative to the page or absolute paths on this site). These pages are published on
// the county's site, and a link that could name any feed would let anyone show their own figures under the
// county's name and design. A link naming another feed is refused with a message, never silently replaced.

export const INDICATORS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
export const VIEWS = ['chart', 'table', 'map', 'kpi'];
export const LANGS = ['nb', 'nn', 'en'];
export const THEMES = ['auto', 'light', 'dark'];
export const MODES = ['level', 'per-capita', 'relative', 'index', 'rank', 'peers'];
export const DEFAULT_SRC = 'data/innlandet.json';

const REGION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const POINT = '\\d{4}(?:[KQ][1-4]|M(?:0[1-9]|1[0-2])|H[12])?';
const PERIOD = new RegExp(`^${POINT}(?:[-/:]${POINT})?$`);
const MEASURE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const FILE = /\/[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(?:json|csv)$/;

/** The folders the page allows feeds from (absolute URLs ending in `/`): its innsikt-feeds meta, else data/. */
export function allowedFeedFolders(doc = document) {
  const listed = doc.querySelector('meta[name="innsikt-feeds"]')?.getAttribute('content') ?? 'data/';
  const out = [];
  for (const folder of listed.split(/\s+/).filter(Boolean)) {
    try {
      out.push(new URL(folder.endsWith('/') ? folder : `${folder}/`, doc.baseURI).href);
    } catch {
      /* not a folder: skipped */
    }
  }
  return out;
}

/**
 * The feed to show: the default feed when `src` is empty; `src` when it names a .json or .csv file on this site
 * inside one of `folders` (after resolving `..`, with no query); undefined when it is refused.
 */
export function feedPath(src, folders = allowedFeedFolders(), base = document.baseURI) {
  const text = typeof src === 'string' ? src.trim() : '';
  if (text === '') return DEFAULT_SRC;
  let url;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.search || url.hash || url.username || url.password || !FILE.test(url.pathname)) return undefined;
  const inside = folders.some((f) => {
    const folder = new URL(f);
    return folder.origin === url.origin && url.pathname.startsWith(folder.pathname);
  });
  return inside ? text.replace(/^\.\//, '') : undefined;
}

/** The `src` a link asked for when the page refuses it (see {@link feedPath}), else undefined. */
export function refusedFeed(params) {
  const asked = (params.get('src') ?? '').trim();
  return asked && feedPath(asked) === undefined ? asked : undefined;
}

/** What a page says in place of the widget when a link names a feed it does not allow. */
export const REFUSED = {
  nb: 'Denne siden viser bare tall fra nettstedets egne datafiler. Lenken ber om en annen datakilde, så ingen tall vises.',
  nn: 'Denne sida viser berre tal frå nettstaden sine eigne datafiler. Lenkja ber om ei anna datakjelde, så ingen tal blir viste.',
  en: "This page shows figures only from the site's own data files. The link asks for another data source, so no figures are shown.",
};

/** A paragraph saying the link's feed was refused (text only), in the link's language. */
export function refusedNotice(lang) {
  const p = document.createElement('p');
  p.className = 'refused';
  p.setAttribute('role', 'alert');
  p.textContent = REFUSED[LANGS.includes(lang) ? lang : 'nb'];
  return p;
}

/**
 * The widget's attributes from URL parameters: only known names, only valid values; the rest is ignored.
 * Returns a plain object of attribute name → value ('' for boolean attributes).
 */
export function widgetAttributes(params) {
  const get = (name) => (params.get(name) ?? '').trim();
  const out = { src: feedPath(get('src')) ?? DEFAULT_SRC };
  const indicator = get('indicator');
  out.indicator = INDICATORS.includes(indicator) ? indicator : 'employment-change';
  const view = get('view');
  if (VIEWS.includes(view)) out.view = view;
  const regions = get('region')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (regions.length && regions.length <= 60 && regions.every((r) => REGION.test(r))) out.region = regions.join(' ');
  const compare = get('compare');
  if (REGION.test(compare)) out.compare = compare;
  const period = get('period');
  if (PERIOD.test(period)) out.period = period;
  const measure = get('measure');
  if (MEASURE.test(measure)) out.measure = measure;
  const mode = get('mode');
  if (MODES.includes(mode)) out.mode = mode;
  const base = get('base');
  if (PERIOD.test(base)) out.base = base;
  const lang = get('lang');
  if (LANGS.includes(lang)) out.lang = lang;
  const theme = get('theme');
  if (THEMES.includes(theme)) out.theme = theme;
  for (const flag of ['no-toolbar', 'no-share']) if (params.has(flag)) out[flag] = '';
  return out;
}

/** The settings of a widget as URL parameters, in a stable order (for the chart page's permalink). */
export function paramsOf(el, src) {
  const state = el.shareState ?? {};
  const params = new URLSearchParams();
  const set = (name, value) => {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) params.set(name, text);
  };
  set('indicator', state.indicator ?? el.indicator);
  set('view', state.view ?? el.view);
  set('region', state.region ?? el.region.split(/[\s,]+/).filter(Boolean));
  set('compare', state.compare ?? el.compare);
  set('period', state.period ?? el.period);
  set('measure', state.measure ?? el.measure);
  set('mode', state.mode ?? el.mode);
  set('base', state.base ?? el.base);
  set('lang', state.lang ?? el.getAttribute('lang'));
  if (src !== DEFAULT_SRC) set('src', src);
  return params;
}

/** Creates the widget with the given attributes (values are set as attributes: never parsed as markup). */
export function createWidget(attributes) {
  const el = document.createElement('inn-indicator');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Today as the widget writes dates: 03.05.2026 (nb, nn) or 3 May 2026 (en). */
export function today(lang, date = new Date()) {
  if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
