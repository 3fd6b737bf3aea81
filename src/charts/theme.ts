/**
 * Design tokens as data. Charts read colours from a {@link Theme}; components generate their CSS custom
 * properties from {@link TOKENS}, so the chart and the chrome around it draw from one table.
 *
 * Every colour that carries meaning in a chart (accent, comparison, the six series colours, the ends of the
 * diverging ramp) has at least 3:1 contrast against its theme's page background (WCAG 1.4.11), and text
 * colours at least 4.5:1 (WCAG 1.4.3). test/charts/theme.test.ts checks this.
 */
import { luminanceOf, luminanceRatio, readColor } from './contrast.js';

export type ThemeName = 'light' | 'dark';

export interface Theme {
  name: ThemeName;
  text: string;
  /** Secondary text: axis labels, notes, the value of a comparison. */
  muted: string;
  grid: string;
  border: string;
  /** What the chart paints behind itself: transparent, so it sits on whatever the page has. */
  background: string;
  /** The page background the contrast guarantees are computed against. */
  pageBackground: string;
  /** The region or series in focus. */
  accent: string;
  /** The comparison region (Norway, or the county). */
  comparison: string;
  /** Six categorical colours derived from Okabe–Ito, safe for the common colour-vision deficiencies. */
  series: readonly [string, string, string, string, string, string];
  /** Five steps for maps, low → high. */
  sequential: readonly [string, string, string, string, string];
  /** Five steps, strong negative → neutral → strong positive. The ends are used for bars. */
  diverging: readonly [string, string, string, string, string];
  /** System UI fonts only: no web fonts, so no network requests. */
  fontFamily: string;
  /** Base font size in CSS pixels; chart text is derived from it. */
  fontSize: number;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const THEMES: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    text: '#1f2328',
    muted: '#5b636d',
    grid: '#e3e6ea',
    border: '#c9ced4',
    background: 'transparent',
    pageBackground: '#ffffff',
    accent: '#0072b2',
    comparison: '#5b636d',
    // Okabe–Ito blue, vermillion, bluish green, reddish purple, orange, yellow, darkened to ≥ 4.5:1 on white (usable for text too).
    series: ['#0072b2', '#c25400', '#00845f', '#b5487f', '#9a6c00', '#7a7000'],
    sequential: ['#dbe9f6', '#a6cbe8', '#5d9fd3', '#2a6fad', '#0b3f78'],
    diverging: ['#b34700', '#e08a4f', '#eceef0', '#6fa8d6', '#0b5fa5'],
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
  dark: {
    name: 'dark',
    text: '#e6e8eb',
    muted: '#a3acb6',
    grid: '#2c3137',
    border: '#3d444d',
    background: 'transparent',
    pageBackground: '#121417',
    accent: '#56b4e9',
    comparison: '#9aa4af',
    // The same hues, in their original or lightened Okabe–Ito form, ≥ 7:1 on #121417.
    series: ['#56b4e9', '#ff8a57', '#2bb98d', '#d98bb6', '#e69f00', '#f0e442'],
    sequential: ['#17324d', '#22507c', '#3577b3', '#69a5dc', '#b4d6f3'],
    diverging: ['#ff8a57', '#a65a34', '#2a2e33', '#3972a6', '#7cc0f0'],
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
};

/** WCAG 2 relative luminance of a `#rgb` / `#rrggbb` colour (a theme's colours are written so). */
export function relativeLuminance(color: string): number {
  const channels = color.trim().startsWith('#') ? readColor(color) : undefined;
  if (!channels) throw new Error(`contrastRatio: expected a #rgb or #rrggbb colour, got "${color}"`);
  return luminanceOf(channels);
}

/** WCAG 2 contrast ratio between two theme colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  return luminanceRatio(relativeLuminance(a), relativeLuminance(b));
}

export interface Token {
  /** The public CSS custom property, e.g. `--inn-color-accent`. */
  name: string;
  /** Its default value per theme. */
  light: string;
  dark: string;
  /** What a page author changes by setting it. */
  description: string;
}

function token(name: string, description: string, pick: (t: Theme) => string): Token {
  return { name, light: pick(THEMES.light), dark: pick(THEMES.dark), description };
}

/** The public CSS custom properties, in a stable order, with their defaults. Components generate CSS from this. */
export const TOKENS: readonly Token[] = [
  token('--inn-color-text', 'Text colour.', (t) => t.text),
  token('--inn-color-muted', 'Secondary text: axis labels, notes, sources.', (t) => t.muted),
  token('--inn-color-grid', 'Grid lines.', (t) => t.grid),
  token('--inn-color-border', 'Borders and rules.', (t) => t.border),
  token('--inn-color-background', 'Widget background (transparent by default).', (t) => t.background),
  token('--inn-color-accent', 'The region or series in focus; links and focus rings.', (t) => t.accent),
  token('--inn-color-comparison', 'The comparison region (e.g. Norway).', (t) => t.comparison),
  ...[0, 1, 2, 3, 4, 5].map((i) => token(`--inn-color-series-${i + 1}`, `Categorical colour ${i + 1}.`, (t) => t.series[i]!)),
  ...[0, 1, 2, 3, 4].map((i) => token(`--inn-color-seq-${i + 1}`, `Sequential (map) colour ${i + 1}, low → high.`, (t) => t.sequential[i]!)),
  token('--inn-font-family', 'Font family (system fonts by default).', (t) => t.fontFamily),
  token('--inn-font-size', 'Base font size.', (t) => `${t.fontSize}px`),
];

/**
 * A theme with page-author overrides applied, e.g. from `getComputedStyle(host)`. Only colour tokens that are
 * set and non-empty replace the defaults; `read` returns '' for unset properties.
 */
export function themeWithOverrides(base: Theme, read: (property: string) => string): Theme {
  const get = (name: string, fallback: string) => read(name).trim() || fallback;
  const t: Theme = {
    ...base,
    text: get('--inn-color-text', base.text),
    muted: get('--inn-color-muted', base.muted),
    grid: get('--inn-color-grid', base.grid),
    border: get('--inn-color-border', base.border),
    background: get('--inn-color-background', base.background),
    accent: get('--inn-color-accent', base.accent),
    comparison: get('--inn-color-comparison', base.comparison),
    series: base.series.map((c, i) => get(`--inn-color-series-${i + 1}`, c)) as unknown as Theme['series'],
    sequential: base.sequential.map((c, i) => get(`--inn-color-seq-${i + 1}`, c)) as unknown as Theme['sequential'],
    fontFamily: get('--inn-font-family', base.fontFamily),
  };
  const size = parseFloat(read('--inn-font-size'));
  if (Number.isFinite(size) && size > 0) t.fontSize = size;
  return t;
}
