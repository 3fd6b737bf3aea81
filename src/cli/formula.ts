/**
 * The provenance of a computed figure in words (bokmål, nynorsk, English) with its inputs, as the feed's
 * `origins` carry it for a source card: "«Bruttoprodukt» delt på «Sysselsatte» ganger 1000".
 *
 * Pure TypeScript, no Node imports.
 */
import type { DerivationInput, Localized, Origin } from '../data/types.js';
import type { DeriveConfig } from './config.js';

type Lang = 'nb' | 'nn' | 'en';
const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

function inLang(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.nb);
}

/** A text per language from a function of the language. */
function words(f: (lang: Lang, q: (t: Localized) => string) => string): Localized {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = f(lang, (t) => (lang === 'en' ? `"${inLang(t, lang)}"` : `«${inLang(t, lang)}»`));
  return out as { nb: string; nn: string; en: string };
}

const PICK = { nb: 0, nn: 1, en: 2 } as const;
const say = (lang: Lang, nb: string, nn: string, en: string) => [nb, nn, en][PICK[lang]]!;

/** A factor as readers write it, the Norwegian way in every language ("1 000 000", no-break spaces). */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** A formula for a derivation whose periods are resolved (`from`, `to`, `base` as periods). */
export function deriveOrigin(
  d: DeriveConfig,
  label: (measure: string) => Localized,
  periods: { from?: string; to?: string; base?: string } = {},
  dimensionLabel?: Localized,
): Origin {
  const [a, b] = [label(d.of[0]!), d.of[1] === undefined ? '' : label(d.of[1])];
  let formula: Localized;
  let inputs: DerivationInput[] = d.of.map((measure) => ({ measure }));
  switch (d.op) {
    case 'ratio': {
      const times = d.factor !== undefined && d.factor !== 1 ? d.factor : undefined;
      formula = words(
        (l, q) =>
          `${q(a)} ${say(l, 'delt på', 'delt på', 'divided by')} ${q(b)}${times === undefined ? '' : ` ${say(l, 'ganger', 'gonger', 'times')} ${groupDigits(times)}`}`,
      );
      break;
    }
    case 'difference':
      formula = words((_l, q) => `${q(a)} minus ${q(b)}`);
      break;
    case 'sum':
      formula =
        d.over !== undefined
          ? words(
              (l, q) =>
                `${say(l, 'Summen av', 'Summen av', 'The sum of')} ${q(a)} ${say(l, 'over alle kategorier av', 'over alle kategoriane av', 'over all categories of')} ${q(dimensionLabel ?? d.over!)}`,
            )
          : words((l, q) => d.of.map((m) => q(label(m))).join(` ${say(l, 'pluss', 'pluss', 'plus')} `));
      break;
    case 'share':
      formula = words(
        (l, q) =>
          `${q(a)} ${say(l, 'i prosent av', 'i prosent av', 'as a percentage of')} ${q(a)} ${say(l, 'for region', 'for region', 'for region')} ${d.total}`,
      );
      inputs = [{ measure: d.of[0]! }, { measure: d.of[0]!, region: d.total! }];
      break;
    case 'change-pct':
    case 'change-abs': {
      const pct = d.op === 'change-pct';
      formula = words(
        (l, q) =>
          `${pct ? say(l, 'Endring i prosent i', 'Endring i prosent i', 'Percentage change in') : say(l, 'Endring i', 'Endring i', 'Change in')} ${q(a)} ${say(l, 'fra', 'frå', 'from')} ${periods.from} ${say(l, 'til', 'til', 'to')} ${periods.to}`,
      );
      inputs = [
        { measure: d.of[0]!, period: periods.from! },
        { measure: d.of[0]!, period: periods.to! },
      ];
      break;
    }
    case 'index':
      formula = words((l, q) => `${q(a)} ${say(l, 'som indeks', 'som indeks', 'as an index')}, ${periods.base} = 100`);
      inputs = [{ measure: d.of[0]! }, { measure: d.of[0]!, period: periods.base! }];
      break;
  }
  return { formula, inputs };
}

/** A region's figure as the sum of other regions' (Innlandet = its municipalities; Hedmark + Oppland). */
export function regionSumOrigin(measure: string, measureLabel: Localized, regions: string[], names?: string): Origin {
  const list = names ?? regions.join(', ');
  return {
    formula: words((l, q) => `${say(l, 'Summen av', 'Summen av', 'The sum of')} ${q(measureLabel)} ${say(l, 'for', 'for', 'for')} ${list}`),
    inputs: [{ measure, region: regions.length === 1 ? regions[0]! : [...regions] }],
  };
}
