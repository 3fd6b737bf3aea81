/**
 * Permalinks: a widget's state (indicator, view, regions, comparison, period, measure, language) in the URL
 * fragment, namespaced per widget, so that several widgets and the host page's own fragment share one URL:
 *
 *     https://example.no/side#section-2&inn-1=indicator:rd-share;view:table;region:05,34;period:2001;lang:en
 *
 *  - The fragment is a list of parts separated by `&`. A widget's part is `inn-<id>=` followed by
 *    `key:value` pairs separated by `;`; regions are separated by `,`. Every other part (the host page's
 *    `section-2`, another app's `a=1`) is kept as it is, in its place.
 *  - `<id>` is the element's `id` attribute when it is a plain name (`A–Z a–z 0–9 _ -`), else the widget's
 *    position among the <inn-indicator> elements of its document, counting from 1. A widget inside another
 *    element's shadow root (a dashboard) is numbered within it, after that element's own id: `dash.2`.
 *  - Decoding is strict: only the known keys are read, each value must match its pattern (an indicator id
 *    Innsikt knows, a view in the set, region codes, a period, a measure code, nb/nn/en); anything else is
 *    ignored. Values are only ever assigned to the element's properties: nothing from the fragment becomes
 *    markup, a URL or a feed address (`src` is never read from a link).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../data/types.js';
import { isIndicatorId } from '../../indicators/ids.js';
import { isLinkPeriod } from '../../data/period-pattern.js';
import { isComparisonMode } from '../../indicators/comparison-mode.js';
import type { ViewModel } from '../../indicators/view-model.js';
import { resolveLang } from '../lang.js';

export type ShareView = 'chart' | 'table' | 'map' | 'kpi' | 'multiples';
export const SHARE_VIEWS: readonly ShareView[] = ['chart', 'table', 'map', 'kpi', 'multiples'];

export interface WidgetState {
  indicator?: string;
  view?: ShareView;
  /** Regions in focus; an empty list is not written. */
  region?: string[];
  compare?: string;
  period?: string;
  measure?: string;
  /** Comparison mode (written when not `level`, or when the element sets one) and the index's base period. */
  mode?: string;
  base?: string;
  lang?: Lang;
}

/** What a permalink reads from and writes to: <inn-indicator>'s public properties. */
export interface ShareableElement extends HTMLElement {
  indicator: string;
  view: string;
  region: string;
  compare: string;
  period: string;
  measure: string;
  mode?: string;
  base?: string;
  /**
   * Set by a page that owns its address (demo/chart.html): the link "Kopier lenke" copies, given the widget's
   * state. Unset, or returning nothing, the link is {@link permalink}'s.
   */
  linkFor?: ((state: WidgetState) => string | undefined) | undefined;
}

/** The keys in the order they are written. */
export const STATE_KEYS = ['indicator', 'view', 'region', 'compare', 'period', 'measure', 'mode', 'base', 'lang'] as const;

const REGION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const MEASURE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_REGIONS = 60;

/** Keeps the valid values of a state and drops the rest (see the module comment). */
export function validState(input: Record<string, unknown>): WidgetState {
  const out: WidgetState = {};
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  const indicator = str(input.indicator);
  if (isIndicatorId(indicator)) out.indicator = indicator;
  const view = str(input.view);
  if (view && (SHARE_VIEWS as readonly string[]).includes(view)) out.view = view as ShareView;
  const region = Array.isArray(input.region) ? input.region : typeof input.region === 'string' ? input.region.split(/[\s,]+/) : undefined;
  if (region) {
    const codes = region.filter((r): r is string => typeof r === 'string' && r !== '');
    if (codes.length && codes.length <= MAX_REGIONS && codes.every((r) => REGION.test(r))) out.region = codes;
  }
  const compare = str(input.compare);
  if (compare && REGION.test(compare)) out.compare = compare;
  const period = str(input.period);
  if (period && isLinkPeriod(period)) out.period = period;
  const measure = str(input.measure);
  if (measure && MEASURE.test(measure)) out.measure = measure;
  const mode = str(input.mode);
  if (mode && isComparisonMode(mode)) out.mode = mode;
  const base = str(input.base);
  if (base && isLinkPeriod(base)) out.base = base;
  const lang = str(input.lang);
  if (lang === 'nb' || lang === 'nn' || lang === 'en') out.lang = lang;
  return out;
}

/** `inn-<id>=indicator:…;view:…` (without `#`). Invalid values are left out. */
export function encodeState(id: string, state: WidgetState): string {
  const valid = validState(state as Record<string, unknown>);
  const pairs: string[] = [];
  for (const key of STATE_KEYS) {
    const v = valid[key];
    if (v === undefined) continue;
    pairs.push(`${key}:${Array.isArray(v) ? v.join(',') : v}`);
  }
  return `inn-${id}=${pairs.join(';')}`;
}

function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The widget's state from a fragment (`location.hash`), or undefined when the fragment has no part for it. */
export function decodeState(hash: string, id: string): WidgetState | undefined {
  const prefix = `inn-${id}=`;
  const part = parts(hash).find((p) => p.startsWith(prefix) || safeDecode(p).startsWith(prefix));
  if (part === undefined) return undefined;
  const body = safeDecode(part).slice(prefix.length);
  const raw: Record<string, string> = {};
  for (const pair of body.split(';')) {
    const at = pair.indexOf(':');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    // Known keys only (never `__proto__` or `constructor`), the first occurrence wins.
    if ((STATE_KEYS as readonly string[]).includes(key) && !Object.hasOwn(raw, key)) raw[key] = pair.slice(at + 1);
  }
  return validState(raw);
}

/**
 * The fragment with the widget's part set to `state` (replacing its old part, or appended), every other part
 * kept in place. `state` undefined removes the widget's part. Returns `#…`, or '' when nothing is left.
 */
export function mergeFragment(hash: string, id: string, state: WidgetState | undefined): string {
  const prefix = `inn-${id}=`;
  const list = parts(hash);
  const mine = state ? encodeState(id, state) : undefined;
  const at = list.findIndex((p) => p.startsWith(prefix) || safeDecode(p).startsWith(prefix));
  if (at >= 0) {
    if (mine) list[at] = mine;
    else list.splice(at, 1);
  } else if (mine) list.push(mine);
  return list.length ? `#${list.join('&')}` : '';
}

/** Every part of a fragment that is not a widget's: the host page's own fragment. */
export function hostFragment(hash: string): string {
  return parts(hash)
    .filter((p) => !/^inn-[^=&]+=/.test(safeDecode(p)))
    .join('&');
}

/** The widget's key in the fragment (see the module comment). */
export function widgetId(el: Element): string {
  if (ID.test(el.id)) return el.id;
  const root = el.getRootNode() as Document | ShadowRoot;
  const all = typeof root.querySelectorAll === 'function' ? [...root.querySelectorAll(el.localName)] : [];
  const position = String(all.indexOf(el) + 1 || 1);
  if (root instanceof ShadowRoot) return `${widgetId(root.host)}.${position}`;
  return position;
}

/** A single shown period, so that a link shows the same figures after the feed gains a newer year. */
function pinnedPeriod(model: ViewModel): string | undefined {
  return model.shownPeriods.length === 1 ? model.shownPeriods[0] : undefined;
}

/**
 * The widget's state as a reader sees it. With the view model, defaults are pinned: the measure and the single
 * period shown are written even when the element has no attribute for them, and so is the language it is in.
 */
export function stateOf(el: ShareableElement, model?: ViewModel): WidgetState {
  return validState({
    indicator: el.indicator || model?.indicator,
    view: el.view,
    region: el.region,
    compare: el.compare,
    period: el.period || (model ? pinnedPeriod(model) : undefined),
    measure: el.measure || model?.measure,
    mode: el.mode || (model?.mode !== 'level' ? model?.mode : undefined),
    base: el.mode === 'index' || model?.mode === 'index' ? el.base || model?.base : undefined,
    lang: resolveLang(el),
  });
}

/** Sets the element's properties from a state; keys not in the state are left alone. */
export function applyState(el: ShareableElement, state: WidgetState): void {
  const s = validState(state as Record<string, unknown>);
  if (s.indicator !== undefined) el.indicator = s.indicator;
  if (s.view !== undefined) el.view = s.view;
  if (s.region !== undefined) el.region = s.region.join(' ');
  if (s.compare !== undefined) el.compare = s.compare;
  if (s.period !== undefined) el.period = s.period;
  if (s.measure !== undefined) el.measure = s.measure;
  if (s.mode !== undefined && 'mode' in el) el.mode = s.mode;
  if (s.base !== undefined && 'base' in el) el.base = s.base;
  if (s.lang !== undefined && el.getAttribute('lang') !== s.lang) el.setAttribute('lang', s.lang);
}

/**
 * The page's URL with the widget's current state in its fragment (the rest of the URL and fragment kept), or the
 * page's own link for that state when it sets `linkFor`.
 */
export function permalink(el: ShareableElement, model?: ViewModel, href: string = location.href): string {
  if (typeof el.linkFor === 'function') {
    try {
      const own = el.linkFor(stateOf(el, model));
      if (typeof own === 'string' && own !== '') return new URL(own, href).href;
    } catch (err) {
      console.warn(`<${el.localName}>: linkFor failed (${String(err)}); the widget's own link is used.`);
    }
  }
  const url = new URL(href);
  url.hash = mergeFragment(url.hash, widgetId(el), stateOf(el, model));
  return url.href;
}

/**
 * Restores a widget's state from the page's fragment when it connects, and again when the fragment changes
 * (a link to the same page opened in the same tab). It never writes to the address bar: the host page owns it.
 */
export class PermalinkController implements ReactiveController {
  private readonly host: ReactiveControllerHost & ShareableElement;

  constructor(host: ReactiveControllerHost & ShareableElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.restore();
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => this.restore();

  /** Applies the fragment's state for this widget, if the fragment has a part for it. */
  restore(hash: string = location.hash): void {
    const state = decodeState(hash, widgetId(this.host));
    if (state) applyState(this.host, state);
  }
}
