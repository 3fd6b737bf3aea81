import { html, nothing, type TemplateResult } from 'lit';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { headlineComparison, headlineLabel, headlineRow } from '../../indicators/headline-row.js';
import type { TableMarks } from './table-view.js';

const NBSP = '\u00a0';

/** The number large and the unit smaller ("ca. 68" + "mrd. kr"), so a long unit never pushes the number apart. */
function kpiValue(row: ViewRow, unit: string): TemplateResult {
  if (row.value === null || !unit || !row.label.endsWith(unit)) return html`${row.label}`;
  // The hedge ("rundt", "ca.") may wrap onto its own line; the number itself never breaks.
  const number = row.label.slice(0, row.label.length - unit.length).trimEnd();
  const hedged = row.qualifier ? number.replace(NBSP, ' ') : number;
  return html`${hedged}<span class="kpi-unit">${NBSP}${unit}</span>`;
}

/** The key figure: the headline number with unit and what it is compared with ("vel 4 % — landet 12 %"). */
export function renderKpi(model: ViewModel, { onFigure }: TableMarks = {}): TemplateResult {
  const { lang } = model;
  const row = headlineRow(model);
  if (!row) return html``;
  const comparison = headlineComparison(model, row);
  return html`<div class="kpi" part="kpi">
    <p class="kpi-label">${headlineLabel(model, row)}</p>
    <p class="kpi-value">
      ${
        onFigure
          ? html`<button type="button" class="figure" aria-haspopup="dialog" @click=${(e: Event) => onFigure(row, e.currentTarget as HTMLElement)}>
              ${kpiValue(row, model.unit)}
            </button>`
          : kpiValue(row, model.unit)
      }
    </p>
    <p class="kpi-measure">${model.measureLabel}</p>
    ${comparison ? html`<p class="kpi-compare">${t(lang, 'kpiCompare', { region: comparison.regionLabel, value: comparison.label })}</p>` : nothing}
  </div>`;
}
