/// <reference types="node" />
/**
 * The last steps of one feed in a run: the figure guard against the file it replaces, the change record, and an
 * atomic write (or "unchanged" when the file already holds these figures).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedConfig } from './config.js';
import type { FetchResult, PxWebClient } from './pxweb.js';
import { type FeedJson, sameFigures, type toFeed } from './build.js';
import { type FeedChange, changeHistory, changeSummary, feedChanges } from '../data/feed-changes.js';
import { validChanges } from '../data/provenance.js';
import { guardFigures } from './figure-guard.js';
import { atomicWrite } from './files.js';
import type { FeedOutcome, FeedStatus, RunContext } from './run-context.js';
import { kb, periodRange } from './progress-text.js';

/** The last steps: the figure guard against the current file, then an atomic write (or "unchanged"). */
export async function publish(
  feed: FeedConfig,
  built: ReturnType<typeof toFeed>,
  fetched: FetchResult[],
  c: RunContext,
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
function recordChanges(previous: unknown, next: FeedJson, c: RunContext): FeedChange | undefined {
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
