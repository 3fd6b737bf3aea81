import { html, nothing, type TemplateResult } from 'lit';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { statusExplanations } from '../../indicators/source-line.js';

export type SortKey = 'region' | 'series' | 'period' | 'value';
export interface TableSort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

function compare(a: ViewRow, b: ViewRow, key: SortKey): number {
  if (key === 'value') {
    if (a.value === null) return b.value === null ? 0 : 1;
    if (b.value === null) return -1;
    return a.value - b.value;
  }
  const av = key === 'region' ? a.regionLabel : key === 'series' ? (a.seriesLabel ?? '') : a.period;
  const bv = key === 'region' ? b.regionLabel : key === 'series' ? (b.seriesLabel ?? '') : b.period;
  return av.localeCompare(bv, 'nb');
}

export function sortRows(rows: ViewRow[], sort: TableSort | undefined): ViewRow[] {
  if (!sort) return rows;
  const sign = sort.dir === 'ascending' ? 1 : -1;
  // Gaps stay last whichever way the values are sorted.
  return [...rows].sort((a, b) => (sort.key === 'value' && (a.value === null || b.value === null) ? compare(a, b, 'value') : sign * compare(a, b, sort.key)));
}

/**
 * The table view: a real <table> with caption, units, the comparison marked, qualifiers in words, status
 * symbols explained underneath, and column headers that sort (buttons, so the keyboard works).
 */
export interface TableMarks {
  /** Rows whose figure was revised in the feed's last update, with the words a screen reader says for the mark. */
  revised?: Map<ViewRow, string>;
  /** Opens a figure's source card: each figure is then a button (click, Enter or Space). */
  onFigure?: (row: ViewRow, opener: HTMLElement | SVGElement) => void;
}

const NBSP = '\u00a0';

/**
 * A figure as the table writes it: the qualifier word, the number and the unit may go to lines of their own when the
 * column is narrow ("rundt" / "1 000" / "personer"), but a number, a unit ("mrd. kr") and "12,3 %" never break.
 */
export function breakableFigure(label: string): string {
  return label.replace(/ /g, NBSP).replace(/(?<=\d)\u00a0(?=[^\d\s%])|(?<=[^\d\s\u2212-])\u00a0(?=[\d\u2212-])/g, ' ');
}

export function renderTable(model: ViewModel, sort: TableSort | undefined, onSort: (key: SortKey) => void, marks: TableMarks = {}): TemplateResult {
  const { lang } = model;
  const hasSeries = model.rows.some((r) => r.series !== undefined);
  // Figures with no region (a price index): each row is headed by its category, else by its period.
  const noRegion = model.regionless === true;
  const hasPeriods = new Set(model.rows.map((r) => r.period)).size > 1 || (noRegion && !hasSeries);
  const cell = (head: boolean, content: unknown) => (head ? html`<th scope="row" role="rowheader">${content}</th>` : html`<td role="cell">${content}</td>`);
  // The unit in the heading only when it is every figure's (money may be written in each figure's own: 1,8 mrd. kr).
  const unitOnce = !!model.unit && model.rows.every((r) => r.value === null || r.label.endsWith(model.unit));
  const rows = sortRows(model.rows, sort);
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort?.key === key;
    return html`<th scope="col" role="columnheader" class=${numeric ? 'num' : ''} aria-sort=${active ? sort!.dir : 'none'}>
      <button type="button" class="sort" @click=${() => onSort(key)}>
        ${label}<span class="sort-mark" aria-hidden="true">${active ? (sort!.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  const explanations = statusExplanations(model);
  const revised = marks.revised ?? new Map<ViewRow, string>();
  const figure = (r: ViewRow, content: unknown) =>
    marks.onFigure
      ? html`<button type="button" class="figure" aria-haspopup="dialog" @click=${(e: Event) => marks.onFigure!(r, e.currentTarget as HTMLElement)}>
          ${content}
        </button>`
      : content;
  const revisedMark = (r: ViewRow) => {
    const words = revised.get(r);
    return words === undefined ? nothing : html`<span class="revised" aria-hidden="true">†</span><span class="visually-hidden">(${words})</span>`;
  };
  return html`
    <div class="table-wrap" part="table">
      <table class=${hasSeries || hasPeriods ? 'stackable' : ''}>
        <caption>
          ${model.title}<span class="caption-sub">${model.subtitle}</span>
        </caption>
        <thead>
          <tr role="row">
            ${noRegion ? nothing : header('region', t(lang, 'colRegion'))} ${hasSeries ? header('series', t(lang, 'colSeries')) : nothing}
            ${hasPeriods ? header('period', t(lang, 'colPeriod')) : nothing}
            ${header('value', unitOnce ? `${t(lang, 'colValue')} (${model.unit})` : t(lang, 'colValue'), true)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr role="row" class=${r.isComparison ? 'comparison' : r.isFocus ? 'focus' : ''}>
                ${noRegion ? nothing : html`<th scope="row" role="rowheader">${r.regionLabel}${r.isComparison ? html` <span class="tag">${t(lang, 'comparison')}</span>` : nothing}</th>`}
                ${hasSeries ? cell(noRegion, r.seriesLabel ?? '') : nothing} ${hasPeriods ? cell(noRegion && !hasSeries, r.periodLabel) : nothing}
                <td class="num" role="cell">
                  ${figure(r, r.value === null ? html`<abbr title=${explanations.find((e) => e.symbol === r.status)?.text ?? ''}>${r.label}</abbr>` : breakableFigure(r.label))}${
                    r.derived ? html`<sup class="derived" title=${t(lang, 'derived')}>*</sup>` : nothing
                  }${revisedMark(r)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${tableNotes(model, explanations, revised.size > 0)} ${annotationList(model)}
    </div>
  `;
}

/** Under the table: what each status symbol, a hedged figure, a derived figure (*) and a revised one (†) mean. */
function tableNotes(model: ViewModel, explanations: ReturnType<typeof statusExplanations>, revised: boolean): TemplateResult | typeof nothing {
  const { lang } = model;
  const qualified = model.rows.some((r) => r.qualifier);
  const derived = model.rows.some((r) => r.derived);
  return explanations.length || qualified || derived || revised
    ? html`<dl class="legend-notes">
        ${explanations.map(
          (e) =>
            html`<div>
              <dt>${e.symbol}</dt>
              <dd>${e.text}</dd>
            </div>`,
        )}
        ${
          qualified
            ? html`<div>
                <dt>${t(lang, 'qualifierTerm')}</dt>
                <dd>${t(lang, 'qualifierNote')}</dd>
              </div>`
            : nothing
        }
        ${
          derived
            ? html`<div>
                <dt>*</dt>
                <dd>${t(lang, 'derivedNote')}</dd>
              </div>`
            : nothing
        }
        ${
          revised
            ? html`<div>
                <dt>†</dt>
                <dd>${t(lang, 'revisedNote')}</dd>
              </div>`
            : nothing
        }
      </dl>`
    : nothing;
}

/** The feed's remarks on the periods shown, under the table: period, text and who says so (all as text). */
export function annotationList(model: ViewModel): TemplateResult | typeof nothing {
  const list = model.annotations ?? [];
  if (list.length === 0) return nothing;
  return html`<div class="annotations">
    <p class="annotations-heading">${t(model.lang, 'annotationsHeading')}</p>
    <ul>
      ${list.map((a) => html`<li><strong>${a.periodLabel}</strong>: ${a.text}${a.source ? html` <span class="annotation-source">(${a.source})</span>` : nothing}</li>`)}
    </ul>
  </div>`;
}
