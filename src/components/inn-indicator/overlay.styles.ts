import { css } from 'lit';

/**
 * What lies outside the visible flow: text for screen readers only (`caption` repeats the visible title and subtitle)
 * and the chart's tooltip.
 */
export const overlayStyles = css`
  .visually-hidden,
  caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .inn-tooltip {
    position: absolute;
    z-index: 10;
    pointer-events: none;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    padding: 0.35rem 0.5rem;
    border-radius: 4px;
    font-size: 0.875em;
    max-width: 18rem;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }
`;
