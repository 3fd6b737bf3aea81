/// <reference types="node" />
/**
 * `innsikt-feeds check` for queries that read a file: the file is read and answers its query exactly as in
 * `build` (same selection, same reader), and a feed whose queries all read files is built and validated in
 * memory, so that a webmaster learns before the first build whether a spreadsheet fits its configuration.
 * Nothing is written.
 */
import type { FeedsConfig } from './config.js';
import { BuildError, type QueryResponse, toFeed } from './build.js';
import { FileSourceError, checkFileAnswer, readFileSource } from './file-source.js';
import { periodRange } from './progress-text.js';

/** Checks every file query of the configuration; returns the number of feeds that would fail. */
export async function checkFileQueries(config: FeedsConfig, configDir: string, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let failed = 0;
  for (const feed of config.feeds) {
    const files = feed.queries.filter((q) => q.file);
    if (files.length === 0) continue;
    const responses: QueryResponse[] = [];
    let ok = true;
    for (const q of files) {
      try {
        const a = await readFileSource(q, configDir);
        checkFileAnswer(q, a, config.api.maxCells);
        responses.push({ query: q, json: a.json, retrievedAt: '' });
        out(`  [${feed.indicator}] file ${a.path} (query "${q.id}"): ${q.file!.format}, ${a.cells} cells selected`);
      } catch (e) {
        ok = false;
        if (!(e instanceof Error)) throw e;
        err(`  [${feed.indicator}] FAILED: ${e instanceof FileSourceError ? `query "${q.id}": ` : ''}${e.message}`);
      }
    }
    if (ok && files.length === feed.queries.length) {
      try {
        const { report } = toFeed(feed, responses, { generated: new Date(0).toISOString() });
        out(`  [${feed.indicator}] builds a valid feed: ${report.observations} observations, ${report.regions} regions, ${periodRange(report.periods)}`);
      } catch (e) {
        ok = false;
        err(`  [${feed.indicator}] FAILED: ${e instanceof BuildError ? e.message : (e as Error).message}`);
        if (e instanceof BuildError) for (const i of e.issues.slice(0, 5)) err(`  [${feed.indicator}]   ${i.path}: ${i.message}`);
      }
    }
    if (!ok) failed++;
  }
  return failed;
}
