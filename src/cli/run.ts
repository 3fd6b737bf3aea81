/// <reference types="node" />
/**
 * One run of the feed builder: read the configuration, fetch each feed's queries, build and validate the
 * feed, and write it atomically. A feed that fails keeps its previous file untouched; the run goes on with
 * the others and ends with exit code 1. Configuration and usage problems end it with exit code 2 before
 * anything is fetched.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, type FeedsConfig, SSB_MAX_REQUESTS_PER_MINUTE, checkBaseUrl, isSsb, parseFeedsConfigText } from './config.js';
import { type ClientEvent, MemoryCache, PxWebClient, type ResponseCache } from './pxweb.js';
import { FileCache } from './cache.js';
import { removeStaleTemps } from './files.js';
import type { FeedOutcome, FeedStatus, RunContext, RunOptions } from './run-context.js';
import { buildOneSafely } from './feed-run.js';
import { display, seconds } from './progress-text.js';

export type { FeedOutcome, FeedStatus, RunOptions } from './run-context.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Every feed built was unchanged: no file was written (a scheduler can skip republishing). */
export const EXIT_UNCHANGED = 3;

/** Environment variable that overrides the API base URL (tests point it at a fake API on 127.0.0.1). */
export const BASE_URL_ENV = 'INNSIKT_FEEDS_BASE_URL';

export interface RunResult {
  exitCode: 0 | 1 | 2 | 3;
  outcomes: FeedOutcome[];
  requests: number;
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

  const ctx: RunContext = {
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
