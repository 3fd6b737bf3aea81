import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import type { ViewModel } from '../../indicators/view-model.js';
import type { ComparisonMode } from '../../indicators/comparison-mode.js';
import { t } from '../../indicators/messages/catalogue.js';
import { formatPeriod } from '../../indicators/format.js';

function modeLabel(mode: ComparisonMode, model: ViewModel, lang: Lang): string {
  if (mode !== 'relative') return t(lang, `mode_${mode}`);
  const row = model.rows.find((r) => r.region === model.compare);
  return t(lang, 'mode_relative', { region: row?.regionLabel ?? model.compare ?? '' });
}

/**
 * The comparison-mode picker ("Vis som": nivå, per innbygger, Norge = 100, indeks, rangering), offering only the modes
 * the figures support, and in index mode the base period. Native selects: keyboard and screen readers as usual.
 */
export function renderModePicker(model: ViewModel, lang: Lang, onChange: (change: 'mode' | 'base', value: string) => void): TemplateResult | typeof nothing {
  const modes = model.modes ?? [];
  if (modes.length < 2) return nothing;
  const current = model.mode ?? 'level';
  return html`<label class="picker mode-picker"
      >${t(lang, 'modePicker')}
      <select @change=${(e: Event) => onChange('mode', (e.target as HTMLSelectElement).value)}>
        ${modes.map((m) => html`<option value=${m} ?selected=${m === current}>${modeLabel(m, model, lang)}</option>`)}
      </select></label
    >${
      current === 'index' && model.basePeriods && model.basePeriods.length > 1
        ? html`<label class="picker base-picker"
            >${t(lang, 'basePicker')}
            <select @change=${(e: Event) => onChange('base', (e.target as HTMLSelectElement).value)}>
              ${model.basePeriods.map((p) => html`<option value=${p} ?selected=${p === model.base}>${formatPeriod(p, lang)}</option>`)}
            </select></label
          >`
        : nothing
    }`;
}
