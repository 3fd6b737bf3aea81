import type { Lang } from '../../data/types.js';

/**
 * What changed in the feed's last update (issue 19): the notice and the revised marks. Part of the message catalogue
 * (see catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const CHANGE_MESSAGES = {
  changesLine: { nb: 'Nye tall {date}: {parts}', nn: 'Nye tal {date}: {parts}', en: 'New figures {date}: {parts}' },
  changesLineBare: { nb: 'Nye tall {date}', nn: 'Nye tal {date}', en: 'New figures {date}' },
  changeAdded: { nb: '{x} lagt til', nn: '{x} lagt til', en: '{x} added' },
  changeRemoved: { nb: '{x} fjernet', nn: '{x} fjerna', en: '{x} removed' },
  changeRevisedOne: { nb: '1 tall revidert', nn: '1 tal revidert', en: '1 figure revised' },
  changeRevised: { nb: '{n} tall revidert', nn: '{n} tal reviderte', en: '{n} figures revised' },
  changeRegionsAdded: { nb: 'nye regioner: {x}', nn: 'nye regionar: {x}', en: 'new regions: {x}' },
  changeRegionsRemoved: { nb: 'regioner fjernet: {x}', nn: 'regionar fjerna: {x}', en: 'regions removed: {x}' },
  changeCodesAdded: { nb: 'nye kategorier: {x}', nn: 'nye kategoriar: {x}', en: 'new categories: {x}' },
  changeCodesRemoved: { nb: 'kategorier fjernet: {x}', nn: 'kategoriar fjerna: {x}', en: 'categories removed: {x}' },
  changeLabel: { nb: 'nytt navn: «{old}» heter nå «{new}»', nn: 'nytt namn: «{old}» heiter no «{new}»', en: 'renamed: "{old}" is now "{new}"' },
  changeNoteAdded: { nb: 'ny merknad: {x}', nn: 'ny merknad: {x}', en: 'new note: {x}' },
  changeNoteRemoved: { nb: 'merknad fjernet: {x}', nn: 'merknad fjerna: {x}', en: 'note removed: {x}' },
  changeMoreRevisions: { nb: 'og {n} tall til', nn: 'og {n} tal til', en: 'and {n} more figures' },
  revisedMark: { nb: 'revidert, før {old}', nn: 'revidert, før {old}', en: 'revised, previously {old}' },
  revisedNote: { nb: 'Revidert ved siste oppdatering.', nn: 'Revidert ved siste oppdatering.', en: 'Revised in the last update.' },
} as const satisfies Record<string, Record<Lang, string>>;
