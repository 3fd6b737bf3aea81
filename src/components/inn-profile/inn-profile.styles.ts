import { css } from 'lit';

/** The profile's layout, and its print stylesheet (A4: one section per page, no controls, every chart kept). */
export const profileStyles = css`
  :host {
    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--inn-font-family, var(--_font));
    line-height: 1.45;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.75rem;
    margin-bottom: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    flex: 1 1 16rem;
  }
  h3 {
    font-size: 1.2em;
    margin: 0 0 0.75rem;
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_muted);
    gap: 0.2rem;
    min-width: 0;
  }
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
    max-width: 100%;
  }
  button {
    cursor: pointer;
  }
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  section {
    margin: 0 0 2rem;
  }
  .summary p {
    max-width: 70ch;
    margin: 0;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 6px);
    padding: 0.75rem 1rem;
    min-width: 0;
    break-inside: avoid;
  }
  .latest {
    font-size: 1.5em;
    font-weight: 600;
    margin: 0.25rem 0 0.5rem;
    /* A figure and its unit are joined by no-break spaces: broken inside only when it cannot fit on a line at all. */
    overflow-wrap: break-word;
  }
  .latest .period {
    font-size: 0.6em;
    font-weight: 400;
    color: var(--_muted);
  }
  dl {
    display: grid;
    /* The label column keeps room for a few words; long figures (Norway with two changes) wrap on the right, at
       their ordinary spaces: the figure column is never narrower than one figure with its unit ("183 935 personer"). */
    grid-template-columns: minmax(6rem, 2fr) minmax(min-content, 3fr);
    gap: 0.15rem 0.75rem;
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word;
  }
  .chart {
    min-height: 4rem;
    overflow: hidden;
  }
  .chart svg {
    max-width: 100%;
    height: auto;
  }
  .note,
  .status,
  .sources {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    margin: 0.25rem 0 0;
  }
  .sources ul {
    padding-left: 1.25rem;
  }
  .sources li {
    margin-bottom: 0.35rem;
    overflow-wrap: anywhere;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
  }
  .section-head h3 {
    margin: 0;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .controls,
    button,
    select {
      display: none !important;
    }
    section.indicator,
    section.sources {
      break-before: page;
    }
    article {
      break-inside: avoid;
    }
    .figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
