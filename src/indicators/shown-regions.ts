/** Which regions a view shows: those in focus (or the comparison group) with the comparison, else Innlandet's. */
import type { Observation } from '../data/types.js';
import { PEER_MEAN, type ComparisonMode } from './comparison-mode.js';

export interface RegionChoice {
  mode: ComparisonMode;
  focus: string[];
  peers: string[];
  compare: string | undefined;
}

/** Innlandet's municipalities, its planning regions, the county (also the pre-2020 Hedmark and Oppland) or `compare`. */
function innlandetTest(compare: string | undefined): (code: string) => boolean {
  const inside = new Map<string, boolean>();
  return (code) => {
    let yes = inside.get(code);
    if (yes === undefined) inside.set(code, (yes = /^(34|04|05)(\d\d)?$/.test(code) || code.startsWith('R-') || code === compare));
    return yes;
  };
}

export function regionsShown(shown: Observation[], c: RegionChoice): Observation[] {
  const { focus, compare } = c;
  if (c.mode === 'peers') {
    const group = new Set([...focus, ...c.peers, PEER_MEAN]);
    return shown.filter((o) => group.has(o.region) || o.region === compare);
  }
  if (focus.length) {
    const focusSet = new Set(focus);
    return shown.filter((o) => focusSet.has(o.region) || o.region === compare);
  }
  // A national table (356 municipalities) is about Innlandet here: its municipalities, planning regions,
  // the county and the comparison. A few peers outside (Kongsberg, Horten) stay; a region pick reaches the rest.
  const isInnlandet = innlandetTest(compare);
  const outside = new Set(shown.map((o) => o.region).filter((code) => !isInnlandet(code))).size;
  if (outside > 10 && shown.some((o) => isInnlandet(o.region) && o.region !== compare)) return shown.filter((o) => isInnlandet(o.region));
  return shown;
}
