/// <reference types="node" />
/**
 * One feed in a run: its queries answered (by the API or a file), the feed built and reported, then published.
 * A feed that fails says why and keeps its previous file; any exception fails that feed only.
 */
import { join } from 'node:path';
import type { FeedConfig } from './config.js';
import { type FetchResult, PxWebError } from './pxweb.js';
import { BuildError, type QueryResponse, toFeed } from './build.js';
import { AnswerError } from './answer-check.js';
import { MetadataError } from './table-metadata.js';
import { FileSourceError, checkFileAnswer, readFileSource } from './file-source.js';
import { modifiedAt } from './files.js';
import type { FeedOutcome, FeedStatus, RunContext } from './run-context.js';
import { QueryProblem, fetchQuery } from './query-fetch.js';
import { publish } from './feed-publish.js';
import { display, kb, seconds } from './progress-text.js';

/** Builds one feed; any exception (a bug, a RangeError from a huge answer) fails that feed only. */
export async function buildOneSafely(feed: FeedConfig, c: RunContext): Promise<FeedOutcome> {
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

async function buildOne(feed: FeedConfig, c: RunContext): Promise<FeedOutcome> {
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
