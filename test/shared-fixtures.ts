/**
 * Reads a file from ../shared (served by the test runner under /__shared/). Returns undefined when
 * ../shared is absent, so that a fresh clone elsewhere still passes: callers skip with a clear message.
 */
export async function sharedBytes(path: string): Promise<Uint8Array | undefined> {
  const res = await fetch(`/__shared/${path}`);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`/__shared/${path}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function sharedText(path: string): Promise<string | undefined> {
  const bytes = await sharedBytes(path);
  return bytes && new TextDecoder('utf-8').decode(bytes);
}

export async function sharedJson(path: string): Promise<unknown> {
  const text = await sharedText(path);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Use as `const bytes = await sharedBytes(p); if (!bytes) return skipShared(this, p);` inside a mocha `function () {}` test. */
export function skipShared(ctx: Mocha.Context, path: string): void {
  console.warn(`SKIPPED: ../shared/${path} is not present (tests that read the real Statistics Norway fixtures need ../shared beside the project).`);
  ctx.skip();
}
