/// <reference types="node" />
/**
 * One run of the feed builder: read the configuration, fetch each feed's queries, build and validate the
 * feed, and write it atomically. A feed that fails keeps its previous file untouched; the run goes on with
 * the others and ends with exit code 1. Configuration and usage problems end it with exit code 2 before
 * anything is fetched.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  type ChangesConfig,
  ConfigError,
  type FeedConfig,
  type FeedsConfig,
  SSB_MAX_REQUESTS_PER_MINUTE,
  checkBaseUrl,
  isSsb,
  parseFeedsConfigText,
} from './config.js';
import {
  type ClientEvent,
  type FetchResult,
  MemoryCache,
  PxWebClient,
  PxWebError,
  type ResponseCache,
  type Sleep,
  buildDataUrl,
  metadataUrl,
  tableInfoUrl,
} from './pxweb.js';
import { BuildError, type FeedJson, type QueryResponse, sameFigures, toFeed } from './build.js';
import type { FeedChange } from '../data/feed-changes.js';
import type { QueryConfig } from './config.js';
import { AnswerError, checkAnswer, checkCells } from './answer-check.js';
import { MetadataError, type TableMetadata, planQuery, readTableMetadata } from './table-metadata.js';
import { guardFigures } from './figure-guard.js';
import { FileCache } from './cache.js';
import { FileSourceError, checkFileAnswer, readFileSource } from './file-source.js';
import { atomicWrite, modifiedAt, removeStaleTemps } from './files.js';
import { changeHistory, changeSummary, feedChanges } from '../data/feed-changes.js';
import { validChanges } from '../data/provenance.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Every feed built was unchanged: no file was written (a scheduler can skip republishing). */
export const EXIT_UNCHANGED = 3;

/** Environment variable that overrides the API base URL (tests point it at a fake API on 127.0.0.1). */
export const BASE_URL_ENV = 'INNSIKT_FEEDS_BASE_URL';

export interface RunOptions {
  configPath: string;
  outDir: string;
  /** Cache folder; default `.innsikt-cache` next to the configuration. `null`: no cache on disk. */
  cacheDir?: string | null;
  dryRun?: boolean;
  only?: string[];
  allowUnverified?: boolean;
  /** Write a feed even when it has less than half the figures of the one it replaces. */
  allowShrink?: boolean;
  baseUrl?: string;
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export type FeedStatus = 'written' | 'unchanged' | 'checked' | 'skipped' | 'failed';

export interface FeedOutcome {
  indicator: string;
  file: string;
  status: FeedStatus;
  message: string;
}

export interface RunResult {
  exitCode: 0 | 1 | 2 | 3;
  outcomes: FeedOutcome[];
  requests: number;
}

function kb(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`;
}

function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function periodRange(periods: string[]): string {
  if (periods.length === 0) return 'no periods';
  return periods.length === 1 ? periods[0]! : `${periods[0]}–${periods[periods.length - 1]}`;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Loads and checks the configuration file; throws ConfigError (or an Error for an unreadable file). */
export async function loadConfig(path: string): Promise<FeedsConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError([
      { path: '(config)', message: `cannot be read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `${path} does not exist` : (err as Error).message}` },
    ]);
  }
  return parseFeedsConfigText(text);
}

/** The configured request rate, capped for Statistics Norway's API (about 30 requests a minute). */
function rateLimit(config: FeedsConfig, baseUrl: string, err: (line: string) => void): { perMinute: number; burst: number } {
  const { requestsPerMinute: perMinute, burst } = config.api;
  if (!isSsb(baseUrl) || perMinute + burst <= SSB_MAX_REQUESTS_PER_MINUTE + 5) return { perMinute, burst };
  err(
    `innsikt-feeds: api.requestsPerMinute ${perMinute} (burst ${burst}) could exceed Statistics Norway's limit of about 30 a minute; using 20 a minute, burst 5.`,
  );
  return { perMinute: 20, burst: 5 };
}

/** The PxWebApi client of a run, reporting its retries and waits. */
function newClient(
  o: RunOptions,
  config: FeedsConfig,
  c: { now: () => number; perMinute: number; burst: number; cache: ResponseCache; out: (line: string) => void },
): PxWebClient {
  const { out, perMinute } = c;
  return new PxWebClient({
    ...(o.fetch ? { fetch: o.fetch } : {}),
    ...(o.sleep ? { sleep: o.sleep } : {}),
    ...(o.random ? { random: o.random } : {}),
    now: c.now,
    requestsPerMinute: perMinute,
    burst: c.burst,
    timeoutMs: config.api.timeoutSeconds * 1000,
    maxAttempts: config.api.maxAttempts,
    backoffBaseMs: config.api.backoffSeconds * 1000,
    maxWaitMs: config.api.maxWaitSeconds * 1000,
    maxBytes: config.api.maxBytes,
    cache: c.cache,
    onEvent: (e: ClientEvent) => {
      if (e.kind === 'retry')
        out(`    ${e.reason}; ${e.retryAfter ? 'the API asked to wait' : 'trying again in'} ${seconds(e.ms)} (attempt ${e.attempt + 1} of ${e.of})`);
      else if (e.ms >= 1000) out(`    waiting ${seconds(e.ms)} (own rate limit: ${perMinute} requests a minute)`);
    },
  });
}

export async function runBuild(o: RunOptions): Promise<RunResult> {
  const out = o.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = o.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const now = o.now ?? Date.now;
  const env = o.env ?? process.env;
  const outcomes: FeedOutcome[] = [];
  const usage = (lines: string[]): RunResult => {
    for (const l of lines) err(l);
    return { exitCode: EXIT_USAGE, outcomes, requests: 0 };
  };

  let config: FeedsConfig;
  try {
    config = await loadConfig(o.configPath);
  } catch (e) {
    if (e instanceof ConfigError) {
      return usage([
        `innsikt-feeds: the configuration ${display(o.configPath)} has ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}; nothing was fetched or written:`,
        ...e.issues.map((i) => `  ${i.path}: ${i.message}`),
      ]);
    }
    throw e;
  }

  const baseUrl = (o.baseUrl ?? env[BASE_URL_ENV] ?? config.api.baseUrl).replace(/\/+$/, '');
  const urlProblem = checkBaseUrl(baseUrl);
  if (urlProblem) return usage([`innsikt-feeds: the API base URL ${baseUrl} ${urlProblem}`]);

  let feeds = config.feeds;
  if (o.only && o.only.length > 0) {
    const unknown = o.only.filter((id) => !feeds.some((f) => f.indicator === id));
    if (unknown.length > 0)
      return usage([
        `innsikt-feeds: --only names ${unknown.map((u) => `"${u}"`).join(', ')}, which the configuration does not have (it has ${feeds.map((f) => f.indicator).join(', ')}).`,
      ]);
    feeds = feeds.filter((f) => o.only!.includes(f.indicator));
  }

  const { perMinute, burst } = rateLimit(config, baseUrl, err);

  const outDir = resolve(o.outDir);
  if (!o.dryRun) {
    try {
      await mkdir(outDir, { recursive: true });
    } catch (e) {
      return usage([`innsikt-feeds: cannot create the output folder ${outDir}: ${(e as Error).message}`]);
    }
    const removed = await removeStaleTemps(outDir);
    if (removed.length) out(`Removed ${removed.length} temporary file${removed.length === 1 ? '' : 's'} left by an interrupted run: ${removed.join(', ')}`);
  }
  const cacheDir = o.cacheDir === undefined ? join(dirname(resolve(o.configPath)), '.innsikt-cache') : o.cacheDir === null ? null : resolve(o.cacheDir);
  const cache: ResponseCache = cacheDir ? new FileCache(cacheDir) : new MemoryCache();

  const client = newClient(o, config, { now, perMinute, burst, cache, out });

  out(
    `innsikt-feeds: ${feeds.length} feed${feeds.length === 1 ? '' : 's'} from ${display(o.configPath)} → ${display(outDir)}${o.dryRun ? ' (dry run: nothing is written)' : ''}`,
  );
  out(`  API ${baseUrl}, at most ${perMinute} requests a minute, cache ${cacheDir ? display(cacheDir) : 'off'}`);

  const ctx: Ctx = {
    o,
    out,
    err,
    client,
    baseUrl,
    lang: config.api.lang,
    maxCells: config.api.maxCells,
    changes: config.changes,
    outDir,
    configDir: dirname(resolve(o.configPath)),
    now,
    metadata: new Map(),
  };
  for (const feed of feeds) outcomes.push(await buildOneSafely(feed, ctx));

  const exitCode = summarise(outcomes, client, baseUrl, out, err);
  return { exitCode, outcomes, requests: client.requests };
}

/** Prints the run's summary (and why it failed, when nothing could be reached or built); returns the exit code. */
function summarise(outcomes: FeedOutcome[], client: PxWebClient, baseUrl: string, out: (line: string) => void, err: (line: string) => void): 0 | 1 | 3 {
  const count = (s: FeedStatus) => outcomes.filter((x) => x.status === s).length;
  const parts = [
    count('written') && `${count('written')} written`,
    count('unchanged') && `${count('unchanged')} unchanged`,
    count('checked') && `${count('checked')} checked`,
    count('skipped') && `${count('skipped')} skipped`,
    count('failed') && `${count('failed')} failed (previous feed${count('failed') === 1 ? '' : 's'} kept)`,
  ].filter(Boolean);
  const nothingBuilt = outcomes.length > 0 && outcomes.every((x) => x.status === 'skipped');
  const nothingChanged = count('unchanged') > 0 && count('written') === 0 && count('checked') === 0;
  const exitCode = count('failed') > 0 || nothingBuilt ? EXIT_FAILED : nothingChanged ? EXIT_UNCHANGED : EXIT_OK;
  if (client.unreachable) {
    const cause = client.unreachable.message.replace(/^.*could not be reached: /, '');
    err(
      `innsikt-feeds: ${isSsb(baseUrl) ? 'Statistics Norway' : 'the API'} (${baseUrl}) could not be reached: ${cause}. No feed was changed; every previous file was kept.`,
    );
  }
  if (nothingBuilt) err('innsikt-feeds: no feed was built: every feed was skipped (see "VERIFY BEFORE USE" above). This run did not update anything.');
  out(
    `Done: ${parts.join(', ') || 'nothing to do'}; ${client.requests} request${client.requests === 1 ? '' : 's'} to the API. Exit code ${exitCode}${exitCode === EXIT_UNCHANGED ? ' (nothing changed: no file was written)' : ''}.`,
  );
  return exitCode;
}

interface Ctx {
  o: RunOptions;
  out: (line: string) => void;
  err: (line: string) => void;
  client: PxWebClient;
  baseUrl: string;
  lang: string;
  maxCells: number;
  changes: ChangesConfig;
  outDir: string;
  /** The configuration file's folder: file sources are read relative to it. */
  configDir: string;
  now: () => number;
  /** Table metadata read in this run, by metadata URL. */
  metadata: Map<string, TableMetadata>;
}

/** Builds one feed; any exception (a bug, a RangeError from a huge answer) fails that feed only. */
async function buildOneSafely(feed: FeedConfig, c: Ctx): Promise<FeedOutcome> {
  try {
    return await buildOne(feed, c);
  } catch (e) {
    const reason =
      e instanceof RangeError ? `the feed is too large to build or write (${e.message})` : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    c.err(`[${feed.indicator}] FAILED: ${reason}`);
    c.err(`[${feed.indicator}] ${feed.file} was not touched.`);
    return { indicator: feed.indicator, file: feed.file, status: 'failed', message: `${reason} ${feed.file} was not touched.` };
  }
}

/** The table's metadata for a query (its codelists included), read once per run and cached like the data. */
async function tableMetadata(q: QueryConfig, c: Ctx): Promise<TableMetadata> {
  const url = metadataUrl(c.baseUrl, q, c.lang);
  const known = c.metadata.get(url);
  if (known) return known;
  const r = await c.client.getJson(url);
  const meta = readTableMetadata(r.json, q.table);
  c.metadata.set(url, meta);
  if (!c.o.dryRun) await c.client.remember(r).catch(() => undefined);
  return meta;
}

/** Reads the metadata, plans the query, fetches the answer and checks it against the question. */
async function fetchQuery(q: QueryConfig, c: Ctx, tag: string): Promise<{ response: QueryResponse; fetched: FetchResult }> {
  const where = `table ${q.table} (query "${q.id}")`;
  const meta = await tableMetadata(q, c);
  const plan = planQuery(q, meta);
  for (const n of plan.notes) c.out(`${tag}   ${where}: ${n}`);
  if (plan.problems.length > 0) throw new QueryProblem(`${where} does not fit the table's metadata (has the table changed?):`, plan.problems);
  const url = buildDataUrl(c.baseUrl, { ...q, valueCodes: plan.valueCodes }, c.lang);
  c.out(`${tag} ${where}: GET ${url}`);
  const started = c.now();
  const r = await c.client.getTable(url, tableInfoUrl(c.baseUrl, q.table, c.lang));
  checkCells(r.json, c.maxCells, where);
  checkAnswer(r.json, plan.valueCodes, meta, where);
  const how =
    r.unchangedBy === 'table-updated'
      ? `unchanged (the table's "updated" time is the cached copy's): not downloaded; using the copy downloaded ${r.downloadedAt}`
      : r.status === 304
        ? `unchanged (304 Not Modified): using the copy downloaded ${r.downloadedAt}`
        : `200 OK, ${kb(r.bytes)}${r.etag || r.lastModified ? '' : ' (no ETag or Last-Modified: the next run checks the table\'s "updated" time first)'}`;
  c.out(`${tag}   ${how}, ${seconds(c.now() - started)}${r.attempts > 1 ? `, ${r.attempts} attempts` : ''}`);
  return { response: { query: q, json: r.json, retrievedAt: r.retrievedAt, url }, fetched: r };
}

/** A query that cannot be sent as it is, with one line per problem. */
class QueryProblem extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

async function buildOne(feed: FeedConfig, c: Ctx): Promise<FeedOutcome> {
  const { o, out, err } = c;
  const file = join(c.outDir, feed.file);
  const tag = `[${feed.indicator}]`;
  const done = (status: FeedStatus, message: string): FeedOutcome => ({ indicator: feed.indicator, file: feed.file, status, message });

  const unverified = feed.queries.filter((q) => q.verify !== undefined);
  if (unverified.length > 0 && !o.allowUnverified) {
    for (const q of unverified) out(`${tag} VERIFY BEFORE USE: query "${q.id}" (table ${q.table}): ${q.verify}`);
    const message = `skipped: ${unverified.length} quer${unverified.length === 1 ? 'y is' : 'ies are'} marked "verify before use". Check against /tables/{id}/metadata, remove "verify", or run with --allow-unverified. ${feed.file} was not touched.`;
    out(`${tag} ${message}`);
    return done('skipped', message);
  }

  const fail = async (reason: string, details: string[] = []): Promise<FeedOutcome> => {
    const previous = o.dryRun ? undefined : await modifiedAt(file);
    const kept = previous
      ? `Kept the previous ${feed.file} (last written ${previous.toISOString()}).`
      : `There is no previous ${feed.file}; nothing was written.`;
    err(`${tag} FAILED: ${reason}`);
    for (const d of details.slice(0, 10)) err(`${tag}   ${d}`);
    err(`${tag} ${kept}`);
    return done('failed', `${reason} ${kept}`);
  };

  const responses: QueryResponse[] = [];
  const fetched: FetchResult[] = [];
  for (const q of feed.queries) {
    if (q.verify !== undefined) out(`${tag} note: query "${q.id}" is marked "verify before use" (run with --allow-unverified): ${q.verify}`);
    if (q.file) {
      // A file stands in for the API's answer; from here on it is built, checked and written as one.
      const started = c.now();
      try {
        const a = await readFileSource(q, c.configDir);
        checkFileAnswer(q, a, c.maxCells);
        responses.push({ query: q, json: a.json, retrievedAt: '' });
        out(
          `${tag} ${q.table ? `table ${q.table}, ` : ''}file ${display(a.path)} (query "${q.id}"): ${q.file.format}, ${kb(a.bytes)}, ${a.cells} cells selected, ${seconds(c.now() - started)}`,
        );
        for (const w of a.warnings) out(`${tag}   note from the file: ${w}`);
      } catch (e) {
        if (e instanceof FileSourceError) return fail(`query "${q.id}": ${e.message}`);
        if (e instanceof AnswerError || e instanceof MetadataError) return fail(e.message);
        return fail(`query "${q.id}": unexpected error while reading ${q.file.path}: ${(e as Error).stack ?? String(e)}`);
      }
      continue;
    }
    try {
      const r = await fetchQuery(q, c, tag);
      responses.push(r.response);
      fetched.push(r.fetched);
    } catch (e) {
      if (e instanceof QueryProblem) return fail(e.message, e.details);
      if (e instanceof PxWebError || e instanceof AnswerError)
        return fail(e.message.startsWith('table ') ? e.message : `table ${q.table} (query "${q.id}"): ${e.message}`);
      if (e instanceof MetadataError || e instanceof Error) return fail(`table ${q.table} (query "${q.id}"): ${e.message}`);
      throw e;
    }
  }

  let built: ReturnType<typeof toFeed>;
  try {
    built = toFeed(feed, responses, { generated: new Date(c.now()).toISOString() });
  } catch (e) {
    if (e instanceof BuildError)
      return fail(
        e.message,
        e.issues.map((i) => `${i.path}: ${i.message}`),
      );
    return fail(`unexpected error while building: ${(e as Error).stack ?? String(e)}`);
  }
  const { report } = built;
  for (const q of feed.queries) out(`${tag}   query "${q.id}": ${report.cells[q.id] ?? 0} cells used`);
  if (feed.reform2020 !== 'off' && (report.summed > 0 || report.keptApart.length > 0)) {
    out(
      `${tag}   reform 2020: ${report.summed} cell${report.summed === 1 ? '' : 's'} of Hedmark + Oppland summed into Innlandet (additive measures only)` +
        (report.keptApart.length ? `; not additive, kept apart and noted in the feed: ${report.keptApart.join(', ')}` : ''),
    );
  }
  for (const w of report.warnings.slice(0, 8)) out(`${tag}   warning: ${w}`);
  if (report.warnings.length > 8) out(`${tag}   … and ${report.warnings.length - 8} more warnings`);

  return publish(feed, built, fetched, c, fail);
}

/** The last steps: the figure guard against the current file, then an atomic write (or "unchanged"). */
async function publish(
  feed: FeedConfig,
  built: ReturnType<typeof toFeed>,
  fetched: FetchResult[],
  c: Ctx,
  fail: (reason: string) => Promise<FeedOutcome>,
): Promise<FeedOutcome> {
  const { o, out, err, client } = c;
  const file = join(c.outDir, feed.file);
  const tag = `[${feed.indicator}]`;
  const { report } = built;
  const done = (status: FeedStatus, message: string): FeedOutcome => ({ indicator: feed.indicator, file: feed.file, status, message });

  let previous: unknown;
  try {
    previous = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    previous = undefined;
  }
  const guard = guardFigures(previous, built.feed, feed.file, {
    allowShrink: o.allowShrink === true || feed.allowShrink,
    allowScaleChange: feed.allowScaleChange,
  });
  if (guard) return fail(guard);
  const change = recordChanges(previous, built.feed, c);
  const text = `${JSON.stringify(built.feed, null, 1)}\n`;
  const summary = `${report.observations} observations, ${report.regions} regions, ${periodRange(report.periods)}, ${kb(Buffer.byteLength(text))}`;
  out(
    `${tag}   ${previous === undefined ? 'changes: none recorded (no previous file)' : change ? `changes: ${changeSummary(change)}` : 'changes: no new or revised figures, codes, labels or notes'}`,
  );

  if (o.dryRun) {
    out(`${tag} valid; would write ${feed.file} (${summary})`);
    return done('checked', summary);
  }
  if (previous !== undefined && sameFigures(previous, built.feed)) {
    await rememberAll(client, fetched, err, tag);
    out(`${tag} unchanged: ${feed.file} already holds these figures (${summary}); not rewritten`);
    return done('unchanged', summary);
  }
  try {
    await atomicWrite(file, text);
  } catch (e) {
    return fail(`could not write ${file}: ${(e as Error).message}`);
  }
  await rememberAll(client, fetched, err, tag);
  out(`${tag} wrote ${feed.file} (${summary})`);
  return done('written', summary);
}

/**
 * Compares the new feed with the one it replaces and writes the `changes` history into the new feed: this update
 * first (when anything changed), then the previous file's valid entries, at most `changes.keep`. Returns this
 * update's record.
 */
function recordChanges(previous: unknown, next: FeedJson, c: Ctx): FeedChange | undefined {
  if (previous === undefined) return undefined;
  const date = new Date(c.now()).toISOString().slice(0, 10);
  const change = feedChanges(previous, next, date, c.changes);
  const history = changeHistory(change, validChanges(previous), c.changes.keep);
  if (history.length > 0) next.changes = history;
  return change;
}

async function rememberAll(client: PxWebClient, fetched: FetchResult[], err: (line: string) => void, tag: string): Promise<void> {
  for (const r of fetched) {
    try {
      await client.remember(r);
    } catch (e) {
      err(`${tag} warning: could not update the cache: ${(e as Error).message}`);
    }
  }
}
