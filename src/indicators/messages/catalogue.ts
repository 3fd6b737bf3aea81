import type { Lang } from '../../data/types.js';
import { fill } from './fill.js';
import { STATUS_MESSAGES } from './status.js';
import { CONTROL_MESSAGES } from './controls.js';
import { REGION_MESSAGES } from './regions.js';
import { NO_FIGURES_MESSAGES } from './no-figures.js';
import { TABLE_MESSAGES } from './table.js';
import { SOURCE_MESSAGES } from './sources.js';
import { CHANGE_MESSAGES } from './changes.js';
import { MAP_MESSAGES } from './map.js';
import { SHARE_MESSAGES } from './share.js';
import { COMPARISON_MESSAGES } from './comparison.js';

/**
 * The project's message catalogue: every fixed UI string, in bokmål, nynorsk and English, one module per concept
 * (this folder). The views, tables, sources and sharing get them all through {@link t} (they arrive with the view
 * runtime); the elements' first module takes only its states and controls (element-text.ts), and the source card
 * (source-card.ts) and the profile (profile.ts) have their own chunks and translators. Sentences about the figures
 * themselves are built in summary.ts and source-line.ts. test/node/messages-catalogue.test.mjs checks every key is
 * used, defined once and given in all three languages.
 */
export const MESSAGES = {
  ...STATUS_MESSAGES,
  ...CONTROL_MESSAGES,
  ...REGION_MESSAGES,
  ...NO_FIGURES_MESSAGES,
  ...TABLE_MESSAGES,
  ...SOURCE_MESSAGES,
  ...CHANGE_MESSAGES,
  ...MAP_MESSAGES,
  ...SHARE_MESSAGES,
  ...COMPARISON_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

/**
 * A UI string in the given language, with `{name}` placeholders filled from `vars`. A placeholder without a
 * value is left as written, so a missing value shows up rather than vanishing.
 */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(MESSAGES[key][lang], vars);
}
