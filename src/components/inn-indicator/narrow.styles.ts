import { css } from 'lit';

/**
 * Narrow containers (key figure, view buttons, and tables stacked one row under another) and print.
 */
export const narrowStyles = css`
  @container (max-width: 420px) {
    .kpi-value {
      font-size: 2em;
    }
    .view-button {
      padding: 0.35rem 0.5rem;
    }
  }
  @container (max-width: 26rem) {
    th,
    td {
      padding: 0.3rem 0.25rem;
    }
    table.stackable thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      border-bottom: 1px solid var(--_border);
    }
    table.stackable thead th {
      border: 0;
    }
    table.stackable tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      border-bottom: 1px solid var(--_border);
    }
    table.stackable tbody th {
      grid-column: 1 / -1;
      font-weight: 600;
      padding-bottom: 0;
    }
    table.stackable tbody :is(th, td) {
      border: 0;
    }
    table.stackable tbody td.num {
      grid-column: 2;
    }
  }
  @container (max-width: 360px) {
    .view-button {
      padding: 0.3rem 0.45rem;
      font-size: 0.875em;
    }
  }
  @media print {
    .toolbar,
    .retry,
    details.notes > summary {
      display: none;
    }
    details.notes > ul {
      display: block;
    }
  }
`;
