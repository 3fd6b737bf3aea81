/**
 * The map view and the border files it draws: a chunk of its own, loaded only by a widget that shows a map (in
 * parallel with the view runtime), so that a page of bar charts and key figures never downloads or compiles it.
 */
export { geoCredit, parseGeo } from '../charts/geo.js';
export { renderMap, mapStyles } from './views/map-view.js';
export { MapTimeController } from './views/map-time-controller.js';
