import type { ReactiveControllerHost } from 'lit';
import { sharedLoader } from '../../data/loader.js';
import type { GeoFeature } from '../../charts/geo.js';
import type { ViewModel } from '../../indicators/view-model.js';
import type { MapTimeController, MapTimeHost } from '../views/map-time-controller.js';
import { loadMapRuntime, mapRuntime, viewRuntime } from '../runtime-loader.js';

/**
 * The map view's chunk and the border file of `geo-src`: the chunk is loaded only by a widget that shows a map, and
 * the borders through the page-wide loader (a dashboard with five maps downloads the file once). Borders are an
 * enhancement: when they cannot be used, the tile map stays and the console says why. Also the map's time slider.
 */
export class MapController {
  /** The borders, once read. */
  geo: GeoFeature[] | undefined;
  /** Whom the borders must credit (`Kartverket`), when the file is theirs. */
  geoCredit: string | undefined;
  /** The map's time slider (from the map's chunk, created with the first map): see map-time-controller.ts. */
  time: MapTimeController | undefined;
  private url = '';
  private request: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The chunk could not be loaded: shown as the widget's error, whose retry button asks again. */
    private readonly failed: (err: unknown) => void,
    /** What the time slider needs from the widget: the model of another period, and the choice of one. */
    private readonly widget: MapTimeHost,
  ) {}

  /** The map view's chunk, once it has arrived. */
  get runtime(): ReturnType<typeof mapRuntime> {
    return mapRuntime();
  }

  /** The time slider's options for a map of `model`, once the map's chunk and the view runtime are there. */
  timeFor(model: ViewModel) {
    const map = this.runtime;
    if (!map || !viewRuntime()) return undefined;
    this.time ??= new map.MapTimeController(this.host, this.widget);
    return this.time.options(model);
  }

  /** Loads the map view's chunk (with the view runtime, when the widget starts as a map), then draws again. */
  require(): void {
    this.request ??= loadMapRuntime().then(
      () => this.host.requestUpdate(),
      (err: unknown) => {
        this.request = undefined;
        this.failed(err);
      },
    );
  }

  /** Reads the borders at `url` (the `geo-src` attribute). */
  async loadGeo(url: string): Promise<void> {
    this.url = url;
    try {
      const [bytes, map] = await Promise.all([sharedLoader.bytes(url), loadMapRuntime()]);
      const doc: unknown = JSON.parse(new TextDecoder().decode(bytes));
      const geo = map.parseGeo(doc);
      if (url !== this.url) return;
      this.geo = geo;
      this.geoCredit = map.geoCredit(doc, url);
    } catch (err) {
      console.warn(`<inn-indicator>: map borders from ${url} could not be used (${String(err)}); showing the tile map.`);
      this.geo = undefined;
      this.geoCredit = undefined;
    }
    this.host.requestUpdate();
  }
}
