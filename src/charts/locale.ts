import type { Lang } from '../data/types.js';
import { monthNames } from '../indicators/month-names.js';

/**
 * Number and time format locales for Vega, in the shape of d3-format / d3-time-format locale definitions.
 * They go into each spec's `config.locale` (per view), never into vega's page-global `formatLocale`, so two
 * widgets in different languages on one page format their numbers independently.
 */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus?: string;
  percent?: string;
  nan?: string;
}

export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: [string, string, string, string, string, string, string];
  shortDays: [string, string, string, string, string, string, string];
  months: [string, string, string, string, string, string, string, string, string, string, string, string];
  shortMonths: [string, string, string, string, string, string, string, string, string, string, string, string];
}

export interface VegaLocale {
  number: NumberLocale;
  time: TimeLocale;
}

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** `1 234,5`, `12,5 %`, `−3`, `1 200 kr`: no-break spaces so numbers never wrap. */
const norwegianNumber: NumberLocale = {
  decimal: ',',
  thousands: NBSP,
  grouping: [3],
  currency: ['', `${NBSP}kr`],
  minus: MINUS,
  percent: `${NBSP}%`,
};

const months: TimeLocale['months'] = monthNames('nb');
const shortMonths: TimeLocale['shortMonths'] = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

export const LOCALES: Record<Lang, VegaLocale> = {
  nb: {
    number: norwegianNumber,
    time: {
      dateTime: '%A %e. %B %Y kl. %X',
      date: '%d.%m.%Y',
      time: '%H:%M:%S',
      periods: ['a.m.', 'p.m.'],
      days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
      shortDays: ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'],
      months,
      shortMonths,
    },
  },
  nn: {
    number: norwegianNumber,
    time: {
      dateTime: '%A %e. %B %Y kl. %X',
      date: '%d.%m.%Y',
      time: '%H:%M:%S',
      periods: ['f.m.', 'e.m.'],
      days: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
      shortDays: ['sun.', 'mån.', 'tys.', 'ons.', 'tor.', 'fre.', 'lau.'],
      months,
      shortMonths,
    },
  },
  en: {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: ['NOK\u00a0', ''], minus: MINUS },
    time: {
      dateTime: '%a %e %b %X %Y',
      date: '%d/%m/%Y',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      months: monthNames('en'),
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    },
  },
};

/** The locale for a spec's `config.locale`: a fresh copy, so a caller that mutates a spec cannot corrupt the table. */
export function vegaLocale(lang: Lang): VegaLocale {
  return structuredClone(LOCALES[lang]);
}
