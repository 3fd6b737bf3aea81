/**
 * A link to a dashboard view: its region, period and comparison in the page's address fragment, namespaced like
 * the widgets' permalinks (share/permalink.ts), so the page's own fragment and the widgets' parts stay as they are:
 *
 *     https://example.no/tall#om-oss&inn-dashboard=region:05;period:2000;compare:0
 *
 * The key is `inn-<id>` for a dashboard with a plain `id`, else `inn-dashboard` (`inn-dashboard-2` for the second
 * on a page). Only these three keys are read, each value checked against its pattern; nothing from the address
 * becomes markup or a URL.
 */
import { isLinkPeriod } from '../../data/period-pattern.js';
export interface DashboardState {
  region?: string;
  period?: string;
  compare?: string;
}

const KEYS = ['region', 'period', 'compare'] as const;
const REGION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function valid(key: (typeof KEYS)[number], value: string): boolean {
  if (key === 'period') return isLinkPeriod(value);
  if (key === 'compare') return REGION.test(value);
  const codes = value.split(/[\s,]+/).filter(Boolean);
  return codes.length > 0 && codes.length <= 60 && codes.every((c) => REGION.test(c));
}

/** The dashboard's part name in the fragment (without `inn-`). */
export function dashboardKey(el: Element): string {
  if (ID.test(el.id)) return el.id;
  const all = [...el.ownerDocument.querySelectorAll(el.localName)];
  const n = all.indexOf(el) + 1;
  return n > 1 ? `dashboard-${n}` : 'dashboard';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The dashboard's state from a fragment, or undefined when the fragment has no part for it. */
export function readDashboardState(hash: string, key: string): DashboardState | undefined {
  const prefix = `inn-${key}=`;
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .map(decode)
    .find((p) => p.startsWith(prefix));
  if (part === undefined) return undefined;
  const out: DashboardState = {};
  for (const pair of part.slice(prefix.length).split(';')) {
    const at = pair.indexOf(':');
    const name = pair.slice(0, at) as (typeof KEYS)[number];
    const value = pair.slice(at + 1).trim();
    if (at > 0 && KEYS.includes(name) && out[name] === undefined && valid(name, value))
      out[name] =
        name === 'region'
          ? value
              .split(/[\s,]+/)
              .filter(Boolean)
              .join(' ')
          : value;
  }
  return out;
}

/** `href` with the dashboard's part set to `state` (other parts kept in place; an empty state removes the part). */
export function withDashboardState(href: string, key: string, state: DashboardState): string {
  const url = new URL(href);
  const prefix = `inn-${key}=`;
  const parts = url.hash.replace(/^#/, '').split('&').filter(Boolean);
  const pairs = KEYS.filter((k) => state[k] && valid(k, state[k]!)).map((k) => `${k}:${k === 'region' ? state[k]!.split(/\s+/).join(',') : state[k]}`);
  const mine = pairs.length ? `${prefix}${pairs.join(';')}` : undefined;
  const at = parts.findIndex((p) => decode(p).startsWith(prefix));
  if (at >= 0) {
    if (mine) parts[at] = mine;
    else parts.splice(at, 1);
  } else if (mine) parts.push(mine);
  url.hash = parts.join('&');
  return url.href;
}
