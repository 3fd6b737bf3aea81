import { css } from 'lit';

/**
 * The widget's frame: the host, the header with its title, and the toolbar with its view buttons and pickers.
 */
export const frameStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--inn-color-background, transparent);
    font-family: var(--inn-font-family, inherit);
    font-size: var(--inn-font-size, 1rem);
    line-height: 1.45;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--inn-space, 0.75rem);
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .views {
    display: inline-flex;
    flex-wrap: wrap;
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
    overflow: hidden;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  .view-button {
    background: transparent;
    border: 0;
    padding: 0.35rem 0.75rem;
    min-height: 2.25rem;
    cursor: pointer;
  }
  .view-button + .view-button {
    border-inline-start: 1px solid var(--_border);
  }
  .view-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .picker {
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .picker select {
    max-width: 100%;
    min-height: 2.25rem;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--_muted);
    border-radius: var(--inn-radius, 6px);
    background: transparent;
    color: var(--_text);
  }
  :is(button, select, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
