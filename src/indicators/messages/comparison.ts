import type { Lang } from '../../data/types.js';

/**
 * Comparing areas: the key figure against another area, small multiples, and the comparison modes (per inhabitant,
 * index, rank, peer group) with the units, labels and notes they give a measure. Part of the message catalogue (see
 * catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const COMPARISON_MESSAGES = {
  kpiCompare: { nb: 'Mot {region}: {value}', nn: 'Mot {region}: {value}', en: 'Against {region}: {value}' },
  multiplesNote: {
    nb: 'Ett lite diagram per område, {span}, alle med samme skala ({unit}). Velg et område for å se tallene.',
    nn: 'Eitt lite diagram per område, {span}, alle med same skala ({unit}). Vel eit område for å sjå tala.',
    en: 'One small chart per area, {span}, all on the same scale ({unit}). Choose an area to see its figures.',
  },
  multiplesSort: { nb: 'Sorter etter', nn: 'Sorter etter', en: 'Sort by' },
  sortLatest: { nb: 'Siste verdi', nn: 'Siste verdi', en: 'Latest value' },
  sortChange: { nb: 'Endring {span}', nn: 'Endring {span}', en: 'Change {span}' },
  modePicker: { nb: 'Vis som', nn: 'Vis som', en: 'Show as' },
  mode_level: { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'mode_per-capita': { nb: 'Per innbygger', nn: 'Per innbyggjar', en: 'Per inhabitant' },
  mode_relative: { nb: '{region} = 100', nn: '{region} = 100', en: '{region} = 100' },
  mode_index: { nb: 'Indeks (basisår = 100)', nn: 'Indeks (basisår = 100)', en: 'Index (base year = 100)' },
  mode_peers: { nb: 'Sammenligningsgruppe', nn: 'Samanlikningsgruppe', en: 'Peer group' },
  peerMean: { nb: 'Snitt for sammenligningsgruppen', nn: 'Snitt for samanlikningsgruppa', en: 'Peer group average' },
  derivedPeers: {
    nb: 'Snittet for sammenligningsgruppen er beregnet av Innsikt fra tallene for {names}.',
    nn: 'Snittet for samanlikningsgruppa er berekna av Innsikt frå tala for {names}.',
    en: 'The peer group average is calculated by Innsikt from the figures for {names}.',
  },
  mode_rank: { nb: 'Rangering', nn: 'Rangering', en: 'Rank' },
  basePicker: { nb: 'Basisår', nn: 'Basisår', en: 'Base year' },
  unitPerCapita: { nb: '{unit} per innbygger', nn: '{unit} per innbyggjar', en: '{unit} per inhabitant' },
  unitPer1000: { nb: '{unit} per 1000 innbyggere', nn: '{unit} per 1000 innbyggjarar', en: '{unit} per 1,000 inhabitants' },
  unitRelative: { nb: 'indeks, {region} = 100', nn: 'indeks, {region} = 100', en: 'index, {region} = 100' },
  unitIndex: { nb: 'indeks, {base} = 100', nn: 'indeks, {base} = 100', en: 'index, {base} = 100' },
  labelPerCapita: { nb: '{label} per innbygger', nn: '{label} per innbyggjar', en: '{label} per inhabitant' },
  labelPer1000: { nb: '{label} per 1000 innbyggere', nn: '{label} per 1000 innbyggjarar', en: '{label} per 1,000 inhabitants' },
  labelRelative: { nb: '{label}, indeks, {region} = 100', nn: '{label}, indeks, {region} = 100', en: '{label}, index, {region} = 100' },
  labelIndex: { nb: '{label}, indeks, {base} = 100', nn: '{label}, indeks, {base} = 100', en: '{label}, index, {base} = 100' },
  labelRank: {
    nb: '{label}, plass blant de viste områdene (1 = høyest)',
    nn: '{label}, plass blant dei viste områda (1 = høgast)',
    en: '{label}, rank among the areas shown (1 = highest)',
  },
  derivedPerCapita: {
    nb: 'Beregnet av Innsikt fra {label} og {population}.',
    nn: 'Berekna av Innsikt frå {label} og {population}.',
    en: 'Calculated by Innsikt from {label} and {population}.',
  },
  derivedRelative: {
    nb: 'Beregnet av Innsikt fra {label}, med {region} = 100.',
    nn: 'Berekna av Innsikt frå {label}, med {region} = 100.',
    en: 'Calculated by Innsikt from {label}, with {region} = 100.',
  },
  derivedIndex: {
    nb: 'Beregnet av Innsikt fra {label}, med {base} = 100.',
    nn: 'Berekna av Innsikt frå {label}, med {base} = 100.',
    en: 'Calculated by Innsikt from {label}, with {base} = 100.',
  },
  derivedRank: {
    nb: 'Beregnet av Innsikt fra {label}: plass blant de viste områdene, 1 er høyest. «ca.» der kilden bare gir en grense eller et omtrentlig tall.',
    nn: 'Berekna av Innsikt frå {label}: plass blant dei viste områda, 1 er høgast. «ca.» der kjelda berre gjev ei grense eller eit omtrentleg tal.',
    en: 'Calculated by Innsikt from {label}: rank among the areas shown, 1 is highest. "approx." where the source gives only a bound or an approximate figure.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
