/**
 * The worker side of pipeline.ts: runs {@link runPipelineSync} on each request, so that a test can time-box
 * it (an endless loop is ended by terminating the worker instead of freezing the test page).
 */
import { runPipelineSync } from './pipeline-run.js';
import type { PipelineRequest, PipelineResult } from './pipeline.js';

self.addEventListener('message', (e: MessageEvent<PipelineRequest>) => {
  let result: PipelineResult;
  if (e.data === null) {
    // Should not happen (pipeline.ts posts text): a message the worker could not deserialize.
    self.postMessage({
      id: -1,
      outcome: 'exception',
      stage: 'worker',
      name: 'DataCloneError',
      message: 'the request could not be read',
    } satisfies PipelineResult);
    return;
  }
  try {
    result = runPipelineSync(e.data);
  } catch (err) {
    result = { id: e.data.id, outcome: 'exception', stage: 'worker', name: (err as Error)?.name ?? 'Error', message: String((err as Error)?.stack ?? err) };
  }
  self.postMessage(result);
});

// Loaded: the time box of the first request starts now.
self.postMessage({ ready: true });
