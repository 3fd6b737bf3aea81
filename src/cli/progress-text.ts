/// <reference types="node" />
/** How the feed builder's progress lines write sizes, durations, period ranges and file paths. */
import { relative } from 'node:path';

export function kb(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`;
}

export function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export function periodRange(periods: string[]): string {
  if (periods.length === 0) return 'no periods';
  return periods.length === 1 ? periods[0]! : `${periods[0]}–${periods[periods.length - 1]}`;
}

export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
