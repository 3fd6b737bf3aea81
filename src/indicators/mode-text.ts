import type { Lang } from '../data/types.js';
import type { ComparisonMode, ModeResult } from './comparison-mode.js';
import { formatPeriod } from './format.js';
import { t } from './messages/catalogue.js';

/** What a comparison mode makes of a measure's label and unit, and how the figures were derived, in words. */
export interface ModeTexts {
  unit: string;
  measureLabel: string;
  decimals?: number;
  derivedFrom: string;
}

export interface ModeTextInput {
  lang: Lang;
  /** The measure's label and unit as the source gives them. */
  label: string;
  unit: string;
  /** The comparison region's name. */
  compare: string | undefined;
  moded: ModeResult;
  populationLabel: string | undefined;
  /** The peer group's names. */
  peers?: string[];
}

export function modeTexts(mode: Exclude<ComparisonMode, 'level'>, input: ModeTextInput): ModeTexts {
  const { lang, label, unit } = input;
  // "Innpendlere" → "innpendlere" inside a sentence; an abbreviation ("BRP per sysselsatt") stays as it is.
  const lower = /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  switch (mode) {
    case 'per-capita': {
      const per1000 = input.moded.factor === 1000;
      return {
        unit: unit ? t(lang, per1000 ? 'unitPer1000' : 'unitPerCapita', { unit }) : '',
        // With a unit, "per inhabitant" is written once, with the unit ("Innpendlere, personer per 1000 innbyggere").
        measureLabel: unit ? label : t(lang, per1000 ? 'labelPer1000' : 'labelPerCapita', { label }),
        decimals: 1,
        derivedFrom: t(lang, 'derivedPerCapita', { label: lower, population: (input.populationLabel ?? '').toLowerCase() }),
      };
    }
    case 'relative': {
      const region = input.compare ?? '';
      return {
        unit: t(lang, 'unitRelative', { region }),
        measureLabel: t(lang, 'labelRelative', { label, region }),
        decimals: 1,
        derivedFrom: t(lang, 'derivedRelative', { label: lower, region }),
      };
    }
    case 'index': {
      const base = formatPeriod(input.moded.base ?? '', lang);
      return {
        unit: t(lang, 'unitIndex', { base }),
        measureLabel: t(lang, 'labelIndex', { label, base }),
        decimals: 1,
        derivedFrom: t(lang, 'derivedIndex', { label: lower, base }),
      };
    }
    case 'peers':
      return { unit, measureLabel: label, derivedFrom: t(lang, 'derivedPeers', { names: (input.peers ?? []).join(', ') }) };
    case 'rank':
      return { unit: '', measureLabel: t(lang, 'labelRank', { label }), decimals: 0, derivedFrom: t(lang, 'derivedRank', { label: lower }) };
  }
}
