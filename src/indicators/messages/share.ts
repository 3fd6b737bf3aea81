import type { Lang } from '../../data/types.js';

/**
 * Sharing and downloading (src/components/share/): the menu, copying, downloads. Part of the message catalogue (see
 * catalogue.ts); `{name}` marks a value filled in when the string is used.
 */
export const SHARE_MESSAGES = {
  toolbar: { nb: 'Verktøy', nn: 'Verktøy', en: 'Tools' },
  downloadPng: { nb: 'Last ned PNG', nn: 'Last ned PNG', en: 'Download PNG' },
  downloadSvg: { nb: 'Last ned SVG', nn: 'Last ned SVG', en: 'Download SVG' },
  downloadCsv: { nb: 'Last ned CSV', nn: 'Last ned CSV', en: 'Download CSV' },
  copyLink: { nb: 'Kopier lenke', nn: 'Kopier lenkje', en: 'Copy link' },
  copyEmbed: { nb: 'Kopier innbyggingskode', nn: 'Kopier innbyggingskode', en: 'Copy embed code' },
  copied: { nb: 'Kopiert', nn: 'Kopiert', en: 'Copied' },
  copyFailed: { nb: 'Kunne ikke kopiere', nn: 'Kunne ikkje kopiere', en: 'Could not copy' },
  share: { nb: 'Del og last ned', nn: 'Del og last ned', en: 'Share and download' },
  linkCopied: { nb: 'Lenke kopiert', nn: 'Lenkje kopiert', en: 'Link copied' },
  embedCopied: { nb: 'Innbyggingskode kopiert', nn: 'Innbyggingskode kopiert', en: 'Embed code copied' },
  copyManually: {
    nb: 'Nettleseren tillot ikke kopiering. Teksten er markert: trykk Ctrl+C (⌘C på Mac).',
    nn: 'Nettlesaren tillét ikkje kopiering. Teksten er markert: trykk Ctrl+C (⌘C på Mac).',
    en: 'The browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).',
  },
  copyField: { nb: 'Tekst å kopiere', nn: 'Tekst å kopiere', en: 'Text to copy' },
  close: { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
  downloaded: { nb: '{file} er lastet ned', nn: '{file} er lasta ned', en: '{file} downloaded' },
  downloadFailed: { nb: 'Kunne ikke laste ned', nn: 'Kunne ikkje laste ned', en: 'Could not download' },
} as const satisfies Record<string, Record<Lang, string>>;
