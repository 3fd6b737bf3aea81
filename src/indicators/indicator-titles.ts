import type { Lang } from '../data/types.js';
import type { IndicatorId } from './ids.js';

/**
 * The five indicators' titles in the three languages. Kept apart from the registry so that the first-paint bundle
 * can title a widget (when its feed fails, before the view runtime loads) without loading the whole registry.
 */
export const INDICATOR_TITLES: Record<IndicatorId, Record<Lang, string>> = {
  'employment-change': { nb: 'Sysselsettingsendring', nn: 'Endring i sysselsetjinga', en: 'Change in employment' },
  'value-creation': { nb: 'Verdiskaping', nn: 'Verdiskaping', en: 'Value creation' },
  'rd-share': { nb: 'FoU-andel', nn: 'FoU-del', en: 'R&D share' },
  commuting: { nb: 'Pendling', nn: 'Pendling', en: 'Commuting' },
  'state-transfers': { nb: 'Statlige overføringer', nn: 'Statlege overføringar', en: 'State transfers' },
};
