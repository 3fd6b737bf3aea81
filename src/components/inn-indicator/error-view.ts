import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { t } from '../../indicators/messages/element-text.js';
import { errorText } from '../../indicators/error-text.js';
import type { InnErrorDetail } from '../events.js';

/**
 * The widget's error: what went wrong in the reader's language, the technical details (open when they are few
 * problems in the data) and, when there is something to try again, a retry button.
 */
export function renderError(e: InnErrorDetail, lang: Lang, retry: (() => void) | undefined): TemplateResult {
  return html`<div class="state error" role="alert">
    <p class="error-title">${t(lang, 'errorTitle')}</p>
    <p class="error-message">${errorText(e, lang)}</p>
    <details class="error-details" ?open=${e.kind === 'feed' && e.issues.length <= 3}>
      <summary>${e.issues.length > 1 ? t(lang, 'errorDetails', { n: String(e.issues.length) }) : t(lang, 'technicalDetails')}</summary>
      <p>${e.message}</p>
      ${
        e.issues.length
          ? html`<ul>
              ${e.issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
            </ul>`
          : nothing
      }
    </details>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${t(lang, 'retry')}</button>` : nothing}
  </div>`;
}
