/** The parts of an Innsikt feed that observations refer to: indicators, regions, sources, notes and dimensions. */
import type { Dimension, IndicatorMeta, Localized, Note, Region, RegionLevel, Source } from '../types.js';
import { describe } from '../errors.js';
import { isRecord as isObj } from '../is-record.js';
import { normaliseRegionCode } from '../region-code.js';
import type { Checker } from './checker.js';

const REGION_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const LEVELS: readonly RegionLevel[] = ['country', 'county', 'region', 'municipality', 'other'];

/** Picks the bokmål text of a {@link Localized} (what labels in the Dataset hold). */
export function nbText(text: Localized | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.nb;
}

export function readIndicator(c: Checker, v: unknown, path: string): IndicatorMeta | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected an indicator object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'title', 'description', 'unit', 'decimals', 'definition', 'measures']);
  const id = c.id(v.id, `${path}.id`);
  const title = c.localized(v.title, `${path}.title`, true);
  const out: IndicatorMeta = { id: id ?? '' };
  if (title !== undefined) out.title = title;
  const description = c.localized(v.description, `${path}.description`);
  if (description !== undefined) out.description = description;
  const unit = c.localized(v.unit, `${path}.unit`);
  if (unit !== undefined) out.unit = unit;
  const decimals = c.decimals(v.decimals, `${path}.decimals`);
  if (decimals !== undefined) out.decimals = decimals;
  const definition = c.localized(v.definition, `${path}.definition`);
  if (definition !== undefined) out.definition = definition;
  if (v.measures !== undefined) {
    out.measures = [];
    c.list(v.measures, `${path}.measures`, false).forEach((m, i) => {
      const mp = `${path}.measures[${i}]`;
      if (!isObj(m)) {
        c.issues.error(mp, `expected a measure object, got ${describe(m)}.`);
        return;
      }
      c.allowed(m, mp, ['id', 'label', 'unit', 'decimals']);
      const mid = c.id(m.id, `${mp}.id`);
      const label = c.localized(m.label, `${mp}.label`, true);
      const entry: NonNullable<IndicatorMeta['measures']>[number] = { id: mid ?? '', label: label ?? mid ?? '' };
      const mu = c.localized(m.unit, `${mp}.unit`);
      if (mu !== undefined) entry.unit = mu;
      const md = c.decimals(m.decimals, `${mp}.decimals`);
      if (md !== undefined) entry.decimals = md;
      out.measures!.push(entry);
    });
  }
  return out;
}

export function readRegion(c: Checker, v: unknown, path: string): Region | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a region object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['code', 'name', 'level', 'parent', 'validFrom', 'validTo', 'kostraGroup']);
  if (typeof v.code !== 'string' || !REGION_CODE.test(v.code)) {
    c.issues.error(`${path}.code`, `expected a region code such as "34" or "3401", got ${describe(v.code)}.`);
  }
  const name = c.localized(v.name, `${path}.name`, true);
  if (!LEVELS.includes(v.level as RegionLevel)) {
    c.issues.error(`${path}.level`, `expected one of ${LEVELS.join(', ')}, got ${describe(v.level)}.`);
  }
  const parent = c.string(v.parent, `${path}.parent`);
  const validFrom = c.string(v.validFrom, `${path}.validFrom`);
  const validTo = c.string(v.validTo, `${path}.validTo`);
  const kostraGroup = c.string(v.kostraGroup, `${path}.kostraGroup`);
  if (kostraGroup !== undefined && (kostraGroup.length === 0 || kostraGroup.length > 64))
    c.issues.error(`${path}.kostraGroup`, `expected a KOSTRA group code of 1 to 64 characters, got ${describe(kostraGroup)}.`);
  if (typeof v.code !== 'string' || name === undefined) return undefined;
  const region: Region = {
    code: normaliseRegionCode(v.code).code || v.code,
    name: nbText(name),
    level: (LEVELS.includes(v.level as RegionLevel) ? v.level : 'other') as RegionLevel,
  };
  if (typeof name === 'object') {
    const names: Region['names'] = {};
    if (name.nn) names.nn = name.nn;
    if (name.en) names.en = name.en;
    region.names = names;
  }
  if (parent !== undefined) region.parent = parent;
  if (validFrom !== undefined) region.validFrom = validFrom;
  if (validTo !== undefined) region.validTo = validTo;
  if (kostraGroup) region.kostraGroup = kostraGroup;
  return region;
}

export function readSource(c: Checker, v: unknown, path: string): Source | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a source object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'title', 'publisher', 'url', 'table', 'series', 'authors', 'published', 'retrieved', 'updated', 'licence', 'notes']);
  const id = c.id(v.id, `${path}.id`);
  const title = c.text(v.title, `${path}.title`, true);
  const out: Source = { id: id ?? '', title: title ?? '' };
  for (const key of ['publisher', 'table', 'series', 'authors', 'licence'] as const) {
    const t = c.text(v[key], `${path}.${key}`);
    if (t !== undefined) out[key] = t;
  }
  for (const key of ['published', 'retrieved', 'updated'] as const) {
    const t = c.string(v[key], `${path}.${key}`);
    if (t !== undefined) out[key] = t;
  }
  if (v.url !== undefined) {
    // Only http(s): a `javascript:` or `data:` link from a feed must never reach an href.
    if (typeof v.url !== 'string' || !/^https?:\/\//i.test(v.url)) c.issues.error(`${path}.url`, `expected an http(s) address, got ${describe(v.url)}.`);
    else out.url = v.url;
  }
  if (v.notes !== undefined) {
    out.notes = [];
    c.list(v.notes, `${path}.notes`, false).forEach((n, i) => {
      const t = c.localized(n, `${path}.notes[${i}]`);
      if (t !== undefined) out.notes!.push(t);
    });
  }
  return out;
}

export function readNote(c: Checker, v: unknown, path: string): Note | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a note object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['text', 'mandatory', 'indicator', 'ref']);
  const text = c.localized(v.text, `${path}.text`, true);
  if (v.mandatory !== undefined && typeof v.mandatory !== 'boolean')
    c.issues.error(`${path}.mandatory`, `expected true or false, got ${describe(v.mandatory)}.`);
  const indicator = c.id(v.indicator, `${path}.indicator`, false);
  const ref = c.string(v.ref, `${path}.ref`);
  if (text === undefined) return undefined;
  const note: Note = { text, mandatory: v.mandatory === true, scope: indicator ? `indicator:${indicator}` : 'dataset' };
  if (ref !== undefined) note.scope += `@${ref}`;
  return note;
}

export function readDimension(c: Checker, v: unknown, path: string): Dimension | undefined {
  if (!isObj(v)) {
    c.issues.error(path, `expected a dimension object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['id', 'label', 'categories']);
  const id = c.id(v.id, `${path}.id`);
  const label = c.localized(v.label, `${path}.label`, true);
  const categories: Dimension['categories'] = [];
  c.list(v.categories, `${path}.categories`, true, 1).forEach((cat, i) => {
    const cp = `${path}.categories[${i}]`;
    if (!isObj(cat)) {
      c.issues.error(cp, `expected a category object, got ${describe(cat)}.`);
      return;
    }
    c.allowed(cat, cp, ['code', 'label']);
    const code = c.text(cat.code, `${cp}.code`, true);
    const catLabel = c.localized(cat.label, `${cp}.label`, true);
    if (code !== undefined && catLabel !== undefined) categories.push({ code, label: catLabel });
  });
  if (id === undefined || label === undefined) return undefined;
  return { id, label, categories };
}
