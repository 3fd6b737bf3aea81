/** What one run of the feed builder is given (its options) and what each feed's part of it shares and returns. */
import type { ChangesConfig } from './config.js';
import type { PxWebClient, Sleep } from './pxweb.js';
import type { TableMetadata } from './table-metadata.js';

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

/** What the steps of one feed share within a run. */
export interface RunContext {
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
