import { css } from 'lit';

/**
 * The chart's box and the loading states: the room reserved for each view while the feed loads, and the grey
 * skeleton drawn only once a load takes a while (the feed controller's SLOW_LOAD_MS), pulsing half a second later;
 * opacity is animated by the compositor, so no main-thread work while the page is busy. For the whole widget (the
 * first load), the second clamp of its height is the room the sharing menu no longer takes below 620 px (it was
 * five wrapping buttons).
 */
export const loadingStyles = css`
  figure.chart {
    margin: 0;
    position: relative;
  }
  .chart-canvas {
    width: 100%;
  }
  .chart-canvas svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .chart-skeleton {
    position: absolute;
    inset: 0;
  }
  .skeleton {
    background: var(--_skeleton);
    border-radius: var(--inn-radius, 6px);
    animation: pulse 1.4s ease-in-out 0.5s infinite;
  }
  .state.loading {
    min-height: 320px;
    box-sizing: border-box;
  }
  .state.loading.skeleton-kpi {
    min-height: 7.5rem;
  }
  .state.loading.skeleton-map {
    min-height: 420px;
  }
  .state.loading.whole {
    --_less: 0px;
    min-height: calc(clamp(440px, 900px - 45cqi, 760px) - clamp(0px, 80px - 13cqi, 76px) - var(--_less));
  }
  :host([no-toolbar]) .state.loading.whole {
    --_less: 50px;
  }
  :host([no-share]) .state.loading.whole {
    --_less: 80px;
  }
  :host([no-toolbar][no-share]) .state.loading.whole {
    --_less: 130px;
  }
  .state.loading.whole.skeleton-table {
    min-height: calc(clamp(470px, 1050px - 45cqi, 980px) - var(--_less));
  }
  .state.loading.whole.skeleton-map {
    min-height: calc(clamp(640px, 1000px - 30cqi, 980px) - var(--_less));
  }
  .state.loading.whole.skeleton-kpi {
    min-height: calc(clamp(380px, 760px - 35cqi, 700px) - var(--_less));
  }
  :host([no-toolbar][no-share]) .state.loading.whole.skeleton-kpi {
    --_less: 200px;
  }
  .state.loading.whole.prerendered {
    min-height: 0 !important;
    padding: 0;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
