/**
 * Which dimension of a JSON-stat dataset is time, which is place and which holds the measures: from `role` where
 * the office marks it (SSB marks time, metric and usually geo; KOSTRA tables leave geo out), else from the
 * dimension's id, and for time as a last resort from codes that all look like periods.
 */
import { IssueList, describe } from '../errors.js';
import { isRecord, type JsonObject } from '../is-record.js';
import { isStatisticsPeriod } from '../period.js';
import type { Dim } from './dimension.js';
import type { Located } from './structure.js';

// Dimension ids of time and place as Nordic, Irish, British and European statistics offices name them
// (SSB Tid/Region, SCB Tid/Region, DST Tid/OMRÅDE, Statistics Finland Vuosi/Alue, Eurostat time/geo, ONS geography,
// Statistics Greenland's English PxWeb ids such as "place of residence").
const TIME_ID = /^(tid|time|year|years|aar|år|ár|periode|period|vuosi|kuukausi|vuosineljännes|neljännes|quarter|month|week|date)$/i;
const REGION_ID =
  /^(?:region|geo|fylke|kommune|bydel)|^(?:area|omr[aå]de|alue|kunta|maakunta|l[aä]n|geography|municipality|county|district|residence|place of residence)$/i;
const KOSTRA_REGION_ID = /^KOK\w*region/i;
const METRIC_ID = /^(contentscode|statistikkvariabel)$/i;

/** Positions of the time, region and measure dimensions (-1: none), and every position taken by one of them. */
export interface Roles {
  time: number;
  region: number;
  metric: number;
  taken: Set<number>;
}

function findRole(role: JsonObject | undefined, name: string, ids: string[], path: string, issues: IssueList, taken: Set<number>): number {
  const listed = role?.[name];
  if (listed === undefined) return -1;
  const arr = Array.isArray(listed) ? listed : [listed];
  for (const id of arr) {
    const k = typeof id === 'string' ? ids.indexOf(id) : -1;
    if (k >= 0 && !taken.has(k)) return k;
    if (k < 0) issues.warn(`${path}.${name}`, `The role lists ${describe(id)}, which is not one of the dimensions; it was ignored.`);
  }
  return -1;
}

function findById(ids: string[], taken: Set<number>, ...patterns: RegExp[]): number {
  for (const re of patterns) {
    for (let k = 0; k < ids.length; k++) if (!taken.has(k) && re.test(ids[k]!)) return k;
  }
  return -1;
}

function allPeriods(texts: string[]): boolean {
  return texts.length > 0 && texts.every(isStatisticsPeriod);
}

/**
 * Opaque time codes whose labels are periods (CSO Ireland's `CI_0000001` "2011", SCB's `2011` "2011"): the labels
 * become the periods, when they are periods and no two are the same.
 */
function periodsFromLabels(d: Dim): void {
  if (allPeriods(d.codes) || !allPeriods(d.labels)) return;
  const labels = d.labels.map((l) => l.trim());
  if (new Set(labels).size !== labels.length) return;
  d.codes = labels;
}

/** Finds the roles; the time dimension's codes become periods when only its labels are. */
export function findRoles(dims: Dim[], ids: string[], roleAt: Located, issues: IssueList): Roles {
  const role = isRecord(roleAt.value) ? roleAt.value : undefined;
  const taken = new Set<number>();
  const pick = (name: string, ...patterns: RegExp[]): number => {
    let k = findRole(role, name, ids, roleAt.path, issues, taken);
    if (k < 0) k = findById(ids, taken, ...patterns);
    if (k >= 0) taken.add(k);
    return k;
  };
  let time = pick('time', TIME_ID);
  const region = pick('geo', REGION_ID, KOSTRA_REGION_ID);
  const metric = pick('metric', METRIC_ID);
  if (time < 0) {
    // Last resort: a dimension whose codes all look like periods (checked after region and metric, so a
    // column of municipality numbers is not taken for years).
    time = dims.findIndex((d, k) => !taken.has(k) && (allPeriods(d.codes) || allPeriods(d.labels)));
    if (time >= 0) taken.add(time);
  }
  if (time >= 0) periodsFromLabels(dims[time]!);
  return { time, region, metric, taken };
}
