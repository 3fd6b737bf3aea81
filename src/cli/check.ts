/// <reference types="node" />
/**
 * `innsikt-feeds check <config>`: validates the configuration and prints every query's URL, evidence and
 * "verify" mark. With `--online` it also reads each query's table metadata (`/tables/{id}/metadata`, with the
 * query's codelists) and reports every variable, code and codelist the table does not have, and every variable
 * the query leaves out that cannot be left out — so a "verify" mark is cleared with one command, not by trust.
 */
import { ConfigError, type FeedsConfig, isSsb } from './config.js';
import { PxWebClient, PxWebError, buildDataUrl, metadataUrl } from './pxweb.js';
import { MetadataError, planQuery, readTableMetadata } from './table-metadata.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, loadConfig } from './run.js';
import { dirname, resolve } from 'node:path';
import { checkFileQueries } from './check-files.js';

export interface CheckOptions {
  configPath: string;
  baseUrl?: string;
  online: boolean;
  fetch?: typeof fetch;
  out: (line: string) => void;
  err: (line: string) => void;
}

function printOffline(config: FeedsConfig, base: string, out: (line: string) => void): void {
  for (const f of config.feeds) {
    out(`[${f.indicator}] → ${f.file}`);
    for (const q of f.queries) {
      if (q.file) out(`  ${q.verify ? 'VERIFY BEFORE USE ' : ''}${q.table ? `table ${q.table}, ` : ''}file ${q.file.path} (query "${q.id}")`);
      else out(`  ${q.verify ? 'VERIFY BEFORE USE ' : ''}table ${q.table} (query "${q.id}"): ${buildDataUrl(base, q, config.api.lang)}`);
      if (q.evidence) out(`    evidence: ${q.evidence}`);
      if (q.verify) out(`    verify: ${q.verify}`);
    }
  }
}

async function checkOnline(config: FeedsConfig, base: string, o: CheckOptions): Promise<number> {
  const client = new PxWebClient({
    ...(o.fetch ? { fetch: o.fetch } : {}),
    requestsPerMinute: Math.min(config.api.requestsPerMinute, 20),
    burst: config.api.burst,
    timeoutMs: config.api.timeoutSeconds * 1000,
    maxAttempts: config.api.maxAttempts,
    backoffBaseMs: config.api.backoffSeconds * 1000,
    maxWaitMs: config.api.maxWaitSeconds * 1000,
    maxBytes: config.api.maxBytes,
  });
  let problems = 0;
  let clean = 0;
  for (const f of config.feeds) {
    o.out(`[${f.indicator}]`);
    for (const q of f.queries) {
      if (q.file) continue; // a file has no metadata online: it was read above, as build reads it
      const where = `table ${q.table} (query "${q.id}")`;
      try {
        const r = await client.getJson(metadataUrl(base, q, config.api.lang), false);
        const plan = planQuery(q, readTableMetadata(r.json, q.table));
        if (q.evidence) o.out(`  ${where}: evidence: ${q.evidence}`);
        for (const n of plan.notes) o.out(`  ${where}: ${n}`);
        if (plan.problems.length === 0) {
          clean++;
          o.out(`  ${where}: OK — the table has every variable, code and codelist the query names.${q.verify ? ' Its "verify" mark can be removed.' : ''}`);
        }
        for (const p of plan.problems) o.err(`  ${where}: NOT IN THE TABLE: ${p}`);
        problems += plan.problems.length;
      } catch (e) {
        if (!(e instanceof PxWebError || e instanceof MetadataError)) throw e;
        problems++;
        o.err(`  ${where}: metadata could not be read: ${e.message}`);
        if (e instanceof PxWebError && e.unreachable) {
          o.err(`innsikt-feeds: ${isSsb(base) ? 'Statistics Norway' : 'the API'} (${base}) could not be reached; nothing was checked online.`);
          return EXIT_FAILED;
        }
      }
    }
  }
  o.out(
    `Online check: ${clean} quer${clean === 1 ? 'y' : 'ies'} fit their tables; ${problems} problem${problems === 1 ? '' : 's'}; ${client.requests} request${client.requests === 1 ? '' : 's'} to the API.`,
  );
  return problems > 0 ? EXIT_FAILED : EXIT_OK;
}

/** Runs `check`; returns the exit code (0 fine, 1 a query does not fit its table or the API was unreachable, 2 a bad configuration). */
export async function runCheck(o: CheckOptions): Promise<number> {
  let config: FeedsConfig;
  try {
    config = await loadConfig(o.configPath);
  } catch (e) {
    if (e instanceof ConfigError) {
      o.err(`innsikt-feeds: the configuration ${o.configPath} has ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}:`);
      for (const i of e.issues) o.err(`  ${i.path}: ${i.message}`);
      return EXIT_USAGE;
    }
    o.err(`innsikt-feeds: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  const base = (o.baseUrl ?? config.api.baseUrl).replace(/\/+$/, '');
  o.out(`${o.configPath} is valid: ${config.feeds.length} feed${config.feeds.length === 1 ? '' : 's'}.`);
  printOffline(config, base, o.out);
  // Files are read and checked now, as build would (no network is needed for them).
  const failedFiles = await checkFileQueries(config, dirname(resolve(o.configPath)), o.out, o.err);
  if (!o.online) return failedFiles > 0 ? EXIT_FAILED : EXIT_OK;
  o.out(`Checking every query against its table's metadata at ${base} …`);
  const online = await checkOnline(config, base, o);
  return failedFiles > 0 ? EXIT_FAILED : online;
}
