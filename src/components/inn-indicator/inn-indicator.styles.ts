import { css } from 'lit';
import { themeStyles } from '../theme.js';

// No comments inside the css`` literal: they are not minified and would ship in the initial module.
// `caption` shares the visually-hidden rule: it repeats the visible title and subtitle for screen readers.
// `.skeleton`: the grey loading box, drawn only once a load takes a while (inn-indicator.ts, SLOW_LOAD_MS), pulsing
// half a second later; opacity is animated by the compositor, so no main-thread work while the page is busy.
export const styles = [
  themeStyles,
  css`
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
      /* The second clamp: the room the sharing menu no longer takes below 620 px (it was five wrapping buttons). */
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
      /* Wraps only between the qualifier, the number and the unit (breakableFigure in table-view.ts). */
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
  `,
];
