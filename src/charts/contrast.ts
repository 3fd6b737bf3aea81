/**
 * WCAG 2 contrast, computed in one place for the chart themes' guarantees, the map's label colours and the
 * widgets' dark-page detection: colours read as 0–255 channels, their relative luminance, and the ratio of two.
 */

/** Red, green and blue, 0–255. */
export type Channels = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)` as 0–255 channels; undefined when the text is none of these. */
export function readColor(color: string): Channels | undefined {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((x) => x + x).join('') : hex;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** WCAG 2 relative luminance of 0–255 channels, 0 (black) to 1 (white). */
export function luminanceOf([r, g, b]: Channels): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two relative luminances, 1–21 (order does not matter). */
export function luminanceRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG 2 contrast ratio of two colours ({@link readColor}'s forms); undefined when one cannot be read. */
export function contrastBetween(a: string, b: string): number | undefined {
  const ca = readColor(a);
  const cb = readColor(b);
  return ca && cb ? luminanceRatio(luminanceOf(ca), luminanceOf(cb)) : undefined;
}
