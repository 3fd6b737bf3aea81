/**
 * Derived measures in a feed being built (ratios, differences, sums, shares, indices and changes), computed
 * after the reform join so that ratios for Innlandet come from summed parts.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Observation, Source } from '../data/types.js';
import type { DeriveConfig } from './config.js';
import { nbText } from '../data/innsikt.js';
import { comparePeriods } from '../data/period.js';
import { change, indexed } from '../data/derive.js';
import { type Bound, add, div, scale as scaleBound, sub, toBound } from '../data/bounds.js';
import { BuildError, type FeedBuild, type Meta, SSB_LICENCE, SSB_PUBLISHER } from './build-state.js';
import { bound, derivedObs, dimsKey, tidy } from './derived-cell.js';
import { deriveOrigin } from './formula.js';

/** `first`, `last`, `last-N` or a period, against the periods a measure has. */
function resolvePeriod(ref: string, periods: string[]): string | undefined {
  if (periods.length === 0) return undefined;
  if (ref === 'first') return periods[0];
  if (ref === 'last') return periods[periods.length - 1];
  const back = /^last-(\d+)$/.exec(ref);
  if (back) return periods[periods.length - 1 - Number(back[1])];
  return periods.includes(ref) ? ref : undefined;
}

/** A source that credits several tables at once, for figures computed from more than one. */
function combinedSource(b: FeedBuild, ids: string[]): string | undefined {
  const unique = [...new Set(ids)].filter((id) => b.sources.has(id));
  if (unique.length <= 1) return unique[0];
  const parts = unique.map((id) => b.sources.get(id)!);
  const id = `ssb-${parts.map((p) => p.table).join('-')}`;
  if (!b.sources.has(id)) {
    const tables = parts.map((p) => p.table!);
    const combined: Source = {
      id,
      title: `Beregnet fra tabell ${tables.slice(0, -1).join(', ')} og ${tables[tables.length - 1]}`,
      publisher: SSB_PUBLISHER,
      url: parts[0]!.url!,
      table: tables.join(', '),
      licence: SSB_LICENCE,
    };
    const updated = parts
      .map((p) => p.updated)
      .filter((u): u is string => !!u)
      .sort()
      .pop();
    const retrieved = parts
      .map((p) => p.retrieved)
      .filter((u): u is string => !!u)
      .sort()
      .pop();
    if (updated) combined.updated = updated;
    if (retrieved) combined.retrieved = retrieved;
    b.sources.set(id, combined);
    b.combined.set(id, unique);
  }
  return id;
}

/**
 * The sum of one measure over the categories of a dimension (rammetilskudd + other transfers = all transfers),
 * per region, period and other dimensions. A group missing a category, or with an empty one, gets a gap.
 */
function sumOver(b: FeedBuild, d: DeriveConfig, input: Observation[], over: string): Observation[] {
  const categories = new Set(input.map((o) => o.dims[over]).filter((c): c is string => c !== undefined));
  const groups = new Map<string, Observation[]>();
  for (const o of input) {
    if (o.dims[over] === undefined) continue;
    const rest = { ...o.dims };
    delete rest[over];
    const key = `${o.region}|${o.period}|${dimsKey(rest)}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const out: Observation[] = [];
  for (const group of groups.values()) {
    const base: Observation = { ...group[0]!, dims: { ...group[0]!.dims } };
    delete base.dims[over];
    const complete = group.length === categories.size && group.every((o) => o.value !== null);
    const sum = complete ? group.reduce<Bound | undefined>((acc, o) => (acc && bound(o) ? add(acc, bound(o)!) : undefined), toBound(0)) : undefined;
    out.push(derivedObs(base, d, sum, group, group[0]!.source));
  }
  const dimension = b.dims.get(over)?.label;
  const origin = deriveOrigin(d, (m) => b.label(m), {}, dimension);
  for (const o of out) o.origin = origin;
  return out;
}

/** Adds one configured derived measure's figures to the build, and its unit and decimals. */
export function deriveMeasure(b: FeedBuild, d: DeriveConfig): void {
  const of = d.of.map((id) => b.obs.filter((o) => o.measure === id));
  let out: Observation[] = [];
  if (d.op === 'sum' && d.over !== undefined) {
    out = sumOver(b, d, of[0]!, d.over);
  } else if (d.op === 'ratio' || d.op === 'difference' || d.op === 'sum') {
    // Inputs are matched on region, period and the dimensions the other inputs have (population has none).
    const others = of.slice(1).map((list) => {
      const keys = list[0] ? Object.keys(list[0].dims) : [];
      return { keys, index: new Map(list.map((o) => [`${o.region}|${o.period}|${dimsKey(o.dims, keys)}`, o])) };
    });
    for (const a of of[0]!) {
      const parts = others.map((x) => x.index.get(`${a.region}|${a.period}|${dimsKey(a.dims, x.keys)}`));
      if (parts.some((p) => p === undefined)) continue;
      const inputs = [a, ...(parts as Observation[])];
      const bounds = inputs.map(bound);
      let result: Bound | undefined;
      let gap = '..';
      if (bounds.every((b) => b !== undefined)) {
        const [first, ...rest] = bounds as Bound[];
        if (d.op === 'ratio') {
          if (rest[0]!.value === 0) gap = '.';
          else result = scaleBound(div(first!, rest[0]!), d.factor ?? 1);
        } else if (d.op === 'difference') result = sub(first!, rest[0]!);
        else result = rest.reduce((s, b) => add(s, b), first!);
      }
      out.push(derivedObs(a, d, result, inputs, combinedSource(b, inputs.map((o) => o.source!).filter(Boolean)), gap));
    }
  } else if (d.op === 'share') {
    // Each region's value as a per cent share of the total region's (same period and dimensions).
    const totals = new Map(of[0]!.filter((o) => o.region === d.total).map((o) => [`${o.period}|${dimsKey(o.dims)}`, o]));
    if (totals.size === 0) throw new BuildError(`derive "${d.id}": "${d.of[0]}" has no figures for the total region ${d.total}.`);
    for (const a of of[0]!) {
      const t = totals.get(`${a.period}|${dimsKey(a.dims)}`);
      if (!t) continue;
      const ba = bound(a);
      const bt = bound(t);
      const zero = bt !== undefined && bt.value === 0;
      const result = ba && bt && !zero ? scaleBound(div(ba, bt), 100) : undefined;
      out.push(derivedObs(a, d, result, [a, t], a.source, zero ? '.' : '..'));
    }
  } else {
    const input = of[0]!;
    const periods = [...new Set(input.map((o) => o.period))].sort(comparePeriods);
    if (d.op === 'index') {
      const base = resolvePeriod(d.base ?? 'first', periods);
      if (base === undefined) return skipDerive(b, d, `the base period "${d.base}" is not in the figures of "${d.of[0]}" (${periods.join(', ') || 'none'})`);
      const origin = deriveOrigin(d, (m) => b.label(m), { base });
      for (const o of indexed(input, base)) out.push({ ...restyle(o, d), origin });
    } else {
      const from = resolvePeriod(d.from ?? 'first', periods);
      const to = resolvePeriod(d.to ?? 'last', periods);
      if (from === undefined || to === undefined || from === to) {
        return skipDerive(
          b,
          d,
          `cannot compare "${d.from ?? 'first'}" with "${d.to ?? 'last'}" in the periods of "${d.of[0]}" (${periods.join(', ') || 'none'})`,
        );
      }
      const origin = deriveOrigin(d, (m) => b.label(m), { from, to });
      for (const o of change(input, from, to, d.op === 'change-pct' ? 'pct' : 'abs')) out.push({ ...restyle(o, d), origin });
    }
  }
  if (d.op === 'ratio' || d.op === 'difference' || d.op === 'share' || (d.op === 'sum' && d.over === undefined)) {
    const origin = deriveOrigin(d, (m) => b.label(m));
    for (const o of out) o.origin = origin;
  }
  if (out.length === 0)
    b.report.warnings.push(`derive "${d.id}": no region and period has all of ${d.of.map((m) => `"${m}"`).join(', ')}; nothing was computed.`);
  // concat, not push(...out): a spread of 100 000+ arguments overflows the stack.
  b.obs = b.obs.concat(out);
  // Units the widgets need when the configuration names none: per cent for a change, an index for an index.
  const meta: Meta = { ...d };
  if (meta.unit === undefined && (d.op === 'change-pct' || d.op === 'share')) meta.unit = '%';
  if (meta.unit === undefined && d.op === 'index') meta.unit = { nb: 'indeks', nn: 'indeks', en: 'index' };
  if (meta.decimals === undefined && (d.op === 'change-pct' || d.op === 'share' || d.op === 'index')) meta.decimals = 1;
  b.meta.set(d.id, meta);
}

/** A derivation the answer's periods cannot support (too few years): left out of the feed, with a warning. */
function skipDerive(b: FeedBuild, d: DeriveConfig, why: string): void {
  b.report.warnings.push(`derive "${d.id}": ${why}; the measure is left out of the feed.`);
}

function restyle(o: Observation, d: DeriveConfig): Observation {
  const out: Observation = { ...o, measure: d.id, measureLabel: nbText(d.label), derived: true };
  if (d.unit !== undefined) out.unit = nbText(d.unit);
  if (d.decimals !== undefined) out.decimals = d.decimals;
  if (out.value !== null) out.value = tidy(out.value);
  return out;
}
