import { css } from 'lit';
import type { Dataset } from '../../data/types.js';
import type { ChangeNotice } from '../../indicators/change-notice.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { adoptStyles } from '../adopt-styles.js';
import { lazyModule } from '../../data/lazy-module.js';
import type { TableMarks } from './table-view.js';

/** The source card: a chunk of its own, loaded on the first click of a figure. */
const sourceCard = lazyModule(() => import('./source-card-view.js'));

/** Figures that open their source card look like text with a dotted underline, not like buttons. */
export const figureStyles = css`
  button.figure {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline dotted;
  }
`;

/**
 * What a widget's table and key figure mark on their figures: the revised ones (from the change notice) and, on
 * each, the button that opens its source card. The card's code is a chunk of its own, loaded on the first click.
 */
export function figureMarks(root: ShadowRoot, ds: Dataset | undefined, model: ViewModel, notice: ChangeNotice | undefined): TableMarks {
  adoptStyles(root, figureStyles, 'figures');
  const marks: TableMarks = {
    onFigure: (row: ViewRow, opener: HTMLElement) => {
      if (ds) void sourceCard.load().then((card) => opener.isConnected && card.openSourceCard(root, ds, model, row, opener));
    },
  };
  if (notice) marks.revised = notice.revised;
  return marks;
}
