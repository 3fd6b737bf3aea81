/**
 * The role of every column of a CSV table (region, region name, period, measure, value, unit, status, dimension or
 * skipped), decided from its name and its content in named steps: each column on its own, then one region column
 * (with at most one name column), attributes of the region skipped, one column per role, and dimension ids.
 */
import { columnLabel } from '../column-label.js';
import { slugify } from '../slug.js';
import type { Row } from './rows.js';
import { fold, nameRole, splitHeader, unitOf, type NameRole } from './column-names.js';
import { columnStats, isNumericColumn, type ColumnStats } from './column-stats.js';

export interface ColumnPlan {
  index: number;
  header: string;
  role: NameRole;
  /** value columns: what the column name says, readable. */
  measureLabel?: string;
  /** value columns: the column name as written (the measure's code is made from it). */
  measureKey?: string;
  /** A column of notes or comments, skipped on purpose. */
  freeText?: boolean;
  period?: string;
  unit?: string;
  /** dim columns: dimension id. */
  dimId?: string;
}

/** One column's role from its name, else from what it holds. */
function planColumn(index: number, header: string, s: ColumnStats): ColumnPlan {
  const role = nameRole(header);
  const split = splitHeader(header);
  const plan: ColumnPlan = { index, header, role: 'skip' };
  if (role === 'skip') {
    plan.freeText = true;
  } else if (role !== undefined) {
    plan.role = role;
  } else if (split.period !== undefined && split.label === '') {
    // A bare period as the column name ("2021"): always values.
    plan.role = 'value';
  } else if (s.nonEmpty > 0 && s.codeAndName >= s.nonEmpty * 0.8) {
    plan.role = 'region';
  } else if (s.nonEmpty > 0 && s.bareCodes >= s.nonEmpty * 0.8 && (s.leadingZero > 0 || /^(code|kode|nr|nummer)$/.test(fold(header)))) {
    // "0301", "0402": codes with a leading zero are identifiers, not quantities.
    plan.role = 'region';
  } else if (s.nonEmpty > 0 && s.periods === s.nonEmpty && split.period === undefined) {
    plan.role = 'period';
  } else if (isNumericColumn(s) || (s.nonEmpty > 0 && s.statuses === s.nonEmpty && split.period !== undefined)) {
    plan.role = 'value';
  } else if (s.nonEmpty > 0) {
    plan.role = 'dim';
  }
  if (plan.role === 'value') {
    const label = split.label;
    if (split.period !== undefined) plan.period = split.period;
    if (label && role !== 'value') {
      // A raw name with no spaces (`bruttoprodukt_basisverdi_lopende_priser_mill_kr`) reads as words, its unit pulled out.
      const named = columnLabel(label);
      plan.measureLabel = /\s/.test(label) ? label : named.label;
      plan.measureKey = label;
      const unit = unitOf(label) ?? named.unit;
      if (unit) plan.unit = unit;
    }
  }
  return plan;
}

/**
 * One region column. Prefer one named so; among several, the code column keeps the role and a text column becomes
 * its name column. Returns the region column, if any.
 */
function settleRegionColumns(plans: ColumnPlan[], stats: ColumnStats[]): ColumnPlan | undefined {
  const regions = plans.filter((p) => p.role === 'region');
  if (regions.length > 1) {
    const codeCol = regions.find((p) => stats[p.index]!.bareCodes + stats[p.index]!.codeAndName >= stats[p.index]!.nonEmpty * 0.8) ?? regions[0]!;
    for (const p of regions) {
      if (p === codeCol) continue;
      const s = stats[p.index]!;
      // A second column of codes ("3001 - Halden" beside "0101 - Halden") is another classification, not the names.
      p.role = s.bareCodes === 0 && s.codeAndName === 0 && !plans.some((q) => q.role === 'regionName') ? 'regionName' : 'dim';
    }
  }
  let region = plans.find((p) => p.role === 'region');
  const named = plans.find((p) => p.role === 'regionName');
  if (!region && named) {
    // A name column alone ("navn;verdi") is the region column.
    named.role = 'region';
    region = named;
  }
  if (!region) {
    // No column named or shaped like a region: the first text column, if it has no name or is first.
    const candidate = plans.find((p) => p.role === 'dim' && (p.header.trim() === '' || p.index === 0));
    if (candidate) {
      candidate.role = 'region';
      region = candidate;
    }
  }
  return region;
}

/** At most one region name column; a bare code column ("3401") with a text column beside it holding the names. */
function settleNameColumn(plans: ColumnPlan[], stats: ColumnStats[], region: ColumnPlan | undefined): void {
  const names = plans.filter((p) => p.role === 'regionName');
  for (const p of names.slice(1)) p.role = 'dim';
  if (!region || names.length > 0) return;
  const s = stats[region.index]!;
  const right = plans[region.index + 1];
  // Only when the region column's name says it holds numbers or codes ("kommunenr", "kode"), so that
  // "region;næring" keeps næring as a dimension.
  const codeHeader = /(nummer|nr|kode|code)$/.test(fold(region.header).replace(/ /g, ''));
  if (codeHeader && s.bareCodes >= s.nonEmpty * 0.8 && right && right.role === 'dim' && nameRole(right.header) === undefined) {
    const rs = stats[right.index]!;
    if (rs.numbers === 0 && rs.bareCodes === 0) right.role = 'regionName';
  }
}

/**
 * A text column with about one value per region (another classification's code, "3001 - Halden" beside
 * "0101 - Halden") is an attribute of the region, not a category to narrow the figures to.
 */
function skipRegionAttributes(plans: ColumnPlan[], stats: ColumnStats[], region: ColumnPlan | undefined): void {
  const regionCount = region ? stats[region.index]!.distinct : 0;
  for (const p of plans) {
    const s = stats[p.index]!;
    if (p.role === 'dim' && nameRole(p.header) !== 'dim' && s.distinct >= 10 && s.distinct >= regionCount * 0.75 && s.distinct <= regionCount) {
      p.role = 'skip';
      p.freeText = true;
    }
  }
}

/** One column each for period, measure, unit and status (the others become dimensions), and unique dimension ids. */
function settleDimensions(plans: ColumnPlan[]): void {
  for (const role of ['period', 'measure', 'unit', 'status'] as const) {
    const cols = plans.filter((p) => p.role === role);
    for (const p of cols.slice(1)) p.role = 'dim';
  }
  const used = new Set<string>();
  for (const p of plans) {
    if (p.role !== 'dim') continue;
    let id = slugify(p.header) || `column-${p.index + 1}`;
    const base = id;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    p.dimId = id;
  }
}

/** Decides the role of every column from its name and its content. */
export function planColumns(headers: string[], data: Row[], width: number): ColumnPlan[] {
  const stats: ColumnStats[] = [];
  const plans: ColumnPlan[] = [];
  for (let j = 0; j < width; j++) {
    const header = headers[j] ?? '';
    stats.push(columnStats(data, j));
    plans.push(planColumn(j, header, stats[j]!));
  }
  const region = settleRegionColumns(plans, stats);
  settleNameColumn(plans, stats, region);
  skipRegionAttributes(plans, stats, region);
  settleDimensions(plans);
  return plans;
}
