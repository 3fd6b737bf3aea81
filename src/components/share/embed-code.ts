/**
 * "Copy embed code": the script tag and the element with its current attributes, ready to paste into a CMS
 * page. Only the widget's own attributes are copied (never `id`, `class`, `style` or an `on…` handler the
 * host page put on it); the language is written out, so the pasted widget speaks the language the reader
 * saw; feed and border URLs are made absolute against the page, so the snippet works on another site.
 */
import { resolveLang } from '../lang.js';

/** Attributes copied into the snippet, in this order. */
export const EMBED_ATTRIBUTES = [
  'src',
  'indicator',
  'view',
  'region',
  'compare',
  'period',
  'measure',
  'lang',
  'theme',
  'geo-src',
  'no-toolbar',
  'no-share',
] as const;

const BOOLEAN = new Set(['no-toolbar', 'no-share']);
const URLS = new Set(['src', 'geo-src']);
/** Attribute values equal to the element's defaults are left out. */
const DEFAULTS: Record<string, string> = { theme: 'auto', view: 'chart' };

/** Escapes text for an HTML attribute value in double quotes (and for text content). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Where the Innsikt bundle was loaded from: this module's own URL when it runs from the bundle (`…/innsikt.js`,
 * or one of its chunks `…/chunks/<name>-<hash>.js`, which sit one folder below it), else a module script on the
 * page whose address names innsikt, else `innsikt.js` next to the page.
 */
export function bundleUrl(doc: Document = document, self: string = import.meta.url): string {
  if (/\/innsikt(?:\.min)?\.js(?:[?#]|$)/.test(self)) return self;
  if (/\/chunks\/[\w-]+\.js(?:[?#]|$)/.test(self)) return new URL('../innsikt.js', self).href;
  const script = [...doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].find((s) => /innsikt[^/]*\.js(?:[?#]|$)/.test(s.src));
  return script?.src ?? absolute('innsikt.js', doc.baseURI);
}

/** The attributes the snippet gives the element, as name/value pairs (value '' for a boolean attribute). */
export function embedAttributes(el: Element, pageUrl: string = document.baseURI): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of EMBED_ATTRIBUTES) {
    if (name === 'lang') {
      out.push(['lang', resolveLang(el)]);
      continue;
    }
    const value = el.getAttribute(name);
    if (value === null) continue;
    if (BOOLEAN.has(name)) {
      out.push([name, '']);
      continue;
    }
    const v = value.trim();
    if (v === '' || DEFAULTS[name] === v) continue;
    out.push([name, URLS.has(name) ? absolute(v, pageUrl) : v]);
  }
  return out;
}

/**
 * `<script type="module" src="…/innsikt.js"></script>` and `<inn-indicator …></inn-indicator>`, attribute values
 * HTML-escaped. A widget whose data was set by script (no `src`) gets a comment saying that `src` is needed.
 */
export function embedCode(el: Element, scriptUrl: string = bundleUrl(el.ownerDocument), pageUrl: string = el.ownerDocument.baseURI): string {
  const attrs = embedAttributes(el, pageUrl);
  const attrText = attrs.map(([name, value]) => (BOOLEAN.has(name) ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const lines = [`<script type="module" src="${escapeHtml(absolute(scriptUrl, pageUrl))}"></script>`];
  if (!attrs.some(([name]) => name === 'src')) lines.push('<!-- This widget got its data from a script: give it a feed URL in src. -->');
  lines.push(`<${el.localName}${attrText}></${el.localName}>`);
  return lines.join('\n');
}
