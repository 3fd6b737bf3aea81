import { css, html, nothing, render, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { type SourceCard, sourceCard } from '../../indicators/source-card.js';
import { t } from '../../indicators/messages/catalogue.js';
import { tc } from '../../indicators/messages/source-card.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { adoptStyles } from '../adopt-styles.js';
import { readerNote } from '../../indicators/reader-note.js';

/** The card's sheet, added to a widget when a reader first opens a card. */
export const cardStyles = css`
  dialog.source-card {
    max-width: min(36rem, calc(100vw - 2rem));
    border: 1px solid var(--_border, #767676);
    border-radius: 4px;
    background: var(--_bg, #fff);
    color: var(--_fg, #1a1a1a);
    padding: 1rem;
  }
  .source-card .card-heading {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .source-card dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0.5rem 0;
  }
  .source-card dl div {
    display: contents;
  }
  .source-card dt {
    font-weight: 600;
  }
  .source-card dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .source-card a {
    color: inherit;
  }
  .source-card .card-actions {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
`;

interface CardActions {
  onCopy: (e: Event) => void;
  onClose: () => void;
  /** Opens the card of input `i` of this card (a computed figure's). */
  onInput: (i: number) => void;
  /** Back to the card this one was opened from, with its heading; undefined on the first card. */
  back?: { heading: string; go: () => void };
}

function fieldValue(f: SourceCard['fields'][number], actions: CardActions): unknown {
  if (f.input !== undefined) {
    const i = f.input;
    return html`<button type="button" class="figure card-input" @click=${() => actions.onInput(i)}>${f.value}</button>`;
  }
  return f.href ? html`<a href=${f.href} target="_blank" rel="noopener noreferrer">${f.value}</a>` : f.value;
}

function cardTemplate(card: SourceCard, lang: ViewModel['lang'], id: string, actions: CardActions): TemplateResult {
  return html`${actions.back ? html`<p class="card-back"><button type="button" class="back" @click=${actions.back.go}>${tc(lang, 'cardBack', { x: actions.back.heading })}</button></p>` : nothing}
    <p class="card-heading" id="${id}-heading">${tc(lang, 'cardTitle')}</p>
    <p class="card-figure" id="${id}-figure">${card.heading}</p>
    <dl>
      ${card.fields.map(
        (f) =>
          html`<div>
            <dt>${f.term}</dt>
            <dd>${fieldValue(f, actions)}</dd>
          </div>`,
      )}
    </dl>
    ${
      card.notes.length
        ? html`<p class="card-notes-title">${tc(lang, 'cardNotes')}</p>
            <ul class="card-notes">
              ${card.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
        : nothing
    }
    ${card.citation ? html`<p class="card-citation"><span>${tc(lang, 'cardCitation')}:</span> <span class="citation-text">${card.citation}</span></p>` : nothing}
    <div class="card-actions">
      ${card.citation ? html`<button type="button" class="copy-citation" @click=${actions.onCopy}>${tc(lang, 'cardCopy')}</button>` : nothing}
      <span class="copy-status" role="status"></span>
      <button type="button" class="close" @click=${actions.onClose}>${tc(lang, 'cardClose')}</button>
    </div>`;
}

/** A card as readers see it: footnotes without file references (a note that is only one is left out). */
function readerCard(ds: Dataset, model: ViewModel, row: ViewRow): SourceCard {
  const card = sourceCard(ds, model, row);
  card.notes = card.notes.map(readerNote).filter((n): n is string => n !== undefined);
  return card;
}

let counter = 0;

/**
 * Focus back to the figure when the element that opened the card was redrawn meanwhile (a chart's marks after a
 * resize or a new selection, a map's areas): the figure with the same key, or the map area of the same region.
 */
function refocus(root: ShadowRoot, opener: HTMLElement | SVGElement): void {
  const key = opener.dataset.figure ?? opener.dataset.place;
  if (key === undefined) return;
  const same = [...root.querySelectorAll<HTMLElement | SVGElement>('[data-figure], .area[data-place]')].find(
    (el) => (el.dataset.figure ?? el.dataset.place) === key,
  );
  same?.focus();
}

/**
 * The card's own chunk (loaded when a reader first opens a card; see figure-marks.ts).
 * Opens the source card of `row` as a modal dialog in the widget's shadow root: focus moves into it, Escape or
 * "Lukk" closes it, and focus returns to the figure that opened it.
 */
export function openSourceCard(root: ShadowRoot, ds: Dataset, model: ViewModel, row: ViewRow, opener: HTMLElement | SVGElement): HTMLDialogElement {
  adoptStyles(root, cardStyles, 'card');
  root.querySelector('dialog.source-card')?.remove();
  const dialog = document.createElement('dialog');
  const id = `inn-card-${++counter}`;
  dialog.className = 'source-card';
  dialog.setAttribute('aria-labelledby', `${id}-heading ${id}-figure`);
  dialog.lang = model.lang;
  // Closed by "Lukk" (at once) or by Escape (the dialog's close event): gone, and the figure has the focus again.
  const done = () => {
    if (!dialog.isConnected) return;
    dialog.remove();
    if (opener.isConnected) opener.focus();
    else refocus(root, opener);
  };
  const onClose = () => {
    dialog.close();
    done();
  };
  // The cards opened from one figure: an input's card goes on top, "Tilbake" goes down again.
  const stack: SourceCard[] = [readerCard(ds, model, row)];
  const opened: number[] = [];
  const show = (focus: () => HTMLElement | null | undefined) => {
    const card = stack[stack.length - 1]!;
    const under = stack[stack.length - 2];
    const onCopy = (e: Event) => copyCitation(dialog, card, model, e);
    const onInput = (i: number) => {
      const input = card.inputs[i];
      if (!input) return;
      stack.push(readerCard(ds, input.model, input.row));
      opened.push(i);
      show(() => dialog.querySelector<HTMLElement>('button.back'));
    };
    const back = under && {
      heading: under.heading,
      go: () => {
        stack.pop();
        const i = opened.pop() ?? 0;
        show(() => dialog.querySelectorAll<HTMLElement>('button.card-input')[i]);
      },
    };
    render(cardTemplate(card, model.lang, id, { onCopy, onClose, onInput, ...(back ? { back } : {}) }), dialog);
    dialog.querySelector('.copy-status')!.textContent = '';
    focus()?.focus();
  };
  show(() => undefined);
  dialog.addEventListener('close', done);
  root.append(dialog);
  dialog.showModal();
  return dialog;
}

/** "Kopier kildehenvisning": the citation of the card shown on the clipboard, and a status line that says so. */
function copyCitation(dialog: HTMLDialogElement, card: SourceCard, model: ViewModel, e: Event): void {
  const status = dialog.querySelector('.copy-status')!;
  const said = (ok: boolean) => {
    status.textContent = t(model.lang, ok ? 'copied' : 'copyFailed');
  };
  const clipboard = (e.currentTarget as HTMLElement).ownerDocument.defaultView?.navigator.clipboard;
  if (!clipboard) return said(false);
  clipboard.writeText(card.citation ?? '').then(
    () => said(true),
    () => said(false),
  );
}
