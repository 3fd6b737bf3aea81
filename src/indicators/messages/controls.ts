import type { Lang } from '../../data/types.js';

/**
 * The widgets' and the dashboard's own controls: the view switcher, the measure, period and area pickers, the
 * dashboard's link, and the notes disclosure. Needed before any view has loaded. Part of the message catalogue (see
 * catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const CONTROL_MESSAGES = {
  viewGroup: { nb: 'Visning', nn: 'Vising', en: 'View' },
  view_chart: { nb: 'Diagram', nn: 'Diagram', en: 'Chart' },
  view_table: { nb: 'Tabell', nn: 'Tabell', en: 'Table' },
  view_map: { nb: 'Kart', nn: 'Kart', en: 'Map' },
  view_kpi: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figure' },
  view_multiples: { nb: 'Små diagrammer', nn: 'Små diagram', en: 'Small multiples' },
  measure: { nb: 'Mål', nn: 'Mål', en: 'Measure' },
  period: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  latestPeriod: { nb: 'Siste periode', nn: 'Siste periode', en: 'Latest period' },
  region: { nb: 'Område', nn: 'Område', en: 'Area' },
  allRegions: { nb: 'Alle områder', nn: 'Alle område', en: 'All areas' },
  dashLink: { nb: 'Kopier lenke til utvalget', nn: 'Kopier lenkje til utvalet', en: 'Copy link to this selection' },
  dashLinkCopied: { nb: 'Lenke kopiert', nn: 'Lenkje kopiert', en: 'Link copied' },
  keyFigures: { nb: 'Nøkkeltall', nn: 'Nøkkeltal', en: 'Key figures' },
  charts: { nb: 'Diagrammer', nn: 'Diagram', en: 'Charts' },
  notes: { nb: 'Merknader og kilder', nn: 'Merknader og kjelder', en: 'Notes and sources' },
} as const satisfies Record<string, Record<Lang, string>>;
