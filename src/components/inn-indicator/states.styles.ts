import { css } from 'lit';

/**
 * Messages around the figures: the error with its retry button, figures no longer up to date, the summary, and the
 * source line with its notes.
 */
export const stateStyles = css`
  .state {
    padding: 0.75rem 0;
  }
  .state.error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .error-title {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .error-message {
    margin: 0 0 0.5rem;
  }
  .retry {
    min-height: 2.25rem;
    padding: 0.3rem 1rem;
    border: 1px solid var(--_text);
    border-radius: var(--inn-radius, 6px);
    background: transparent;
    cursor: pointer;
  }
  .summary {
    margin: 0;
  }
  .stale {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .stale p {
    margin: 0 0 0.4rem;
  }
  .partial {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source {
    color: var(--_muted);
    font-size: 0.875em;
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  .source p {
    margin: 0 0 0.25rem;
  }
  .note.mandatory {
    color: var(--_text);
  }
  details summary {
    cursor: pointer;
  }
`;
