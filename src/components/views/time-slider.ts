import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../data/types.js';
import { formatPeriod } from '../../indicators/format.js';
import { t } from '../../indicators/messages/catalogue.js';

/** What the time slider needs: a player is optional (without one, stepping only). */
export interface TimeSliderOptions {
  lang: Lang;
  /** The periods to step through, oldest first. */
  periods: readonly string[];
  /** The period shown. */
  current: string;
  onPeriod: (period: string) => void;
  player?: { readonly playing: boolean; readonly reducedMotion: boolean; play(): void; stop(): void };
}

/** The period `delta` steps from `current`, or undefined past either end. */
export function stepPeriod(periods: readonly string[], current: string, delta: number): string | undefined {
  const i = periods.indexOf(current);
  return i < 0 ? undefined : periods[i + delta];
}

export const timeSliderStyles = css`
  .inn-map__time {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0 0 0.75rem;
    font-size: 0.875em;
  }
  .inn-map__time-label {
    flex: 1 1 100%;
  }
  .inn-map__time-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .inn-map__time-track {
    display: flex;
    flex: 1 1 14rem;
    gap: 0.5rem;
    align-items: center;
    min-width: 0;
  }
  .inn-map__time-track input {
    flex: 1 1 auto;
    min-width: 6rem;
    min-height: 2.25rem;
    margin: 0;
    accent-color: var(--inn-map-text);
  }
  .inn-map__time-end {
    color: var(--inn-map-muted);
    font-variant-numeric: tabular-nums;
  }
  .inn-map__time-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .inn-map__time-buttons button {
    min-height: 2.25rem;
    min-width: 2.75rem;
    padding: 0.3rem 0.75rem;
    border: 1px solid var(--inn-map-text);
    border-radius: var(--inn-radius, 6px);
    background: transparent;
    cursor: pointer;
  }
  .inn-map__time-buttons button[aria-disabled='true'] {
    cursor: default;
    border-color: var(--inn-map-muted);
    color: var(--inn-map-muted);
  }
  @media print {
    .inn-map__time-track,
    .inn-map__time-buttons {
      display: none;
    }
  }
`;

let uid = 0;

/**
 * A time slider for a map: a native range input (arrow keys, Home/End and Page Up/Down step through the periods; its
 * `aria-valuetext` is the period as a person reads it, "2019"), previous/next buttons, and a play/pause button
 * that is left out when the reader's system asks for reduced motion: the map then changes only when the reader
 * steps it. Every change goes through `onPeriod`; any step by hand pauses the player.
 */
export function renderTimeSlider(o: TimeSliderOptions): TemplateResult {
  const { lang, periods, current, player } = o;
  const n = periods.length;
  const i = Math.max(0, periods.indexOf(current));
  const id = `inn-time-${++uid}`;
  const label = (p: string | undefined) => (p === undefined ? '' : formatPeriod(p, lang));
  const go = (p: string | undefined) => {
    player?.stop();
    if (p !== undefined && p !== current) o.onPeriod(p);
  };
  const stepButton = (delta: -1 | 1) => {
    const to = stepPeriod(periods, periods[i]!, delta);
    return html`<button type="button" class="inn-map__step" data-step=${delta} aria-disabled=${to === undefined ? 'true' : 'false'} @click=${() => go(to)}>
      ${t(lang, delta < 0 ? 'mapPrevious' : 'mapNext')}
    </button>`;
  };
  const toggle = () => {
    if (!player) return;
    if (player.playing) return player.stop();
    // From the last period, play starts again at the first.
    if (i === n - 1) o.onPeriod(periods[0]!);
    player.play();
  };
  return html`<div class="inn-map__time" role="group" aria-label=${t(lang, 'mapTimeGroup')}>
    <label class="inn-map__time-label" for=${id}>${t(lang, 'period')}: <span class="inn-map__time-value" aria-hidden="true">${label(current)}</span></label>
    <div class="inn-map__time-track">
      <span class="inn-map__time-end" aria-hidden="true">${label(periods[0])}</span>
      <input
        id=${id}
        type="range"
        min="0"
        max=${n - 1}
        step="1"
        .value=${live(String(i))}
        aria-valuetext=${label(current)}
        @input=${(e: Event) => go(periods[Number((e.target as HTMLInputElement).value)])}
      />
      <span class="inn-map__time-end" aria-hidden="true">${label(periods[n - 1])}</span>
    </div>
    <div class="inn-map__time-buttons">
      ${stepButton(-1)}
      ${
        player && !player.reducedMotion
          ? html`<button type="button" class="inn-map__play" @click=${toggle}>${t(lang, player.playing ? 'mapPause' : 'mapPlay')}</button>`
          : nothing
      }
      ${stepButton(1)}
    </div>
  </div>`;
}
