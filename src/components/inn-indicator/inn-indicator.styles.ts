import { css } from 'lit';
import { themeStyles } from '../theme.js';
import { frameStyles } from './frame.styles.js';
import { loadingStyles } from './loading.styles.js';
import { stateStyles } from './states.styles.js';
import { tableStyles } from './table.styles.js';
import { kpiStyles } from './kpi.styles.js';
import { overlayStyles } from './overlay.styles.js';
import { narrowStyles } from './narrow.styles.js';

// One stylesheet for the widget, written by part of it (one file each); no comments inside the css`` literals: they
// are not minified and would ship in the initial module.
export const styles = [
  themeStyles,
  css`
    ${frameStyles}${loadingStyles}${stateStyles}${tableStyles}${kpiStyles}${overlayStyles}${narrowStyles}
  `,
];
