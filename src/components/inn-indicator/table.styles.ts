import { css } from 'lit';

/**
 * The table view and the notes under a view (nearest figures, map notes, legend notes, annotations). A figure's cell
 * wraps only between the qualifier, the number and the unit (breakableFigure in table-view.ts).
 */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  .nearest {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_accent);
    font-size: 0.875em;
  }
  .map-note {
    margin: 0;
    color: var(--_muted);
  }
  .caption-sub {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: 400;
  }
  th,
  td:not(.num) {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .num {
    text-align: end;
  }
  td.num {
    overflow-wrap: normal;
  }
  th .sort {
    background: none;
    border: 0;
    padding: 0.2rem 0;
    font-weight: 600;
    cursor: pointer;
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  th.num .sort {
    flex-direction: row-reverse;
  }
  .sort-mark {
    color: var(--_muted);
    font-size: 0.8em;
  }
  tr.comparison {
    font-weight: 600;
  }
  .tag {
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_muted);
  }
  .legend-notes {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend-notes div {
    display: flex;
    gap: 0.5rem;
  }
  .legend-notes dt {
    font-weight: 700;
    min-width: 2ch;
  }
  .legend-notes dd {
    margin: 0;
  }
  .annotations {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  .annotations p,
  .annotations ul {
    margin: 0;
  }
  .annotations ul {
    padding-inline-start: 1.25rem;
  }
  .annotation-source {
    color: var(--_muted);
  }
`;
