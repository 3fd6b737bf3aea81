/// <reference types="node" />
/**
 * Writing files so that a reader never sees half of one: the text goes to a temporary file in the same folder
 * (named with a leading dot, so web servers that hide dot-files never serve it), is flushed to disk, and is
 * renamed over the target in one step. A crash leaves either the old file or the new one, never a mix.
 */
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TMP = /^\.(.+)\.tmp-(\d+)-[0-9a-f]+$/;

export function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Writes `text` to `path` atomically (temp file, fsync, rename, fsync of the folder). */
export async function atomicWrite(path: string, text: string): Promise<void> {
  const tmp = tempName(path);
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(tmp, 'wx', 0o644);
    await fh.writeFile(text, 'utf8');
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(tmp, path);
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  // Make the rename itself durable. Best effort: some systems do not allow opening a folder for sync.
  try {
    const dir = await open(dirname(path), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // ignored
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that a crashed run left in `dir` (those whose process is gone). Returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TMP.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
    } catch {
      // ignored: another run may have removed it
    }
  }
  return removed;
}

/** The file's modification time, or undefined when it does not exist. */
export async function modifiedAt(path: string): Promise<Date | undefined> {
  try {
    return (await stat(path)).mtime;
  } catch {
    return undefined;
  }
}
