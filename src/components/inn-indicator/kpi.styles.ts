import { css } from 'lit';

/**
 * The key-figure view.
 */
export const kpiStyles = css`
  .kpi p {
    margin: 0;
  }
  .kpi-label,
  .kpi-measure {
    color: var(--_muted);
  }
  .kpi-value {
    font-size: clamp(1.6em, 11cqi, 2.5em);
    font-weight: 700;
    line-height: 1.1;
  }
  .kpi-unit {
    font-size: 0.55em;
    font-weight: 600;
  }
  .kpi-compare {
    font-weight: 600;
  }
`;
