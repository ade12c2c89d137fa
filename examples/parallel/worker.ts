/**
 * One worker of the parallel ageing example: generates its part of the portfolio,
 * ages it, and posts the partial report back as JSON (a Decimal does not survive the
 * structured clone between threads; its JSON, an exact string, does).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ageReceivables } from '../../src/ageing/index.js';
import { portfolioPart, portfolioSlice } from './portfolio.js';

/**
 * What the main thread sends each worker: a range of items (`from ≤ i < to`), or the
 * items of the first `count` whose customer falls in part `part` of `parts`.
 */
export type PartTask = { readonly seed: number; readonly asOf: string } & (
  | { readonly by: 'range'; readonly from: number; readonly to: number }
  | { readonly by: 'customer'; readonly count: number; readonly part: number; readonly parts: number }
);

/** What a worker posts back. */
export interface PartResult {
  /** The partial AgeingReport, as JSON. */
  readonly reportJson: string;
  /** Generating and ageing the part, in the worker, in milliseconds. */
  readonly ms: number;
  /** When the worker's module began to run, in ms since the epoch (performance.timeOrigin + now: comparable across threads). */
  readonly startedAt: number;
}

const task = workerData as PartTask;
const started = performance.now();
const items = task.by === 'range' ? portfolioSlice(task.from, task.to, task.seed) : portfolioPart(task.count, task.part, task.parts, task.seed);
const report = ageReceivables(items, { asOf: task.asOf });
const result: PartResult = { reportJson: JSON.stringify(report), ms: performance.now() - started, startedAt: performance.timeOrigin + started };
parentPort!.postMessage(result);
