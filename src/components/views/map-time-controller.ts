import type { ReactiveControllerHost } from 'lit';
import type { ViewModel } from '../../indicators/view-model.js';
import { mapTimeline, type MapTimeline } from './map-timeline.js';
import { TimePlayer } from './time-player.js';
import { stepPeriod, type TimeSliderOptions } from './time-slider.js';

/** What the map's time slider needs from its widget. */
export interface MapTimeHost {
  /** The widget's selection for another period or a range (`2015/2022`), as a model. */
  build: (period: string) => ViewModel;
  /** Shows a period: the widget's `period` becomes it (so it goes into the widget's link). */
  select: (period: string) => void;
}

/**
 * A widget's map time slider: the timeline of the model shown (rebuilt only when the model changes) and the player
 * that steps through it. Lives in the map's chunk; the widget creates it with its first map.
 */
export class MapTimeController {
  private timeline: { for: ViewModel; value: MapTimeline | undefined } | undefined;
  readonly player: TimePlayer;

  constructor(
    host: ReactiveControllerHost,
    private readonly widget: MapTimeHost,
  ) {
    this.player = new TimePlayer(host, () => this.step(1));
  }

  /** The map's `time` option for `model`: undefined when it has one period. */
  options(model: ViewModel): (Omit<TimeSliderOptions, 'lang'> & MapTimeline) | undefined {
    if (this.timeline?.for !== model) {
      this.timeline = { for: model, value: mapTimeline(model, this.widget.build) };
    }
    const time = this.timeline.value;
    return time && { ...time, player: this.player, onPeriod: (p: string) => this.widget.select(p) };
  }

  /** Shows the next (or previous) period; false when there is none after it. */
  private step(delta: 1 | -1): boolean {
    const time = this.timeline?.value;
    const next = time && stepPeriod(time.periods, time.current, delta);
    if (next === undefined) return false;
    this.widget.select(next);
    return stepPeriod(time!.periods, next, delta) !== undefined;
  }
}
