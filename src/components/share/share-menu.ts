/**
 * The sharing toolbar under a widget: one "Del og last ned" button that shows a list of actions (download PNG,
 * SVG and CSV of the current view, copy a link to it, copy the embed code; plain buttons with visible text, see
 * menu-disclosure.ts for the keys), and a polite live region that says what happened ("Lenke kopiert"). When the browser refuses the clipboard, the text
 * is shown selected in a read-only field, with focus on it, so Ctrl+C copies it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Lang } from '../../data/types.js';
import { t } from '../../indicators/messages/catalogue.js';
import { menuAction, onMenuFocusOut, onMenuKeydown, onMenuToggle } from './menu-disclosure.js';

export type DownloadKind = 'png' | 'svg' | 'csv';

export interface ShareMenuOptions {
  lang: Lang;
  onDownload(kind: DownloadKind): void;
  onCopyLink(): void;
  onCopyEmbed(): void;
  /** What just happened, for the live region. */
  status?: string | undefined;
  /** Text the browser would not copy: shown selected in a read-only field. */
  manualCopy?: string | undefined;
  /** Closes the manual-copy field. */
  onCloseManual?: (() => void) | undefined;
}

/** Selects the manual-copy field's text and focuses it, once, when the field appears. */
function selectField(el: Element | undefined): void {
  if (!(el instanceof HTMLTextAreaElement)) return;
  // After Lit has set the value.
  queueMicrotask(() => {
    el.focus();
    el.select();
  });
}

export function renderShareMenu(options: ShareMenuOptions): TemplateResult {
  const { lang } = options;
  const button = (key: 'downloadPng' | 'downloadSvg' | 'downloadCsv' | 'copyLink' | 'copyEmbed', name: string, onClick: () => void) =>
    html`<li><button type="button" class="share-button" data-share=${name} @click=${menuAction(onClick)}>${t(lang, key)}</button></li>`;
  // aria-expanded and hidden are written once, never bound: the open state lives in the DOM (menu-disclosure.ts).
  return html`<div part="share" class="share" @keydown=${onMenuKeydown} @focusout=${onMenuFocusOut}>
    <button type="button" class="share-toggle" aria-expanded="false" aria-controls="share-actions" @click=${onMenuToggle}>
      ${t(lang, 'share')}<span class="share-caret" aria-hidden="true"></span>
    </button>
    <ul class="share-actions" id="share-actions" hidden>
      ${button('downloadPng', 'png', () => options.onDownload('png'))} ${button('downloadSvg', 'svg', () => options.onDownload('svg'))}
      ${button('downloadCsv', 'csv', () => options.onDownload('csv'))} ${button('copyLink', 'link', options.onCopyLink)}
      ${button('copyEmbed', 'embed', options.onCopyEmbed)}
    </ul>
    ${
      options.manualCopy !== undefined
        ? html`<div class="share-manual">
            <label class="share-manual-label"
              >${t(lang, 'copyField')}
              <textarea
                class="share-manual-field"
                readonly
                rows=${Math.min(6, options.manualCopy.split('\n').length + 1)}
                .value=${options.manualCopy}
                ${ref(selectField)}
              ></textarea>
            </label>
            ${options.onCloseManual ? html`<button type="button" class="share-button share-close" @click=${options.onCloseManual}>${t(lang, 'close')}</button>` : nothing}
          </div>`
        : nothing
    }
    <p class="share-status" aria-live="polite">${options.status ?? ''}</p>
  </div>`;
}

/** Styles for the toolbar, the manual-copy field and print (add to the element's static styles). */
export const shareStyles = css`
  .share {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .share-actions {
    list-style: none;
    margin: 0;
    padding: 0.3rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    width: max-content;
    max-width: 100%;
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
  }
  .share-actions[hidden] {
    display: none;
  }
  .share-actions .share-button {
    width: 100%;
    text-align: start;
  }
  .share-button,
  .share-toggle {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
    padding: 0.25rem 0.6rem;
    min-height: 2rem;
    cursor: pointer;
  }
  .share-toggle {
    align-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    white-space: nowrap;
  }
  .share-caret {
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  .share-toggle[aria-expanded='true'] .share-caret {
    transform: translateY(25%) rotate(-135deg);
  }
  .share-toggle:hover,
  .share-button:hover {
    border-color: var(--_text);
  }
  .share-button:focus-visible,
  .share-toggle:focus-visible,
  .share-manual-field:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .share-manual {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: end;
  }
  .share-manual-label {
    display: flex;
    flex-direction: column;
    flex: 1 1 16rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .share-manual-field {
    font:
      0.8125rem/1.4 ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
    padding: 0.3rem;
    resize: vertical;
    width: 100%;
    box-sizing: border-box;
  }
  .share-status {
    margin: 0;
    min-height: 1.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .share-status:empty {
    min-height: 0;
  }
  .print-table {
    display: none;
  }
  @media print {
    .share {
      display: none !important;
    }
    .print-table {
      display: block;
      break-inside: avoid;
    }
    /* A view that already shows the table (the map falling back to one) prints it once. */
    .body:has([part='table']) + .print-table {
      display: none;
    }
    .print-table .sort-mark {
      display: none;
    }
    figure.chart,
    .map,
    .kpi {
      break-inside: avoid;
    }
  }
`;

/** Saves a blob as a file through a temporary `<a download>` link. */
export function download(filename: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start reading the blob; the URL is then released.
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export type CopyResult = 'copied' | 'manual';

/**
 * Copies text: the Clipboard API first; where it is refused (no permission, an iframe without
 * `clipboard-write`, an old browser), the selection of an off-screen read-only field with `execCommand('copy')`.
 * 'manual' means neither worked: show the text selected for the reader to copy ({@link renderShareMenu}'s
 * `manualCopy`).
 */
export async function copyText(text: string, root: Document | ShadowRoot = document): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: try the selection below.
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const active = (root as DocumentOrShadowRoot).activeElement ?? doc.activeElement;
  const field = doc.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // CSSOM, not a style attribute: allowed under a strict style-src.
  Object.assign(field.style, { position: 'fixed', top: '0', left: '0', width: '1px', height: '1px', opacity: '0' });
  (root instanceof Document ? (root.body ?? root.documentElement) : root).append(field);
  let ok = false;
  try {
    field.select();
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    field.remove();
    if (active instanceof HTMLElement) active.focus();
  }
  return ok ? 'copied' : 'manual';
}
