import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import { isMapArea } from '../../data/geography.js';
import type { ViewModel, ViewFilter } from '../../indicators/view-model.js';
import { t } from '../../indicators/messages/catalogue.js';
import { renderModePicker } from './mode-picker.js';
import { VIEWS, type View } from './view-names.js';

/** What the reader can change in a widget, as the `inn-select` event names it (`dims`, `mode`, `base`: the measure). */
export type Change = 'view' | 'measure' | 'period' | 'region' | 'dims' | 'mode' | 'base';

export interface ToolbarOptions {
  view: View;
  /** Whether the small multiples are offered (once the page or a link has asked for them). */
  multiples: boolean;
  select: (change: Change, value: string) => void;
}

const picked = (e: Event) => (e.target as HTMLSelectElement).value;

function viewButtons(model: ViewModel, lang: Lang, o: ToolbarOptions): TemplateResult {
  const offered = VIEWS.filter((v) => (v !== 'map' || !model.regionless) && (v !== 'multiples' || o.multiples));
  return html`<div class="views" role="group" aria-label=${t(lang, 'viewGroup')}>
    ${offered.map(
      (v) =>
        html`<button type="button" class="view-button" aria-pressed=${o.view === v ? 'true' : 'false'} @click=${() => o.select('view', v)}>
          ${t(lang, `view_${v}`)}
        </button>`,
    )}
  </div>`;
}

function measurePicker(model: ViewModel, lang: Lang, o: ToolbarOptions): TemplateResult | typeof nothing {
  if (model.measures.length <= 1) return nothing;
  return html`<label class="picker"
    >${t(lang, 'measure')}
    <select @change=${(e: Event) => o.select('measure', picked(e))}>
      ${model.measures.map((m) => html`<option value=${m.code} ?selected=${m.code === model.measure}>${m.label}</option>`)}
    </select></label
  >`;
}

function filterPicker(model: ViewModel, f: ViewFilter, o: ToolbarOptions): TemplateResult {
  const others = model.filters.filter((x) => x !== f).map((x) => `${x.dimension}:${x.selected}`);
  return html`<label class="picker"
    >${f.label}
    <select @change=${(e: Event) => o.select('dims', [...others, `${f.dimension}:${picked(e)}`].join(';'))}>
      ${f.categories.map((c) => html`<option value=${c.code} ?selected=${c.code === f.selected}>${c.label}</option>`)}
    </select></label
  >`;
}

function periodPicker(model: ViewModel, lang: Lang, o: ToolbarOptions): TemplateResult | typeof nothing {
  if (model.periods.length <= 1 || model.chart === 'index-lines') return nothing;
  // A drawn map has its own time slider instead.
  if (o.view === 'map' && model.rows.some((r) => isMapArea(r.region))) return nothing;
  return html`<label class="picker"
    >${t(lang, 'period')}
    <select @change=${(e: Event) => o.select('period', picked(e))}>
      ${[...model.periods].reverse().map((p) => html`<option value=${p} ?selected=${model.shownPeriods.includes(p)}>${p.replace('-', '–')}</option>`)}
    </select></label
  >`;
}

/** The widget's toolbar: the view switcher and the pickers of measure, categories, comparison mode and period. */
export function renderToolbar(model: ViewModel, lang: Lang, o: ToolbarOptions): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    ${viewButtons(model, lang, o)} ${measurePicker(model, lang, o)} ${model.filters.map((f) => filterPicker(model, f, o))}
    ${renderModePicker(model, lang, (change, value) => o.select(change, value))} ${periodPicker(model, lang, o)}
  </div>`;
}
