import { css, unsafeCSS, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { THEMES, TOKENS, themeWithOverrides, type Theme } from '../charts/theme.js';
import { luminanceOf } from '../charts/contrast.js';

/** `auto` follows the page the widget sits on (its background and `color-scheme`); `light` and `dark` are fixed. */
export type ThemeName = 'auto' | 'light' | 'dark';

// Private variables (`--_text`) hold the resolved value of each public token (`--inn-color-text`), so a page
// author's setting wins and the defaults come from the one token table the charts use too.
function privateName(token: string): string {
  return token.replace(/^--inn-(color-)?/, '--_');
}

function declarations(which: 'light' | 'dark'): string {
  const t = THEMES[which];
  const own = TOKENS.map((tok) => `${privateName(tok.name)}: var(${tok.name}, ${tok[which]});`);
  const extra = [
    `--_font: ${t.fontFamily};`,
    `--_on-accent: ${which === 'light' ? '#ffffff' : '#0b0d10'};`,
    `--_focus: var(--inn-color-focus, ${which === 'light' ? '#b3261e' : '#ffb4a9'});`,
    `--_error: ${which === 'light' ? '#b3261e' : '#ffb4a9'};`,
    `--_skeleton: ${which === 'light' ? 'rgb(0 0 0 / 0.06)' : 'rgb(255 255 255 / 0.08)'};`,
    `--_tooltip-bg: ${which === 'light' ? '#1f2328' : '#e6e8eb'};`,
    `--_tooltip-text: ${which === 'light' ? '#ffffff' : '#121417'};`,
    `color-scheme: ${which};`,
  ];
  return [...own, ...extra].join('\n');
}

/** The custom state an `auto` element has while the page behind it is dark (`:host(:state(dark))`). */
const DARK_STATE = 'dark';

/**
 * Light defaults; dark for `theme="dark"`, and for `theme="auto"` while the page behind the element is dark (the
 * {@link SchemeController} sets the element's `dark` custom state). Never from the reader's system setting alone:
 * a light page in a dark system keeps light widgets.
 */
export const themeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(declarations('light'))}
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations('dark'))}
  }
  :host(:not([theme='light']):state(${unsafeCSS(DARK_STATE)})) {
    ${unsafeCSS(declarations('dark'))}
  }
`;

type RGBA = [number, number, number, number];

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`). Undefined for anything else. */
function parseColor(value: string): RGBA | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  const rgb = /^rgba?\(([^)]+)\)$/.exec(v);
  if (rgb) {
    const p = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  }
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(v);
  if (srgb) {
    const p = srgb[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [(p[0] ?? 0) * 255, (p[1] ?? 0) * 255, (p[2] ?? 0) * 255, p[3] ?? 1];
  }
  return undefined;
}

/** Below this luminance, light text has more contrast than dark text (the two are equal at ≈ 0.179). */
const DARK_BELOW = 0.179;

/** The parent in the composed tree (through shadow roots). */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What the browser paints where no element has a background: dark when the root's `color-scheme` allows dark and
 * the reader prefers it (or allows only dark), else white.
 */
function canvasIsDark(doc: Document): boolean {
  const root = doc.documentElement;
  const scheme = root ? getComputedStyle(root).colorScheme : 'normal';
  if (!/\bdark\b/.test(scheme)) return false;
  if (!/\blight\b/.test(scheme)) return true;
  return (doc.defaultView ?? window).matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Whether the page behind `el` is dark: the first opaque background colour on the way up from the element (through
 * shadow roots; semi-transparent layers blended), over the page's canvas; dark when its luminance is low.
 */
export function pageIsDark(el: Element): boolean {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const bg = parseColor(getComputedStyle(e).backgroundColor);
    if (!bg || bg[3] === 0) continue;
    layers.push(bg);
    if (bg[3] >= 1) break;
  }
  const opaque = layers.length > 0 && layers[layers.length - 1]![3] >= 1;
  let color: RGBA = opaque ? layers.pop()! : canvasIsDark(el.ownerDocument) ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const top of layers.reverse()) {
    const a = top[3];
    color = [top[0] * a + color[0] * (1 - a), top[1] * a + color[1] * (1 - a), top[2] * a + color[2] * (1 - a), 1];
  }
  return luminanceOf([color[0], color[1], color[2]]) < DARK_BELOW;
}

type SchemeHost = ReactiveControllerHost & HTMLElement & { theme: ThemeName };

/** The scheme each connected element was last drawn in (read by {@link resolveTheme}). */
const darkNow = new WeakMap<Element, boolean>();
/** Elements that follow their page, per document, and that document's watchers. */
const following = new WeakMap<Document, Set<SchemeController>>();

/**
 * Re-checks every `auto` element of a document when the page may have changed scheme: a class or style on
 * `<html>` or `<body>` (a site's own dark-mode switch) or the reader's system setting. One observer per document;
 * the checks run once per frame, however many changes arrive.
 */
function watch(doc: Document, controller: SchemeController): void {
  let set = following.get(doc);
  if (!set) {
    const members = new Set<SchemeController>();
    set = members;
    following.set(doc, set);
    let queued = false;
    const recheck = () => {
      if (queued) return;
      queued = true;
      (doc.defaultView ?? window).requestAnimationFrame(() => {
        queued = false;
        for (const c of members) c.check();
      });
    };
    const observer = new MutationObserver(recheck);
    const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] };
    observer.observe(doc.documentElement, options);
    const observeBody = () => doc.body && observer.observe(doc.body, options);
    if (doc.body) observeBody();
    else doc.addEventListener('DOMContentLoaded', observeBody, { once: true });
    (doc.defaultView ?? window).matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheck);
  }
  set.add(controller);
}

/**
 * Keeps an element's scheme in step with its `theme` attribute and, for `auto`, with the page behind it. Sets the
 * element's `dark` custom state (which {@link themeStyles} turns into the dark tokens) and asks for a redraw when
 * the scheme changes (charts and maps are drawn with the theme's colours).
 */
export class SchemeController implements ReactiveController {
  private theme: string | undefined;

  constructor(
    private readonly host: SchemeHost,
    private readonly internals: ElementInternals | undefined,
  ) {
    host.addController(this);
  }

  /** Whether the element is drawn dark now. */
  get dark(): boolean {
    return darkNow.get(this.host) ?? false;
  }

  hostConnected(): void {
    watch(this.host.ownerDocument, this);
    this.check();
  }

  hostDisconnected(): void {
    following.get(this.host.ownerDocument)?.delete(this);
  }

  hostUpdate(): void {
    if (this.host.theme !== this.theme) this.check();
  }

  /** Works out the scheme again (reads the computed style of the element and its ancestors: call it sparingly). */
  check(): void {
    if (!this.host.isConnected) return;
    this.theme = this.host.theme;
    const dark = this.theme === 'dark' || (this.theme !== 'light' && pageIsDark(this.host));
    const before = darkNow.get(this.host);
    if (before === dark) return;
    darkNow.set(this.host, dark);
    try {
      if (dark) this.internals?.states.add(DARK_STATE);
      else this.internals?.states.delete(DARK_STATE);
    } catch {
      /* no custom states in this browser: the light tokens stay (readable on most pages) */
    }
    if (before !== undefined) this.host.requestUpdate();
  }
}

/** Whether an element is drawn dark: its attribute, else what its {@link SchemeController} found, else the page. */
export function isDark(el: HTMLElement): boolean {
  const attr = el.getAttribute('theme');
  if (attr === 'dark' || attr === 'light') return attr === 'dark';
  return darkNow.get(el) ?? pageIsDark(el);
}

/** The theme an element is drawn in, with the page author's custom properties applied (for Vega and the map). */
export function resolveTheme(el: HTMLElement): Theme {
  const style = getComputedStyle(el);
  const base = THEMES[isDark(el) ? 'dark' : 'light'];
  // The chart's text in the page's font (what the widget inherits), unless --inn-font-family says otherwise.
  return themeWithOverrides({ ...base, fontFamily: style.fontFamily || base.fontFamily }, (name) => style.getPropertyValue(name));
}
