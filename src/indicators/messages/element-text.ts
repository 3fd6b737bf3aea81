import type { Lang } from '../../data/types.js';
import { fill } from './fill.js';
import { STATUS_MESSAGES } from './status.js';
import { CONTROL_MESSAGES } from './controls.js';

/**
 * The strings the elements show before any view has loaded — their states (status.ts) and controls
 * (controls.ts) — for the module every page loads first. The views' strings arrive with the view runtime
 * (catalogue.ts).
 */
export const ELEMENT_MESSAGES = { ...STATUS_MESSAGES, ...CONTROL_MESSAGES };

export type ElementMessageKey = keyof typeof ELEMENT_MESSAGES;

/** An element's string in the given language, `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: ElementMessageKey, vars?: Record<string, string | number>): string {
  return fill(ELEMENT_MESSAGES[key][lang], vars);
}
