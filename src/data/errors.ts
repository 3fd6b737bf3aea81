import type { FeedIssue } from './types.js';

/** Thrown when a feed cannot be read. Carries every problem found, each with a path and a sentence. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly issues: FeedIssue[];

  /**
   * @param further how many problems besides the first to mention after the summary ("(and 3 more problems)");
   *   by default the rest of `issues`. Pass 0 when the summary already gives the count.
   */
  constructor(issues: FeedIssue[], summary?: string, further = issues.length - 1) {
    const first = issues[0];
    const head = summary ?? (first ? `${first.path}: ${first.message}` : 'The feed could not be read.');
    const more = further > 0 ? ` (and ${further} more problem${further > 1 ? 's' : ''})` : '';
    super(clip(head, MESSAGE_MAX) + more);
    // A path or sentence quoting a hostile file (a header of 60 000 commas) is cut: every problem stays, readable.
    this.issues = issues.map((i) =>
      i.path.length > ISSUE_MAX || i.message.length > ISSUE_MAX ? { ...i, path: clip(i.path, ISSUE_MAX), message: clip(i.message, ISSUE_MAX) } : i,
    );
  }
}

/** The longest message and issue text kept, in characters (what a reader or a log can take in). */
const MESSAGE_MAX = 2000;
const ISSUE_MAX = 1000;
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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

  /** Every error recorded, listed or not: compare before/after to know whether a check failed. */
  get total(): number {
    return this.errors.length + this.dropped;
  }

  /**
   * Throws a {@link FeedError} when any error was recorded. `summary` as a function is given the number of errors
   * (listed or not) and states it itself; as a string, the message adds "(and N more problems)".
   */
  /** The errors as reported: the first {@link IssueList.limit}, then a line saying how many more there were. */
  listed(): FeedIssue[] {
    return this.dropped ? [...this.errors, { path: '…', message: `${this.dropped} further problems were not listed.` }] : this.errors;
  }

  throwIfAny(summary?: string | ((total: number) => string)): void {
    if (this.errors.length === 0) return;
    const issues = this.listed();
    if (typeof summary === 'function') throw new FeedError(issues, summary(this.total), 0);
    throw new FeedError(issues, summary, this.total - 1);
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
