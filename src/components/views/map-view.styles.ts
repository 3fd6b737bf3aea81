import { css } from 'lit';
import { timeSliderStyles } from './time-slider.js';

/** The map's styles, adopted by the host's shadow root (a constructed sheet: allowed under a strict CSP). */
export const mapStyles = css`
  ${timeSliderStyles}
  .inn-map {
    color: var(--inn-map-text);
  }
  .inn-map__body {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-start;
  }
  .inn-map__credit {
    margin: 0.25rem 0 0;
    font-size: 0.75em;
    color: var(--inn-map-muted);
  }
  .inn-map__figure {
    position: relative;
    flex: 1 1 18rem;
    min-width: 0;
  }
  .inn-map__svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .inn-map .area {
    cursor: pointer;
    outline: none;
  }
  .inn-map .labels {
    pointer-events: none;
    user-select: none;
  }
  .inn-map .ring,
  .inn-map .hover-ring,
  .inn-map .sel {
    fill: none;
    pointer-events: none;
  }
  .inn-map .ring {
    stroke: var(--inn-map-focus);
    stroke-width: 3px;
  }
  .inn-map .ring-halo {
    fill: none;
    pointer-events: none;
    stroke: var(--inn-map-focus-halo);
    stroke-width: 6px;
  }
  .inn-map .hover-ring {
    stroke: var(--inn-map-text);
    stroke-width: 1.5px;
  }
  .inn-map .sel {
    stroke: var(--inn-map-text);
    stroke-width: 2.5px;
  }
  .inn-map__tip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 6px));
    pointer-events: none;
    padding: 0.2em 0.5em;
    border: 1px solid var(--inn-map-muted);
    border-radius: 3px;
    white-space: nowrap;
    background: Canvas;
    color: CanvasText;
    font-size: 0.875em;
  }
  .inn-map__tip.below {
    transform: translate(-50%, 6px);
  }
  .inn-map__tip[hidden] {
    display: none;
  }
  .inn-map__aside {
    flex: 0 1 12rem;
    margin: 0;
    font-size: 0.875em;
  }
  .inn-map__aside ul,
  .inn-map__legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .inn-map__aside li + li {
    margin-top: 0.25em;
  }
  .inn-map__value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .inn-map__legend {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .inn-map__legend p {
    margin: 0 0 0.25em;
  }
  .inn-map__legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .inn-map__legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .inn-map__swatch {
    flex: none;
  }
  .inn-map__fixed {
    margin: 0.25rem 0 0;
    font-size: 0.75em;
    color: var(--inn-map-muted);
  }
`;
