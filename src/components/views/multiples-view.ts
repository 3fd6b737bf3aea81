import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { ViewModel, ViewRow } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import type { TableMarks } from './table-view.js';

/**
 * Small multiples (issue 18, `view="multiples"`): one small chart per region on one shared scale, sorted by the
 * latest value (gaps last), the regions in focus, Innlandet and the comparison region highlighted. Each chart is a
 * `<details>`: the keyboard reaches every region (Tab), and Enter opens its figures as text. Static SVG drawn from
 * the view model's rows, so the figures are the same ones the table and summary show; feed text is text only.
 * Each figure shown (the latest beside the name, every period in the opened list) is a button that opens its
 * source card (issue 19), as the table's figures do.
 */
export interface Multiple {
  region: string;
  label: string;
  rows: ViewRow[];
  latest: ViewRow | undefined;
  highlight: 'focus' | 'county' | 'comparison' | undefined;
}

const W = 120;
const H = 48;
const PAD = 4;

export type MultiplesSort = 'latest' | 'change';

/** The change over the span shown: the latest figure less the first (undefined without two figures). */
function changeOf(m: Multiple): number | undefined {
  const first = m.rows.find((r) => r.value !== null);
  return first && m.latest && first !== m.latest ? m.latest.value! - first.value! : undefined;
}

/**
 * The model's rows per region, sorted by the latest value or by the change over the span, highest first (regions
 * without one last); one category when rows have several.
 */
export function multiples(model: ViewModel, sort: MultiplesSort = 'latest'): Multiple[] {
  const firstSeries = model.rows.find((r) => r.series !== undefined)?.series;
  const byRegion = new Map<string, ViewRow[]>();
  for (const r of model.rows) {
    if (r.series !== firstSeries) continue;
    let list = byRegion.get(r.region);
    if (!list) byRegion.set(r.region, (list = []));
    list.push(r);
  }
  const order = new Map(model.shownPeriods.map((p, i) => [p, i]));
  const out: Multiple[] = [];
  for (const [region, rows] of byRegion) {
    rows.sort((a, b) => (order.get(a.period) ?? 0) - (order.get(b.period) ?? 0));
    const latest = [...rows].reverse().find((r) => r.value !== null);
    const highlight = model.focus.includes(region) ? 'focus' : region === '34' ? 'county' : region === model.compare ? 'comparison' : undefined;
    out.push({ region, label: rows[0]!.regionLabel, rows, latest, highlight });
  }
  const v = (m: Multiple) => (sort === 'change' ? (changeOf(m) ?? null) : (m.latest?.value ?? null));
  return out.sort((a, b) => (v(a) === null ? 1 : v(b) === null ? -1 : v(b)! - v(a)!));
}

/** The shared scale: from 0 (or the lowest value, when below 0) to the highest value. */
export function sharedScale(list: readonly Multiple[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const m of list)
    for (const r of m.rows) {
      if (r.value === null) continue;
      min = Math.min(min, r.value);
      max = Math.max(max, r.value);
    }
  return { min, max: max === min ? min + 1 : max };
}

/** One period: a bar from 0 along the shared scale (a lone dot says little). */
function bar(m: Multiple, scale: { min: number; max: number }) {
  const x = (v: number) => PAD + ((v - scale.min) * (W - 2 * PAD)) / (scale.max - scale.min);
  const v = m.latest?.value;
  const zero = x(Math.max(scale.min, 0));
  return svg`<svg class="spark" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${v === undefined || v === null ? nothing : svg`<rect class="bar" x=${Math.min(zero, x(v)).toFixed(1)} width=${Math.abs(x(v) - zero).toFixed(1)} y=${H / 2 - 8} height="16"></rect>`}
    <line class="baseline" x1=${zero} x2=${zero} y1="0" y2=${H}></line>
  </svg>`;
}

function spark(m: Multiple, periods: number, scale: { min: number; max: number }, periodIndex: Map<string, number>) {
  const x = (p: string) => (periods <= 1 ? W / 2 : PAD + ((periodIndex.get(p) ?? 0) * (W - 2 * PAD)) / (periods - 1));
  const y = (v: number) => H - PAD - ((v - scale.min) * (H - 2 * PAD)) / (scale.max - scale.min);
  const points = m.rows.filter((r) => r.value !== null).map((r) => `${x(r.period).toFixed(1)},${y(r.value!).toFixed(1)}`);
  const last = points[points.length - 1];
  return svg`<svg class="spark" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <line class="baseline" x1="0" x2=${W} y1=${y(Math.max(scale.min, 0))} y2=${y(Math.max(scale.min, 0))}></line>
    ${points.length > 1 ? svg`<polyline class="line" points=${points.join(' ')}></polyline>` : nothing}
    ${last ? svg`<circle class="dot" r="2.5" cx=${last.split(',')[0]} cy=${last.split(',')[1]}></circle>` : nothing}
  </svg>`;
}

/** A figure as a button that opens its source card (with `marks.onFigure`), named with its region for a screen reader. */
function figure(r: ViewRow, content: string, marks: TableMarks, cls = 'figure'): unknown {
  if (!marks.onFigure) return html`<span class=${cls}>${content}</span>`;
  const open = marks.onFigure;
  return html`<button type="button" class=${cls} aria-haspopup="dialog" @click=${(e: Event) => open(r, e.currentTarget as HTMLElement)}>
    <span class="visually-hidden">${r.regionLabel}, </span>${content}
  </button>`;
}

export function renderMultiples(
  model: ViewModel,
  sort: MultiplesSort = 'latest',
  onSort?: (sort: MultiplesSort) => void,
  marks: TableMarks = {},
): TemplateResult {
  const list = multiples(model, sort);
  // The figure beside the name: the latest, or the first row's gap ("..") when the region has none.
  const shown = (m: Multiple) => m.latest ?? m.rows[0];
  const scale = sharedScale(list);
  const periodIndex = new Map(model.shownPeriods.map((p, i) => [p, i]));
  const span = model.shownPeriods.length > 1 ? `${model.shownPeriods[0]}–${model.shownPeriods[model.shownPeriods.length - 1]}` : (model.shownPeriods[0] ?? '');
  return html`<div class="multiples" part="multiples">
    <p class="multiples-note">${t(model.lang, 'multiplesNote', { span, unit: model.unit })}</p>
    ${
      model.shownPeriods.length > 1 && onSort
        ? html`<label class="picker multiples-sort"
            >${t(model.lang, 'multiplesSort')}
            <select @change=${(e: Event) => onSort((e.target as HTMLSelectElement).value === 'change' ? 'change' : 'latest')}>
              <option value="latest" ?selected=${sort === 'latest'}>${t(model.lang, 'sortLatest')}</option>
              <option value="change" ?selected=${sort === 'change'}>${t(model.lang, 'sortChange', { span })}</option>
            </select></label
          >`
        : nothing
    }
    <ul class="multiples-grid">
      ${list.map(
        (m) =>
          html`<li class="multiple ${m.highlight ? `hl-${m.highlight}` : ''}">
            <details>
              <summary><span class="multiple-name">${m.label}</span></summary>
              <ul class="multiple-figures">
                ${m.rows.map((r) => html`<li>${r.periodLabel}: ${figure(r, r.label, marks)}</li>`)}
              </ul>
            </details>
            ${shown(m) ? figure(shown(m)!, m.latest ? `${m.latest.label} (${m.latest.periodLabel})` : shown(m)!.label, marks, 'figure multiple-value') : nothing}
            ${model.shownPeriods.length > 1 ? spark(m, model.shownPeriods.length, scale, periodIndex) : bar(m, scale)}
          </li>`,
      )}
    </ul>
  </div>`;
}

export const multiplesStyles = css`
  .multiples-grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.5rem;
  }
  .multiples-note {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .multiple {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--inn-radius, 4px);
    padding: 0.25rem 0.375rem;
    min-width: 0;
  }
  .multiple.hl-focus,
  .multiple.hl-county {
    border-color: var(--_accent);
    border-width: 2px;
  }
  .multiple summary {
    cursor: pointer;
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  .multiple summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .multiple-name {
    font-weight: 600;
  }
  .multiple-value {
    align-self: flex-start;
    font-size: 0.8125em;
  }
  .multiple button.figure {
    text-underline-offset: 0.15em;
  }
  .multiple-figures {
    margin: 0.25rem 0;
    padding-left: 1rem;
    font-size: 0.8125em;
  }
  .spark {
    width: 100%;
    height: 3rem;
    display: block;
  }
  .spark .line {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .spark .dot,
  .spark .bar {
    fill: var(--_muted);
  }
  .spark .baseline {
    stroke: var(--_grid);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .hl-focus .spark .line,
  .hl-county .spark .line {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .hl-focus .spark .dot,
  .hl-county .spark .dot,
  .hl-focus .spark .bar,
  .hl-county .spark .bar {
    fill: var(--_accent);
  }
  .hl-comparison .spark .line {
    stroke: var(--_comparison);
    stroke-dasharray: 4 2;
  }
  .hl-comparison .spark .dot,
  .hl-comparison .spark .bar {
    fill: var(--_comparison);
  }
`;
