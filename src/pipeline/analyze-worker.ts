// Entry of the worker threads that analyse files (see worker-pool.ts). It must stay a plain module
// compiled to dist/: worker threads load JavaScript files, not the TypeScript sources.
import { parentPort, workerData } from 'node:worker_threads';
import { fileAnalyzer, type FileAnalysisOptions } from './analyze-file.js';
import type { BatchReply, BatchRequest } from './worker-pool.js';

const port = parentPort;
if (!port) throw new Error('analyze-worker.js runs only as a worker thread');
const analyze = fileAnalyzer(workerData as FileAnalysisOptions);

port.on('message', ({ id, tasks }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id, results: tasks.map(analyze) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { message: e.message, stack: e.stack ?? e.message } };
  }
  port.postMessage(reply);
});
