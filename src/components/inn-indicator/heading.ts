import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { isIndicatorId } from '../../indicators/ids.js';
import { INDICATOR_TITLES } from '../../indicators/indicator-titles.js';
import { t } from '../../indicators/messages/element-text.js';

/** The widget's title as a heading of the page's outline at `level` (1–6; anything else: 2). */
export function heading(level: number, id: string, text: string): TemplateResult {
  switch (Math.round(level)) {
    case 1:
      return html`<h1 id=${id} class="title" tabindex="-1">${text}</h1>`;
    case 3:
      return html`<h3 id=${id} class="title" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id=${id} class="title" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 id=${id} class="title" tabindex="-1">${text}</h5>`;
    case 6:
      return html`<h6 id=${id} class="title" tabindex="-1">${text}</h6>`;
    default:
      return html`<h2 id=${id} class="title" tabindex="-1">${text}</h2>`;
  }
}

/** The title of a widget whose feed failed: the indicator's own when it is one of the five, never the file's name. */
export function errorHeading(indicator: string, lang: Lang): string {
  return isIndicatorId(indicator) ? INDICATOR_TITLES[indicator][lang] : t(lang, 'errorTitle');
}
