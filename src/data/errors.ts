import type { FeedIssue } from './types.js';

/** Thrown when a feed cannot be read. Carries every problem found, each with a path and a sentence. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[], summary?: string) {
    const first = issues[0];
    const head = summary ?? (first ? `${first.path}: ${first.message}` : 'The feed could not be read.');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(head + more);
    this.issues = issues;
  }
}

/** Collects problems so that a parser can report all of them at once instead of stopping at the first. */
export class IssueList {
  readonly errors: FeedIssue[] = [];
  readonly warnings: FeedIssue[] = [];
  /** Past this many errors the rest are counted, not listed: a broken 1 000 000-cell feed must not build a 1 000 000-line message. */
  static readonly limit = 50;
  private dropped = 0;

  error(path: string, message: string): void {
    if (this.errors.length < IssueList.limit) this.errors.push({ path, message });
    else this.dropped++;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < IssueList.limit) this.warnings.push({ path, message });
  }

  /** Throws a {@link FeedError} when any error was recorded. */
  /** Every error recorded, listed or not: compare before/after to know whether a check failed. */
  get total(): number {
    return this.errors.length + this.dropped;
  }

  throwIfAny(summary?: string): void {
    if (this.errors.length === 0) return;
    const issues = this.dropped
      ? [...this.errors, { path: '…', message: `${this.dropped} further problems were not listed.` }]
      : this.errors;
    throw new FeedError(issues, summary);
  }
}

/** Describes a value for an error message without echoing megabytes of it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(s)}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
