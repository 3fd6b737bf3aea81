/**
 * Time-boxed runs of the widget pipeline (see pipeline-worker.ts) in a module worker. A run that does not
 * answer within its time box ends with `outcome: 'timeout'` and the worker is replaced.
 */
import type { ParseOptions } from '../../src/data/types.js';

export interface PipelineRequest {
  id: number;
  /** Text and bytes as they are; any other value as {@link encode}d JSON (see `json`). */
  input?: unknown;
  /** True when `input` is the {@link encode}d form of a JS value. */
  json?: boolean;
  /** The name of a case in handWritten() (hostile-corpus.ts): the worker builds the input itself. */
  handWritten?: string;
  options?: ParseOptions;
}

export type PipelineResult =
  | { id: number; outcome: 'ok'; rows: number }
  | { id: number; outcome: 'feed-error'; issues: number }
  | { id: number; outcome: 'exception'; stage: string; name: string; message: string }
  | { id: number; outcome: 'timeout'; ms: number };

const SPECIAL = '__innsikt_test_special__';

/**
 * A JS value as JSON text that keeps NaN, ±Infinity, -0 and undefined. (Structured clone, what postMessage
 * uses, gives up on deeply nested values: the receiving side gets null.)
 */
export function encode(value: unknown): string {
  const special = (v: unknown): unknown =>
    typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))
      ? { [SPECIAL]: Object.is(v, -0) ? '-0' : String(v) }
      : v === undefined
        ? { [SPECIAL]: 'undefined' }
        : v;
  // Copied without recursion (a replacer function makes JSON.stringify recurse through JS, which a few
  // thousand levels of nesting overflow); JSON.stringify itself then copes with the depth.
  const root: { v: unknown } = { v: undefined };
  const stack: Array<{ from: unknown; to: Record<string, unknown> | unknown[]; key: string | number }> = [
    { from: value, to: root as unknown as Record<string, unknown>, key: 'v' },
  ];
  while (stack.length) {
    const { from, to, key } = stack.pop()!;
    let copy: unknown = special(from);
    if (Array.isArray(from)) {
      const arr: unknown[] = new Array<unknown>(from.length);
      from.forEach((item, i) => stack.push({ from: item, to: arr, key: i }));
      copy = arr;
    } else if (from && typeof from === 'object') {
      const obj: Record<string, unknown> = {};
      for (const k of Object.keys(from)) stack.push({ from: (from as Record<string, unknown>)[k], to: obj, key: k });
      copy = obj;
    }
    Object.defineProperty(to, key, { value: copy, writable: true, enumerable: true, configurable: true });
  }
  return JSON.stringify(root.v);
}

/** The inverse of {@link encode}. */
export function decode(text: string): unknown {
  const revive = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && SPECIAL in v) {
      const s = (v as Record<string, string>)[SPECIAL];
      return s === 'undefined' ? undefined : s === '-0' ? -0 : Number(s);
    }
    return v;
  };
  // A reviver returning undefined would delete the key: walk afterwards instead, keeping undefined values.
  const root = JSON.parse(text) as unknown;
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      const revived = revive(child);
      if (revived !== child) Object.defineProperty(node, key, { value: revived, writable: true, enumerable: true, configurable: true });
      else stack.push(child);
    }
  }
  return revive(root);
}

let worker: { w: Worker; ready: Promise<void> } | undefined;
let nextId = 0;

/** A new worker, and a promise that settles once it has loaded its modules (which is not counted in a time box). */
function spawn(): { w: Worker; ready: Promise<void> } {
  const w = new Worker(new URL('./pipeline-worker.ts', import.meta.url), { type: 'module' });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (e: MessageEvent<{ ready?: boolean }>) => {
      if (!e.data?.ready) return;
      w.removeEventListener('message', onMessage);
      resolve();
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => reject(new Error(`pipeline worker failed to load: ${e.message}`)), { once: true });
  });
  return { w, ready };
}

/**
 * Runs the pipeline on `input` in the worker (or, with `{ handWritten: name }`, on that hand-written case,
 * built in the worker); gives up after `timeBox` ms.
 */
export async function runPipeline(input: unknown, options?: ParseOptions, timeBox = 5000, handWritten?: string): Promise<PipelineResult> {
  worker ??= spawn();
  const current = worker;
  await current.ready;
  const w = current.w;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const timer = setTimeout(() => {
      done();
      w.terminate();
      if (worker === current) worker = undefined;
      resolve({ id, outcome: 'timeout', ms: timeBox });
    }, timeBox);
    const onMessage = (e: MessageEvent<PipelineResult>) => {
      if (e.data.id !== id) return;
      done();
      resolve(e.data);
    };
    const onError = (e: ErrorEvent) => {
      done();
      reject(new Error(`pipeline worker failed: ${e.message} (${e.filename}:${e.lineno}:${e.colno})`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const raw = typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer;
    const request: PipelineRequest = handWritten !== undefined ? { id, handWritten } : raw ? { id, input } : { id, input: encode(input), json: true };
    if (options) request.options = options;
    try {
      w.postMessage(request);
    } catch (err) {
      done();
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Ends the worker (call in `after`). */
export function stopPipeline(): void {
  worker?.w.terminate();
  worker = undefined;
}
