// Starts a TypeScript worker thread: loads tsx's ESM API (resolved from here, so any
// working directory will do) and imports the worker module named in workerData.entry
// through it. Plain JavaScript, because the worker starts before any TypeScript loader.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
