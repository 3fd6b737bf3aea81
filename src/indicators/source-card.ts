import type { Dataset, Lang, Origin, Source } from '../data/types.js';
import { type CardInput, cardInputs, modeFormula } from './card-inputs.js';
import { PEER_MEAN } from './comparison-mode.js';
import { STATUS_SYMBOLS } from '../data/status.js';
import { formatDate, localize } from './format.js';
import { t } from './messages/catalogue.js';
import { tc } from './messages/source-card.js';
import { safeUrl } from './source-line.js';
import type { ViewModel, ViewRow } from './view-model.js';

/**
 * The source card of one figure (issue 19): where a reader checks the number. For a Statistics Norway figure the
 * table (linked to its Statbank page), the figure's coordinates in it, the query address, the dates, status and
 * footnotes; for a computed figure the formula in words and its inputs; for a report figure the report as cited.
 * Never a file name or line reference. Pure: the component only renders it.
 */
export interface CardField {
  term: string;
  value: string;
  /** An http(s) address the value links to. */
  href?: string;
  /** The index of the input in {@link SourceCard.inputs} this field names: it opens that figure's own card. */
  input?: number;
}

export interface SourceCard {
  kind: 'table' | 'derived' | 'report';
  /** "Kongsvinger, 2022: 2 991 personer". */
  heading: string;
  fields: CardField[];
  /** Footnotes that apply. */
  notes: string[];
  /** A computed figure's inputs, each with a card of its own. */
  inputs: CardInput[];
  /** One figure's citation: "Statistisk sentralbyrå (2026). Tabell 13551: … Hentet 12.03.2026 fra …". */
  citation?: string;
}

/** "Statistisk sentralbyrå (SSB)" → "Statistisk sentralbyrå": the citation names the publisher once. */
function publisherName(s: Source | undefined): string {
  return (s?.publisher ?? '').replace(/\s*\([A-ZÆØÅ]{2,6}\)\s*$/, '').trim();
}

/** "11713: Fylkesfordelt …" → "Fylkesfordelt …": the number is written before it. */
function tableTitle(s: Source): string {
  return s.table ? s.title.replace(new RegExp(`^${s.table.replace(/[^\w]/g, '')}\\s*:\\s*`), '') : s.title;
}

const yearOf = (date: string | undefined) => /^\d{4}/.exec(date ?? '')?.[0];

/** A Statistics Norway table number, or undefined (a report's "Tabell 3.4" or a file reference is not one). */
function ssbTable(s: Source | undefined): string | undefined {
  return s?.table && /^\d{5}$/.test(s.table.trim()) ? s.table.trim() : undefined;
}

function statusFields(row: ViewRow, lang: Lang): CardField[] {
  if (!row.status) return [];
  const known = STATUS_SYMBOLS[row.status];
  return [{ term: tc(lang, 'cardStatus'), value: known ? `${row.status} ${localize(known, lang)}` : `${row.status} ${t(lang, 'unknownStatus')}` }];
}

function tableFields(s: Source, origin: Origin | undefined, lang: Lang): CardField[] {
  const table = ssbTable(s);
  const href = safeUrl(s.url);
  const fields: CardField[] = [
    { term: tc(lang, 'cardTable'), value: table ? `${tc(lang, 'cardTableNo', { n: table })}: ${tableTitle(s)}` : s.title, ...(href ? { href } : {}) },
  ];
  for (const c of origin?.coordinates ?? []) {
    const label = localize(c.codeLabel, lang);
    const term = localize(c.label, lang) || c.dimension;
    fields.push({ term: term.charAt(0).toUpperCase() + term.slice(1), value: label && label !== c.code ? `${label} (${c.code})` : c.code });
  }
  const query = safeUrl(origin?.query);
  if (query) fields.push({ term: tc(lang, 'cardQuery'), value: query, href: query });
  if (s.retrieved) fields.push({ term: tc(lang, 'cardRetrieved'), value: formatDate(s.retrieved, lang) });
  if (s.updated) fields.push({ term: tc(lang, 'cardUpdated'), value: formatDate(s.updated, lang) });
  if (s.published) fields.push({ term: tc(lang, 'cardPublished'), value: formatDate(s.published, lang) });
  return fields;
}

function citation(s: Source, lang: Lang): string {
  const publisher = publisherName(s);
  const year = yearOf(s.retrieved) ?? yearOf(s.updated) ?? yearOf(s.published);
  const table = ssbTable(s);
  const title = table ? `${tc(lang, 'cardTableNo', { n: table })}: ${tableTitle(s)}` : s.title;
  const head = [publisher && year ? `${publisher} (${year}).` : publisher ? `${publisher}.` : '', `${title.replace(/\.$/, '')}.`].filter(Boolean).join(' ');
  const url = safeUrl(s.url);
  if (s.retrieved && url) return `${head} ${tc(lang, 'cardCiteRetrieved', { date: formatDate(s.retrieved, lang), url })}`;
  return url ? `${head} ${url}` : head;
}

function derivedFields(row: ViewRow, model: ViewModel, origin: Origin | undefined, inputs: CardInput[]): CardField[] {
  const { lang } = model;
  const moded = (model.mode ?? 'level') !== 'level';
  const formula = (moded ? modeFormula(model, row, inputs, lang) : localize(origin?.formula, lang)) || model.derivedFrom || t(lang, 'derivedNote');
  const fields: CardField[] = [{ term: tc(lang, 'cardFormula'), value: formula }];
  inputs.forEach((input, i) => fields.push({ term: tc(lang, 'cardInput'), value: input.text, input: i }));
  return fields;
}

/** "Ringsaker (3411)", or the label alone when it is the code. */
const labelled = (label: string, code: string) => (label && label !== code ? `${label} (${code})` : code);

/**
 * A table's figure without the builder's coordinates (a JSON-stat or CSV table the widget read itself): what the
 * view knows of its place in the table: the statistic, each dimension narrowed to one category, and the series.
 */
function viewCoordinates(ds: Dataset, model: ViewModel, row: ViewRow): CardField[] {
  const { lang } = model;
  // A JSON-stat table's content code is the table's own (Personer1); a CSV's is made from its label, so not shown.
  const code = ds.format === 'jsonstat' ? model.measure : model.measureLabel;
  const fields: CardField[] = [{ term: tc(lang, 'cardStatistic'), value: labelled(model.measureLabel, code) }];
  for (const f of model.filters) {
    const category = f.categories.find((c) => c.code === f.selected);
    fields.push({ term: f.label, value: labelled(category?.label ?? '', f.selected) });
  }
  if (model.seriesDimension && row.series !== undefined) {
    const dim = ds.dimensions.find((d) => d.id === model.seriesDimension);
    fields.push({ term: localize(dim?.label, lang) || model.seriesDimension, value: labelled(row.seriesLabel ?? '', row.series) });
  }
  return fields;
}

/** A report as a reader cites it: "Tom Johnstad (red.) (2004). Klynger, … (NIBR-notat 2004:116). NIBR. Tabell 3.4." */
function reportCitation(s: Source, row: ViewRow, lang: Lang): string {
  const year = yearOf(s.published);
  const who = s.authors ?? publisherName(s);
  const title = s.series && !s.title.includes(s.series) ? `${s.title.replace(/\.$/, '')} (${s.series})` : s.title.replace(/\.$/, '');
  const parts = [who && year ? `${who} (${year}).` : who ? `${who}.` : year ? `(${year}).` : '', `${title}.`];
  if (s.authors && s.publisher) parts.push(`${publisherName(s)}.`);
  const part = reportPart(s, row);
  if (part) parts.push(`${part.replace(/\.$/, '')}.`);
  const url = safeUrl(s.url);
  if (url) parts.push(s.retrieved ? tc(lang, 'cardCiteRetrieved', { date: formatDate(s.retrieved, lang), url }) : url);
  return parts.filter(Boolean).join(' ');
}

/** Where in the report: the figure's page or chapter, else the source's table or figure, never a file and line ("002_x.txt:528"). */
function reportPart(s: Source, row: ViewRow): string | undefined {
  const part = row.part ?? s.table;
  if (!part || /\.\w{2,4}(:\d+)?$/.test(part) || /^\d{5}$/.test(part) || part === s.series) return undefined;
  return part;
}

function reportFields(s: Source, row: ViewRow, lang: Lang): CardField[] {
  const href = safeUrl(s.url);
  const fields: CardField[] = [{ term: tc(lang, 'cardReport'), value: s.title, ...(href ? { href } : {}) }];
  if (s.series) fields.push({ term: tc(lang, 'cardSeries'), value: s.series });
  if (s.authors) fields.push({ term: tc(lang, 'cardAuthors'), value: s.authors });
  if (s.publisher) fields.push({ term: tc(lang, 'cardPublisher'), value: s.publisher });
  const year = yearOf(s.published);
  if (year) fields.push({ term: tc(lang, 'cardYear'), value: year });
  const part = reportPart(s, row);
  if (part) fields.push({ term: tc(lang, 'cardPart'), value: part });
  if (href) fields.push({ term: tc(lang, 'cardLink'), value: href, href });
  // The sentence, as the report words it (in Norwegian also on an English page: it is a quotation).
  if (row.quote) fields.push({ term: tc(lang, 'cardQuote'), value: `«${row.quote}»` });
  return fields;
}

/** The card of `row`, a figure of the view `model` of `ds`. */
export function sourceCard(ds: Dataset, model: ViewModel, row: ViewRow): SourceCard {
  const { lang } = model;
  const origin = row.origin;
  const source = ds.sources.find((s) => s.id === (origin?.source ?? row.source)) ?? (ds.sources.length === 1 ? ds.sources[0] : undefined);
  const where = [row.region ? row.regionLabel : '', row.seriesLabel ?? '', row.periodLabel].filter(Boolean).join(', ');
  const heading = `${model.measureLabel} – ${where}: ${row.label}`;
  // In peers mode only the group's average is computed: a region's own row is the figure as the source gives it.
  const mode = model.mode ?? 'level';
  const derived = row.derived || origin?.formula !== undefined || (mode !== 'level' && mode !== 'peers');
  const kind: SourceCard['kind'] = derived ? 'derived' : ssbTable(source) || origin?.coordinates ? 'table' : 'report';
  const place: CardField[] = [
    ...(row.region
      ? [
          {
            term: t(lang, 'colRegion'),
            value: row.region === row.regionLabel || row.region === PEER_MEAN ? row.regionLabel : `${row.regionLabel} (${row.region})`,
          },
        ]
      : []),
    ...(row.period ? [{ term: t(lang, 'colPeriod'), value: row.periodLabel }] : []),
  ];
  const inputs = kind === 'derived' ? cardInputs(ds, model, row) : [];
  const fields =
    kind === 'derived'
      ? [...place, ...derivedFields(row, model, origin, inputs), ...(source ? tableFields(source, undefined, lang) : [])]
      : kind === 'table'
        ? [
            ...(source ? tableFields(source, origin, lang).slice(0, 1) : []),
            ...place,
            ...(origin?.coordinates || ds.format === 'innsikt' ? [] : viewCoordinates(ds, model, row)),
            ...(source ? tableFields(source, origin, lang).slice(1) : []),
          ]
        : [...place, ...(source ? reportFields(source, row, lang) : [])];
  const card: SourceCard = {
    kind,
    heading,
    fields: [...fields, ...statusFields(row, lang)],
    inputs,
    notes: [...(row.note ? [row.note] : []), ...(source?.notes ?? []).map((n) => localize(n, lang))],
  };
  if (source) card.citation = kind === 'report' ? reportCitation(source, row, lang) : citation(source, lang);
  return card;
}
