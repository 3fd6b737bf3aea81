import { html, type TemplateResult } from 'lit';

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
