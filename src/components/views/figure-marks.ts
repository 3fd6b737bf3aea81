import { css } from 'lit';
import type { Dataset } from '../../data/types.js';
import type { ChangeNotice } from '../../indicators/change-notice.js';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { adoptStyles } from '../adopt-styles.js';
import { t } from '../../indicators/messages/catalogue.js';
import { lazyModule } from '../../data/lazy-module.js';
import type { TableMarks } from './table-view.js';

/** The source card: a chunk of its own, loaded on the first click of a figure. */
const sourceCard = lazyModule(() => import('./source-card-view.js'));

/** Figures that open their source card look like text with a dotted underline, not like buttons. */
export const figureStyles = css`
  .chart-canvas [data-figure] {
    cursor: pointer;
  }
  .chart-canvas [data-figure]:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    stroke: currentColor;
    stroke-width: 2px;
  }
  button.figure {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    /* A button centres its lines: a key figure whose hedge wraps ("rundt" over "1 000 personer") stays aligned. */
    text-align: inherit;
    cursor: pointer;
    text-decoration: underline dotted;
  }
`;

/** What a chart and a map add to {@link TableMarks}: their figures open source cards too. */
export interface FigureMarks extends TableMarks {
  onFigure: (row: ViewRow, opener: HTMLElement | SVGElement) => void;
  /** A chart's mark ("region|period|series", see charts/figure-focus.ts). */
  onChartFigure: (key: string, mark: SVGElement) => void;
  /** The tooltip line that says a click opens the source. */
  figureHint: string;
}

/** The row behind a chart mark: region, period and series as figure-focus.ts keys them. */
export function rowOfFigure(model: ViewModel, key: string): ViewRow | undefined {
  return model.rows.find((r) => `${r.region}|${r.period}|${r.series ?? ''}` === key);
}

/**
 * What a widget's table and key figure mark on their figures: the revised ones (from the change notice) and, on
 * each, the button that opens its source card. The card's code is a chunk of its own, loaded on the first click.
 */
export function figureMarks(root: ShadowRoot, ds: Dataset | undefined, model: ViewModel, notice: ChangeNotice | undefined): FigureMarks {
  adoptStyles(root, figureStyles, 'figures');
  const onFigure = (row: ViewRow, opener: HTMLElement | SVGElement) => {
    if (ds) void sourceCard.load().then((card) => root.host.isConnected && card.openSourceCard(root, ds, model, row, opener));
  };
  const marks: FigureMarks = {
    onFigure,
    onChartFigure: (key, mark) => {
      const row = rowOfFigure(model, key);
      if (row) onFigure(row, mark);
    },
    figureHint: t(model.lang, 'cardHint'),
  };
  if (notice) marks.revised = notice.revised;
  return marks;
}
