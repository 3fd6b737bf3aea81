import { css, unsafeCSS, type CSSResult } from 'lit';
import { THEMES, TOKENS, themeWithOverrides, type Theme } from '../charts/theme.js';

/** `auto` follows the reader's `prefers-color-scheme`. */
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

/** Light defaults, dark for `theme="dark"`, and dark for `theme="auto"` when the reader prefers it. */
export const themeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(declarations('light'))}
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations('dark'))}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(declarations('dark'))}
    }
  }
`;

/** The theme an element is drawn in, with the page author's custom properties applied (for Vega and the map). */
export function resolveTheme(el: HTMLElement): Theme {
  const attr = el.getAttribute('theme');
  const dark = attr === 'dark' || (attr !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const style = getComputedStyle(el);
  return themeWithOverrides(THEMES[dark ? 'dark' : 'light'], (name) => style.getPropertyValue(name));
}
